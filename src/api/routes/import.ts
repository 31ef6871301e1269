/** @module api/routes/import — `POST /v1/reverie/import` (Reverie extension): a streamed JSONL body → stored sessions. */
import { z } from 'zod';
import { createImportService, readLines, IMPORT_FORMATS } from '../../importing/index.js';
import { InvalidRequestError } from '../../shared/errors.js';
import { single } from '../query.js';
import type { Router } from '../router.js';

const TAG = 'reverie';
/** Body media types accepted: the two names JSON Lines goes by. */
const JSONL_TYPES = ['application/x-ndjson', 'application/jsonl'] as const;
/** Same limit as an agent name. */
const AGENT_NAME_MAX = 256;

const importQuery = z.object({
  format: single(z.enum(IMPORT_FORMATS).optional()),
  agent: single(z.string().trim().min(1).max(AGENT_NAME_MAX).optional()),
});

export function registerImportRoutes(router: Router): void {
  router.route(
    {
      method: 'post',
      path: '/v1/reverie/import',
      summary: 'Import sessions from a JSONL body (records, Anthropic/OpenAI transcripts, Managed Agents exports); idempotent',
      tag: TAG,
      query: importQuery,
    },
    async (c, { query }) => {
      const type = (c.req.header('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
      if (!(JSONL_TYPES as readonly string[]).includes(type)) {
        throw new InvalidRequestError(`content-type: expected ${JSONL_TYPES.join(' or ')} (one JSON object per line), got ${type || 'none'}`);
      }
      const body = c.req.raw.body;
      if (!body) throw new InvalidRequestError('Request body is required: one JSON object per line');
      const summary = await createImportService(c.var.services).importSessions({
        // Read as it arrives: only the current line is held, never the whole body.
        lines: readLines(body),
        format: query.format,
        agentName: query.agent,
      });
      return c.json(summary);
    },
  );
}
