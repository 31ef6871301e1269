/**
 * @module importing/importer — loads session records, transcripts or event exports into the store,
 * idempotently: each source session is claimed once per workspace in the `imports` ledger.
 */
import type { AgentsService } from '../agents/index.js';
import type { EnvironmentsService } from '../environments/index.js';
import type { ImportsStore, SessionsStore } from '../store/index.js';
import { ApiError } from '../shared/errors.js';
import type { Clock } from '../shared/clock.js';
import { UlidGenerator } from '../shared/ids.js';
import { parseImportLine } from './parse-line.js';
import { AgentsByName, DEFAULT_AGENT_NAME, agentSnapshotOf, importEnvironmentId } from './resolve-targets.js';
import { toStoredSession } from './to-store.js';
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
    const { sessions, imports, clock } = this.#deps;
    const startedMs = clock.now().getTime();
    const ctx = { fallbackStartMs: startedMs };
    const agents = new AgentsByName(this.#deps.agents);
    let environmentId: Promise<string> | undefined;
    let used: ImportFormat | undefined = format;
    const skipped: ImportSkip[] = [];
    const byReason: Partial<Record<ImportSkipReason, number>> = {};
    const created: string[] = [];
    let lineCount = 0;
    let duplicates = 0;
    let skippedTotal = 0;
    let writeFailures = 0;
    const skip = (line: number, reason: ImportSkipReason, detail: string): void => {
      skippedTotal++;
      byReason[reason] = (byReason[reason] ?? 0) + 1;
      if (skipped.length < MAX_SKIP_DETAILS) skipped.push({ line, reason, detail });
    };

    for await (const { line, text } of lines) {
      lineCount++;
      const result = parseImportLine({ text, format: used, ctx });
      if (result.kind === 'skip') skip(line, result.reason, result.detail);
      else if (result.kind === 'record') {
        used ??= result.format;
        const { record } = result;
        const agent = await agents.resolve(agentName ?? record.agent ?? DEFAULT_AGENT_NAME);
        const env = await (environmentId ??= importEnvironmentId(this.#deps.environments));
        // Ids carry the session's own start time, so keyset order (by id) matches created_at order.
        const ids = new UlidGenerator(() => Math.min(MAX_ID_TIME_MS, Math.max(0, Date.parse(record.started_at))));
        const now = clock.now().toISOString();
        const { session, events } = toStoredSession({
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
            imported_at: now,
          },
        });
        if (!(await imports.claim({ sourceKey: result.sourceKey, sessionId: session.id, now }))) duplicates++;
        else {
          try {
            await sessions.create({ record: session, events });
            created.push(session.id);
            writeFailures = 0;
          } catch (err) {
            await imports.release({ sourceKey: result.sourceKey, sessionId: session.id }).catch(() => undefined);
            skip(line, 'write_failed', (err as Error).message);
            if (++writeFailures >= MAX_CONSECUTIVE_WRITE_FAILURES) {
              throw new ApiError(`Import stopped at line ${line}: ${writeFailures} sessions in a row could not be written (${(err as Error).message})`, { cause: err });
            }
          }
        }
      }
      onProgress?.({ lines: lineCount, imported: created.length, duplicates, skipped: skippedTotal });
    }
    return {
      format: used ?? null,
      lines: lineCount,
      imported: created.length,
      duplicates,
      skipped,
      skipped_total: skippedTotal,
      skipped_by_reason: byReason,
      sessions: created,
    };
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
