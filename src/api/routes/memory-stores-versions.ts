/** @module api/routes/memory-stores-versions — `/v1/memory_stores/{id}/memory_versions` (wire-api §2.6). */
import { z } from 'zod';
import { pageEnvelope } from '../pagination.js';
import { createdAtFilters, createdAtRange, limitParam, pageParam, single } from '../query.js';
import type { Router } from '../router.js';
import { apiActor, cursorAfter, FULL_VIEW_PAGE_MAX, param, TAG, viewParam } from './memory-stores-shared.js';

const BASE = '/v1/memory_stores/:memory_store_id/memory_versions';
/** Ids in filters are short; the bound only keeps garbage out of queries. */
const ID_MAX = 256;

const idFilter = single(
  z
    .string()
    .min(1)
    .max(ID_MAX)
    .refine((v) => !v.includes('\u0000'), 'must not contain NUL characters')
    .optional(),
);
const listQuery = z.object({
  memory_id: idFilter,
  operation: single(z.enum(['created', 'modified', 'deleted']).optional()),
  session_id: idFilter,
  api_key_id: idFilter,
  service_account_id: idFilter,
  'created_at[gte]': createdAtFilters['created_at[gte]'],
  'created_at[lte]': createdAtFilters['created_at[lte]'],
  view: viewParam,
  limit: limitParam(),
  page: pageParam,
});
const viewQuery = z.object({ view: viewParam });

/** Registers list, retrieve and redact of memory versions. */
export function registerMemoryVersionRoutes(router: Router): void {
  router.route({ method: 'get', path: BASE, summary: 'List memory versions (newest first)', tag: TAG, query: listQuery }, async (c, { params, query }) => {
    const view = query.view ?? 'basic';
    const page = await c.var.services.memoryStores.listVersions({
      storeId: param(params, 'memory_store_id'),
      limit: view === 'full' ? Math.min(query.limit, FULL_VIEW_PAGE_MAX) : query.limit,
      after: cursorAfter(query.page),
      memoryId: query.memory_id,
      operation: query.operation,
      sessionId: query.session_id,
      apiKeyId: query.api_key_id,
      serviceAccountId: query.service_account_id,
      createdAt: createdAtRange(query),
      view,
    });
    return c.json(pageEnvelope(page.items, page.nextAfter ? { a: page.nextAfter } : null));
  });

  router.route(
    { method: 'get', path: `${BASE}/:memory_version_id`, summary: 'Retrieve a memory version', tag: TAG, query: viewQuery },
    async (c, { params, query }) =>
      c.json(
        await c.var.services.memoryStores.retrieveVersion({
          storeId: param(params, 'memory_store_id'),
          versionId: param(params, 'memory_version_id'),
          view: query.view ?? 'full',
        }),
      ),
  );

  router.route(
    { method: 'post', path: `${BASE}/:memory_version_id/redact`, summary: 'Redact a memory version', tag: TAG },
    async (c, { params }) =>
      c.json(
        await c.var.services.memoryStores.redactVersion({
          storeId: param(params, 'memory_store_id'),
          versionId: param(params, 'memory_version_id'),
          actor: apiActor(c),
        }),
      ),
  );
}
