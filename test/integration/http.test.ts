// The built server over Streamable HTTP (--http), driven by the SDK's own HTTP client and by raw requests.
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { ElicitRequestSchema, type CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { spawnSync } from 'node:child_process';
import { connect, createServer, type AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SANDBOX_TOKEN, SEED_IDS } from '../../src/simulator/index.js';
import { defaultTools } from '../../tools/index.js';
import { startGatedMake, type GatedMake } from '../helpers/gated-make.js';
import { CLI, MCP_HEADERS, rawRequest, startHttpCli, toolsCall, type HttpCli } from '../helpers/http-cli.js';

const EXTRA_TOOLS = ['connections_get', 'connections_delete', 'hooks_get'];
const TOKEN = 'http-token-5c1e8f2a9b7d4e06';

let make: GatedMake;
let server: HttpCli;
const clients: Client[] = [];

beforeAll(async () => {
  make = await startGatedMake();
  server = await startHttpCli([], {
    MAKE_API_KEY: SANDBOX_TOKEN,
    MAKE_API_URL: make.url,
    MAKE_TEAM: String(SEED_IDS.team),
    MAKE_TOOLS: EXTRA_TOOLS.join(','),
  });
});

afterAll(async () => {
  await Promise.all(clients.map((c) => c.close()));
  expect(await server?.stop()).toBe(0);
  await make?.close();
});

/** An SDK client connected over Streamable HTTP; `asked` collects any elicitation it receives (it declines). */
async function connectClient(url: string, headers: Record<string, string> = {}) {
  const client = new Client({ name: 'http-e2e', version: '1.0.0' }, { capabilities: { elicitation: {} } });
  const asked: string[] = [];
  client.setRequestHandler(ElicitRequestSchema, async (request) => {
    asked.push(request.params.message);
    return { action: 'decline' };
  });
  await client.connect(new StreamableHTTPClientTransport(new URL(url), { requestInit: { headers } }));
  clients.push(client);
  const call = async (name: string, args: Record<string, unknown>) => {
    const result = (await client.callTool({ name, arguments: args })) as CallToolResult;
    return { ...result, text: result.content.map((c) => (c.type === 'text' ? c.text : '')).join('\n') };
  };
  return { client, asked, call };
}

const makeRequests = () => make.sim.requests.map((r) => `${r.method} ${r.path}`);
const errorMessage = (text: string) => (JSON.parse(text) as { error: { message: string } }).error.message;

describe('the built server over Streamable HTTP', () => {
  it('logs where it listens on stderr, nothing on stdout, and serves the tools to the SDK client', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/mcp$/);
    expect(server.stdout()).toBe('');
    const { client, call } = await connectClient(server.url);
    const names = (await client.listTools()).tools.map((t) => t.name).sort();
    expect(names).toEqual(
      [...defaultTools, ...EXTRA_TOOLS, 'make_call_read_tool', 'make_call_tool', 'make_search_tools'].sort(),
    );

    make.sim.requests.length = 0;
    const list = await call('connections_list', { cols: ['id'] });
    expect(list.isError).toBeFalsy();
    expect(list.structuredContent).toMatchObject({ connections: expect.arrayContaining([{ id: 101 }]) });
    expect(make.sim.requests.map((r) => [r.method, r.path, r.query])).toEqual([
      [
        'GET',
        '/api/v2/connections',
        [
          ['teamId', String(SEED_IDS.team)],
          ['cols[]', 'id'],
        ],
      ],
    ]);
  });

  it('keeps the confirm gate: nothing is sent without confirm; with it the call goes through, never asking the client', async () => {
    const { asked, call } = await connectClient(server.url);
    make.sim.requests.length = 0;
    const refused = await call('connections_delete', { connectionId: 103 });
    expect(refused.isError).toBe(true);
    expect(refused.text).toMatch(/^Not executed: would DELETE \/connections\/103/);
    expect(make.sim.requests).toEqual([]);

    // Stateless: the server that runs this call never saw the client's initialize, so it cannot know the client
    // supports elicitation (and could not route its answer back). confirm: true alone decides; no question is sent.
    const done = await call('connections_delete', { connectionId: 103, confirm: true });
    expect(done.isError).toBeFalsy();
    expect(asked).toEqual([]);
    expect(makeRequests()).toEqual(['DELETE /api/v2/connections/103']);
  });

  it('gives each of two clients its own answer when both send JSON-RPC id 1 at the same moment', async () => {
    const connection = make.hold('/connections/102');
    const hook = make.hold(`/hooks/${601}`);
    const post = (body: string) => rawRequest(server.url, { headers: MCP_HEADERS, body });
    const answers = Promise.all([
      post(toolsCall(1, 'connections_get', { connectionId: 102 })),
      post(toolsCall(1, 'hooks_get', { hookId: 601 })),
    ]);
    await Promise.all([connection.arrived, hook.arrived]); // both calls are in flight at once
    hook.release();
    connection.release();
    const [first, second] = (await answers).map((a) => JSON.parse(a.text) as { id: number; result: CallToolResult });
    expect(first.id).toBe(1);
    expect(second.id).toBe(1);
    expect(first.result.structuredContent).toMatchObject({ id: 102 });
    expect(second.result.structuredContent).toMatchObject({ id: 601 });
  });

  it('refuses a foreign Host or Origin with 403 before anything reaches MCP or Make', async () => {
    const { port } = new URL(server.url);
    make.sim.requests.length = 0;
    const send = (headers: Record<string, string>) =>
      rawRequest(server.url, { headers: { ...MCP_HEADERS, ...headers }, body: toolsCall(1, 'connections_list', {}) });
    const foreign: Record<string, string>[] = [
      { host: `evil.example.com:${port}` },
      { host: `127.0.0.1:${Number(port) + 1}` },
      { host: 'evil.example.com' },
      { origin: 'http://evil.example.com' },
      { origin: `http://evil.example.com:${port}` },
      { origin: 'null' },
      { origin: `file://127.0.0.1:${port}` },
    ];
    for (const headers of foreign) {
      const answer = await send(headers);
      expect(answer.status, JSON.stringify(headers)).toBe(403);
      expect(errorMessage(answer.text)).toMatch(/^Forbidden: (Host|Origin) /);
    }
    expect(make.sim.requests).toEqual([]);

    // loopback names with our port are this server, whichever the client used
    const local: Record<string, string>[] = [
      { host: `localhost:${port}` },
      { host: `[::1]:${port}` },
      { origin: `http://localhost:${port}` },
      { origin: `https://127.0.0.1:${port}` },
    ];
    for (const headers of local) {
      expect((await send(headers)).status, JSON.stringify(headers)).toBe(200);
    }
  });

  it('checks method, media type, JSON and size, each with a JSON-RPC error and nothing sent to Make', async () => {
    make.sim.requests.length = 0;
    for (const method of ['GET', 'DELETE', 'PUT']) {
      const answer = await rawRequest(server.url, { method, headers: { accept: 'text/event-stream' } });
      expect(answer.status, method).toBe(405);
      expect(answer.headers.allow).toBe('POST');
    }
    const textBody = await rawRequest(server.url, {
      headers: { ...MCP_HEADERS, 'content-type': 'text/plain' },
      body: toolsCall(1, 'connections_list', {}),
    });
    expect(textBody.status).toBe(415);

    const badJson = await rawRequest(server.url, { headers: MCP_HEADERS, body: '{"jsonrpc": "2.0", "id": 1,' });
    expect(badJson.status).toBe(400);
    expect(JSON.parse(badJson.text)).toMatchObject({ jsonrpc: '2.0', id: null, error: { code: -32700 } });

    // a valid call, padded past 4 MiB: announced by Content-Length, and streamed in chunks without one
    const padded = JSON.stringify({
      ...JSON.parse(toolsCall(1, 'connections_list', {})),
      padding: 'x'.repeat(4 * 1024 * 1024),
    });
    const announced = await rawRequest(server.url, { headers: MCP_HEADERS, body: padded });
    expect(announced.status).toBe(413);
    const chunked = await rawRequest(server.url, {
      headers: { ...MCP_HEADERS, 'transfer-encoding': 'chunked' },
      body: padded,
    });
    expect(chunked.status).toBe(413);
    expect(make.sim.requests).toEqual([]);
  });

  it('answers /healthz without auth, and 404 elsewhere', async () => {
    const health = await rawRequest(server.url, {
      method: 'GET',
      path: '/healthz',
      headers: { host: 'load-balancer.internal' },
    });
    expect(health.status).toBe(200);
    expect(JSON.parse(health.text)).toEqual({ status: 'ok' });
    expect((await rawRequest(server.url, { method: 'GET', path: '/' })).status).toBe(404);
    expect((await rawRequest(server.url, { path: '/mcp/extra', headers: MCP_HEADERS, body: '{}' })).status).toBe(404);
  });
});

