// MCP Streamable HTTP at /mcp, stateless: every POST gets its own MCP server and transport, so no state (or
// JSON-RPC id) is ever shared between two requests; the tools, their listing and the Make client are shared.
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import { createHash, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { isLoopbackHost } from '../config/values.js';
import type { HttpTransport } from '../config/types.js';
import type { ToolHost } from '../host/tool-host.js';
import type { OAuthGate } from '../oauth/hosted.js';

const MCP_PATH = '/mcp';
const HEALTH_PATH = '/healthz';
const MAX_BODY_BYTES = 4 * 1024 * 1024;
const DRAIN_MS = 30_000;

/**
 * What one slow or hostile client may hold (README, "Hosted"). Node's defaults (60 s for headers, 300 s for a
 * request, no connection cap) let a client that drips bytes keep a connection for minutes, and many such clients
 * exhaust the process. An MCP client sends a request at once; only a tool's answer takes long, and that is not
 * bounded here (the call's own deadline, MAKE_TIMEOUT, does that).
 */
export interface HttpLimits {
  /** From a connection's first byte to the end of a request's headers. */
  headersTimeoutMs: number;
  /** From a connection's first byte to the end of a request's body: 4 MiB at about 1 Mbit/s. */
  requestTimeoutMs: number;
  /** An idle keep-alive connection is closed after this. */
  keepAliveTimeoutMs: number;
  /** Connections open at once; more are closed as they come. Each may buffer a request body of up to 4 MiB. */
  maxConnections: number;
}

export const HTTP_LIMITS: HttpLimits = {
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 30_000,
  keepAliveTimeoutMs: 5_000,
  maxConnections: 128,
};

export interface HttpServerOptions {
  /** The tools every caller gets; unset when oauth gives each user their own. */
  host?: ToolHost;
  transport: HttpTransport;
  log: (line: string) => void;
  maxBodyBytes?: number;
  /** How long shutdown waits for calls in flight before cutting their connections. */
  drainMs?: number;
  limits?: Partial<HttpLimits>;
  /** Hosted for a team: each user signs in with Make (src/oauth/); built once the port is known. */
  oauth?: (boundOrigin: string) => Promise<OAuthGate>;
}

export interface HttpServer {
  /** e.g. http://127.0.0.1:3000/mcp, with the port actually bound. */
  url: string;
  port: number;
  /** Stops accepting, answers 503 to requests that still arrive, and waits for calls in flight (up to drainMs). */
  close(): Promise<void>;
}

/** A request refused before it reaches MCP: status, a JSON-RPC error, and any extra headers. */
class Refusal {
  constructor(
    readonly status: number,
    readonly message: string,
    readonly headers: Record<string, string> = {},
    readonly code = -32000,
  ) {}
}

export async function startHttpServer(options: HttpServerOptions): Promise<HttpServer> {
  const { host: tools, transport: bind, log } = options;
  const maxBodyBytes = options.maxBodyBytes ?? MAX_BODY_BYTES;
  const expectedToken = bind.token === undefined ? undefined : digest(bind.token);
  const inFlight = new Set<ServerResponse>();
  let draining = false;
  let idle: (() => void) | undefined; // resolves the drain once the last call in flight has ended
  let port = 0;
  let gate: OAuthGate | undefined;

  async function serveMcp(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const forbidden = hostOrOriginRefused(
      { host: req.headers.host, origin: req.headers.origin },
      { host: bind.host, port, publicHost: gate?.publicHost },
    );
    if (forbidden) throw new Refusal(403, `Forbidden: ${forbidden}.`);
    if (expectedToken && !bearerMatches(req.headers.authorization, expectedToken)) {
      throw new Refusal(401, 'Unauthorized: send Authorization: Bearer <MAKE_MCP_HTTP_TOKEN>.', {
        'www-authenticate': 'Bearer',
      });
    }
    const caller = gate ? await gate.authenticate(req.headers.authorization) : undefined;
    if (caller && 'status' in caller) throw new Refusal(caller.status, caller.message, caller.headers);
    if (req.method !== 'POST') {
      // Stateless: there is no session to open a server-to-client stream on or to delete.
      throw new Refusal(405, 'Method not allowed: this server is stateless; send JSON-RPC with POST.', {
        allow: 'POST',
      });
    }
    const type = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
    if (type !== 'application/json')
      throw new Refusal(415, 'Unsupported Media Type: Content-Type must be application/json.');
    const body = await readJson(req, maxBodyBytes);
    refuseEmptyBatch(body);

    const own = gate && caller ? await gate.serverFor(caller, body) : tools!.newServer();
    if ('status' in own) throw new Refusal(own.status, own.message, own.headers);
    const server = own;
    // One JSON answer, unless the client asked to be told progress: notifications need an event stream.
    const transport = new StreamableHTTPServerTransport({
      sessionIdGenerator: undefined,
      enableJsonResponse: !asksForProgress(body),
    });
    // Closing the server when the client goes away also aborts its calls, as over stdio.
    res.on('close', () => void server.close());
    await server.connect(transport);
    await transport.handleRequest(req, res, body);
  }

  const httpServer = createBoundedServer({ ...HTTP_LIMITS, ...options.limits }, (req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    if (draining)
      return refuse(
        res,
        new Refusal(503, 'Service unavailable: the server is shutting down.', { connection: 'close' }),
      );
    if (path === HEALTH_PATH && (req.method === 'GET' || req.method === 'HEAD')) {
      // no account data and no auth: load balancers probe this
      return sendJson(res, 200, { status: 'ok' });
    }
    if (options.oauth && !gate) return refuse(res, new Refusal(503, 'Service unavailable: starting.'));
    if (gate?.serves(path)) return gate.handle(req, res);
    if (path !== MCP_PATH) return refuse(res, new Refusal(404, `Not found: the MCP endpoint is ${MCP_PATH}.`));

    inFlight.add(res);
    res.on('close', () => {
      inFlight.delete(res);
      if (inFlight.size === 0) idle?.();
    });
    serveMcp(req, res).catch((err: unknown) => {
      if (err instanceof Refusal) return refuse(res, err);
      log(`HTTP request failed: ${err instanceof Error ? err.message : String(err)}`);
      if (!res.headersSent) refuse(res, new Refusal(500, 'Internal error.', {}, -32603));
      else res.destroy();
    });
  });

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(bind.port, bind.host, () => {
      httpServer.off('error', reject);
      resolve();
    });
  });
  port = (httpServer.address() as AddressInfo).port;
  const urlHost = bind.host.includes(':') ? `[${bind.host}]` : bind.host;
  try {
    gate = await options.oauth?.(`http://${urlHost}:${port}`);
  } catch (err) {
    httpServer.close();
    throw err;
  }

  let closing: Promise<void> | undefined;
  return {
    url: `http://${urlHost}:${port}${MCP_PATH}`,
    port,
    close() {
      closing ??= (async () => {
        draining = true;
        const stopped = new Promise<void>((resolve) => httpServer.close(() => resolve())); // also ends idle keep-alives
        let timer: NodeJS.Timeout | undefined;
        const deadline = new Promise<void>((resolve) => (timer = setTimeout(resolve, options.drainMs ?? DRAIN_MS)));
        log(`shutting down${inFlight.size ? `: waiting for ${inFlight.size} request(s) in flight` : ''}`);
        if (inFlight.size > 0) {
          // each connection then closes cleanly right after its answer, rather than idling on as a keep-alive
          for (const res of inFlight) if (!res.headersSent) res.setHeader('connection', 'close');
          await Promise.race([new Promise<void>((resolve) => (idle = resolve)), deadline]);
        }
        httpServer.closeIdleConnections(); // keep-alives that went idle since close()
        await Promise.race([stopped, deadline]);
        httpServer.closeAllConnections(); // past the cap: cut whatever is left
        await stopped;
        clearTimeout(timer);
        await gate?.close();
      })();
      return closing;
    },
  };
}

