// Shutdown of the HTTP transport, in-process: a call that never ends is cut at the drain cap, so shutdown ends.
import { Agent } from 'node:http';
import { afterEach, expect, it, vi } from 'vitest';
import { buildServer } from '../../src/host/tool-host.js';
import { startHttpServer } from '../../src/transports/http.js';
import connections from '../../tools/connections.js';
import { startHarness, type Harness } from '../helpers/harness.js';
import { MCP_HEADERS, rawRequest, toolsCall } from '../helpers/http-cli.js';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
});

async function serve(drainMs: number) {
  h = await startHarness({ config: { toolsets: ['connections'], scopes: ['connections:read'] } });
  const logs: string[] = [];
  const { host } = buildServer({ config: h.config, client: h.make, toolsets: { connections } });
  const http = await startHttpServer({
    host,
    transport: { kind: 'http', port: 0, host: '127.0.0.1' },
    log: (line) => logs.push(line),
    drainMs,
  });
  return { sim: h.sim, http, logs };
}

it('cuts a call still running at the drain cap, so shutdown always ends', async () => {
  const { sim, http, logs } = await serve(50);
  sim.injectFault({ kind: 'hang', route: 'GET /connections/{connectionId}' });
  const stuck = rawRequest(http.url, {
    headers: MCP_HEADERS,
    body: toolsCall(1, 'connections_get', { connectionId: 102 }),
  });
  await vi.waitFor(() => expect(sim.requests.map((r) => r.route)).toContain('GET /connections/{connectionId}'));

  await http.close();
  expect(logs).toEqual(['shutting down: waiting for 1 request(s) in flight']);
  await expect(stuck).rejects.toThrow(/socket hang up|ECONNRESET/);
  await expect(rawRequest(http.url, { method: 'GET', path: '/healthz' })).rejects.toThrow(/ECONNREFUSED/);
});

it('closes at once when nothing is in flight, including idle keep-alive connections', async () => {
  const { http, logs } = await serve(60_000);
  const agent = new Agent({ keepAlive: true });
  const closed = new Promise((resolve) => agent.on('free', (socket) => socket.on('close', resolve)));
  expect(
    (
      await rawRequest(http.url, {
        headers: MCP_HEADERS,
        body: toolsCall(1, 'connections_list', { teamId: 22 }),
        agent,
      })
    ).status,
  ).toBe(200);
  await http.close(); // with a 60 s cap, a lingering connection would hold this (and the test) up
  await closed; // the server ended the idle keep-alive connection
  expect(logs).toEqual(['shutting down']);
  agent.destroy();
});
