/** @module api/router — routes declared once: the same zod schemas validate requests and describe them in OpenAPI. */
import type { Context, Hono } from 'hono';
import { z } from 'zod';
import { InvalidRequestError, NotFoundError } from '../shared/errors.js';
import { formatZodIssues, safeParseJSON } from '../shared/json.js';
import { INVALID_METADATA_DETAILS } from '../shared/wire-schemas.js';
import { validateQuery } from './query.js';
import type { ApiEnv } from './env.js';

type Method = 'get' | 'post' | 'delete';

/**
 * Deepest JSON nesting a request body may have. Far beyond any real agent config, and well below the
 * depth at which validation and `JSON.stringify` recurse out of stack (a 500 instead of a 400).
 */
export const MAX_JSON_DEPTH = 64;

/** A route's contract: method, Hono path (`/v1/agents/:agent_id`), and the schemas of its inputs. */
export interface RouteSpec<B extends z.ZodType | undefined, Q extends z.ZodType | undefined> {
  readonly method: Method;
  readonly path: string;
  readonly summary: string;
  readonly tag: string;
  readonly body?: B;
  readonly query?: Q;
  /** For OpenAPI: `json` (default), `sse` or `none` (204-like action results still return JSON). */
  readonly response?: 'json' | 'sse';
}

type Infer<T> = T extends z.ZodType ? z.infer<T> : undefined;

/** What a handler receives besides the Hono context. */
export interface RouteInput<B, Q> {
  readonly body: B;
  readonly query: Q;
  readonly params: Record<string, string>;
}

/** Registers routes on a Hono app and remembers them for `/openapi.json`. */
export class Router {
  readonly #app: Hono<ApiEnv>;
  readonly #specs: RouteSpec<z.ZodType | undefined, z.ZodType | undefined>[] = [];

  constructor(app: Hono<ApiEnv>) {
    this.#app = app;
  }

  /** Adds a route whose body and query are validated before `handler` runs. */
  route<B extends z.ZodType | undefined = undefined, Q extends z.ZodType | undefined = undefined>(
    spec: RouteSpec<B, Q>,
    handler: (c: Context<ApiEnv>, input: RouteInput<Infer<B>, Infer<Q>>) => Response | Promise<Response>,
  ): void {
    this.#specs.push(spec);
    this.#app.on(spec.method.toUpperCase(), spec.path, async (c) => {
      const query = (spec.query ? validateQuery(c.req.url, spec.query) : undefined) as Infer<Q>;
      const params = c.req.param() as Record<string, string>;
      // A NUL cannot be stored in PostgreSQL text, so no resource has such an id (and SQL must not see it).
      for (const value of Object.values(params)) {
        if (value.includes('\u0000')) throw new NotFoundError(`No resource at ${c.req.path}`);
      }
      const body = (spec.body ? await readJsonBody(c, spec.body) : undefined) as Infer<B>;
      return handler(c, { body, query, params });
    });
  }

  /** The OpenAPI 3.1 document of every registered route. */
  openApiDocument(info: { title: string; version: string }): Record<string, unknown> {
    const paths: Record<string, Record<string, unknown>> = {};
    for (const spec of this.#specs) {
      const path = spec.path.replace(/:([A-Za-z_]+)/g, '{$1}');
      const pathParams = [...spec.path.matchAll(/:([A-Za-z_]+)/g)].map((m) => ({
        name: m[1],
        in: 'path',
        required: true,
        schema: { type: 'string' },
      }));
      const operation: Record<string, unknown> = {
        summary: spec.summary,
        tags: [spec.tag],
        parameters: [...pathParams, ...queryParameters(spec.query)],
        responses: {
          '200': {
            description: 'OK',
            content: spec.response === 'sse' ? { 'text/event-stream': {} } : { 'application/json': {} },
          },
          default: { description: 'Error envelope', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } },
        },
      };
      if (spec.body) {
        operation['requestBody'] = { required: true, content: { 'application/json': { schema: toJsonSchema(spec.body) } } };
      }
      (paths[path] ??= {})[spec.method] = operation;
    }
    return {
      openapi: '3.1.0',
      info,
      paths,
      components: {
        securitySchemes: {
          bearer: { type: 'http', scheme: 'bearer' },
          apiKey: { type: 'apiKey', in: 'header', name: 'x-api-key' },
        },
        schemas: {
          Error: {
            type: 'object',
            required: ['type', 'error'],
            properties: {
              type: { const: 'error' },
              error: { type: 'object', properties: { type: { type: 'string' }, message: { type: 'string' } } },
              request_id: { type: 'string' },
            },
          },
        },
      },
      security: [{ bearer: [] }, { apiKey: [] }],
    };
  }
}

function toJsonSchema(schema: z.ZodType): unknown {
  return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });
}

function queryParameters(schema: z.ZodType | undefined): unknown[] {
  if (!(schema instanceof z.ZodObject)) return [];
  return Object.entries(schema.shape as Record<string, z.ZodType>).map(([name, s]) => ({
    name,
    in: 'query',
    required: false,
    schema: toJsonSchema(s),
  }));
}

/** Reads and validates a JSON body; malformed JSON and schema failures are 400s naming the field. */
export async function readJsonBody<S extends z.ZodType>(c: Context<ApiEnv>, schema: S): Promise<z.infer<S>> {
  const text = await c.req.text();
  if (text.trim() === '') throw new InvalidRequestError('Request body is required and must be a JSON object');
  const parsed = safeParseJSON(text);
  if (!parsed.success) throw new InvalidRequestError(`Request body is not valid JSON: ${parsed.error.message}`);
  if (exceedsDepth(parsed.value, MAX_JSON_DEPTH)) throw new InvalidRequestError(`Request body is nested deeper than ${MAX_JSON_DEPTH} levels`);
  const validated = schema.safeParse(parsed.value);
  if (!validated.success) {
    const { issues } = validated.error;
    // Only when metadata is the sole problem: the SDK then raises its typed `BetaInvalidMetadataError`.
    const metadataOnly = issues.every((issue) => issue.path[0] === 'metadata');
    throw new InvalidRequestError(formatZodIssues(issues), metadataOnly ? { details: INVALID_METADATA_DETAILS } : undefined);
  }
  return validated.data;
}

/** True when `value` nests arrays/objects deeper than `max`; iterative, so hostile input cannot overflow the stack. */
function exceedsDepth(value: unknown, max: number): boolean {
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (node === null || typeof node !== 'object') continue;
    if (depth > max) return true;
    for (const child of Object.values(node)) if (child !== null && typeof child === 'object') stack.push([child, depth + 1]);
  }
  return false;
}
