// Hosted for a team: the pieces of src/oauth/ put together for the HTTP transport. The SDK's mcpAuthRouter serves
// the metadata, registration, authorize, token and revoke endpoints over our provider; we add Make's callback, the
// bearer check in front of /mcp, and a Make client per signed-in user whose scopes decide what is listed.
import { mcpAuthRouter, getOAuthProtectedResourceMetadataUrl } from '@modelcontextprotocol/sdk/server/auth/router.js';
import { InvalidTokenError } from '@modelcontextprotocol/sdk/server/auth/errors.js';
import type { Server } from '@modelcontextprotocol/sdk/server/index.js';
import express from 'express';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { READ_CALLER, WRITE_CALLER } from '../catalogue/names.js';
import type { Config, OAuthSettings } from '../config/types.js';
import type { Toolsets } from '../endpoint.js';
import { MakeClient, SignedOut, type Credential } from '../http/client.js';
import { SlidingWindowLimiter, type LimiterOptions, type RateLimiter } from '../http/rate-limit.js';
import { discoverRateLimit } from '../discovery.js';
import { allEndpoints, selectEndpoints } from '../pipeline/select.js';
import { DISPUTED_SCOPES, grants, spellingsOf } from '../scopes.js';
import { ToolHost, type UserSession } from '../host/tool-host.js';
import { TokenCipher } from './cipher.js';
import { MakeGrantRefused, MakeOAuth, type MakeTokenSet } from './make-oauth.js';
import { MakeMcpProvider, type Grant, type Lifetimes, type MakeUser } from './provider.js';
import { errorPage } from './pages.js';
import { MemoryStore, RedisStore, type Store } from './store.js';

export const CALLBACK_PATH = '/oauth/callback';
const AUTH_PATHS = ['/.well-known/', '/authorize', '/token', '/register', '/revoke', CALLBACK_PATH];
/** Signed-in users whose Make client is kept between requests; the least recently used goes first. */
const MAX_USERS = 1_000;
/** Distinct scope sets whose tool listing is kept. */
const MAX_LISTINGS = 50;
/** A Make token this close to its end is renewed before it is sent. */
const RENEW_BEFORE_MS = 60_000;

/** A request to /mcp refused before MCP: its status, message and headers (WWW-Authenticate). */
export interface GateRefusal {
  status: number;
  message: string;
  headers: Record<string, string>;
}

export interface OAuthGate {
  /** The origin of MAKE_MCP_PUBLIC_URL (e.g. https://mcp.example.com): a Host that reaches us through a proxy. */
  publicHost: string;
  /** Whether `path` is one of the sign-in endpoints served by handle(). */
  serves(path: string): boolean;
  handle(req: IncomingMessage, res: ServerResponse): void;
  /** The caller's grant from its bearer token, or a 401 that sends the client to sign in. */
  authenticate(authorization: string | undefined): Promise<{ grantId: string; grant: Grant } | GateRefusal>;
  /** The MCP server for one request of that caller, or a 403 naming the scopes to ask for. */
  serverFor(caller: { grantId: string; grant: Grant }, body: unknown): Promise<Server | GateRefusal>;
  close(): Promise<void>;
}

export interface OAuthGateOptions {
  config: Config & { oauth: OAuthSettings };
  toolsets: Toolsets;
  defaultTools: readonly string[];
  log: (line: string) => void;
  /** The URL clients reach us at, without /mcp. */
  publicUrl: string;
  /** Make's issuer (the simulator's in sandbox mode). */
  issuer: string;
  lifetimes?: Partial<Lifetimes>;
}

