// No input freezes a hosted server: while a batch holding a 3 MB tool name (and a call Make holds) is in flight,
// /healthz answers. The built server, spawned as a deployment runs it. Timing-free: the held call proves the
// oversized one was handled (it comes after it in the batch), and /healthz must answer before the batch does.
// Before the bound, the closest-name search over the 3 MB name held the event loop for tens of seconds: the held
// call never reached Make within this test's time.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { SANDBOX_TOKEN, SEED_IDS } from '../../src/simulator/index.js';
import { startGatedMake, type GatedMake } from '../helpers/gated-make.js';
import { MCP_HEADERS, rawRequest, startHttpCli, type HttpCli } from '../helpers/http-cli.js';

let make: GatedMake;
let server: HttpCli;

beforeAll(async () => {
  make = await startGatedMake();
  server = await startHttpCli([], {
    MAKE_API_KEY: SANDBOX_TOKEN,
    MAKE_API_URL: make.url,
    MAKE_TEAM: String(SEED_IDS.team),
    MAKE_SCOPES: 'user:read',
  });
});

afterAll(async () => {
  expect(await server?.stop()).toBe(0);
  await make?.close();
});

const call = (id: number, name: string, args: Record<string, unknown>) => ({
  jsonrpc: '2.0',
  id,
  method: 'tools/call',
  params: { name, arguments: args },
});

it(
  'answers /healthz while a 3 MB tool name is in flight, and refuses the name by its bound',
  { timeout: 15_000 },
  async () => {
    const gate = make.hold('/users/me');
    const batch = JSON.stringify([
      call(1, 'make_call_read_tool', { tool: 'x'.repeat(3_000_000) }),
      call(2, 'make_call_read_tool', { tool: 'users_me' }),
    ]);
    let batchAnswered = false;
    const answer = rawRequest(server.url, { headers: MCP_HEADERS, body: batch }).finally(() => (batchAnswered = true));
    await gate.arrived; // the call after the oversized one reached Make: the server got past it

    const health = await rawRequest(server.url, { method: 'GET', path: '/healthz' });
    expect(health.status).toBe(200);
    expect(batchAnswered).toBe(false); // /healthz answered first

    gate.release();
    const replies = JSON.parse((await answer).text) as {
      id: number;
      result: { content: { text: string }[]; isError?: boolean };
    }[];
    const byId = new Map(replies.map((r) => [r.id, r.result]));
    expect(byId.get(1)?.isError).toBe(true);
    expect(byId.get(1)?.content[0].text).toBe(
      'Invalid arguments for make_call_read_tool, nothing was sent:\ntool: String must contain at most 48 character(s)',
    );
    expect(byId.get(2)?.isError).toBeFalsy();
    expect(make.sim.requests.map((r) => r.path)).toEqual(['/api/v2/users/me']);
  },
);
