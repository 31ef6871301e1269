import { createApp } from './src/api/app.js';
import { adminKeyAuthenticator } from './src/api/auth.js';
import { createServices } from './src/app/create-services.js';
import { createSqliteBackend } from './src/store/index.js';
const backend = createSqliteBackend({ path: ':memory:' }); await backend.migrate();
const services = createServices({ backend });
const app = createApp({ services, authenticator: adminKeyAuthenticator('k'.repeat(20)), maxBodyBytes: 32<<20 });
let id = '';
for (let i = 0; i < 1000; i++) { const a = await services.agents.create({ name: `a${i}`, model: 'm', system: 'You are helpful.', tools: [{ type: 'agent_toolset_20260401' }], metadata: { i: String(i) } }); if (i === 500) id = a.id; }
const h = { authorization: 'Bearer ' + 'k'.repeat(20) };
const req = (p: string) => new Request('http://localhost' + p, { headers: h });
const mode = process.argv[2] ?? 'all';
for (const [name, path] of [['health', '/health'], ['retrieve', `/v1/agents/${id}`], ['list', '/v1/agents?limit=20']] as const) {
  for (let i = 0; i < 500; i++) await (await app.fetch(req(path))).text();
  const reqs = Array.from({ length: 5000 }, () => req(path));
  const t = process.cpuUsage();
  for (const r of reqs) await (await app.fetch(r)).text();
  const c = process.cpuUsage(t);
  console.log(name, 'cpu µs/req', ((c.user + c.system) / 5000).toFixed(0));
}
const t = process.cpuUsage(); for (let i = 0; i < 5000; i++) await services.agents.retrieve(id); const c = process.cpuUsage(t); console.log('service.retrieve µs', ((c.user+c.system)/5000).toFixed(0));
const t2 = process.cpuUsage(); for (let i = 0; i < 5000; i++) await services.agents.list({ limit: 20 }); const c2 = process.cpuUsage(t2); console.log('service.list µs', ((c2.user+c2.system)/5000).toFixed(0));
import { z } from 'zod';
import { validateQuery, createdAtFilters, limitParam, pageParam, queryBool, single } from './src/api/query.js';
import { presentedKey } from './src/api/auth.js';
const listQuery = z.object({ ...createdAtFilters, include_archived: queryBool, limit: limitParam(), page: pageParam });
const retrieveQuery = z.object({ version: single(z.coerce.number().int().min(1).optional()) });
const bench = (name: string, n: number, f: () => unknown) => { for (let i = 0; i < 200; i++) f(); const t = process.cpuUsage(); for (let i = 0; i < n; i++) f(); const c = process.cpuUsage(t); console.log(name, ((c.user + c.system) / n).toFixed(1), 'µs'); };
bench('validateQuery list', 20000, () => validateQuery('http://x/v1/agents?limit=20', listQuery));
bench('validateQuery retrieve', 20000, () => validateQuery('http://x/v1/agents/agent_1', retrieveQuery));
const page = await services.agents.list({ limit: 20 });
bench('stringify list', 5000, () => JSON.stringify({ data: page.items, next_page: 'x' }));
const one = await services.agents.retrieve(id);
bench('stringify one', 20000, () => JSON.stringify(one));
const auth = adminKeyAuthenticator('k'.repeat(20));
const hdr = new Headers(h);
bench('auth', 20000, () => auth.authenticate(presentedKey(hdr)!));
bench('ids', 20000, () => services.ids.next('req'));