export async function startOAuthGate(o: OAuthGateOptions): Promise<OAuthGate> {
  const { config, toolsets, log } = o;
  const settings = config.oauth;
  const store: Store = config.redisUrl ? await RedisStore.connect(config.redisUrl, log) : new MemoryStore();
  const resource = `${o.publicUrl}/mcp`;
  const scopes = settings.scopes ?? scopesNeeded(config, toolsets, o.defaultTools);
  const make = new MakeOAuth({
    issuer: o.issuer,
    clientId: settings.clientId,
    clientSecret: settings.clientSecret,
    redirectUri: `${o.publicUrl}${CALLBACK_PATH}`,
  });
  const provider = new MakeMcpProvider({
    store,
    cipher: new TokenCipher(settings.tokenKey),
    make,
    resource,
    scopes,
    whoIs: (token) => whoIs(config.baseUrl, token),
    lifetimes: o.lifetimes,
    log,
  });
  const metadataUrl = getOAuthProtectedResourceMetadataUrl(new URL(resource));

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', false);
  app.use(
    mcpAuthRouter({
      provider,
      issuerUrl: new URL(o.publicUrl),
      resourceServerUrl: new URL(resource),
      scopesSupported: scopes,
      resourceName: 'make-mcp (Make)',
      // per client address and replica; a team behind one NAT shares these
      authorizationOptions: { rateLimit: { windowMs: 60_000, limit: 120 } },
      tokenOptions: { rateLimit: { windowMs: 60_000, limit: 300 } },
      clientRegistrationOptions: { rateLimit: { windowMs: 60_000, limit: 60 }, clientSecretExpirySeconds: 0 },
      revocationOptions: { rateLimit: { windowMs: 60_000, limit: 120 } },
    }),
  );
  app.get(CALLBACK_PATH, (req, res) => {
    const query = new URL(req.url, 'http://callback').searchParams;
    provider
      .callback(query)
      .then((outcome) => {
        res.setHeader('cache-control', 'no-store');
        if ('redirect' in outcome) return res.redirect(302, outcome.redirect);
        res.status(400).type('html').send(errorPage(outcome.page));
      })
      .catch((err: unknown) => {
        log(`sign-in failed: ${err instanceof Error ? err.message : String(err)}`);
        res.status(503).type('html').send(errorPage('unavailable'));
      });
  });

  const users = new UserClients(config, provider, log);
  const listings = new Map<string, ToolHost>();
  const endpointScope = new Map(allEndpoints(toolsets).map((e) => [e.name, e.scope]));

  /** The tools a set of scopes lists: one ToolHost per distinct set (a team has few). */
  function hostFor(granted: string[]): ToolHost {
    const key = [...granted].sort().join(' ');
    let host = listings.get(key);
    if (host) {
      listings.delete(key);
    } else {
      const lister = new MakeClient({ baseUrl: config.baseUrl, apiKey: '', scopes: new Set(granted) }); // never sends
      host = new ToolHost({ config, client: lister, toolsets, defaultTools: o.defaultTools, log });
      if (listings.size >= MAX_LISTINGS) listings.delete(listings.keys().next().value!);
    }
    listings.set(key, host);
    return host;
  }

  const unauthorized = (description?: string): GateRefusal => ({
    status: 401,
    message: `Unauthorized: ${description ?? 'sign in with Make'} (OAuth; see ${metadataUrl}).`,
    headers: {
      'www-authenticate': description
        ? `Bearer error="invalid_token", error_description="${description.replace(/"/g, "'")}", ` +
          `resource_metadata="${metadataUrl}"`
        : `Bearer resource_metadata="${metadataUrl}"`,
    },
  });

  return {
    publicHost: new URL(o.publicUrl).origin,
    serves: (path) => AUTH_PATHS.some((p) => (p.endsWith('/') ? path.startsWith(p) : path === p)),
    handle: (req, res) => app(req as express.Request, res as express.Response),
    async authenticate(authorization) {
      const m = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
      if (!m) return unauthorized();
      try {
        const info = await provider.verifyAccessToken(m[1]);
        const grantId = String(info.extra?.grantId);
        const grant = await provider.grant(grantId);
        return grant ? { grantId, grant } : unauthorized('The sign-in has ended: sign in again.');
      } catch (err) {
        if (err instanceof InvalidTokenError) return unauthorized(err.message);
        throw err;
      }
    },
    async serverFor({ grantId, grant }, body) {
      const granted = new Set(grant.scopes);
      const missing = [...new Set(toolCalls(body).map((call) => neededScope(endpointScope, call)))].filter(
        (s): s is string => s !== null && !grants(granted, s),
      );
      if (missing.length) {
        const wanted = [...grant.scopes, ...missing.map(tokenScope)].join(' ');
        return {
          status: 403,
          message:
            `Forbidden: your Make sign-in lacks the scope ${missing.map((s) => `"${tokenScope(s)}"`).join(', ')}; ` +
            'sign in again granting it.',
          headers: {
            'www-authenticate':
              `Bearer error="insufficient_scope", scope="${wanted}", ` + `resource_metadata="${metadataUrl}"`,
          },
        };
      }
      return hostFor(grant.scopes).newServer(users.session(grantId, grant));
    },
    async close() {
      await users.close();
      await store.close();
    },
  };
}

