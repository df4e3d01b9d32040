// Hosted for a team, in this process: the simulator playing Make (API and OAuth server), one or more make-mcp
// replicas with OAuth on, and an MCP client that signs in through the SDK's own auth() flow, a person's consent on
// the simulated Make page answered by the test.
import { auth, type OAuthClientProvider } from '@modelcontextprotocol/sdk/client/auth.js';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import type {
  OAuthClientInformationMixed,
  OAuthClientMetadata,
  OAuthTokens,
} from '@modelcontextprotocol/sdk/shared/auth.js';
import { createServer, request as httpRequest, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadConfig } from '../../src/config/load.js';
import type { Config, OAuthSettings } from '../../src/config/types.js';
import { startingDeclarations } from '../../src/declarations/load.js';
import { startOAuthGate, CALLBACK_PATH, type OAuthGate } from '../../src/oauth/hosted.js';
import type { Lifetimes } from '../../src/oauth/provider.js';
import { allEndpoints } from '../../src/pipeline/select.js';
import { ALL_SCOPES, startSimulator, type Simulator } from '../../src/simulator/index.js';
import { simOAuth, type SimOAuth } from '../../src/simulator/oauth.js';
import { startHttpServer, type HttpServer } from '../../src/transports/http.js';

export const CLIENT_ID = 'make-mcp-test-client';
export const CLIENT_SECRET = 'make-mcp-test-secret-0123456789';
export const TOKEN_KEY = 'a-test-key-of-at-least-thirty-two-characters';

export interface Replica {
  http: HttpServer;
  /** http://127.0.0.1:port */
  origin: string;
  logs: string[];
}

export interface StackOptions {
  replicas?: number;
  redisUrl?: string;
  env?: Record<string, string>;
  lifetimes?: Partial<Lifetimes>;
  /** Lifetime of the simulated Make's access tokens. */
  makeAccessSeconds?: number;
  /** Which replica serves a request reaching the balancer (several replicas only); default: round robin. */
  route?: (path: string, n: number) => number;
  /** Another public URL than the balancer's or the replica's own (a different deployment). */
  publicUrl?: string;
}

export interface Stack {
  sim: Simulator;
  make: SimOAuth;
  replicas: Replica[];
  /** What clients reach: the replica itself, or the balancer in front of several. */
  publicUrl: string;
  mcpUrl: string;
  close(): Promise<void>;
}

export async function startStack(o: StackOptions = {}): Promise<Stack> {
  const make = simOAuth({ scopes: ALL_SCOPES, accessTokenSeconds: o.makeAccessSeconds });
  const sim = await startSimulator({ plugin: make });
  const declarations = await startingDeclarations();
  const count = o.replicas ?? 1;
  const balancer = count > 1 ? await startBalancer(o.route) : undefined;
  const replicas: Replica[] = [];
  for (let i = 0; i < count; i++) {
    const logs: string[] = [];
    const log = (line: string) => logs.push(line);
    const config = oauthConfig(sim, declarations, {
      ...o.env,
      ...(o.redisUrl ? { MAKE_REDIS_URL: o.redisUrl, MAKE_MCP_TOKEN_KEY: TOKEN_KEY } : {}),
    });
    let gate: OAuthGate | undefined;
    const http = await startHttpServer({
      transport: config.transport as Extract<Config['transport'], { kind: 'http' }>,
      log,
      oauth: async (boundOrigin) => {
        const publicUrl = o.publicUrl ?? balancer?.origin ?? boundOrigin;
        make.addClient(CLIENT_ID, CLIENT_SECRET, `${publicUrl}${CALLBACK_PATH}`);
        gate = await startOAuthGate({
          config,
          ...declarations,
          log,
          publicUrl,
          issuer: sim.url,
          lifetimes: o.lifetimes,
        });
        return gate;
      },
    });
    replicas.push({ http, origin: new URL(http.url).origin, logs });
  }
  balancer?.upstreams.push(...replicas.map((r) => r.origin));
  const publicUrl = o.publicUrl ?? balancer?.origin ?? replicas[0].origin;
  return {
    sim,
    make,
    replicas,
    publicUrl,
    mcpUrl: `${balancer?.origin ?? replicas[0].origin}/mcp`,
    async close() {
      await balancer?.close();
      for (const r of replicas) await r.http.close();
      await sim.close();
    },
  };
}

