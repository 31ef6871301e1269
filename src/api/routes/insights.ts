/** @module api/routes/insights — `GET /v1/agents/{id}/insights` (Reverie extension: the seed's get_dreaming_insights). */
import { z } from 'zod';
import { many, single } from '../query.js';
import type { Router } from '../router.js';

const insightsQuery = z.object({
  kind: many(z.enum(['pattern', 'issue', 'recommendation', 'memory'])),
  category: many(z.string().min(1).max(64)),
  severity: many(z.enum(['info', 'low', 'medium', 'high', 'critical'])),
  dream_id: single(z.string().min(1).max(256).optional()),
});

export function registerInsightRoutes(router: Router): void {
  router.route(
    {
      method: 'get',
      path: '/v1/agents/:agent_id/insights',
      summary: "The latest dream's insights of an agent (Reverie extension); filters kind[], category[], severity[], dream_id",
      tag: 'insights',
      query: insightsQuery,
    },
    async (c, { params, query }) => {
      const agent = await c.var.services.agents.retrieve(params['agent_id'] ?? '');
      return c.json(
        await c.var.services.dreams.insights(agent.id, {
          ...(query.kind ? { kinds: query.kind } : {}),
          ...(query.category ? { categories: query.category } : {}),
          ...(query.severity ? { severities: query.severity } : {}),
          ...(query.dream_id ? { dreamId: query.dream_id } : {}),
        }),
      );
    },
  );
}
