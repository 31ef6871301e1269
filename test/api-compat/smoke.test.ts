import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => server.close());

describe('smoke', () => {
  it('agents: create and retrieve through the SDK', async () => {
    const agent = await server.client.beta.agents.create({ name: 'Support', model: 'reverie-offline', system: 'Be kind.' });
    expect(agent.id).toMatch(/^agent_/);
    expect(agent.version).toBe(1);
    const got = await server.client.beta.agents.retrieve(agent.id);
    expect(got).toEqual(agent);
  });
});
