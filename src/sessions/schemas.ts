/** @module sessions/schemas — request schemas of sessions and session events (wire-api §2.3, §2.5). */
import { z } from 'zod';
import { mcpServerSchema, modelParamsSchema, skillParamsSchema, toolParamsSchema } from '../agents/index.js';
import {
  documentBlockSchema,
  imageBlockSchema,
  metadataPatchSchema,
  metadataSchema,
  textBlockSchema,
  userContentBlockSchema,
} from '../shared/wire-schemas.js';

const ID_MAX = 256;
/** Largest version/sequence number the portable `integer` columns hold (PostgreSQL int4). */
export const INT32_MAX = 2_147_483_647;
/** Ids are printable ASCII; anything else (NUL, spaces) could never name a row and some databases reject it. */
export const idSchema = z
  .string()
  .min(1)
  .max(ID_MAX)
  .regex(/^[\x21-\x7e]+$/, 'must be an id (printable ASCII, no spaces)');
const versionSchema = z.number().int().min(1).max(INT32_MAX);
/** Same cap as the agent's `system` (wire-api §2.3 override limit). */
const SYSTEM_MAX = 100_000;
/** Wire-api §2.3: at most 50 initial events. */
export const INITIAL_EVENTS_MAX = 50;
/** Wire-api §4 Memory: at most 8 memory stores per session. */
export const MEMORY_RESOURCES_MAX = 8;
/** File and repository resources per session; generous, but bounded so a request stays small. */
const RESOURCES_MAX = 100;
/** Events per `events.send` request; the SDK sends one or two, bounded so a request stays small. */
export const SEND_EVENTS_MAX = 100;
const TITLE_MAX = 512;
const INSTRUCTIONS_MAX = 4096;
/** Content blocks in one message. */
const CONTENT_MAX = 100;

const moneySchema = z.object({
  amount: z.string().regex(/^(0|[1-9]\d{0,15})$/, 'must be an integer number of cents without leading zeros'),
  currency: z.literal('USD'),
});
const budgetSchema = z.object({ type: z.literal('limit'), max_list_cost: moneySchema });

const agentRefSchema = z.union([
  idSchema,
  z.object({ type: z.literal('agent'), id: idSchema, version: versionSchema.nullish() }),
  z.object({
    type: z.literal('agent_with_overrides'),
    id: idSchema,
    version: versionSchema.nullish(),
    model: modelParamsSchema.nullish(),
    system: z.string().max(SYSTEM_MAX).nullish(),
    tools: z.array(toolParamsSchema).max(256).nullish(),
    mcp_servers: z.array(mcpServerSchema).max(20).nullish(),
    skills: z.array(skillParamsSchema).max(64).nullish(),
  }),
]);
export type AgentRefParams = z.infer<typeof agentRefSchema>;

const resourceSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('file'), file_id: z.string().min(1).max(ID_MAX), mount_path: z.string().min(1).max(1024).nullish() }),
  z.object({
    type: z.literal('github_repository'),
    url: z.string().url().max(2048),
    authorization_token: z.string().max(4096).nullish(),
    checkout: z
      .discriminatedUnion('type', [
        z.object({ type: z.literal('branch'), name: z.string().min(1).max(256) }),
        z.object({ type: z.literal('commit'), sha: z.string().min(1).max(64) }),
      ])
      .nullish(),
    mount_path: z.string().min(1).max(1024).nullish(),
  }),
  z.object({
    type: z.literal('memory_store'),
    memory_store_id: idSchema,
    access: z.enum(['read_write', 'read_only']).nullish(),
    instructions: z.string().max(INSTRUCTIONS_MAX).nullish(),
  }),
]);
export type ResourceParams = z.infer<typeof resourceSchema>;

export const userMessageSchema = z.object({
  type: z.literal('user.message'),
  content: z.array(userContentBlockSchema).min(1).max(CONTENT_MAX),
});

const rubricSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('text'), content: z.string().min(1).max(262_144) }),
  z.object({ type: z.literal('file'), file_id: z.string().min(1).max(ID_MAX) }),
]);
export const defineOutcomeSchema = z.object({
  type: z.literal('user.define_outcome'),
  description: z.string().min(1).max(10_000),
  rubric: rubricSchema,
  max_iterations: z.number().int().min(1).max(20).nullish(),
});

