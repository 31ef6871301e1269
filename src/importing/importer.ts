/**
 * @module importing/importer — loads session records, transcripts or event exports into the store,
 * idempotently: each source session is claimed once per workspace in the `imports` ledger.
 */
import type { AgentsService } from '../agents/index.js';
import type { EnvironmentsService } from '../environments/index.js';
import type { ImportsStore, SessionRecord as StoredSession, SessionsStore, StoredEvent } from '../store/index.js';
import { ApiError } from '../shared/errors.js';
import type { Clock } from '../shared/clock.js';
import { UlidGenerator } from '../shared/ids.js';
import { parseImportLine } from './parse-line.js';
import { AgentsByName, DEFAULT_AGENT_NAME, agentSnapshotOf, importEnvironmentId } from './resolve-targets.js';
import { toStoredSession } from './to-store.js';
import { dreamFoldsOf } from '../sessions/index.js';
import {
  MAX_SKIP_DETAILS,
  type ImportFormat,
  type ImportLine,
  type ImportProgress,
  type ImportSkip,
  type ImportSkipReason,
  type ImportSummary,
} from './types.js';

/**
 * Consecutive write failures after which the import stops: one bad session is skipped, but a run of
 * them means the database is gone, and skipping the rest of a 100k-line file would hide that.
 */
const MAX_CONSECUTIVE_WRITE_FAILURES = 20;

/** Sessions written per transaction: amortises commits (~10× faster than one by one) yet holds little in memory. */
const BATCH_SIZE = 200;
/** Largest time a ULID's 48-bit time field holds. */
const MAX_ID_TIME_MS = 2 ** 48 - 1;

/** What the importer needs: the stores it writes and the services that own agents and environments. */
export interface ImportDeps {
  readonly sessions: SessionsStore;
  readonly imports: ImportsStore;
  readonly agents: AgentsService;
  readonly environments: EnvironmentsService;
  readonly clock: Clock;
}

/** Inputs of {@link ImportService.importSessions}. */
export interface ImportInput {
  /** Lines of the source, in order (see `readLines`); consumed once, never buffered. */
  readonly lines: AsyncIterable<ImportLine> | Iterable<ImportLine>;
  /** The input format; detected from the first line that is a JSON object when absent. */
  readonly format?: ImportFormat | undefined;
  /** File every session under this agent (created when missing); default: the record's `agent`, else "imported". */
  readonly agentName?: string | undefined;
  /** Called after every line with running counts. */
  readonly onProgress?: ((progress: ImportProgress) => void) | undefined;
}

/**
 * Writes sessions straight through the sessions store (no runtime, no model calls) with their
 * original timestamps, `status: idle`, feedback under `reverie.feedback` and provenance under
 * `reverie.import`.
 * @example
 * const importer = createImportService(services);
 * const summary = await importer.importSessions({ lines: readLines(createReadStream(path)) });
 */
export class ImportService {
  readonly #deps: ImportDeps;

  constructor(deps: ImportDeps) {
    this.#deps = deps;
  }