/** A Node HTTP server holding each client to `limits`: header and request deadlines, idle keep-alives, open connections. */
function createBoundedServer(limits: HttpLimits, handler: (req: IncomingMessage, res: ServerResponse) => void): Server {
  const server = createServer(
    {
      headersTimeout: limits.headersTimeoutMs,
      requestTimeout: limits.requestTimeoutMs,
      keepAliveTimeout: limits.keepAliveTimeoutMs,
      // how often Node looks for connections past those deadlines (its default, 30 s, would add up to 30 s to each)
      connectionsCheckingInterval: Math.max(10, Math.min(1_000, limits.headersTimeoutMs / 2)),
    },
    handler,
  );
  server.maxConnections = limits.maxConnections;
  return server;
}

/** JSON-RPC 2.0: an empty batch is an invalid request, answered with one error (the SDK would answer 202). */
function refuseEmptyBatch(body: unknown): void {
  if (Array.isArray(body) && body.length === 0) throw new Refusal(400, 'Invalid Request: an empty batch.', {}, -32600);
}

/**
 * DNS rebinding protection. Bound to loopback, Host must be a loopback name with our port, and so must a browser's
 * Origin. Bound elsewhere (0.0.0.0, a name), clients reach us by names we cannot know, so any Host is accepted:
 * config refuses to start there without a bearer token, and the token is what keeps others out. There an Origin
 * must still match the Host it was sent to (same origin). Returns why a request is refused, or undefined.
 */
