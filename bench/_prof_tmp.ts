import { createServices } from '../src/app/create-services.js';
import { createSqliteBackend } from '../src/store/index.js';
const backend = createSqliteBackend({ path: '/tmp/rvprof.db' }); await backend.migrate();
const services = createServices({ backend });
const env = await services.environments.create({ name: 'b' } as any);
const agent = await services.agents.create({ name: 'B', model: 'reverie-offline', system: 'Refunds take 5 days.\nShipping is free.' } as any);
const s = await services.sessions.create({ agent: agent.id, environment_id: env.id } as any);
let x = 0; let t = performance.now(); for (let i = 0; i < 1e6; i++) x += Math.sqrt(i); console.log('1e6 sqrt ms', (performance.now() - t).toFixed(1));
t = performance.now();
const cpu0 = process.cpuUsage();
for (let i = 0; i < 100; i++) {
  await services.sessions.sendEvents(s.id, [{ type: 'user.message', content: [{ type: 'text', text: 'refunds?' }] }]);
  await services.sessions.runtime.settle();
}
const cpu = process.cpuUsage(cpu0);
console.log('service-level turn wall ms', ((performance.now() - t) / 100).toFixed(2), 'cpu ms', ((cpu.user + cpu.system) / 1000 / 100).toFixed(2));
await backend.close();
