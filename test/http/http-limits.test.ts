// The HTTP transport holds every client to its bounds: headers and a request must arrive in time, connections are
// capped, and an empty JSON-RPC batch is an invalid request. In-process, with small bounds; the outcome is what
// is checked (the server closes or answers), never how long it took.
import { connect, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { buildServer } from '../../src/host/tool-host.js';
import { startHttpServer, type HttpLimits, type HttpServer } from '../../src/transports/http.js';
import connections from '../../tools/connections.js';
import { startHarness, type Harness } from '../helpers/harness.js';
import { MCP_HEADERS, rawRequest } from '../helpers/http-cli.js';

let h: Harness | undefined;
let http: HttpServer | undefined;
const sockets: Socket[] = [];
afterEach(async () => {
  for (const s of sockets.splice(0)) s.destroy();
  await http?.close();
  await h?.close();
  http = h = undefined;
});

async function serve(limits: Partial<HttpLimits> = {}) {
  h = await startHarness({ config: { toolsets: ['connections'], scopes: ['connections:read'] } });
  const { host } = buildServer({ config: h.config, client: h.make, toolsets: { connections } });
  http = await startHttpServer({
    host,
    transport: { kind: 'http', port: 0, host: '127.0.0.1' },
    log: () => {},
    limits,
    drainMs: 10,
  });
  return http;
}

/** A raw connection; resolves with everything the server sent once it closed the connection. */
function open(port: number): { socket: Socket; closed: Promise<string> } {
  const socket = connect(port, '127.0.0.1');
  sockets.push(socket);
  let received = '';
  socket.on('data', (chunk) => (received += chunk.toString()));
  socket.on('error', () => {});
  return { socket, closed: new Promise((resolve) => socket.on('close', () => resolve(received))) };
}

describe('slow clients', () => {
  it('a client dripping its headers is answered 408 and cut off', async () => {
    const { port } = await serve({ headersTimeoutMs: 200, requestTimeoutMs: 400 });
    const { socket, closed } = open(port);
    socket.write('POST /mcp HTTP/1.1\r\nHost: 127.0.0.1\r\n');
    const drip = setInterval(() => socket.write('X-Drip: 1\r\n'), 20);
    const received = await closed;
    clearInterval(drip);
    expect(received).toMatch(/^HTTP\/1\.1 408 /);
  });

  it('a client dripping its body is answered 408 and cut off', async () => {
    const { port } = await serve({ headersTimeoutMs: 200, requestTimeoutMs: 400 });
    const { socket, closed } = open(port);
    socket.write(
      `POST /mcp HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Type: application/json\r\nAccept: application/json, text/event-stream\r\nContent-Length: 100000\r\n\r\n{`,
    );
    const drip = setInterval(() => socket.write(' '), 20);
    const received = await closed;
    clearInterval(drip);
    expect(received).toMatch(/^HTTP\/1\.1 408 /);
  });
});

describe('the connection cap', () => {
  it('closes connections past the cap at once, and serves again when one ends', async () => {
    const { port } = await serve({ maxConnections: 2, headersTimeoutMs: 60_000, requestTimeoutMs: 60_000 });
    const held = [open(port), open(port)];
    await Promise.all(held.map(({ socket }) => new Promise((resolve) => socket.once('connect', resolve))));
    // the probe waits until the server has counted both; a third is then closed without a word
    const third = open(port);
    third.socket.write(`GET /healthz HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n\r\n`);
    expect(await third.closed).toBe('');
    held[0].socket.destroy();
    await held[0].closed;
    const health = await rawRequest(`http://127.0.0.1:${port}/healthz`, { method: 'GET' });
    expect(health.status).toBe(200);
  });
});

describe('JSON-RPC batches', () => {
  it('an empty batch is one Invalid Request error, as JSON-RPC 2.0 prescribes', async () => {
    const server = await serve();
    const answer = await rawRequest(server.url, { headers: MCP_HEADERS, body: '[]' });
    expect(answer.status).toBe(400);
    expect(JSON.parse(answer.text)).toEqual({
      jsonrpc: '2.0',
      error: { code: -32600, message: 'Invalid Request: an empty batch.' },
      id: null,
    });
  });
});
