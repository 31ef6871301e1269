import Anthropic from '@anthropic-ai/sdk';
import { serve, type ServerType } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/api/app.js';
import { adminKeyAuthenticator } from '../../src/api/auth.js';
import { createServices } from '../../src/app/create-services.js';
import type { Services } from '../../src/app/services.js';
import {
  createModelResolver,
  LlmError,
  OfflineModel,
  type LlmCallOptions,
  type LlmModelV1,
  type LlmResult,
  type LlmStreamPart,
  type ModelResolver,
} from '../../src/models/index.js';
import type { StoreBackend } from '../../src/store/index.js';
import { backendFactories, type TestBackend } from '../support/backends.js';
import { TEST_API_KEY } from '../support/server.js';
import { type Ev, readUntil, isIdle, userMessage } from '../support/events.js';

/** A model whose every request is decided by a test function (it may throw, hang or answer). */
class ScriptedModel implements LlmModelV1 {
  readonly specificationVersion = 'v1' as const;
  readonly provider = 'scripted';
  calls = 0;
  constructor(
    readonly modelId: string,
    readonly script: (options: LlmCallOptions, call: number) => Promise<LlmResult>,
  ) {}
  doGenerate(options: LlmCallOptions): Promise<LlmResult> {
    return this.script(options, ++this.calls);
  }
  async *doStream(options: LlmCallOptions): AsyncIterable<LlmStreamPart> {
    const result = await this.doGenerate(options);
    for (const part of result.content) {
      if (part.type === 'text') yield { type: 'text-delta', text: part.text };
      else yield { type: 'tool-use', id: part.id, name: part.name, input: part.input };
    }
    yield { type: 'finish', stopReason: result.stopReason, usage: result.usage };
  }
}

const offline = new OfflineModel();
const overloaded = () => new LlmError({ kind: 'model_overloaded_error', message: 'upstream overloaded', retryable: true, status: 529 });
/** Never settles unless aborted: a provider call that is in flight. */
const pending = (options: LlmCallOptions) =>
  new Promise<LlmResult>((_, reject) => options.abortSignal?.addEventListener('abort', () => reject(options.abortSignal?.reason), { once: true }));

interface Harness {
  readonly client: Anthropic;
  readonly services: Services;
  close(): Promise<void>;
}

/** A real server (HTTP + SDK client) whose model routing the test controls. */
async function startHarness({ backend, models, maxToolRounds }: { backend: StoreBackend; models: ModelResolver; maxToolRounds?: number }): Promise<Harness> {
  const services = createServices({
    backend,
    models,
    sessionRetry: { attempts: 3, baseDelayMs: 1, maxDelayMs: 2 },
    ...(maxToolRounds ? { maxToolRounds } : {}),
  });
  const app = createApp({ services, authenticator: adminKeyAuthenticator(TEST_API_KEY), maxBodyBytes: 1 << 20 });
  const server = await new Promise<ServerType>((resolve) => {
    const s = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  return {
    client: new Anthropic({ apiKey: TEST_API_KEY, baseURL: `http://127.0.0.1:${port}` }),
    services,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        (server as { closeAllConnections?: () => void }).closeAllConnections?.();
      }),
  };
}

