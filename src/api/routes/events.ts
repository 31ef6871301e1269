/** @module api/routes/events — `/v1/sessions/{id}/events` and the SSE stream (wire-api §2.5, §3). */
import { z } from 'zod';
import { sendEventsSchema, type BusMessage } from '../../sessions/index.js';
import { InvalidRequestError } from '../../shared/errors.js';
import { decodeCursor, pageEnvelope } from '../pagination.js';
import { createdAtFilters, createdAtRange, limitParam, many, pageParam, single } from '../query.js';
import type { Router } from '../router.js';
import { openSse } from '../sse.js';
import { sessionIdParam } from './sessions.js';
import { INT32_MAX } from '../../sessions/index.js';

const TAG = 'events';
/** The SDK's tool runner lists with `limit=1000` (wire-api §1.8). */
const EVENTS_LIMIT_MAX = 1000;
/** Wire-api §2.5: more than 100 `event_deltas` values is a 400. */
const EVENT_DELTAS_MAX = 100;
const DELTA_TYPES = ['agent.message', 'agent.thinking'] as const;

const listQuery = z.object({
  ...createdAtFilters,
  order: single(z.enum(['asc', 'desc']).optional()),
  types: many(z.string().regex(/^[a-z_.]{1,64}$/, 'must be an event type')),
  limit: limitParam({ max: EVENTS_LIMIT_MAX }),
  page: pageParam,
});

const streamQuery = z.object({
  event_deltas: z.preprocess(
    (v) => (v === undefined ? undefined : Array.isArray(v) ? v : [v]),
    z.array(z.enum(DELTA_TYPES)).max(EVENT_DELTAS_MAX).optional(),
  ),
});

export function registerEventRoutes(router: Router): void {
  router.route(
    { method: 'get', path: '/v1/sessions/:session_id/events', summary: 'List session events', tag: TAG, query: listQuery },
    async (c, { params, query }) => {
      const order = query.order ?? 'asc';
      const cursor = decodeCursor(query.page);
      if (cursor?.o !== undefined && cursor.o !== order) throw new InvalidRequestError(`page: this cursor was made for order=${cursor.o}`);
      const afterSeq = cursor ? Number(cursor.a) : undefined;
      if (afterSeq !== undefined && (!Number.isInteger(afterSeq) || afterSeq < 0 || afterSeq > INT32_MAX)) throw new InvalidRequestError('page: invalid page cursor');
      const page = await c.var.services.sessions.listEvents(sessionIdParam(params), {
        limit: query.limit,
        order,
        afterSeq,
        types: query.types,
        processedAt: createdAtRange(query),
      });
      return c.json(pageEnvelope(page.items, page.hasMore && page.lastSeq !== undefined ? { a: String(page.lastSeq), o: order } : null));
    },
  );

  router.route(
    { method: 'post', path: '/v1/sessions/:session_id/events', summary: 'Send events to a session', tag: TAG, body: sendEventsSchema },
    async (c, { params, body }) => c.json(await c.var.services.sessions.sendEvents(sessionIdParam(params), body.events)),
  );

  router.route(
    {
      method: 'get',
      path: '/v1/sessions/:session_id/events/stream',
      summary: 'Stream session events (SSE, live only)',
      tag: TAG,
      query: streamQuery,
      response: 'sse',
    },
    async (c, { params, query }) => {
      const deltas = new Set<string>(query.event_deltas ?? []);
      let unsubscribe: (() => void) | undefined;
      const { response, writer } = openSse({
        signal: c.req.raw.signal,
        onClose: () => unsubscribe?.(),
        headers: { 'request-id': c.var.requestId },
      });
      const listener = (message: BusMessage): void => {
        if (message.kind === 'preview') {
          if (deltas.has(message.preview.of)) writer.send(message.preview.type, message.preview.payload, { sheddable: true });
          return;
        }
        writer.send(message.event.type, message.event);
        if (message.event.type === 'session.deleted' || message.event.type === 'session.status_terminated') writer.close();
      };
      try {
        unsubscribe = await c.var.services.sessions.subscribe(sessionIdParam(params), listener);
      } catch (err) {
        writer.close();
        throw err;
      }
      if (writer.closed) unsubscribe();
      return response;
    },
  );
}
