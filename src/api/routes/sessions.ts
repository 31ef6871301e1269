/** @module api/routes/sessions — `/v1/sessions` (wire-api §2.3) and Reverie's `/feedback` extension. */
import { z } from 'zod';
import {
  feedbackSchema,
  idSchema,
  INT32_MAX,
  SESSION_STATUSES,
  sessionCreateSchema,
  sessionUpdateSchema,
  type Session,
} from '../../sessions/index.js';
import { InvalidRequestError, NotFoundError } from '../../shared/errors.js';
import { safeParseJSON } from '../../shared/json.js';
import { createdAtFilters, createdAtRange, limitParam, many, pageParam, queryBool, single } from '../query.js';
import type { Router } from '../router.js';

const TAG = 'sessions';
const CURSOR_PREFIX = 'page_';

const listQuery = z.object({
  ...createdAtFilters,
  agent_id: single(idSchema.optional()),
  agent_version: single(z.coerce.number().int().min(1).max(INT32_MAX).optional()),
  statuses: many(z.enum(SESSION_STATUSES)),
  memory_store_id: single(idSchema.optional()),
  deployment_id: single(idSchema.optional()),
  order: single(z.enum(['asc', 'desc']).optional()),
  include_archived: queryBool,
  limit: limitParam(),
  page: pageParam,
});

/** A sessions cursor: a position (`a` next / `b` previous), the order it was made for and the row's time. */
const cursorSchema = z.object({
  d: z.enum(['next', 'prev']),
  id: z.string().min(1).max(256),
  t: z.string().max(64),
  o: z.enum(['asc', 'desc']),
});
type SessionCursor = z.infer<typeof cursorSchema>;

function encode(cursor: SessionCursor): string {
  return `${CURSOR_PREFIX}${Buffer.from(JSON.stringify(cursor)).toString('base64url')}`;
}

function decode(page: string | undefined): SessionCursor | undefined {
  if (page === undefined || page === '') return undefined;
  const body = page.startsWith(CURSOR_PREFIX) ? page.slice(CURSOR_PREFIX.length) : '';
  const parsed = body ? safeParseJSON(Buffer.from(body, 'base64url').toString('utf8'), cursorSchema) : undefined;
  if (!parsed?.success) throw new InvalidRequestError('page: invalid page cursor');
  return parsed.value;
}

/**
 * The `session_id` path parameter. Something that cannot be an id (NUL, spaces, over-long) names no
 * session: a 404 without touching the database.
 */
export function sessionIdParam(params: Record<string, string>): string {
  const parsed = idSchema.safeParse(params['session_id']);
  if (!parsed.success) throw new NotFoundError('Session not found');
  return parsed.data;
}

export function registerSessionRoutes(router: Router): void {
  router.route({ method: 'post', path: '/v1/sessions', summary: 'Create a session', tag: TAG, body: sessionCreateSchema }, async (c, { body }) =>
    c.json(await c.var.services.sessions.create(body)),
  );

  router.route(
    { method: 'get', path: '/v1/sessions', summary: 'List sessions (bidirectional cursor)', tag: TAG, query: listQuery },
    async (c, { query }) => {
      if (query.agent_version !== undefined && query.agent_id === undefined) {
        throw new InvalidRequestError('agent_version: only allowed together with agent_id');
      }
      const order = query.order ?? 'desc';
      const cursor = decode(query.page);
      const range = createdAtRange(query);
      if (cursor) {
        if (cursor.o !== order) throw new InvalidRequestError(`page: this cursor was made for order=${cursor.o}; pass the same order`);
        if ((range.gt && cursor.t <= range.gt) || (range.gte && cursor.t < range.gte) || (range.lt && cursor.t >= range.lt) || (range.lte && cursor.t > range.lte)) {
          throw new InvalidRequestError('page: the created_at filter excludes this cursor position');
        }
      }
      // Sessions never belong to a deployment here, so a deployment filter matches nothing.
      if (query.deployment_id !== undefined) return c.json({ data: [], next_page: null, prev_page: null });
      const page = await c.var.services.sessions.list({
        limit: query.limit,
        order,
        after: cursor?.d === 'next' ? cursor.id : undefined,
        before: cursor?.d === 'prev' ? cursor.id : undefined,
        agentId: query.agent_id,
        agentVersion: query.agent_version,
        statuses: query.statuses,
        memoryStoreId: query.memory_store_id,
        createdAt: range,
        includeArchived: query.include_archived ?? false,
      });
      const first = page.items[0];
      const last = page.items.at(-1);
      const backwards = cursor?.d === 'prev';
      // Forwards: more after when hasMore; something before whenever we came from a cursor.
      // Backwards: more before when hasMore; something after always (where we came from).
      const hasNext = backwards ? true : page.hasMore;
      const hasPrev = backwards ? page.hasMore : cursor !== undefined;
      const at = (s: Session | undefined, d: 'next' | 'prev') => (s ? encode({ d, id: s.id, t: String(s['created_at']), o: order }) : null);
      return c.json({
        data: page.items,
        next_page: hasNext && last ? at(last, 'next') : null,
        prev_page: hasPrev && first ? at(first, 'prev') : null,
      });
    },
  );

  router.route({ method: 'get', path: '/v1/sessions/:session_id', summary: 'Retrieve a session', tag: TAG }, async (c, { params }) =>
    c.json(await c.var.services.sessions.retrieve(sessionIdParam(params))),
  );

  router.route(
    { method: 'post', path: '/v1/sessions/:session_id', summary: 'Update a session', tag: TAG, body: sessionUpdateSchema },
    async (c, { params, body }) => c.json(await c.var.services.sessions.update(sessionIdParam(params), body)),
  );

  router.route({ method: 'delete', path: '/v1/sessions/:session_id', summary: 'Delete a session', tag: TAG }, async (c, { params }) =>
    c.json(await c.var.services.sessions.delete(sessionIdParam(params))),
  );

  router.route({ method: 'post', path: '/v1/sessions/:session_id/archive', summary: 'Archive a session', tag: TAG }, async (c, { params }) =>
    c.json(await c.var.services.sessions.archive(sessionIdParam(params))),
  );

  router.route(
    {
      method: 'post',
      path: '/v1/sessions/:session_id/feedback',
      summary: 'Record end-user feedback on a session (Reverie extension)',
      tag: TAG,
      body: feedbackSchema,
    },
    async (c, { params, body }) => c.json(await c.var.services.sessions.feedback(sessionIdParam(params), body)),
  );
}