/** The scopes to ask Make for by default: those of every tool this configuration offers, listed or in the catalogue. */
export function scopesNeeded(config: Config, toolsets: Toolsets, defaultTools: readonly string[]): string[] {
  const { selected, catalogue } = selectEndpoints({ toolsets, config, allows: () => true, defaultTools });
  return [...new Set([...selected, ...catalogue].flatMap((e) => (e.scope ? [tokenScope(e.scope)] : [])))].sort();
}

/** A scope as Make's tokens (and so its consent screen) name it. */
function tokenScope(scope: string): string {
  return DISPUTED_SCOPES[scope]?.inventory ?? spellingsOf(scope)[0];
}

interface ToolCall {
  name: string;
  args: Record<string, unknown>;
}

/** The tools/call requests in a JSON-RPC body (one or a batch). */
function toolCalls(body: unknown): ToolCall[] {
  return (Array.isArray(body) ? body : [body]).flatMap(
    (m: { method?: unknown; params?: { name?: unknown; arguments?: unknown } }) =>
      m && m.method === 'tools/call' && typeof m.params?.name === 'string'
        ? [{ name: m.params.name, args: (m.params.arguments ?? {}) as Record<string, unknown> }]
        : [],
  );
}

/** The scope a call needs: its tool's, or for the catalogue's callers, the tool they are asked to run. */
function neededScope(scopes: Map<string, string | null>, call: ToolCall): string | null {
  const name = call.name === READ_CALLER || call.name === WRITE_CALLER ? call.args.tool : call.name;
  return typeof name === 'string' ? (scopes.get(name) ?? null) : null;
}

/** Who signed in: Make's /users/me with the new token (the rate limit is kept per organization). */
async function whoIs(baseUrl: string, token: string): Promise<MakeUser> {
  const res = await fetch(`${baseUrl}/users/me`, {
    headers: { authorization: `Bearer ${token}`, accept: 'application/json' },
    signal: AbortSignal.timeout(10_000),
  });
  if (!res.ok) return {};
  const me = (
    (await res.json()) as {
      authUser?: { id?: unknown; name?: unknown; userOrganizationRoles?: { organizationId?: unknown }[] };
    }
  ).authUser;
  const organizations = [...new Set((me?.userOrganizationRoles ?? []).map((r) => r.organizationId))];
  return {
    id: typeof me?.id === 'number' ? me.id : undefined,
    name: typeof me?.name === 'string' ? me.name : undefined,
    organizationId: organizations.length === 1 && typeof organizations[0] === 'number' ? organizations[0] : undefined,
  };
}

/** A Make client per signed-in user, and a rate limiter per organization shared by its users' clients. */
class UserClients {
  private readonly clients = new Map<string, { client: MakeClient; secrets: string[] }>();
  private readonly limiters = new Map<string, RateLimiter>();
  /** Organizations whose license was asked for its rate limit. */
  private readonly asked = new Set<string>();
  private readonly redis?: Promise<typeof import('../http/shared-rate-limit.js')>;

  constructor(
    private readonly config: Config,
    private readonly provider: MakeMcpProvider,
    private readonly log: (line: string) => void,
  ) {
    if (config.redisUrl) this.redis = import('../http/shared-rate-limit.js');
  }

  session(grantId: string, grant: Grant): UserSession {
    let entry = this.clients.get(grantId);
    if (entry) {
      this.clients.delete(grantId); // to the back: most recently used
    } else {
      entry = this.create(grantId, grant);
      if (this.clients.size >= MAX_USERS) {
        const [oldest, dropped] = this.clients.entries().next().value!;
        this.clients.delete(oldest);
        void dropped.client.close();
      }
    }
    this.clients.set(grantId, entry);
    const { client, secrets } = entry;
    return { client, secrets: () => secrets };
  }

