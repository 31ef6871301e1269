import { mkdtempSync } from 'node:fs'; import { tmpdir } from 'node:os'; import { join } from 'node:path';
import { createApp } from './src/api/app.js';
import { adminKeyAuthenticator } from './src/api/auth.js';
import { createServices } from './src/app/create-services.js';
import { openBackend } from './src/store/index.js';
const dir = mkdtempSync(join(tmpdir(), 'prof-'));
const backend = await openBackend({ dataDir: dir });
const services = createServices({ backend });
const app = createApp({ services, authenticator: adminKeyAuthenticator('k'.repeat(20)), maxBodyBytes: 32<<20 });
let id = '';
for (let i = 0; i < 1000; i++) { const a = await services.agents.create({ name: `a${i}`, model: 'm', system: 'You are helpful.', tools: [{ type: 'agent_toolset_20260401' }], metadata: { i: String(i) } }); if (i === 500) id = a.id; }
const h = { authorization: 'Bearer ' + 'k'.repeat(20) };
for (const [name, path] of [['retrieve', `/v1/agents/${id}`], ['list', '/v1/agents?limit=20'], ['health', '/health']] as const) {
  for (let i = 0; i < 200; i++) await (await app.request(path, { headers: h })).text();
  const n = 2000; const t = process.cpuUsage(); const w = performance.now();
  for (let i = 0; i < n; i++) await (await app.request(path, { headers: h })).text();
  const cpu = process.cpuUsage(t);
  console.log(name, 'wall µs/req', ((performance.now() - w) * 1000 / n).toFixed(0), 'cpu µs/req', ((cpu.user + cpu.system) / n).toFixed(0));
}
const t0 = performance.now(); for (let i = 0; i < 500; i++) await services.agents.list({ limit: 20 }); console.log('service list µs', ((performance.now()-t0)*1000/500).toFixed(0));
const t1 = performance.now(); for (let i = 0; i < 500; i++) await backend.agents().list({ limit: 20 }); console.log('store list µs', ((performance.now()-t1)*1000/500).toFixed(0));
const t2 = performance.now(); for (let i = 0; i < 500; i++) await backend.agents().get(id); console.log('store get µs', ((performance.now()-t2)*1000/500).toFixed(0));
