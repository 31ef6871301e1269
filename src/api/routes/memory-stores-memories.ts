/** @module api/routes/memory-stores-memories — `/v1/memory_stores/{id}/memories` (wire-api §2.6). */
import { z } from 'zod';
import { expectedShaSchema, memoryCreateSchema, memoryUpdateSchema } from '../../memory/index.js';
import { limitParam, single } from '../query.js';
import type { Router } from '../router.js';
import { pageEnvelope } from '../pagination.js';
import {
  apiActor,
  decodePathCursor,
  encodePathCursor,
  FULL_VIEW_PAGE_MAX,
  param,
  pathPageParam,
  TAG,
  viewParam,
} from './memory-stores-shared.js';

const BASE = '/v1/memory_stores/:memory_store_id/memories';

const viewQuery = z.object({ view: viewParam });
const listQuery = z.object({
  path_prefix: single(z.string().max(4096).optional()),
  depth: single(
    z.coerce
      .number()
      .int()
      .refine((d) => d === 0 || d === 1, 'must be 0 (whole subtree) or 1 (direct children)')
      .optional(),
  ),
  view: viewParam,
  limit: limitParam(),
  page: pathPageParam,
});
const deleteQuery = z.object({ expected_content_sha256: single(expectedShaSchema.optional()) });

/** Registers create, list, retrieve, update and delete of memories. */
export function registerMemoryRoutes(router: Router): void {
  router.route(
    { method: 'post', path: BASE, summary: 'Create a memory', tag: TAG, body: memoryCreateSchema, query: viewQuery },
    async (c, { params, body, query }) =>
      c.json(
        await c.var.services.memoryStores.createMemory({
          storeId: param(params, 'memory_store_id'),
          path: body.path,
          content: body.content,
          actor: apiActor(c),
          view: query.view ?? 'basic',
        }),
      ),
  );

  router.route({ method: 'get', path: BASE, summary: 'List memories', tag: TAG, query: listQuery }, async (c, { params, query }) => {
    const view = query.view ?? 'basic';
    const page = await c.var.services.memoryStores.listMemories({
      storeId: param(params, 'memory_store_id'),
      pathPrefix: query.path_prefix,
      depth: query.depth === 1 ? 1 : 0,
      view,
      limit: view === 'full' ? Math.min(query.limit, FULL_VIEW_PAGE_MAX) : query.limit,
      after: decodePathCursor(query.page),
    });
    const envelope = pageEnvelope(page.items, null);
    return c.json({ ...envelope, next_page: page.nextAfter === undefined ? null : encodePathCursor(page.nextAfter) });
  });

  router.route(
    { method: 'get', path: `${BASE}/:memory_id`, summary: 'Retrieve a memory', tag: TAG, query: viewQuery },
    async (c, { params, query }) =>
      c.json(
        await c.var.services.memoryStores.retrieveMemory({
          storeId: param(params, 'memory_store_id'),
          memoryId: param(params, 'memory_id'),
          view: query.view ?? 'full',
        }),
      ),
  );

  router.route(
    { method: 'post', path: `${BASE}/:memory_id`, summary: 'Update (or rename) a memory', tag: TAG, body: memoryUpdateSchema, query: viewQuery },
    async (c, { params, body, query }) =>
      c.json(
        await c.var.services.memoryStores.updateMemory({
          storeId: param(params, 'memory_store_id'),
          memoryId: param(params, 'memory_id'),
          content: body.content,
          path: body.path,
          precondition: body.precondition,
          actor: apiActor(c),
          view: query.view ?? 'basic',
        }),
      ),
  );

  router.route(
    { method: 'delete', path: `${BASE}/:memory_id`, summary: 'Delete a memory (its versions are kept)', tag: TAG, query: deleteQuery },
    async (c, { params, query }) =>
      c.json(
        await c.var.services.memoryStores.deleteMemory({
          storeId: param(params, 'memory_store_id'),
          memoryId: param(params, 'memory_id'),
          expectedSha: query.expected_content_sha256,
          actor: apiActor(c),
        }),
      ),
  );
}
