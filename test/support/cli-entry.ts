/** @module test/support/cli-entry — runs the `reverie` CLI from source (tests spawn it with `node --import tsx`). */
import { main } from '../../src/cli/main.js';

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`reverie: ${err instanceof Error ? err.stack : String(err)}\n`);
    process.exitCode = 1;
  },
);