for (const factory of await backendFactories()) {
  describe.skipIf(factory.skipReason !== undefined)(`session failures on ${factory.name}`, () => {
    let db: TestBackend;
    let h: Harness;
    let envId: string;
    const flaky = { failures: 0 };
    const models = new Map<string, LlmModelV1>([
      ['reverie-offline', offline],
      [
        'flaky',
        new ScriptedModel('flaky', async (options) => {
          if (flaky.failures > 0) {
            flaky.failures--;
            throw overloaded();
          }
          return offline.doGenerate(options);
        }),
      ],
      [
        'broken',
        new ScriptedModel('broken', async () => {
          throw new LlmError({ kind: 'model_request_failed_error', message: 'invalid request to upstream', retryable: false, status: 400 });
        }),
      ],
      ['slow', new ScriptedModel('slow', async (options) => pending(options))],
      [
        'tool-loop',
        new ScriptedModel('tool-loop', async () => ({
          content: [{ type: 'tool_use', id: 'x', name: 'bash', input: { command: 'ls' } }],
          stopReason: 'tool_use',
          usage: { inputTokens: 1, outputTokens: 1, cacheReadInputTokens: 0, cacheCreationInputTokens: 0 },
        })),
      ],
    ]);
    const fallback = createModelResolver();
    const resolver: ModelResolver = { resolve: (id) => (models.has(id) ? { model: models.get(id) as LlmModelV1 } : fallback.resolve(id)) };

    beforeAll(async () => {
      db = await factory.make();
      h = await startHarness({ backend: db.backend, models: resolver, maxToolRounds: 3 });
      envId = (await h.client.beta.environments.create({ name: 'failures' })).id;
    });
    afterAll(async () => {
      await h?.close();
      await db?.dispose();
    });

    const sessionFor = async (model: string) => {
      const agent = await h.client.beta.agents.create({ name: model, model, system: 'Refunds take 5 business days.' });
      return (await h.client.beta.sessions.create({ agent: agent.id, environment_id: envId })).id;
    };

    it('failures: a transient model failure is retried with backoff, reported as retrying, then answered', async () => {
      const id = await sessionFor('flaky');
      flaky.failures = 2;
      const stream = await h.client.beta.sessions.events.stream(id);
      await h.client.beta.sessions.events.send(id, { events: [userMessage('How long do refunds take?')] });
      const events = await readUntil(stream, isIdle);
      expect(events.map((e) => e.type)).toEqual([
        'user.message',
        'session.status_running',
        'span.model_request_start',
        'session.error',
        'session.status_rescheduled',
        'session.status_running',
        'session.error',
        'session.status_rescheduled',
        'session.status_running',
        'agent.message',
        'span.model_request_end',
        'session.usage',
        'session.status_idle',
      ]);
      expect(events[3]).toMatchObject({ error: { type: 'model_overloaded_error', retry_status: { type: 'retrying' } } });
      expect(events.at(-1)).toMatchObject({ stop_reason: { type: 'end_turn' } });
    });

    it('failures: retries exhausted end the turn idle with retries_exhausted; the session still answers later', async () => {
      const id = await sessionFor('flaky');
      flaky.failures = 3;
      const stream = await h.client.beta.sessions.events.stream(id);
      await h.client.beta.sessions.events.send(id, { events: [userMessage('How long do refunds take?')] });
      const events = await readUntil(stream, isIdle);
      const errors = events.filter((e) => e.type === 'session.error');
      expect(errors.map((e) => (e['error'] as { retry_status: { type: string } }).retry_status.type)).toEqual(['retrying', 'retrying', 'exhausted']);
      expect(events.find((e) => e.type === 'span.model_request_end')).toMatchObject({ is_error: true });
      expect(events.slice(-2).map((e) => e.type)).toEqual(['session.usage', 'session.status_idle']);
      expect(events.at(-1)).toMatchObject({ stop_reason: { type: 'retries_exhausted' } });
      const session = await h.client.beta.sessions.retrieve(id);
      expect(session.status).toBe('idle');
      expect((session as unknown as { reverie: { outcome: { model_errors: number } } }).reverie.outcome.model_errors).toBe(1);

      await h.client.beta.sessions.events.send(id, { events: [userMessage('How long do refunds take?')] });
      const again = await readUntil(stream, isIdle);
      expect(again.find((e) => e.type === 'agent.message')).toBeDefined();
    });

    it('failures: a non-retryable model error is terminal (no retries)', async () => {
      const id = await sessionFor('broken');
      const stream = await h.client.beta.sessions.events.stream(id);
      await h.client.beta.sessions.events.send(id, { events: [userMessage('hi there')] });
      const events = await readUntil(stream, isIdle);
      const errors = events.filter((e) => e.type === 'session.error');
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatchObject({ error: { type: 'model_request_failed_error', retry_status: { type: 'terminal' } } });
      expect(events.at(-1)).toMatchObject({ stop_reason: { type: 'retries_exhausted' } });
    });

    it('failures: a model id with no provider configured names the environment variables to set', async () => {
      const id = await sessionFor('claude-sonnet-4-5');
      const stream = await h.client.beta.sessions.events.stream(id);
      await h.client.beta.sessions.events.send(id, { events: [userMessage('hello')] });
      const events = await readUntil(stream, isIdle);
      const error = events.find((e) => e.type === 'session.error')?.['error'] as { message: string; retry_status: { type: string } };
      expect(error.message).toContain('ANTHROPIC_API_KEY');
      expect(error.message).toContain('REVERIE_OPENAI_BASE_URL');
      expect(error.retry_status.type).toBe('terminal');
      expect((await h.client.beta.sessions.retrieve(id)).status).toBe('idle');
    });

    it('failures: user.interrupt stops an in-flight model request; messages while running are refused', async () => {
      const id = await sessionFor('slow');
      const stream = await h.client.beta.sessions.events.stream(id);
      await h.client.beta.sessions.events.send(id, { events: [userMessage('How long do refunds take?')] });
      await readUntil(stream, (e) => e.type === 'span.model_request_start');
      expect((await h.client.beta.sessions.retrieve(id)).status).toBe('running');
      await expect(h.client.beta.sessions.events.send(id, { events: [userMessage('again')] })).rejects.toMatchObject({ status: 400 });
      await expect(h.client.beta.sessions.archive(id)).rejects.toMatchObject({ status: 400 });
      await expect(h.client.beta.sessions.delete(id)).rejects.toMatchObject({ status: 400 });
      await h.client.beta.sessions.events.send(id, { events: [{ type: 'user.interrupt' }] });
      const events = await readUntil(stream, isIdle);
      expect(events.map((e) => e.type)).toEqual(['user.interrupt', 'span.model_request_end', 'session.usage', 'session.status_idle']);
      expect(events.at(-1)).toMatchObject({ stop_reason: { type: 'end_turn' } });
      expect((await h.client.beta.sessions.retrieve(id)).status).toBe('idle');
    });

    it('failures: the tool-round cap ends a looping turn; unavailable built-in tools return an error result', async () => {
      const id = await sessionFor('tool-loop');
      const stream = await h.client.beta.sessions.events.stream(id);
      await h.client.beta.sessions.events.send(id, { events: [userMessage('list files')] });
      const events = await readUntil(stream, isIdle);
      const results = events.filter((e) => e.type === 'agent.tool_result');
      expect(results).toHaveLength(3);
      expect(results[0]).toMatchObject({ is_error: true, content: [{ type: 'text', text: 'The bash tool is not available in Reverie.' }] });
      expect(events.find((e) => e.type === 'session.error')).toMatchObject({
        error: { type: 'tool_use_limit_reached_error', retry_status: { type: 'exhausted' } },
      });
      expect(events.at(-1)).toMatchObject({ stop_reason: { type: 'retries_exhausted' } });
      const session = await h.client.beta.sessions.retrieve(id);
      expect((session as unknown as { reverie: { outcome: { tool_errors: number; tool_calls: number } } }).reverie.outcome).toMatchObject({
        tool_errors: 3,
        tool_calls: 3,
      });
    });

    it('failures: a client that disconnects mid-stream leaves the turn and the log intact', async () => {
      const id = await sessionFor('reverie-offline');
      const stream = await h.client.beta.sessions.events.stream(id);
      await h.client.beta.sessions.events.send(id, { events: [userMessage('How long do refunds take?')] });
      await readUntil(stream, (e) => e.type === 'user.message');
      stream.controller.abort();
      await h.services.sessions.runtime.settle();
      const listed = await h.client.beta.sessions.events.list(id);
      expect(listed.data.map((e) => e.type)).toEqual([
        'user.message',
        'session.status_running',
        'span.model_request_start',
        'agent.message',
        'span.model_request_end',
        'session.usage',
        'session.status_idle',
      ]);
      const next = await h.client.beta.sessions.events.stream(id);
      await h.client.beta.sessions.events.send(id, { events: [userMessage('How long do refunds take?')] });
      expect((await readUntil(next, isIdle)).length).toBe(7);
    });

    it('failures: many sessions run turns at once, one turn at a time each', async () => {
      const agent = await h.client.beta.agents.create({ name: 'Parallel', model: 'reverie-offline', system: 'Refunds take 5 business days.' });
      const ids = await Promise.all(
        Array.from({ length: 20 }, async () => (await h.client.beta.sessions.create({ agent: agent.id, environment_id: envId })).id),
      );
      await Promise.all(
        ids.map(async (id) => {
          const stream = await h.client.beta.sessions.events.stream(id);
          await h.client.beta.sessions.events.send(id, { events: [userMessage('How long do refunds take?')] });
          const events = await readUntil(stream, isIdle);
          expect(events.filter((e) => e.type === 'agent.message')).toHaveLength(1);
          stream.controller.abort();
        }),
      );
      const page = await h.client.beta.sessions.list({ agent_id: agent.id, limit: 100 });
      expect(page.data.every((s) => s.status === 'idle')).toBe(true);
    });

    it('failures: a restart mid-turn closes the turn with session.error + idle and the session accepts new messages', async () => {
      // Process 1: the turn is stuck inside a model call when the process "dies".
      const stuck = new ScriptedModel('stuck', () => new Promise<LlmResult>(() => undefined));
      const first = await startHarness({ backend: db.backend, models: { resolve: () => ({ model: stuck }) } });
      const agent = await first.client.beta.agents.create({ name: 'Restart', model: 'stuck-model', system: 'Refunds take 5 business days.' });
      const id = (await first.client.beta.sessions.create({ agent: agent.id, environment_id: envId })).id;
      const stream = await first.client.beta.sessions.events.stream(id);
      await first.client.beta.sessions.events.send(id, { events: [userMessage('How long do refunds take?')] });
      const before = await readUntil(stream, (e) => e.type === 'span.model_request_start');
      await first.close();

      // Process 2 on the same database: recovery runs before it serves anything.
      const second = await startHarness({ backend: db.backend, models: { resolve: () => ({ model: offline }) } });
      try {
        const session = await second.client.beta.sessions.retrieve(id);
        expect(session.status).toBe('idle');
        const log = (await second.client.beta.sessions.events.list(id)).data as Ev[];
        expect(log.slice(0, before.length).map((e) => e.id)).toEqual(before.map((e) => e.id));
        expect(log.slice(before.length).map((e) => e.type)).toEqual(['session.error', 'session.usage', 'session.status_idle']);
        expect(log.at(-1)).toMatchObject({ stop_reason: { type: 'retries_exhausted' } });
        expect(log.at(-3)).toMatchObject({ error: { type: 'unknown_error', retry_status: { type: 'terminal' } } });

        const next = await second.client.beta.sessions.events.stream(id);
        await second.client.beta.sessions.events.send(id, { events: [userMessage('How long do refunds take?')] });
        const turn = await readUntil(next, isIdle);
        expect(turn.find((e) => e.type === 'agent.message')).toMatchObject({ content: [{ type: 'text', text: 'Refunds take 5 business days.' }] });
      } finally {
        await second.close();
      }
    });
  });
}