export function hostOrOriginRefused(
  { host: hostHeader, origin }: { host: string | undefined; origin: string | undefined },
  bound: {
    host: string;
    port: number;
    /** With OAuth: the host of MAKE_MCP_PUBLIC_URL, which a reverse proxy in front of a loopback bind passes on. */
    publicHost?: string;
  },
): string | undefined {
  const { host: boundHost, port, publicHost } = bound;
  const host = hostHeader === undefined ? undefined : parseHost(hostHeader, 80);
  const published = publicHost === undefined ? undefined : parseOrigin(publicHost);
  // by name only: a proxy passes the Host clients sent, whose port (if any) is the proxy's
  const isPublic = (h: HostAndPort) => published !== undefined && h.name === published.name;
  const allowed = isLoopbackHost(boundHost)
    ? (h: HostAndPort) => (h.port === port && isLoopbackHost(h.name)) || isPublic(h)
    : (h: HostAndPort) => h.name === host?.name && h.port === host.port;
  if (!host || !allowed(host)) return `Host ${JSON.stringify(hostHeader ?? '')} is not allowed`;
  if (origin === undefined) return undefined; // not a browser
  const from = parseOrigin(origin);
  if (!from || !allowed(from)) return `Origin ${JSON.stringify(origin)} is not allowed`;
  return undefined;
}

interface HostAndPort {
  name: string;
  port: number;
}

const HOST_VALUE = /^(\[[0-9a-f:.]+\]|[a-z0-9.-]+)(?::(\d{1,5}))?$/i;

/** `name[:port]` from a Host header or an origin; undefined when it is anything else. */
function parseHost(value: string, defaultPort: number): HostAndPort | undefined {
  const m = HOST_VALUE.exec(value.trim());
  return m ? { name: m[1].toLowerCase(), port: m[2] === undefined ? defaultPort : Number(m[2]) } : undefined;
}

function parseOrigin(origin: string): HostAndPort | undefined {
  const m = /^(https?):\/\/([^/]+)$/i.exec(origin.trim());
  return m ? parseHost(m[2], m[1].toLowerCase() === 'https' ? 443 : 80) : undefined;
}

function digest(value: string): Buffer {
  return createHash('sha256').update(value, 'utf8').digest();
}

/** Constant time: digests have equal length whatever was sent, so timingSafeEqual never throws or leaks length. */
function bearerMatches(header: string | undefined, expected: Buffer): boolean {
  const m = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return m !== null && timingSafeEqual(digest(m[1]), expected);
}

/** The body, parsed. Past the limit we stop keeping chunks; Node discards the rest once the 413 is sent. */
function readJson(req: IncomingMessage, limit: number): Promise<unknown> {
  const tooLarge = new Refusal(413, `Payload too large: the request body may have at most ${limit} bytes.`);
  if (Number(req.headers['content-length'] ?? 0) > limit) return Promise.reject(tooLarge);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) return void chunks.push(chunk);
      req.off('data', onData);
      req.resume();
      reject(tooLarge);
    };
    req.on('data', onData);
    req.on('error', reject);
    req.on('end', () => {
      if (size > limit) return;
      try {
        resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')));
      } catch {
        reject(new Refusal(400, 'Parse error: the body is not valid JSON.', {}, -32700));
      }
    });
  });
}

function refuse(res: ServerResponse, refusal: Refusal): void {
  sendJson(
    res,
    refusal.status,
    { jsonrpc: '2.0', error: { code: refusal.code, message: refusal.message }, id: null },
    refusal.headers,
  );
}

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json',
    'content-length': String(Buffer.byteLength(text)),
    ...headers,
  });
  res.end(text);
}

/** Whether any request in a JSON-RPC message or batch carries a progress token (`params._meta.progressToken`). */
function asksForProgress(body: unknown): boolean {
  return (Array.isArray(body) ? body : [body]).some((message) => {
    const meta = (message as { params?: { _meta?: { progressToken?: unknown } } } | null)?.params?._meta;
    return meta?.progressToken !== undefined;
  });
}
