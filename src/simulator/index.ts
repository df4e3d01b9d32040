// A stateful, in-memory Make API v2 over real HTTP (node:http) on 127.0.0.1.
// Written from the endpoint inventory and Make's docs, independently of tools/.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { auditWrite } from './audit.js';
import { BEHAVIOURS } from './behaviours.js';
import { Engine } from './engine.js';
import { errors, SimError } from './errors.js';
import { FaultQueue, runFault, type Fault } from './faults.js';
import { RateWindow } from './rate-window.js';
import { JSON_TYPE, send, sendError, type AppliedWrite, type RecordedRequest } from './recording.js';
import { isApiPath, matchApiRoute, readBody, readCredentials, readTarget, type SentBody } from './request.js';
import { ROUTE_SCOPES, ROUTES } from './routes.js';
import { createSeed } from './seed.js';
import { SEED_IDS } from './seed-ids.js';
import type { EngineState, RouteMatch } from './types.js';
import { spellingsOf } from '../scopes.js';

export type { Connection, EngineState } from './types.js';
export { SEED_IDS } from './seed-ids.js';
export { APP_CONNECTION_TYPES } from './seed.js';
export type { MakeErrorBody } from './errors.js';
export type { Fault, FaultKind } from './faults.js';
export type { AppliedWrite, RecordedRequest } from './recording.js';

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

export interface Simulator {
  url: string;
  requests: RecordedRequest[];
  applied: AppliedWrite[];
  /** Everything the simulator holds, in the engine's collections and documents. */
  state: EngineState;
  injectFault(f: Fault): void;
  clearFaults(): void;
  reset(): void;
  close(): Promise<void>;
}

export async function startSimulator(opts: SimulatorOptions = {}): Promise<Simulator> {
  const host = opts.host ?? '127.0.0.1';
  const tokens: Record<string, string[]> = opts.tokens ?? { [SANDBOX_TOKEN]: [...ALL_SCOPES] };
  const limit = opts.rateLimitPerMinute ?? 240;
  const rate = new RateWindow({ limit, windowMs: opts.windowMs ?? 60_000, retryAfterSeconds: opts.retryAfterSeconds });
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
  const applied: AppliedWrite[] = [];
  const faults = new FaultQueue();
  const sockets = new Set<Socket>();
  let closing: Promise<void> | null = null;

  /** The answer of the route itself: scope, body checks, then its behaviour or the engine. Errors are answers. */
  function answer(
    match: RouteMatch | null,
    target: { method: string; rawPath: string; query: [string, string][] },
    sent: SentBody,
    caller: { scopes: string[]; organizationId: number; userId?: number },
  ): { status: number; body: unknown; headers: Record<string, string> } {
    try {
      if (!match) throw errors.routeNotFound(target.method, target.rawPath);
      const { route, params } = match;
      // Make's documents spell some scopes two ways; a token carries Make's scope list's spelling
      if (route.scope && !spellingsOf(route.scope).some((s) => caller.scopes.includes(s)))
        throw errors.missingScope(route.scope);
      if (sent.badJson) throw errors.badRequest('The request body is not valid JSON.');
      if (sent.contentType !== 'application/json' && engine.textTypeOf(route) !== sent.contentType && !sent.empty)
        throw errors.badRequest(`This operation does not take ${sent.contentType}.`);
      const { query } = target;
      const ctx = {
        ...{ params, query, body: sent.body, tokenScopes: caller.scopes, organizationId: caller.organizationId },
        ...{ rateLimitPerMinute: limit, userId: caller.userId },
      };
      const audit = auditWrite(state, route, params); // before the write: a delete removes what it names
      const behaviour = BEHAVIOURS[route.key];
      const result = behaviour
        ? behaviour(ctx, route, engine, state)
        : { status: 200, ...engine.handle(state, { route, params, query, body: sent.body }) };
      if (result.applied) {
        applied.push({ route: route.key, id: result.applied.id });
        audit?.(result.applied.id, sent.body, caller);
      }
      return { ...result, headers: result.contentType ? { 'content-type': result.contentType } : {} };
    } catch (e) {
      if (!(e instanceof SimError)) throw e;
      return { status: e.status, body: e.body, headers: e.headers };
    }
  }

  // Order of checks: 401 (token) → 429 (rate limit) → injected fault → the route's own answer.
  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const target = readTarget(req);
    const { method, rawPath, query } = target;
    if (!isApiPath(rawPath) && opts.plugin && (await opts.plugin.serve(req, res, simUrl))) return;
    const { token, bearer } = readCredentials(req);
    const holder = bearer && token !== null ? (opts.plugin?.bearer(token) ?? null) : null;
    const rec: RecordedRequest = { method, path: rawPath, query, body: undefined, token, status: 0, route: null };
    requests.push(rec);
    const sent = await readBody(req);
    rec.body = sent.body;
    const match = matchApiRoute(method, rawPath);
    rec.route = match ? match.route.key : null;

    // 1. authentication
    const known = token !== null && !bearer && Object.prototype.hasOwnProperty.call(tokens, token);
    const scopes = holder ? holder.scopes : known ? tokens[token] : null;
    const organizationId = holder?.organizationId ?? defaultOrganizationId;
    if (!scopes)
      return sendError(
        res,
        rec,
        errors.unauthorized(token === null ? 'Missing access token.' : 'Invalid access token.'),
      );
    // 2. rate limit (authenticated requests only, per organization)
    const now = Date.now();
    if (!rate.admit(organizationId, now))
      return sendError(
        res,
        rec,
        errors.rateLimited(rate.retryAfter(organizationId, now), rate.describe(organizationId)),
      );
    // 3. injected faults
    const retryAfter = () => rate.retryAfter(defaultOrganizationId, Date.now());
    const fault = faults.take(method, rec.route);
    if (fault && (fault.phase ?? 'before') === 'before') return runFault(fault, req, res, rec, retryAfter);
    // 4. the route's answer; a fault of phase 'after' replaces it once the operation ran
    const result = answer(match, target, sent, { scopes, organizationId, userId: holder?.userId });
    if (fault) return runFault(fault, req, res, rec, retryAfter);
    send(res, rec, result.status, result.body, result.headers);
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

  return {
    url: simUrl,
    requests,
    applied,
    get state(): EngineState {
      return state;
    },
    injectFault: (f) => faults.inject(f),
    clearFaults: () => faults.clear(),
    reset(): void {
      state = seed();
      requests.length = 0;
      applied.length = 0;
      faults.clear();
      rate.clear();
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
}
