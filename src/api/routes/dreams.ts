/** @module api/routes/dreams — `/v1/dreams` (wire-api §2.7) and the report extension. */
import { z } from 'zod';
import { dreamCreateSchema } from '../../dreams/index.js';
import { decodeCursor, pageEnvelope } from '../pagination.js';
import { createdAtFilters, createdAtRange, limitParam, many, pageParam, queryBool } from '../query.js';
import type { Router } from '../router.js';

const TAG = 'dreams';
const DREAM_STATUSES = ['pending', 'running', 'completed', 'failed', 'canceled'] as const;

const listQuery = z.object({
  ...createdAtFilters,
  include_archived: queryBool,
  statuses: many(z.enum(DREAM_STATUSES)),
  limit: limitParam({ fallback: 20, max: 100 }),
  page: pageParam,
});

export function registerDreamRoutes(router: Router): void {
  router.route({ method: 'post', path: '/v1/dreams', summary: 'Create a dream', tag: TAG, body: dreamCreateSchema }, async (c, { body }) =>
    c.json(await c.var.services.dreams.create(body)),
  );

  router.route({ method: 'get', path: '/v1/dreams', summary: 'List dreams, newest first', tag: TAG, query: listQuery }, async (c, { query }) => {
    const cursor = decodeCursor(query.page);
    const page = await c.var.services.dreams.list({
      limit: query.limit,
      after: cursor?.a,
      createdAt: createdAtRange(query),
      includeArchived: query.include_archived ?? false,
      ...(query.statuses ? { statuses: query.statuses } : {}),
    });
    const last = page.items.at(-1);
    return c.json(pageEnvelope(page.items, page.hasMore && last ? { a: last.id } : null));
  });

  router.route({ method: 'get', path: '/v1/dreams/:dream_id', summary: 'Retrieve a dream', tag: TAG }, async (c, { params }) =>
    c.json(await c.var.services.dreams.retrieve(params['dream_id'] ?? '')),
  );

  router.route({ method: 'post', path: '/v1/dreams/:dream_id/cancel', summary: 'Cancel a pending or running dream', tag: TAG }, async (c, { params }) =>
    c.json(await c.var.services.dreams.cancel(params['dream_id'] ?? '')),
  );

  router.route({ method: 'post', path: '/v1/dreams/:dream_id/archive', summary: 'Archive a finished dream', tag: TAG }, async (c, { params }) =>
    c.json(await c.var.services.dreams.archive(params['dream_id'] ?? '')),
  );

  router.route(
    { method: 'get', path: '/v1/dreams/:dream_id/report', summary: 'The full structured report of a dream (Reverie extension)', tag: TAG },
    async (c, { params }) => c.json(await c.var.services.dreams.report(params['dream_id'] ?? '')),
  );
}