  async close(): Promise<void> {
    await Promise.all([...this.clients.values()].map((e) => e.client.close()));
    await Promise.all([...this.limiters.values()].map((l) => l.close?.()));
  }

  private create(grantId: string, grant: Grant): { client: MakeClient; secrets: string[] } {
    const { provider } = this;
    const secrets: string[] = [];
    const remember = (tokens: MakeTokenSet) => {
      secrets.splice(0, secrets.length, tokens.accessToken, ...(tokens.refreshToken ? [tokens.refreshToken] : []));
      return `Bearer ${tokens.accessToken}`;
    };
    const renew = (stale: string) =>
      provider.renewMake(grantId, stale).catch((err: unknown) => {
        if (err instanceof MakeGrantRefused) throw new SignedOut('the Make sign-in has ended');
        throw err;
      });
    const credential: Credential = {
      async header() {
        const current = await provider.grant(grantId);
        const tokens = current && provider.makeTokens(current);
        if (!tokens) throw new SignedOut('the sign-in has ended');
        return remember(tokens.expiresAt - RENEW_BEFORE_MS <= Date.now() ? await renew(tokens.accessToken) : tokens);
      },
      async rejected(header) {
        remember(await renew(header.replace(/^Bearer\s+/i, '')));
        return true;
      },
    };
    const orgKey =
      grant.user.organizationId !== undefined ? `org:${grant.user.organizationId}` : `user:${grant.user.id ?? grantId}`;
    const client = new MakeClient({
      baseUrl: this.config.baseUrl,
      apiKey: '',
      credential,
      scopes: new Set(grant.scopes),
      readOnly: this.config.readOnly,
      rateLimit: this.config.rateLimit,
      maxWaitMs: this.config.maxWaitSeconds * 1000,
      callTimeoutMs: this.config.timeoutSeconds * 1000,
      limiter: (options) => this.limiterFor(orgKey, options),
    });
    if (this.config.rateLimit === undefined && grant.user.organizationId !== undefined && !this.asked.has(orgKey)) {
      this.asked.add(orgKey);
      void discoverRateLimit(client, grant.user.organizationId).then(
        (limit) => limit && client.limiter.setLimit(limit),
      );
    }
    return { client, secrets };
  }

  /** One window per organization, kept in Redis when there is one; each client gets a handle it may close. */
  private limiterFor(orgKey: string, options: LimiterOptions): RateLimiter {
    let shared = this.limiters.get(orgKey);
    if (!shared) {
      shared = this.config.redisUrl
        ? new LazySharedLimiter(this.redis!, options, this.config.redisUrl, this.config.baseUrl, orgKey, this.log)
        : new SlidingWindowLimiter(options);
      this.limiters.set(orgKey, shared);
    }
    const target = shared;
    return {
      get limit() {
        return target.limit;
      },
      setLimit: (limit) => target.setLimit(limit),
      pause: (ms) => target.pause(ms),
      acquire: (signal) => target.acquire(signal),
    };
  }
}

/** The Redis window of shared-rate-limit.ts, loaded on first use (a server without Redis never loads it). */
class LazySharedLimiter implements RateLimiter {
  private readonly ready: Promise<RateLimiter>;
  private current: number;

  constructor(
    module: Promise<typeof import('../http/shared-rate-limit.js')>,
    options: LimiterOptions,
    url: string,
    baseUrl: string,
    orgKey: string,
    log: (line: string) => void,
  ) {
    this.current = options.limit;
    const key = `make-mcp:{${new URL(baseUrl).host}:${orgKey}}`; // the key layout of rateLimitKey()
    this.ready = module.then((m) => new m.SharedRateLimiter(options, { url, key, log }));
  }

  get limit(): number {
    return this.current;
  }

  setLimit(limit: number): void {
    this.current = limit;
    void this.ready.then((l) => l.setLimit(limit));
  }

  pause(ms: number): void {
    void this.ready.then((l) => l.pause(ms));
  }

  async acquire(signal?: AbortSignal): Promise<void> {
    return (await this.ready).acquire(signal);
  }

  async close(): Promise<void> {
    await (await this.ready).close?.();
  }
}
