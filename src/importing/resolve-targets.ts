/** @module importing/resolve-targets — the agents and the environment imported sessions are filed under. */
import { baseAgentSnapshot } from '../sessions/index.js';
import type { Agent, AgentsService } from '../agents/index.js';
import type { EnvironmentsService } from '../environments/index.js';
import { OFFLINE_MODEL_ID } from '../models/index.js';

/** Agent name used when neither `--agent` nor the record names one. */
export const DEFAULT_AGENT_NAME = 'imported';
/** Name of the environment every imported session references. */
export const IMPORT_ENVIRONMENT_NAME = 'imported';
/** Longest agent name the API accepts (agents `NAME_MAX`). */
const AGENT_NAME_MAX = 256;
/** Rows per page while scanning agents / environments by name. */
const SCAN_PAGE = 100;

/** The `SessionAgent` snapshot of an agent version (wire-api §2.3). */
export function agentSnapshotOf(agent: Agent): Record<string, unknown> & { id: string; version: number } {
  return baseAgentSnapshot(agent);
}

/**
 * Finds agents by name (the oldest non-archived agent with that name wins) and creates missing ones on
 * the offline model; one instance per import run caches what it found.
 */
export class AgentsByName {
  readonly #agents: AgentsService;
  #index: Promise<Map<string, Agent>> | undefined;
  readonly #pending = new Map<string, Promise<Agent>>();

  constructor(agents: AgentsService) {
    this.#agents = agents;
  }

  /** The agent named `name` (trimmed and cut to the API's limit), created when missing. */
  resolve(rawName: string): Promise<Agent> {
    const name = rawName.trim().slice(0, AGENT_NAME_MAX) || DEFAULT_AGENT_NAME;
    let found = this.#pending.get(name);
    if (!found) {
      found = this.#find(name);
      this.#pending.set(name, found);
    }
    return found;
  }

  async #find(name: string): Promise<Agent> {
    const index = await (this.#index ??= this.#scan());
    const found = index.get(name);
    if (found) return found;
    // Imports running at once in this process (two API requests, a CLI batch) create one agent per name
    // in turn, each looking again first, so the second finds the first's. "File under the oldest" alone
    // could not make them agree: a run that looked before the other's insert committed kept its own.
    return inTurn(this.#agents, name, async () => {
      const again = (await this.#scan()).get(name);
      if (again) return again;
      const created = await this.#agents.create({ name, model: OFFLINE_MODEL_ID, description: 'Created by reverie import for imported sessions.' });
      // Imports in other processes may still create the same name at once; those file under the oldest.
      return (await this.#scan()).get(name) ?? created;
    });
  }

  async #scan(): Promise<Map<string, Agent>> {
    const index = new Map<string, Agent>();
    let after: string | undefined;
    for (;;) {
      const page = await this.#agents.list({ limit: SCAN_PAGE, after });
      // Lists are newest first; overwriting keeps the oldest agent of a name.
      for (const agent of page.items) index.set(agent.name, agent);
      if (!page.hasMore) return index;
      after = page.items.at(-1)?.id;
    }
  }
}

/** The tail of each (service, name) queue of creations, so they run one after another. */
const creationQueues = new WeakMap<object, Map<string, Promise<unknown>>>();

/** Runs `task` after every earlier task queued for the same service and name has settled. */
function inTurn<T>(service: object, name: string, task: () => Promise<T>): Promise<T> {
  let queues = creationQueues.get(service);
  if (!queues) creationQueues.set(service, (queues = new Map()));
  const run = (queues.get(name) ?? Promise.resolve()).then(task, task);
  const tail = run.catch(() => undefined);
  queues.set(name, tail);
  // Forget the queue once it is idle, so names do not accumulate.
  void tail.then(() => {
    if (queues.get(name) === tail) queues.delete(name);
  });
  return run;
}

/** The id of the oldest non-archived environment named "imported", created when missing. */
export async function importEnvironmentId(environments: EnvironmentsService): Promise<string> {
  const found = await oldestImportEnvironment(environments);
  if (found) return found;
  // As for agents (see `AgentsByName`): creations in this process take turns and look again first;
  // imports in other processes may each create one, and then use the oldest.
  return inTurn(environments, IMPORT_ENVIRONMENT_NAME, async () => {
    const again = await oldestImportEnvironment(environments);
    if (again) return again;
    const created = await environments.create({ name: IMPORT_ENVIRONMENT_NAME, description: 'Sessions loaded by reverie import.' });
    return (await oldestImportEnvironment(environments)) ?? created.id;
  });
}

async function oldestImportEnvironment(environments: EnvironmentsService): Promise<string | undefined> {
  let oldest: string | undefined;
  let after: string | undefined;
  for (;;) {
    // Newest first: the last match seen is the oldest.
    const page = await environments.list({ limit: SCAN_PAGE, after });
    for (const e of page.items) if (e.name === IMPORT_ENVIRONMENT_NAME) oldest = e.id;
    if (!page.hasMore) return oldest;
    after = page.items.at(-1)?.id;
  }
}