function oauthConfig(
  sim: Simulator,
  declarations: Awaited<ReturnType<typeof startingDeclarations>>,
  env: Record<string, string>,
) {
  const config = loadConfig(
    ['--http', '--port', '0'],
    {
      MAKE_OAUTH_CLIENT_ID: CLIENT_ID,
      MAKE_OAUTH_CLIENT_SECRET: CLIENT_SECRET,
      MAKE_API_URL: sim.url,
      MAKE_MCP_PUBLIC_URL: 'http://127.0.0.1',
      ...env,
    },
    { toolsets: Object.keys(declarations.toolsets), tools: allEndpoints(declarations.toolsets).map((e) => e.name) },
  );
  return config as Config & { oauth: OAuthSettings };
}

/** A load balancer in front of the replicas: each request goes where `route` says (round robin by default). */
async function startBalancer(route?: (path: string, n: number) => number) {
  const upstreams: string[] = [];
  let n = 0;
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    const target = new URL(upstreams[(route ?? ((_p, i) => i % upstreams.length))(path, n++)]);
    const forward = httpRequest(
      {
        host: target.hostname,
        port: target.port,
        method: req.method,
        path: req.url,
        headers: { ...req.headers, host: target.host },
      },
      (answer: IncomingMessage) => {
        res.writeHead(answer.statusCode ?? 502, rewriteLocation(answer.headers, target.origin, origin));
        answer.pipe(res);
      },
    );
    forward.on('error', () => res.destroy());
    req.pipe(forward);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    upstreams,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function rewriteLocation(headers: IncomingMessage['headers'], from: string, to: string): IncomingMessage['headers'] {
  const location = headers.location;
  return typeof location === 'string' && location.startsWith(from)
    ? { ...headers, location: to + location.slice(from.length) }
    : headers;
}

export const REDIRECT_URI = 'http://127.0.0.1:9/callback'; // never reached: the test reads the code off the redirect

/** The MCP client's side, kept in memory: what the SDK's auth() reads and writes. */
export class MemoryClientProvider implements OAuthClientProvider {
  info?: OAuthClientInformationMixed;
  saved?: OAuthTokens;
  verifier = '';
  authorizationUrl?: URL;

  constructor(readonly redirectUris: string[] = [REDIRECT_URI]) {}

  get redirectUrl(): string {
    return this.redirectUris[0];
  }

  get clientMetadata(): OAuthClientMetadata {
    return {
      client_name: 'make-mcp test client',
      redirect_uris: this.redirectUris,
      grant_types: ['authorization_code', 'refresh_token'],
      response_types: ['code'],
      token_endpoint_auth_method: 'none',
    };
  }

  clientInformation() {
    return this.info;
  }

  saveClientInformation(info: OAuthClientInformationMixed) {
    this.info = info;
  }

  tokens() {
    return this.saved;
  }

  saveTokens(tokens: OAuthTokens) {
    this.saved = tokens;
  }

  redirectToAuthorization(url: URL) {
    this.authorizationUrl = url;
  }

  saveCodeVerifier(verifier: string) {
    this.verifier = verifier;
  }

  codeVerifier() {
    return this.verifier;
  }

  invalidateCredentials(scope: 'all' | 'client' | 'tokens' | 'verifier' | 'discovery') {
    if (scope === 'all' || scope === 'tokens') this.saved = undefined;
    if (scope === 'all' || scope === 'client') this.info = undefined;
  }
}

export interface Consent {
  /** The seeded user who consents on the simulated Make page. */
  user: number;
  /** Scopes ticked on that page (default: all asked for). */
  grant?: string[];
  decision?: 'allow' | 'deny';
}

/** GET with redirects left to the caller. */
export async function visit(url: string | URL, init: RequestInit = {}): Promise<Response> {
  return fetch(url, { ...init, redirect: 'manual' });
}

/**
 * The person's part, after the SDK sent them to our /authorize: our redirect to Make, Make's consent page answered
 * as `consent` says, Make's redirect to our callback, and ours back to the client. Returns where that lands.
 */
export async function consentAt(authorizationUrl: URL, consent: Consent): Promise<URL> {
  const toMake = await visit(authorizationUrl);
  if (toMake.status !== 302) throw new Error(`/authorize answered ${toMake.status}: ${await toMake.text()}`);
  const makeUrl = new URL(toMake.headers.get('location')!);
  const page = await (await visit(makeUrl)).text();
  const form = new URLSearchParams();
  for (const [, name, value] of page.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)">/g))
    form.set(name, unescapeHtml(value));
  const offered = [...page.matchAll(/name="granted" value="([^"]+)"/g)].map((m) => unescapeHtml(m[1]));
  form.set('user', String(consent.user));
  for (const s of consent.grant ?? offered) form.append('granted', s);
  form.set('decision', consent.decision ?? 'allow');
  const back = await visit(new URL('/oauth/v2/authorize', makeUrl), { method: 'POST', body: form });
  const callback = back.headers.get('location')!;
  const toClient = await visit(callback);
  if (toClient.status !== 302) throw new Error(`the callback answered ${toClient.status}: ${await toClient.text()}`);
  return new URL(toClient.headers.get('location')!);
}

function unescapeHtml(text: string): string {
  return text.replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)));
}

