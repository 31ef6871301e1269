import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../shared/errors.js';
import { adminKeyAuthenticator, requireApiKey } from './auth.js';
import type { ApiEnv } from './env.js';

const KEY = 'sk-test-auth-0123456789abcdef';

/** A `/v1/ping` behind the key check; 401s come back as their status. */
function makeApp(): Hono<ApiEnv> {
  const app = new Hono<ApiEnv>();
  app.onError((err) => new Response(err.message, { status: AppError.isInstance(err) ? err.status : 500 }));
  app.use('/v1/*', requireApiKey(adminKeyAuthenticator(KEY)));
  app.get('/v1/ping', (c) => c.text('ok'));
  return app;
}

/** Raw header lists, so repeated fields reach the server as sent. */
const CASES: { name: string; headers: string[]; status: number }[] = [
  { name: 'Bearer', headers: ['Authorization', `Bearer ${KEY}`], status: 200 },
  { name: 'bearer, any case, extra spaces', headers: ['AUTHORIZATION', `  bearer   ${KEY}  `], status: 200 },
  { name: 'x-api-key', headers: ['X-Api-Key', KEY], status: 200 },
  { name: 'x-api-key when Authorization is not Bearer', headers: ['Authorization', 'Basic abc', 'x-api-key', KEY], status: 200 },
  { name: 'wrong key', headers: ['Authorization', 'Bearer sk-wrong-0123456789abcdef'], status: 401 },
  { name: 'a prefix of the key', headers: ['x-api-key', KEY.slice(0, -1)], status: 401 },
  { name: 'no key', headers: [], status: 401 },
  { name: 'two Authorization fields (joined, as a Headers object joins them)', headers: ['Authorization', `Bearer ${KEY}`, 'Authorization', `Bearer ${KEY}`], status: 401 },
  { name: 'two x-api-key fields', headers: ['x-api-key', KEY, 'x-api-key', KEY], status: 401 },
];

describe('requireApiKey', () => {
  let server: ServerType;
  let port: number;
  const app = makeApp();

  beforeAll(async () => {
    server = await new Promise<ServerType>((resolve) => {
      const s = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, () => resolve(s));
    });
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const overNode = (headers: string[]) =>
    new Promise<number>((resolve, reject) => {
      // A raw header list gets no default Host from Node.
      const req = request({ host: '127.0.0.1', port, path: '/v1/ping', headers: ['Host', `127.0.0.1:${port}`, ...headers] }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      req.end();
    });

  const inProcess = async (headers: string[]) => {
    const h = new Headers();
    for (let i = 0; i < headers.length; i += 2) h.append(headers[i]!, headers[i + 1]!);
    return (await app.request('/v1/ping', { headers: h })).status;
  };

  for (const c of CASES) {
    it(`${c.name}: ${c.status} over HTTP (raw Node headers) and in-process (WHATWG Headers) alike`, async () => {
      expect(await overNode(c.headers)).toBe(c.status);
      expect(await inProcess(c.headers)).toBe(c.status);
    });
  }

  it('keeps accepting the valid key after it was remembered, and keeps rejecting others', async () => {
    const auth = adminKeyAuthenticator(KEY);
    expect(auth.authenticate(KEY)).toBe(true);
    expect(auth.authenticate(KEY)).toBe(true);
    expect(auth.authenticate(`${KEY}x`)).toBe(false);
    expect(auth.authenticate('')).toBe(false);
  });
});
