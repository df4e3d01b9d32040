// A stateful, in-memory Make API v2 over real HTTP (node:http) on 127.0.0.1.
// Written from the endpoint inventory and Make's docs, independently of tools/.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { errors, SimError } from './errors.js';
import { BEHAVIOURS } from './behaviours.js';
import { Engine } from './engine.js';
import { matchRoute, ROUTE_SCOPES, ROUTES, splitRawPath } from './routes.js';
import { createSeed } from './seed.js';
import { SEED_IDS } from './seed-ids.js';
import type { EngineState, RouteMatch } from './types.js';
import { spellingsOf } from '../scopes.js';

export type { Connection, EngineState } from './types.js';
export { SEED_IDS } from './seed-ids.js';
export { APP_CONNECTION_TYPES } from './seed.js';
export type { MakeErrorBody } from './errors.js';

/**
 * Behaviour plugged in from outside the API (oauth.ts, Make's OAuth server): it answers requests outside /api/v2,
 * says who holds a Bearer token, and may add to the seed.
 */
export interface SimulatorPlugin {
  /** True when it answered the request. */
  serve(req: IncomingMessage, res: ServerResponse, simUrl: string): Promise<boolean>;
  bearer(token: string): { scopes: string[]; organizationId: number; userId: number } | null;
  seed?(state: EngineState): void;
}

export interface SimulatorOptions {
  plugin?: SimulatorPlugin;
  port?: number;
  host?: string;
  tokens?: Record<string, string[]>;
  rateLimitPerMinute?: number;
  windowMs?: number;
  retryAfterSeconds?: number | null;
}

export const SANDBOX_TOKEN = 'sandbox-token';
export const ALL_SCOPES: string[] = [...ROUTE_SCOPES];

export interface RecordedRequest {
  method: string;
  path: string;
  query: [string, string][];
  body: unknown;
  token: string | null;
  status: number;
  route: string | null;
}

export type FaultKind =
  'status-502' | 'status-503' | 'status-504' | 'reset' | 'hang' | 'bad-json' | 'rate-limit' | 'oversize';

export interface Fault {
  kind: FaultKind;
  method?: string;
  route?: string;
  times?: number;
  phase?: 'before' | 'after';
  retryAfterSeconds?: number | null;
  bytes?: number;
}

export interface Simulator {
  url: string;
  requests: RecordedRequest[];
  applied: { route: string; id: number | string | null }[];
  /** Everything the simulator holds, in the engine's collections and documents. */
  state: EngineState;
  injectFault(f: Fault): void;
  clearFaults(): void;
  reset(): void;
  close(): Promise<void>;
}

const BASE = '/api/v2';
const DEFAULT_OVERSIZE = 20 * 1024 * 1024;
const JSON_TYPE = 'application/json; charset=utf-8';

interface ActiveFault {
  fault: Fault;
  remaining: number;
}