export interface SignedIn {
  provider: MemoryClientProvider;
  client: Client;
  close(): Promise<void>;
}

/** The whole sign-in with the SDK's auth(): registration, authorize, consent, callback, token. */
export async function signIn(mcpUrl: string, consent: Consent, scope?: string[]): Promise<MemoryClientProvider> {
  const provider = new MemoryClientProvider();
  const first = await auth(provider, { serverUrl: mcpUrl, scope: scope?.join(' ') });
  if (first !== 'REDIRECT' || !provider.authorizationUrl) throw new Error(`auth() answered ${first}`);
  const landed = await consentAt(provider.authorizationUrl, consent);
  const code = landed.searchParams.get('code');
  if (!code) throw new Error(`no code: ${landed.href}`);
  const second = await auth(provider, { serverUrl: mcpUrl, authorizationCode: code, scope: scope?.join(' ') });
  if (second !== 'AUTHORIZED') throw new Error(`auth() answered ${second} after the code`);
  return provider;
}

/** An MCP client connected with that provider's tokens (the SDK refreshes and re-authorizes through it). */
export async function connect(mcpUrl: string, provider: MemoryClientProvider): Promise<SignedIn> {
  const client = new Client({ name: 'oauth-test', version: '1.0.0' });
  const transport = new StreamableHTTPClientTransport(new URL(mcpUrl), { authProvider: provider });
  await client.connect(transport);
  return { provider, client, close: () => client.close() };
}

/** A raw MCP request with a bearer token. */
export async function mcpPost(mcpUrl: string, token: string | undefined, body: unknown): Promise<Response> {
  return fetch(mcpUrl, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/json, text/event-stream',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify(body),
  });
}

/**
 * A signed-in client in front of make-mcp for tools that cannot sign in themselves (the conformance suite): adds
 * `Authorization: Bearer <token>` to every request. A Host or Origin naming the proxy is rewritten to the server's,
 * any other (a rebinding attempt) is passed on as it is.
 */
export async function startBearerProxy(
  target: string,
  token: string,
): Promise<{ url: string; close(): Promise<void> }> {
  const upstream = new URL(target);
  let own = '';
  const server = createServer((req, res) => {
    const headers = { ...req.headers, authorization: `Bearer ${token}` };
    const local = (value: string) =>
      value.replace(/^(https?:\/\/)?(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/i, (m, scheme = '', _h, port) =>
        port === `:${own}` ? `${scheme}${upstream.host}` : m,
      );
    if (headers.host) headers.host = local(headers.host);
    if (typeof headers.origin === 'string') headers.origin = local(headers.origin);
    const forward = httpRequest(
      { host: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    forward.on('error', () => res.destroy());
    req.pipe(forward);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  own = String((server.address() as AddressInfo).port);
  return {
    url: `http://127.0.0.1:${own}${upstream.pathname}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
