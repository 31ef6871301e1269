/** @module dreaming/update/memory — memory consolidation: merge duplicates, supersede facts, lose nothing. */
import { jaccard, lshCandidates, shingles, signature } from './minhash.js';

/** One memory file in or out of a dream. */
export interface MemoryFile {
  readonly path: string;
  readonly content: string;
  /** RFC 3339; orders facts when the same key appears in several files. */
  readonly updated_at?: string;
}

/** What happened to one input line. Every non-blank input line gets exactly one entry. */
export interface LineFate {
  readonly path: string;
  /** 1-based line number in the input file. */
  readonly line: number;
  readonly action: 'kept' | 'merged' | 'superseded';
  /** For merged / superseded lines: where the surviving line lives (output path + its input line). */
  readonly into?: { readonly path: string; readonly line: number };
}

/** Result of consolidation. */
export interface ConsolidationResult {
  readonly files: MemoryFile[];
  readonly log: LineFate[];
  readonly counts: { readonly kept: number; readonly merged: number; readonly superseded: number };
}

/** Near-duplicate gate: exact Jaccard of character 4-gram shingles at or above this merges two lines. */
export const NEAR_DUP_JACCARD = 0.7;
/** Section that holds superseded facts; its lines are kept verbatim and never re-parsed as facts. */
export const HISTORY_HEADING = '## History';