export async function startSimulator(opts: SimulatorOptions = {}): Promise<Simulator> {
  const host = opts.host ?? '127.0.0.1';
  const tokens: Record<string, string[]> = opts.tokens ?? { [SANDBOX_TOKEN]: [...ALL_SCOPES] };
  const limit = opts.rateLimitPerMinute ?? 240;
  const windowMs = opts.windowMs ?? 60_000;
  const defaultOrganizationId: number = SEED_IDS.organization; // every API token belongs to the seeded organization

  const engine = new Engine(ROUTES); // serves every route without a behaviour of its own
  const seed = (): EngineState => {
    const fresh = createSeed(engine);
    opts.plugin?.seed?.(fresh);
    return fresh;
  };
  let state = seed();
  let simUrl = '';
  const requests: RecordedRequest[] = [];
  const applied: { route: string; id: number | string | null }[] = [];
  let faults: ActiveFault[] = [];
  const windows = new Map<number, number[]>(); // organization id -> accepted request times
  const sockets = new Set<Socket>();
  let closing: Promise<void> | null = null;

  /** Seconds until the oldest request in the window leaves it (rounded up, at least 1). */
  function secondsUntilSlot(orgId: number, now: number): number {
    const w = windows.get(orgId) ?? [];
    const oldest = w[0];
    if (oldest === undefined) return 1;
    return Math.max(1, Math.ceil((oldest + windowMs - now) / 1000));
  }

  function defaultRetryAfter(orgId: number, now: number): number | null {
    return opts.retryAfterSeconds !== undefined ? opts.retryAfterSeconds : secondsUntilSlot(orgId, now);
  }

  /** Sliding-window limiter: true when the request may proceed (and is then counted). */
  function admit(orgId: number, now: number): boolean {
    let w = windows.get(orgId);
    if (!w) windows.set(orgId, (w = []));
    while (w.length && w[0] <= now - windowMs) w.shift();
    if (w.length >= limit) return false;
    w.push(now);
    return true;
  }

  function takeFault(method: string, routeKey: string | null): Fault | null {
    for (const af of faults) {
      const f = af.fault;
      if (af.remaining <= 0) continue;
      if (f.method && f.method.toUpperCase() !== method) continue;
      if (f.route && f.route !== routeKey) continue;
      af.remaining--;
      faults = faults.filter((x) => x.remaining > 0);
      return f;
    }
    return null;
  }

  function send(
    res: ServerResponse,
    rec: RecordedRequest,
    status: number,
    body: unknown,
    headers: Record<string, string> = {},
  ): void {
    // a text answer (its content type set by the route) goes out as it is
    const buf = Buffer.from(headers['content-type'] && typeof body === 'string' ? body : JSON.stringify(body), 'utf8');
    rec.status = status;
    res.writeHead(status, { 'content-type': JSON_TYPE, 'content-length': String(buf.length), ...headers });
    res.end(buf);
  }

  function sendError(res: ServerResponse, rec: RecordedRequest, err: SimError): void {
    send(res, rec, err.status, err.body, err.headers);
  }

  function runFault(f: Fault, req: IncomingMessage, res: ServerResponse, rec: RecordedRequest): void {
    switch (f.kind) {
      case 'status-502':
      case 'status-503':
      case 'status-504':
        sendError(res, rec, errors.upstream(Number(f.kind.slice(7)) as 502 | 503 | 504));
        return;
      case 'reset':
        rec.status = 0;
        req.socket.destroy();
        return;
      case 'hang':
        rec.status = 0; // nothing is ever sent; close() destroys the socket
        return;
      case 'bad-json': {
        const buf = Buffer.from('{"connections": [{"id": 1, "name": ', 'utf8');
        rec.status = 200;
        res.writeHead(200, { 'content-type': JSON_TYPE, 'content-length': String(buf.length) });
        res.end(buf);
        return;
      }
      case 'rate-limit': {
        const ra =
          f.retryAfterSeconds !== undefined
            ? f.retryAfterSeconds
            : defaultRetryAfter(defaultOrganizationId, Date.now());
        sendError(res, rec, errors.rateLimited(ra));
        return;
      }
      case 'oversize': {
        const size = Math.max(16, f.bytes ?? DEFAULT_OVERSIZE);
        const head = '{"padding":"';
        const tail = '"}';
        const buf = Buffer.alloc(size, 0x61); // 'a'
        buf.write(head, 0, 'utf8');
        buf.write(tail, size - tail.length, 'utf8');
        rec.status = 200;
        res.writeHead(200, { 'content-type': JSON_TYPE, 'content-length': String(size) });
        res.end(buf);
        return;
      }
    }
  }

  function readBody(req: IncomingMessage): Promise<Buffer> {
    return new Promise((resolve, reject) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => resolve(Buffer.concat(chunks)));
      req.on('error', reject);
    });
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = (req.method ?? 'GET').toUpperCase();
    const rawUrl = req.url ?? '/';
    const qi = rawUrl.indexOf('?');
    const rawPath = qi < 0 ? rawUrl : rawUrl.slice(0, qi);
    const rawQuery = qi < 0 ? '' : rawUrl.slice(qi + 1);
    const query: [string, string][] = [...new URLSearchParams(rawQuery)];
    if (!rawPath.startsWith(BASE + '/') && opts.plugin && (await opts.plugin.serve(req, res, simUrl))) return;
    const auth = req.headers.authorization;
    // an API token is sent as `Token …`, an OAuth access token as `Bearer …`
    const m = typeof auth === 'string' ? /^(Token|Bearer)\s+(\S+)\s*$/i.exec(auth) : null;
    const token = m ? m[2] : null;
    const bearer = m !== null && m[1].toLowerCase() === 'bearer';
    const holder = bearer ? (opts.plugin?.bearer(m[2]) ?? null) : null;
    const rec: RecordedRequest = { method, path: rawPath, query, body: undefined, token, status: 0, route: null };
    requests.push(rec);

    const raw = await readBody(req);
    let body: unknown;
    let badJson = false;
    const sentType = String(req.headers['content-type'] ?? 'application/json')
      .split(';')[0]
      .trim()
      .toLowerCase();
    if (raw.length) {
      const text = raw.toString('utf8');
      if (sentType !== 'application/json') {
        body = text; // a text body (jsonc section, code, readme) is kept byte for byte
      } else {
        try {
          body = JSON.parse(text);
        } catch {
          badJson = true;
          body = text; // recorded as the raw text
        }
      }
    }
    rec.body = body;

    let match: RouteMatch | null = null;
    if (rawPath.startsWith(BASE + '/')) {
      const segs = splitRawPath(rawPath.slice(BASE.length));
      if (segs) match = matchRoute(method, segs);
    }
    rec.route = match ? match.route.key : null;

    // 1. authentication
    const known = token !== null && !bearer && Object.prototype.hasOwnProperty.call(tokens, token);
    const scopes = holder ? holder.scopes : known ? tokens[token] : null;
    const organizationId = holder?.organizationId ?? defaultOrganizationId;
    if (!scopes) {
      sendError(res, rec, errors.unauthorized(token === null ? 'Missing access token.' : 'Invalid access token.'));
      return;
    }
    // 2. rate limit (authenticated requests only, per organization)
    const now = Date.now();
    if (!admit(organizationId, now)) {
      sendError(
        res,
        rec,
        errors.rateLimited(
          defaultRetryAfter(organizationId, now),
          `Organization ${organizationId} has used its ${limit} requests per ${windowMs / 1000} s window.`,
        ),
      );
      return;
    }
    // 3. injected faults
    const fault = takeFault(method, rec.route);
    if (fault && (fault.phase ?? 'before') === 'before') {
      runFault(fault, req, res, rec);
      return;
    }
    // 4. normal handling
    let status: number;
    let out: unknown;
    let headers: Record<string, string> = {};
    try {
      if (!match) throw errors.routeNotFound(method, rawPath);
      const need = match.route.scope;
      // Make's documents spell some scopes two ways; a token carries Make's scope list's spelling
      if (need && !spellingsOf(need).some((s) => scopes.includes(s))) throw errors.missingScope(need);
      if (badJson) throw errors.badRequest('The request body is not valid JSON.');
      if (sentType !== 'application/json' && engine.textTypeOf(match.route) !== sentType && raw.length) {
        throw errors.badRequest(`This operation does not take ${sentType}.`);
      }
      const ctx = {
        ...{ params: match.params, query, body, tokenScopes: scopes, organizationId, rateLimitPerMinute: limit },
        userId: holder?.userId,
      };
      const route = match.route;
      const behaviour = BEHAVIOURS[route.key];
      const result = behaviour
        ? behaviour(ctx, route, engine, state)
        : { status: 200, ...engine.handle(state, { route, params: match.params, query, body }) };
      if (result.applied) applied.push({ route: match.route.key, id: result.applied.id });
      status = result.status;
      out = result.body;
      if (result.contentType) headers = { 'content-type': result.contentType };
    } catch (e) {
      if (!(e instanceof SimError)) throw e;
      status = e.status;
      out = e.body;
      headers = e.headers;
    }
    if (fault) {
      // phase 'after': the operation ran; the client sees the fault instead.
      runFault(fault, req, res, rec);
      return;
    }
    send(res, rec, status, out, headers);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      const last = requests[requests.length - 1];
      if (res.headersSent || res.destroyed) return;
      const body = {
        detail: String(err instanceof Error ? err.message : err),
        message: 'Internal Server Error',
        code: 'SC500',
      };
      if (last) last.status = 500;
      res.writeHead(500, { 'content-type': JSON_TYPE });
      res.end(JSON.stringify(body));
    });
  });
  server.on('connection', (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const addr = server.address();
  if (!addr || typeof addr === 'string') throw new Error('simulator: could not read the listening port');
  const urlHost = host.includes(':') ? `[${host}]` : host;
  simUrl = `http://${urlHost}:${addr.port}`;

  const sim: Simulator = {
    url: simUrl,
    requests,
    applied,
    get state(): EngineState {
      return state;
    },
    injectFault(f: Fault): void {
      const times = f.times ?? 1;
      if (times > 0) faults.push({ fault: { ...f }, remaining: times });
    },
    clearFaults(): void {
      faults = [];
    },
    reset(): void {
      state = seed();
      requests.length = 0;
      applied.length = 0;
      faults = [];
      windows.clear();
    },
    close(): Promise<void> {
      if (!closing) {
        closing = new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeAllConnections();
          for (const s of sockets) s.destroy();
          sockets.clear();
        });
      }
      return closing;
    },
  };
  return sim;
}
