/** @module api/routes/environments — `/v1/environments` (wire-api §2.2). */
import { z } from 'zod';
import { environmentCreateSchema, environmentUpdateSchema } from '../../environments/index.js';
import { decodeCursor, pageEnvelope } from '../pagination.js';
import { createdAtFilters, createdAtRange, limitParam, pageParam, queryBool } from '../query.js';
import type { Router } from '../router.js';

const TAG = 'environments';
const listQuery = z.object({ ...createdAtFilters, include_archived: queryBool, limit: limitParam(), page: pageParam });

export function registerEnvironmentRoutes(router: Router): void {
  router.route(
    { method: 'post', path: '/v1/environments', summary: 'Create an environment', tag: TAG, body: environmentCreateSchema },
    async (c, { body }) => c.json(await c.var.services.environments.create(body)),
  );

  router.route({ method: 'get', path: '/v1/environments', summary: 'List environments', tag: TAG, query: listQuery }, async (c, { query }) => {
    const cursor = decodeCursor(query.page);
    const page = await c.var.services.environments.list({
      limit: query.limit,
      after: cursor?.a,
      createdAt: createdAtRange(query),
      includeArchived: query.include_archived ?? false,
    });
    const last = page.items.at(-1);
    return c.json(pageEnvelope(page.items, page.hasMore && last ? { a: last.id } : null));
  });

  router.route({ method: 'get', path: '/v1/environments/:environment_id', summary: 'Retrieve an environment', tag: TAG }, async (c, { params }) =>
    c.json(await c.var.services.environments.retrieve(params['environment_id'] ?? '')),
  );

  router.route(
    { method: 'post', path: '/v1/environments/:environment_id', summary: 'Update an environment', tag: TAG, body: environmentUpdateSchema },
    async (c, { params, body }) => c.json(await c.var.services.environments.update(params['environment_id'] ?? '', body)),
  );

  router.route(
    { method: 'post', path: '/v1/environments/:environment_id/archive', summary: 'Archive an environment', tag: TAG },
    async (c, { params }) => c.json(await c.var.services.environments.archive(params['environment_id'] ?? '')),
  );

  router.route(
    { method: 'delete', path: '/v1/environments/:environment_id', summary: 'Delete an environment', tag: TAG },
    async (c, { params }) => c.json(await c.var.services.environments.delete(params['environment_id'] ?? '')),
  );
}
