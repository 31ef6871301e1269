/**
 * @module bench/run — `npm run bench`: runs every `bench/*.ts` except this file, one after another, each
 * in its own process (`node --import tsx bench/<file>`), under a header. Exits non-zero if any failed.
 * Pass names to run only some: `npm run bench -- api sessions`.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const SELF = basename(fileURLToPath(import.meta.url));
const RULE_WIDTH = 72;

const only = new Set(process.argv.slice(2).map((name) => name.replace(/\.ts$/, '')));
const benches = readdirSync(HERE)
  .filter((f) => f.endsWith('.ts') && f !== SELF && !f.endsWith('.d.ts'))
  .filter((f) => only.size === 0 || only.has(f.replace(/\.ts$/, '')))
  .sort();

const failed: string[] = [];
for (const file of benches) {
  const started = Date.now();
  console.log(`\n${'='.repeat(RULE_WIDTH)}\n bench/${file}\n${'='.repeat(RULE_WIDTH)}`);
  const result = spawnSync(process.execPath, ['--import', 'tsx', join(HERE, file)], { stdio: 'inherit' });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    failed.push(file);
    console.log(`-- bench/${file} FAILED (exit ${result.status ?? result.signal}) after ${seconds} s`);
  } else {
    console.log(`-- bench/${file} done in ${seconds} s`);
  }
}
console.log(`\n${benches.length - failed.length}/${benches.length} benches completed${failed.length ? `; failed: ${failed.join(', ')}` : ''}.`);
process.exitCode = failed.length ? 1 : 0;