const FACT_RE = /^\s*(?:[-*+]\s+|\d+[.)]\s+)?([A-Za-z][\w .()/'-]{0,80}?)\s*:\s+(\S.*)$/;
const BULLET_RE = /^\s*(?:[-*+]\s+|\d+[.)]\s+)/;
const MERGE_NOTE_RE = /\s*<!-- merged: .*? -->\s*$/;

interface Item {
  readonly file: number;
  readonly line: number;
  readonly raw: string;
  readonly norm: string;
  readonly factKey: string | null;
  readonly factValue: string | null;
  /** Order key: later files (by updated_at, then input order) and later lines win. */
  readonly rank: number;
}

/** Normalises one memory line for comparison (bullet, case, spacing and trailing punctuation removed). */
export function normalizeLine(line: string): string {
  return line
    .replace(MERGE_NOTE_RE, '')
    .replace(BULLET_RE, '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/[.;,!]+$/, '')
    .trim();
}

function fileOrder(files: readonly MemoryFile[]): number[] {
  return files
    .map((f, i) => ({ i, t: f.updated_at ? Date.parse(f.updated_at) : Number.NEGATIVE_INFINITY }))
    .sort((a, b) => a.t - b.t || a.i - b.i)
    .map((x) => x.i);
}

/**
 * Consolidates memory files. Exact and near-duplicate lines (MinHash + LSH, verified by exact Jaccard)
 * merge into the newest occurrence, which carries a `<!-- merged: … -->` pointer; `key: value` facts with
 * the same key keep only the newest value and move older values to a `## History` section.
 * @example
 * const { files, log } = consolidateMemories({ files: [{ path: '/notes.md', content: '- a: 1\n- a: 2' }], now: '2026-02-01' });
 */
export function consolidateMemories({ files, now }: { files: readonly MemoryFile[]; now: string }): ConsolidationResult {
  const order = fileOrder(files);
  const rankOfFile = new Map(order.map((fi, r) => [fi, r]));
  const items: Item[] = [];
  const structural: Array<{ file: number; line: number }> = [];
  files.forEach((f, fi) => {
    let inHistory = false;
    f.content.split('\n').forEach((raw, li) => {
      if (/^\s*#/.test(raw)) {
        inHistory = raw.trim().toLowerCase() === HISTORY_HEADING.toLowerCase();
        structural.push({ file: fi, line: li + 1 });
        return;
      }
      if (raw.trim() === '') return;
      if (inHistory) {
        structural.push({ file: fi, line: li + 1 });
        return;
      }
      const m = FACT_RE.exec(raw.replace(MERGE_NOTE_RE, ''));
      items.push({
        file: fi,
        line: li + 1,
        raw,
        norm: normalizeLine(raw),
        factKey: m ? m[1]!.trim().toLowerCase() : null,
        factValue: m ? m[2]!.trim() : null,
        rank: rankOfFile.get(fi)! * 1e6 + li,
      });
    });
  });

  // Union-find over items: duplicates and same-key facts collapse onto the newest member.
  const parent = items.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const union = (a: number, b: number): void => {
    const ra = find(a);
    const rb = find(b);
    if (ra === rb) return;
    if (items[ra]!.rank >= items[rb]!.rank) parent[rb] = ra;
    else parent[ra] = rb;
  };
  const byNorm = new Map<string, number>();
  const byKey = new Map<string, number>();
  items.forEach((it, i) => {
    const prev = byNorm.get(it.norm);
    if (prev !== undefined) union(prev, i);
    else byNorm.set(it.norm, i);
    if (it.factKey !== null) {
      const k = byKey.get(it.factKey);
      if (k !== undefined) union(k, i);
      else byKey.set(it.factKey, i);
    }
  });
  const nonFacts = items.map((it, i) => ({ it, i })).filter((x) => x.it.factKey === null);
  const sh = nonFacts.map((x) => shingles(x.it.norm));
  for (const [a, b] of lshCandidates(sh.map((s) => signature(s)))) {
    if (jaccard(sh[a]!, sh[b]!) >= NEAR_DUP_JACCARD) union(nonFacts[a]!.i, nonFacts[b]!.i);
  }

  const log: LineFate[] = structural.map((s) => ({ path: files[s.file]!.path, line: s.line, action: 'kept' as const }));
  const mergedInto = new Map<number, string[]>();
  const history = new Map<number, string[]>();
  const drop = new Set<string>();
  const counts = { kept: structural.length, merged: 0, superseded: 0 };
  items.forEach((it, i) => {
    const root = find(i);
    if (root === i) {
      log.push({ path: files[it.file]!.path, line: it.line, action: 'kept' });
      counts.kept++;
      return;
    }
    const r = items[root]!;
    const into = { path: files[r.file]!.path, line: r.line };
    drop.add(`${it.file}:${it.line}`);
    const superseded = it.factKey !== null && r.factKey === it.factKey && normalizeLine(it.factValue ?? '') !== normalizeLine(r.factValue ?? '');
    if (superseded) {
      counts.superseded++;
      log.push({ path: files[it.file]!.path, line: it.line, action: 'superseded', into });
      const when = files[r.file]!.updated_at?.slice(0, 10) ?? now.slice(0, 10);
      const list = history.get(r.file) ?? [];
      list.push(`- ${it.factKey}: ${it.factValue} (superseded ${when}; was ${files[it.file]!.path}:${it.line})`);
      history.set(r.file, list);
    } else {
      counts.merged++;
      log.push({ path: files[it.file]!.path, line: it.line, action: 'merged', into });
      const list = mergedInto.get(root) ?? [];
      list.push(`${files[it.file]!.path}:${it.line}`);
      mergedInto.set(root, list);
    }
  });

  const rootAt = new Map<string, number>();
  items.forEach((it, i) => rootAt.set(`${it.file}:${it.line}`, i));
  const out: MemoryFile[] = files.map((f, fi) => {
    const lines: string[] = [];
    f.content.split('\n').forEach((raw, li) => {
      const key = `${fi}:${li + 1}`;
      if (drop.has(key)) return;
      const idx = rootAt.get(key);
      const sources = idx !== undefined ? mergedInto.get(idx) : undefined;
      if (sources) {
        const prior = /<!-- merged: (.*?) -->/.exec(raw)?.[1];
        const all = prior ? [prior, ...sources] : sources;
        lines.push(`${raw.replace(MERGE_NOTE_RE, '')} <!-- merged: ${all.join(', ')} -->`);
      } else lines.push(raw);
    });
    const hist = history.get(fi);
    let content = lines.join('\n').replace(/\n{3,}/g, '\n\n');
    if (hist) content = appendHistory(content, hist);
    return { path: f.path, content, ...(f.updated_at ? { updated_at: f.updated_at } : {}) };
  });
  return { files: out, log: log.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.line - b.line)), counts };
}

function appendHistory(content: string, entries: readonly string[]): string {
  const lines = content.split('\n');
  const h = lines.findIndex((l) => l.trim().toLowerCase() === HISTORY_HEADING.toLowerCase());
  if (h < 0) return `${content.trimEnd()}\n\n${HISTORY_HEADING}\n${entries.join('\n')}\n`;
  let end = h + 1;
  while (end < lines.length && !/^\s*#/.test(lines[end]!)) end++;
  while (end > h + 1 && lines[end - 1]!.trim() === '') end--;
  lines.splice(end, 0, ...entries);
  return lines.join('\n');
}
