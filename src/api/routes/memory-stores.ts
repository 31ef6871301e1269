/** @module api/routes/memory-stores — `/v1/memory_stores` (wire-api §2.6), plus its memories and versions. */
import { z } from 'zod';
import { memoryStoreCreateSchema, memoryStoreUpdateSchema } from '../../memory/index.js';
import { pageEnvelope } from '../pagination.js';
import { createdAtFilters, createdAtRange, limitParam, pageParam, queryBool } from '../query.js';
import type { Router } from '../router.js';
import { registerMemoryRoutes } from './memory-stores-memories.js';
import { cursorAfter, param, TAG } from './memory-stores-shared.js';
import { registerMemoryVersionRoutes } from './memory-stores-versions.js';

const listQuery = z.object({
  'created_at[gte]': createdAtFilters['created_at[gte]'],
  'created_at[lte]': createdAtFilters['created_at[lte]'],
  include_archived: queryBool,
  limit: limitParam(),
  page: pageParam,
});

/** Registers stores, memories and memory versions. */
export function registerMemoryStoreRoutes(router: Router): void {
  router.route(
    { method: 'post', path: '/v1/memory_stores', summary: 'Create a memory store', tag: TAG, body: memoryStoreCreateSchema },
    async (c, { body }) => c.json(await c.var.services.memoryStores.create(body)),
  );

  router.route({ method: 'get', path: '/v1/memory_stores', summary: 'List memory stores', tag: TAG, query: listQuery }, async (c, { query }) => {
    const page = await c.var.services.memoryStores.list({
      limit: query.limit,
      after: cursorAfter(query.page),
      createdAt: createdAtRange(query),
      includeArchived: query.include_archived ?? false,
    });
    return c.json(pageEnvelope(page.items, page.nextAfter ? { a: page.nextAfter } : null));
  });

  router.route(
    { method: 'get', path: '/v1/memory_stores/:memory_store_id', summary: 'Retrieve a memory store', tag: TAG },
    async (c, { params }) => c.json(await c.var.services.memoryStores.retrieve(param(params, 'memory_store_id'))),
  );

  router.route(
    { method: 'post', path: '/v1/memory_stores/:memory_store_id', summary: 'Update a memory store', tag: TAG, body: memoryStoreUpdateSchema },
    async (c, { params, body }) => c.json(await c.var.services.memoryStores.update(param(params, 'memory_store_id'), body)),
  );

  router.route(
    { method: 'delete', path: '/v1/memory_stores/:memory_store_id', summary: 'Delete a memory store with its memories and versions', tag: TAG },
    async (c, { params }) => c.json(await c.var.services.memoryStores.delete(param(params, 'memory_store_id'))),
  );

  router.route(
    { method: 'post', path: '/v1/memory_stores/:memory_store_id/archive', summary: 'Archive a memory store (read-only, irreversible)', tag: TAG },
    async (c, { params }) => c.json(await c.var.services.memoryStores.archive(param(params, 'memory_store_id'))),
  );

  registerMemoryRoutes(router);
  registerMemoryVersionRoutes(router);
}