  /** Imports every line; bad lines are skipped and reported with their line number, never fatal. */
  async importSessions({ lines, format, agentName, onProgress }: ImportInput): Promise<ImportSummary> {
    const { clock } = this.#deps;
    const ctx = { fallbackStartMs: clock.now().getTime() };
    const agents = new AgentsByName(this.#deps.agents);
    let environmentId: Promise<string> | undefined;
    let used: ImportFormat | undefined = format;
    const tally = new Tally();
    let batch: Pending[] = [];
    let batchKeys = new Set<string>();
    let lineCount = 0;

    for await (const { line, text } of lines) {
      lineCount++;
      const result = parseImportLine({ text, format: used, ctx });
      if (result.kind === 'skip') tally.skip(line, result.reason, result.detail);
      else if (result.kind === 'record' && batchKeys.has(result.sourceKey)) tally.duplicates++;
      else if (result.kind === 'record') {
        used ??= result.format;
        const { record } = result;
        const agent = await agents.resolve(agentName ?? record.agent ?? DEFAULT_AGENT_NAME);
        const env = await (environmentId ??= importEnvironmentId(this.#deps.environments));
        // Ids carry the session's own start time, so keyset order (by id) matches created_at order.
        const ids = new UlidGenerator(() => Math.min(MAX_ID_TIME_MS, Math.max(0, Date.parse(record.started_at))));
        const stored = toStoredSession({
          record,
          agentSnapshot: agentSnapshotOf(agent),
          environmentId: env,
          ids,
          provenance: {
            format: result.format,
            source_key: result.sourceKey,
            source_id: result.sourceId ?? null,
            source_agent_version: record.agent_version ?? null,
            synthetic_times: result.syntheticTimes,
            imported_at: clock.now().toISOString(),
          },
        });
        batch.push({ line, sourceKey: result.sourceKey, ...stored });
        batchKeys.add(result.sourceKey);
        if (batch.length >= BATCH_SIZE) {
          await this.#flush(batch, tally);
          batch = [];
          batchKeys = new Set();
        }
      }
      onProgress?.({ lines: lineCount, ...tally.counts() });
    }
    if (batch.length) {
      await this.#flush(batch, tally);
      onProgress?.({ lines: lineCount, ...tally.counts() });
    }
    return {
      format: used ?? null,
      lines: lineCount,
      imported: tally.created.length,
      duplicates: tally.duplicates,
      skipped: tally.skipped,
      skipped_total: tally.skippedTotal,
      skipped_by_reason: tally.byReason,
      sessions: tally.created,
    };
  }

  /**
   * Claims a batch's keys, then writes the claimed sessions in one transaction. When that fails, the
   * claims are released and the batch is retried one session at a time, so one bad session costs one line.
   */
  async #flush(batch: readonly Pending[], tally: Tally): Promise<void> {
    const { sessions, imports, clock } = this.#deps;
    const now = clock.now().toISOString();
    const claimed = await imports.claimMany({ items: batch.map((p) => ({ sourceKey: p.sourceKey, sessionId: p.session.id })), now });
    const fresh = batch.filter((p) => claimed.has(p.sourceKey));
    tally.duplicates += batch.length - fresh.length;
    let written = false;
    try {
      await sessions.createMany(fresh.map((p) => ({ record: p.session, events: p.events })));
      written = true;
    } catch {
      for (const p of fresh) await imports.release({ sourceKey: p.sourceKey, sessionId: p.session.id });
    }
    if (written) {
      for (const p of fresh) tally.created.push(p.session.id);
      tally.writeFailures = 0;
      await saveDreamFolds(sessions, fresh);
      return;
    }
    for (const p of fresh) {
      if (!(await imports.claim({ sourceKey: p.sourceKey, sessionId: p.session.id, now }))) {
        tally.duplicates++;
        continue;
      }
      try {
        await sessions.create({ record: p.session, events: p.events });
        tally.created.push(p.session.id);
        tally.writeFailures = 0;
      } catch (err) {
        await imports.release({ sourceKey: p.sourceKey, sessionId: p.session.id }).catch(() => undefined);
        tally.skip(p.line, 'write_failed', (err as Error).message);
        if (++tally.writeFailures >= MAX_CONSECUTIVE_WRITE_FAILURES) {
          throw new ApiError(`Import stopped at line ${p.line}: ${tally.writeFailures} sessions in a row could not be written (${(err as Error).message})`, { cause: err });
        }
      }
    }
  }
}

/**
 * Caches the dreaming fold of sessions just written (ADR 0061), so the first dream over an import reads
 * no events. Best effort: a session without a fold is read in full by its first dream, which saves it
 * then, so a failure here must not fail an import whose sessions are already stored.
 */
async function saveDreamFolds(sessions: SessionsStore, written: readonly Pending[]): Promise<void> {
  await Promise.resolve()
    .then(() => sessions.saveFolds(dreamFoldsOf(written.map((p) => ({ id: p.session.id, events: p.events })))))
    .catch(() => undefined);
}

/** A parsed session waiting for its batch to be written. */
interface Pending {
  readonly line: number;
  readonly sourceKey: string;
  readonly session: StoredSession;
  readonly events: StoredEvent[];
}

/** Running counts of one import. */
class Tally {
  readonly created: string[] = [];
  readonly skipped: ImportSkip[] = [];
  readonly byReason: Partial<Record<ImportSkipReason, number>> = {};
  duplicates = 0;
  skippedTotal = 0;
  writeFailures = 0;

  skip(line: number, reason: ImportSkipReason, detail: string): void {
    this.skippedTotal++;
    this.byReason[reason] = (this.byReason[reason] ?? 0) + 1;
    if (this.skipped.length < MAX_SKIP_DETAILS) this.skipped.push({ line, reason, detail });
  }

  counts(): Omit<ImportProgress, 'lines'> {
    return { imported: this.created.length, duplicates: this.duplicates, skipped: this.skippedTotal };
  }
}

/**
 * Builds the importer from the service container (or anything with the same members).
 * @example const summary = await createImportService(services).importSessions({ lines, agentName: 'support' });
 */
export function createImportService(services: {
  backend: { sessions(): SessionsStore; imports(): ImportsStore };
  agents: AgentsService;
  environments: EnvironmentsService;
  clock: Clock;
}): ImportService {
  return new ImportService({
    sessions: services.backend.sessions(),
    imports: services.backend.imports(),
    agents: services.agents,
    environments: services.environments,
    clock: services.clock,
  });
}