describe('with MAKE_MCP_HTTP_TOKEN', () => {
  let secured: HttpCli;
  beforeAll(async () => {
    secured = await startHttpCli(['--sandbox'], { MAKE_MCP_HTTP_TOKEN: TOKEN });
  });
  afterAll(async () => {
    expect(await secured?.stop()).toBe(0);
  });

  it('answers 401 with WWW-Authenticate to a missing or wrong bearer token', async () => {
    for (const authorization of [
      undefined,
      `Bearer ${TOKEN.slice(0, -1)}x`,
      `Bearer ${TOKEN}x`,
      'Bearer short',
      `Basic ${TOKEN}`,
      TOKEN,
    ]) {
      const headers = { ...MCP_HEADERS, ...(authorization ? { authorization } : {}) };
      const answer = await rawRequest(secured.url, { headers, body: toolsCall(1, 'connections_list', {}) });
      expect(answer.status, authorization).toBe(401);
      expect(answer.headers['www-authenticate']).toBe('Bearer');
      expect(answer.text).not.toContain(TOKEN);
    }
  });

  it('serves a client that sends the token, and never logs it', async () => {
    const { client, call } = await connectClient(secured.url, { authorization: `Bearer ${TOKEN}` });
    expect((await client.listTools()).tools.length).toBeGreaterThan(0);
    expect((await call('connections_list', { cols: ['id'] })).isError).toBeFalsy();
    expect(secured.stderr()).toContain('bearer token required');
    expect(secured.stderr()).not.toContain(TOKEN);
  });
});

