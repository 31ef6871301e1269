/** @module dreams/session-ids — which stored sessions of an agent a dream reads. */
import type { SessionsStore } from '../store/index.js';

/** Sessions fetched per page while collecting ids. */
const PAGE = 500;

/**
 * Ids of an agent's sessions, newest first: optionally only those created after `since`, and only
 * those not mid-turn (`idle`/`terminated`) unless `anyStatus`; at most `max`.
 */
export async function agentSessionIds({
  store,
  agentId,
  since,
  max,
  anyStatus = false,
}: {
  store: SessionsStore;
  agentId: string;
  since?: string | null | undefined;
  max: number;
  anyStatus?: boolean;
}): Promise<string[]> {
  const ids: string[] = [];
  let after: string | undefined;
  for (;;) {
    const page = await store.list({
      limit: PAGE,
      order: 'desc',
      after,
      agentId,
      includeArchived: true,
      ...(anyStatus ? {} : { statuses: ['idle', 'terminated'] }),
      ...(since ? { createdAt: { gt: since } } : {}),
    });
    ids.push(...page.items.map((s) => s.id));
    if (!page.hasMore || ids.length >= max) return ids.slice(0, max);
    after = page.items.at(-1)?.id;
  }
}