const searchResultBlockSchema = z.object({
  type: z.literal('search_result'),
  source: z.string().max(4096),
  title: z.string().max(1024),
  content: z.array(textBlockSchema).max(CONTENT_MAX),
  citations: z.object({ enabled: z.boolean() }).optional(),
});
const toolResultContentSchema = z
  .array(z.discriminatedUnion('type', [textBlockSchema, imageBlockSchema, documentBlockSchema, searchResultBlockSchema]))
  .max(CONTENT_MAX);

/** One event a client may send (`events.send`). */
export const sendEventSchema = z.discriminatedUnion('type', [
  userMessageSchema,
  z.object({ type: z.literal('user.interrupt'), session_thread_id: z.string().max(ID_MAX).nullish() }),
  z
    .object({
      type: z.literal('user.tool_confirmation'),
      tool_use_id: z.string().min(1).max(ID_MAX),
      result: z.enum(['allow', 'deny']),
      deny_message: z.string().max(10_000).nullish(),
      session_thread_id: z.string().max(ID_MAX).nullish(),
    })
    .refine((e) => e.result === 'deny' || e.deny_message == null, { message: 'deny_message is only allowed with result "deny"', path: ['deny_message'] }),
  z.object({
    type: z.literal('user.custom_tool_result'),
    custom_tool_use_id: z.string().min(1).max(ID_MAX),
    content: toolResultContentSchema.nullish(),
    is_error: z.boolean().nullish(),
    session_thread_id: z.string().max(ID_MAX).nullish(),
  }),
  z.object({
    type: z.literal('user.tool_result'),
    tool_use_id: z.string().min(1).max(ID_MAX),
    content: toolResultContentSchema.nullish(),
    is_error: z.boolean().nullish(),
    session_thread_id: z.string().max(ID_MAX).nullish(),
  }),
  defineOutcomeSchema,
  z.object({ type: z.literal('system.message'), content: z.array(textBlockSchema).min(1).max(1000) }),
]);
export type SendEventParams = z.infer<typeof sendEventSchema>;

/** `POST /v1/sessions/{id}/events`. */
export const sendEventsSchema = z.object({ events: z.array(sendEventSchema).min(1).max(SEND_EVENTS_MAX) });

/** `POST /v1/sessions`. */
export const sessionCreateSchema = z.object({
  agent: agentRefSchema,
  environment_id: idSchema,
  budget: budgetSchema.nullish(),
  initial_events: z
    .array(z.discriminatedUnion('type', [userMessageSchema, defineOutcomeSchema]))
    .max(INITIAL_EVENTS_MAX)
    .nullish()
    .refine((events) => (events ?? []).filter((e) => e.type === 'user.define_outcome').length <= 1, 'at most one user.define_outcome'),
  metadata: metadataSchema.nullish(),
  title: z.string().max(TITLE_MAX).nullish(),
  vault_ids: z.array(z.string().min(1).max(ID_MAX)).max(20).nullish(),
  resources: z
    .array(resourceSchema)
    .max(RESOURCES_MAX)
    .nullish()
    .refine((r) => (r ?? []).filter((x) => x.type === 'memory_store').length <= MEMORY_RESOURCES_MAX, `at most ${MEMORY_RESOURCES_MAX} memory_store resources`),
});
export type SessionCreateParams = z.infer<typeof sessionCreateSchema>;

/** `POST /v1/sessions/{id}`. */
export const sessionUpdateSchema = z.object({
  agent: z
    .object({ tools: z.array(toolParamsSchema).max(256).nullish(), mcp_servers: z.array(mcpServerSchema).max(20).nullish() })
    .nullish(),
  budget: budgetSchema.nullish(),
  metadata: metadataPatchSchema.nullish(),
  title: z.string().max(TITLE_MAX).nullish(),
  vault_ids: z.array(z.string().max(ID_MAX)).max(20).nullish(),
});
export type SessionUpdateParams = z.infer<typeof sessionUpdateSchema>;

/** `POST /v1/sessions/{id}/feedback` — Reverie's outcome signals (not part of the Anthropic API). */
export const feedbackSchema = z
  .object({
    score: z.number().int().min(1).max(5).nullish(),
    resolved: z.boolean().nullish(),
    escalated: z.boolean().nullish(),
    comment: z.string().max(10_000).nullish(),
    labels: z.array(z.string().min(1).max(64)).max(32).nullish(),
  })
  .strict()
  .refine((f) => Object.values(f).some((v) => v !== undefined && v !== null), 'at least one of score, resolved, escalated, comment, labels');
export type FeedbackParams = z.infer<typeof feedbackSchema>;

/** Statuses a session can be in (wire-api §4). */
export const SESSION_STATUSES = ['idle', 'running', 'rescheduling', 'terminated'] as const;