describe('--read-only over HTTP', () => {
  let readOnly: HttpCli;
  beforeAll(async () => {
    readOnly = await startHttpCli(['--sandbox', '--read-only']);
  });
  afterAll(async () => {
    expect(await readOnly?.stop()).toBe(0);
  });

  it('lists only read tools, and the callers refuse anything else', async () => {
    const { client, call } = await connectClient(readOnly.url);
    const { tools } = await client.listTools();
    expect(tools.map((t) => t.name)).toContain('make_call_read_tool');
    expect(tools.map((t) => t.name)).not.toContain('make_call_tool');
    for (const tool of tools) expect(tool.annotations?.readOnlyHint, tool.name).toBe(true);

    const viaCaller = await call('make_call_read_tool', {
      tool: 'connections_delete',
      arguments: { connectionId: 103, confirm: true },
    });
    expect(viaCaller.isError).toBe(true);
    expect(viaCaller.text).toBe('connections_delete changes data and this server is read-only, so it is switched off.');
    const direct = await call('connections_delete', { connectionId: 103, confirm: true });
    expect(direct.isError).toBe(true);
    expect(direct.text).toBe(viaCaller.text);
    expect(
      (await call('make_call_read_tool', { tool: 'connections_get', arguments: { connectionId: 103 } }))
        .structuredContent,
    ).toMatchObject({ id: 103 });
  });
});

describe('SIGTERM', () => {
  it('refuses new requests, lets the call in flight finish, then exits 0', async () => {
    const draining = await startHttpCli([], {
      MAKE_API_KEY: SANDBOX_TOKEN,
      MAKE_API_URL: make.url,
      MAKE_TEAM: String(SEED_IDS.team),
      MAKE_TOOLS: 'connections_get',
    });
    const { host, port } = new URL(draining.url);
    const gate = make.hold('/connections/104');
    const inFlight = rawRequest(draining.url, {
      headers: MCP_HEADERS,
      body: toolsCall(7, 'connections_get', { connectionId: 104 }),
    });
    // a second connection that has begun a request (so it is not idle) and finishes it during the drain
    const late = connect(Number(port), '127.0.0.1');
    let lateAnswer = '';
    late.on('data', (chunk: Buffer) => (lateAnswer += chunk.toString()));
    const lateClosed = new Promise((resolve) => late.on('close', resolve));
    await new Promise((resolve) => late.on('connect', resolve));
    const body = toolsCall(8, 'connections_list', {});
    late.write(`POST /mcp HTTP/1.1\r\nHost: ${host}\r\n`);
    await gate.arrived;

    draining.child.kill('SIGTERM');
    await draining.waitFor(/shutting down: waiting for 1 request/);
    await expect(rawRequest(draining.url, { method: 'GET', path: '/healthz' })).rejects.toThrow(/ECONNREFUSED/);
    late.write(
      `Content-Type: application/json\r\nAccept: application/json, text/event-stream\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
    );
    await lateClosed;
    expect(lateAnswer).toMatch(/^HTTP\/1\.1 503 /);
    expect(lateAnswer).toContain('shutting down');

    gate.release();
    const answer = JSON.parse((await inFlight).text) as { id: number; result: CallToolResult };
    expect(answer.id).toBe(7);
    expect(answer.result.structuredContent).toMatchObject({ id: 104 });
    expect(await draining.exited).toBe(0);
  });
});

describe('start-up errors', () => {
  const run = (args: string[], env: Record<string, string> = {}) =>
    spawnSync(process.execPath, [CLI, '--http', '--sandbox', ...args], {
      env: { PATH: process.env.PATH ?? '', ...env },
      encoding: 'utf8',
    });

  it('refuses a non-loopback address without a token, in one line, before listening', () => {
    const refused = run(['--host', '0.0.0.0', '--port', '0']);
    expect(refused.status).toBe(1);
    expect(refused.stderr.trim().split('\n')).toEqual([
      'make-mcp: --host 0.0.0.0 is reachable from other machines: set MAKE_MCP_HTTP_TOKEN so clients must authenticate.',
    ]);
  });

  it('ends with one readable line and exit 1 when the port is taken', async () => {
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    try {
      const busy = run(['--port', String((taken.address() as AddressInfo).port)]);
      expect(busy.status).toBe(1);
      expect(busy.stdout).toBe('');
      expect(busy.stderr.trim().split('\n').at(-1)).toMatch(/^make-mcp: failed to start: listen EADDRINUSE/);
    } finally {
      taken.close();
    }
  });
});
