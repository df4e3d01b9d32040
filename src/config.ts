// Environment and flags → one typed configuration. Any bad value is one readable ConfigError.
import { closestBySpelling } from './closest.js';

export const ZONES = [
  'eu1.make.com',
  'eu2.make.com',
  'us1.make.com',
  'us2.make.com',
  'eu1.make.celonis.com',
  'us1.make.celonis.com',
] as const;

export interface Config {
  apiKey: string;
  /** Base of every request, ending in /api/v2. Empty in sandbox mode until the simulator is up. */
  baseUrl: string;
  sandbox: boolean;
  team?: number;
  organization?: number;
  /**
   * Selected toolsets; 'all'; or 'default': a small core set plus the catalogue tools that reach the rest. A list
   * holding 'default' lists its toolsets beside the core set, and keeps the catalogue tools.
   */
  toolsets: string[] | 'all' | 'default';
  tools: string[];
  readOnly: boolean;
  /** Granted scopes when given by MAKE_SCOPES; otherwise discovered at start. */
  scopes?: string[];
  rateLimit?: number;
  maxWaitSeconds: number;
  timeoutSeconds: number;
  transport: { kind: 'stdio' } | HttpTransport;
  /** Redis shared by every replica for the rate limit; unset = an in-process window. */
  redisUrl?: string;
  /** On-demand scenarios offered as run_scenario_<id> tools: 'all' active ones of the team, or these ids. */
  scenarioTools: number[] | 'all';
  /** Hosted for a team: each user signs in with their own Make account (src/oauth/). */
  oauth?: OAuthSettings;
}

export interface OAuthSettings {
  /** make-mcp's own OAuth client registered in Make. */
  clientId: string;
  clientSecret: string;
  /** Make's issuer; its endpoints come from {issuer}/.well-known/openid-configuration. Unset in sandbox mode. */
  issuer?: string;
  /** The URL clients reach this server at, without /mcp; unset in sandbox mode: then the address it listens on. */
  publicUrl?: string;
  /** What to ask Make for; unset: the scopes of the tools this configuration offers. */
  scopes?: string[];
  /** Secret the key that encrypts stored Make tokens is derived from; unset without Redis: a random one. */
  tokenKey?: string;
}

export interface HttpTransport {
  kind: 'http';
  /** 0 = any free port. */
  port: number;
  host: string;
  /** Bearer token clients must send; required when the host is not loopback. */
  token?: string;
}

export class ConfigError extends Error {}

/** What the catalogue offers, so names can be checked here without config depending on tools/. */
export interface CatalogueNames {
  toolsets: readonly string[];
  tools: readonly string[];
}

/** Each setting: its environment name, its flag, and one line of help. */
const SETTINGS = {
  apiKey: ['MAKE_API_KEY', '--api-key', 'Make API token (Profile → API access); required unless --sandbox'],
  zone: ['MAKE_ZONE', '--zone', `Make zone: ${ZONES.join(', ')}`],
  apiUrl: ['MAKE_API_URL', '--api-url', 'full base URL instead of a zone (private instance); /api/v2 is appended'],
  team: ['MAKE_TEAM', '--team', 'default teamId'],
  organization: ['MAKE_ORGANIZATION', '--organization', 'default organizationId; its license sets the rate limit'],
  toolsets: [
    'MAKE_TOOLSETS',
    '--toolsets',
    'comma list of toolsets, or all; default (core tools + catalogue search) may be one of them',
  ],
  tools: ['MAKE_TOOLS', '--tools', 'comma list of extra tools'],
  readOnly: ['MAKE_READ_ONLY', '--read-only', 'true: read tools only, and no non-GET request is ever sent'],
  scopes: ['MAKE_SCOPES', '--scopes', "comma list of the token's scopes (else asked from Make at start)"],
  rateLimit: ['MAKE_RATE_LIMIT', '--rate-limit', "requests per minute (else the organization's license, else 60)"],
  maxWait: ['MAKE_MAX_WAIT', '--max-wait', 'seconds a call may wait for a rate-limit slot (default 20)'],
  timeout: ['MAKE_TIMEOUT', '--timeout', 'deadline in seconds for one tool call, retries included (default 120)'],
  scenarioTools: [
    'MAKE_SCENARIO_TOOLS',
    '--scenario-tools',
    'all, or comma list of scenario ids: active on-demand scenarios as run_scenario_<id> tools',
  ],
  port: ['MAKE_MCP_PORT', '--port', 'with --http: port to listen on (default 3000; 0 = any free port)'],
  host: [
    'MAKE_MCP_HOST',
    '--host',
    'with --http: address to bind (default 127.0.0.1); not loopback needs MAKE_MCP_HTTP_TOKEN',
  ],
  redisUrl: [
    'MAKE_REDIS_URL',
    '--redis-url',
    'redis:// URL: one rate limit shared by every replica (else per process)',
  ],
  // Environment only: a flag would show the secret in process lists.
  httpToken: ['MAKE_MCP_HTTP_TOKEN', null, 'with --http: bearer token clients must send (at least 16 characters)'],
  // Hosted for a team (README, "Host it for your team"): environment only, like every secret.
  oauthClientId: [
    'MAKE_OAUTH_CLIENT_ID',
    null,
    'with --http: each user signs in with Make; our OAuth client id in Make',
  ],
  oauthClientSecret: ['MAKE_OAUTH_CLIENT_SECRET', null, "that OAuth client's secret"],
  oauthIssuer: ['MAKE_OAUTH_ISSUER', null, "Make's OAuth issuer (default https://www.make.com)"],
  publicUrl: ['MAKE_MCP_PUBLIC_URL', null, 'with OAuth: the origin clients reach, e.g. https://mcp.example.com'],
  oauthScopes: ['MAKE_OAUTH_SCOPES', null, 'with OAuth: scopes to ask Make for (default: what the tools need)'],
  tokenKey: ['MAKE_MCP_TOKEN_KEY', null, 'with OAuth: 32+ characters encrypting stored Make tokens; needed with Redis'],
} as const;
type Setting = keyof typeof SETTINGS;

const BOOLEAN_FLAGS = new Set(['--sandbox', '--http', '--read-only']);

export function usage(): string {
  const rows = Object.values(SETTINGS).map(
    ([env, flag, help]) => `  ${env.padEnd(24)} ${(flag ?? '').padEnd(18)} ${help}`,
  );
  const flagRow = (flag: string, help: string) => `  ${''.padEnd(24)} ${flag.padEnd(18)} ${help}`;
  return [
    'make-mcp — an MCP server for the Make (make.com) API, on stdio or Streamable HTTP.',
    '',
    'Usage: make-mcp [options]        settings come from the environment or the matching flag',
    '       make-mcp tools [--json] [options]   print what these settings list and its size in bytes; no key needed',
    '',
    ...rows,
    flagRow('--http', 'serve Streamable HTTP at /mcp instead of stdio'),
    flagRow('--sandbox', 'use the built-in Make simulator; no account or key needed'),
    flagRow('--version', 'print the version'),
    flagRow('--help', 'this text'),
  ].join('\n');
}

export function loadConfig(
  argv: readonly string[],
  env: Record<string, string | undefined>,
  catalogue: CatalogueNames,
): Config {
  const flags = parseFlags(argv);
  const raw = (s: Setting): string | undefined => {
    const flag = SETTINGS[s][1];
    const value = (flag === null ? undefined : flags.get(flag)) ?? env[SETTINGS[s][0]];
    return value === undefined || value.trim() === '' ? undefined : value.trim();
  };
  const sandbox = flagOn(flags, '--sandbox');

  const apiKey = headerSafe('apiKey', raw('apiKey'));
  const http = flagOn(flags, '--http');
  const oauth = oauthSettings(raw, sandbox, http, apiKey);
  if (!apiKey && !sandbox && !oauth) {
    throw new ConfigError(
      'MAKE_API_KEY is not set. Create a token in Make (Profile → API access) and set MAKE_API_KEY and MAKE_ZONE; ' +
        'or try the server without an account: make-mcp --sandbox',
    );
  }

  const config: Config = {
    apiKey: apiKey ?? '',
    baseUrl: sandbox ? '' : baseUrl(raw('zone'), raw('apiUrl')),
    sandbox,
    team: positiveInt('team', raw('team')),
    organization: positiveInt('organization', raw('organization')),
    toolsets: toolsets(raw('toolsets'), catalogue),
    tools: names(raw('tools'), catalogue.tools, 'MAKE_TOOLS', 'tool', 'Every name: make-mcp tools --toolsets all'),
    readOnly: bool(SETTINGS.readOnly[0], flags.get('--read-only') ?? env[SETTINGS.readOnly[0]]),
    scopes: raw('scopes')
      ?.split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    rateLimit: positiveInt('rateLimit', raw('rateLimit')),
    maxWaitSeconds: positiveInt('maxWait', raw('maxWait')) ?? 20,
    timeoutSeconds: positiveInt('timeout', raw('timeout')) ?? 120,
    transport: http
      ? httpTransport(raw('port'), raw('host'), raw('httpToken'), oauth !== undefined)
      : { kind: 'stdio' },
    redisUrl: redisUrl(raw('redisUrl')),
    scenarioTools: scenarioTools(raw('scenarioTools')),
    oauth,
  };
  if (oauth && (config.scenarioTools === 'all' || config.scenarioTools.length > 0)) {
    throw new ConfigError(
      "MAKE_SCENARIO_TOOLS is not available with MAKE_OAUTH_CLIENT_ID: each user's scenarios differ.",
    );
  }
  return config;
}

/** A boolean flag: on when present, unless given a false value inline (`--sandbox=false`). */
function flagOn(flags: Map<string, string>, flag: string): boolean {
  const value = flags.get(flag);
  return value !== undefined && bool(flag, value);
}

function parseFlags(argv: readonly string[]): Map<string, string> {
  const known = new Set<string>([
    ...Object.values(SETTINGS).flatMap(([, flag]) => (flag ? [flag] : [])),
    '--help',
    ...BOOLEAN_FLAGS,
  ]);
  const flags = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const [name, inline] = argv[i].split(/=(.*)/s, 2);
    if (!known.has(name))
      throw new ConfigError(`${unknownArgument(name, i + 1)} Options: ${[...known].sort().join(', ')}`);
    if (BOOLEAN_FLAGS.has(name)) {
      // Stryker disable next-line LogicalOperator,StringLiteral: a boolean flag's value is never read, only whether it is there
      flags.set(name, inline ?? 'true');
    } else {
      const value = inline ?? argv[++i];
      if (value === undefined) throw new ConfigError(`Option ${name} needs a value.`);
      flags.set(name, value);
    }
  }
  return flags;
}

/**
 * An argument that is no option, named without echoing what may be a secret pasted in the wrong place (a bare
 * token): only something shaped like an option name is quoted; anything else is named by its position.
 */
function unknownArgument(name: string, position: number): string {
  if (/^--[a-z][a-z0-9-]{0,40}$/i.test(name)) return `Unknown option ${name}.`;
  return `Unexpected argument at position ${position} (not shown, in case it is a secret): values follow their option, e.g. --api-key <token>, or come from the environment.`;
}

/** Characters an HTTP header can carry: a token holding a line break or a space would break every request. */
function headerSafe(setting: Setting, value: string | undefined): string | undefined {
  if (value !== undefined && !/^[\x21-\x7e]+$/.test(value)) {
    throw new ConfigError(
      `${SETTINGS[setting][0]} holds a character an HTTP header cannot carry (a space, a line break, a control or non-ASCII character); copy the token again.`,
    );
  }
  return value;
}

/** A URL for messages: scheme, host and path only — never userinfo, query or fragment. */
function shownUrl(url: URL): string {
  return `${url.protocol}//${url.host}${url.pathname === '/' ? '' : url.pathname}`;
}

const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/i;

function baseUrl(zone: string | undefined, apiUrl: string | undefined): string {
  if (apiUrl) {
    let url: URL;
    try {
      url = new URL(apiUrl);
    } catch {
      throw new ConfigError(
        'MAKE_API_URL is not a URL (not shown, in case it holds a secret); expected e.g. https://eu1.make.com',
      );
    }
    if (url.protocol !== 'https:' && !(url.protocol === 'http:' && LOOPBACK.test(url.hostname))) {
      throw new ConfigError(
        `MAKE_API_URL must use https (plain http only for localhost/127.0.0.1): "${shownUrl(url)}"`,
      );
    }
    if (url.search || url.hash || url.username || url.password)
      throw new ConfigError(`MAKE_API_URL must be a plain base URL without query, fragment or credentials.`);
    return `${url.origin}${url.pathname.replace(/\/+$/, '').replace(/\/api\/v2$/, '')}/api/v2`;
  }
  if (!zone)
    throw new ConfigError(
      `Set MAKE_ZONE to your Make zone (${ZONES.join(', ')}), or MAKE_API_URL for a private instance.`,
    );
  if (!(ZONES as readonly string[]).includes(zone)) {
    throw new ConfigError(`MAKE_ZONE "${zone}" is not a Make zone. Valid zones: ${ZONES.join(', ')}`);
  }
  return `https://${zone}/api/v2`;
}

/**
 * `all`; or toolsets to list, where `default` among them keeps the core tools and the catalogue tools that reach the
 * rest (`default,hooks`); alone, `default` is what an unset MAKE_TOOLSETS means.
 */
function toolsets(value: string | undefined, catalogue: CatalogueNames): Config['toolsets'] {
  if (value === undefined) return 'default';
  if (value.toLowerCase() === 'all') return 'all';
  const valid = ['default', ...catalogue.toolsets];
  const list = [...new Set(names(value, valid, 'MAKE_TOOLSETS', 'toolset', `Valid: all, ${valid.join(', ')}`))];
  return list.length === 1 && list[0] === 'default' ? 'default' : list;
}

/** Each unknown name is refused with the valid names spelled most like it; `more` says where the rest are. */
function names(
  value: string | undefined,
  valid: readonly string[],
  setting: string,
  what: string,
  more: string,
): string[] {
  const list = (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const unknown = list.filter((n) => !valid.includes(n));
  if (unknown.length) {
    const each = unknown.map((name) => {
      const near = closestBySpelling(name, valid, 3);
      return `"${name}"${near.length ? ` (closest: ${near.join(', ')})` : ''}`;
    });
    throw new ConfigError(`${setting}: unknown ${what} ${each.join(', ')}. ${more}`);
  }
  return list;
}

// Plain code, not zod: a starting server then runs none of zod's parsing before its first call.
function positiveInt(setting: Setting, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const parsed = /^\d+$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(parsed) || parsed <= 0) {
    throw new ConfigError(`${SETTINGS[setting][0]} must be a positive whole number, got "${value}".`);
  }
  return parsed;
}

/** `name` is the environment variable or flag the value came from, for the message. */
function bool(name: string, value: string | undefined): boolean {
  if (value === undefined || value.trim() === '') return false;
  const v = value.trim().toLowerCase();
  if (['true', '1', 'yes'].includes(v)) return true;
  if (['false', '0', 'no'].includes(v)) return false;
  throw new ConfigError(`${name} must be true or false, got "${value}".`);
}

const MIN_HTTP_TOKEN_LENGTH = 16;

function httpTransport(
  portValue: string | undefined,
  hostValue: string | undefined,
  token: string | undefined,
  oauth: boolean,
): HttpTransport {
  const host = hostValue ?? '127.0.0.1';
  headerSafe('httpToken', token);
  if (oauth && token !== undefined) {
    throw new ConfigError(
      'MAKE_MCP_HTTP_TOKEN and MAKE_OAUTH_CLIENT_ID are both set: choose one way for clients to sign in (unset one).',
    );
  }
  if (token !== undefined && token.length < MIN_HTTP_TOKEN_LENGTH) {
    throw new ConfigError(`MAKE_MCP_HTTP_TOKEN must be at least ${MIN_HTTP_TOKEN_LENGTH} characters long.`);
  }
  // with OAuth, each user's own sign-in is what keeps others out
  if (token === undefined && !oauth && !isLoopbackHost(host)) {
    throw new ConfigError(
      `--host ${host} is reachable from other machines: set MAKE_MCP_HTTP_TOKEN so clients must authenticate.`,
    );
  }
  return { kind: 'http', port: port(portValue), host, token };
}

const MIN_TOKEN_KEY_LENGTH = 32;

/** MAKE_OAUTH_*: undefined unless MAKE_OAUTH_CLIENT_ID is set. No value is ever echoed: each may be a secret. */
function oauthSettings(
  raw: (s: Setting) => string | undefined,
  sandbox: boolean,
  http: boolean,
  apiKey: string | undefined,
): OAuthSettings | undefined {
  const clientId = raw('oauthClientId');
  if (clientId === undefined) return undefined;
  const clientSecret = headerSafe('oauthClientSecret', raw('oauthClientSecret'));
  const fail: (message: string) => never = (message) => {
    throw new ConfigError(message);
  };
  if (!http)
    fail('MAKE_OAUTH_CLIENT_ID is set: signing in with Make needs --http (stdio serves one user, MAKE_API_KEY).');
  if (apiKey) {
    fail(
      "MAKE_API_KEY and MAKE_OAUTH_CLIENT_ID are both set: with OAuth each user's own Make token is used (unset one).",
    );
  }
  if (!clientSecret) fail('MAKE_OAUTH_CLIENT_SECRET is not set: copy it from the OAuth client registered in Make.');
  const publicUrl = raw('publicUrl');
  if (!publicUrl && !sandbox)
    fail('MAKE_MCP_PUBLIC_URL is not set: the origin clients reach, e.g. https://mcp.example.com');
  const tokenKey = raw('tokenKey');
  if (tokenKey !== undefined && tokenKey.length < MIN_TOKEN_KEY_LENGTH) {
    fail(`MAKE_MCP_TOKEN_KEY must be at least ${MIN_TOKEN_KEY_LENGTH} characters long (e.g. openssl rand -base64 32).`);
  }
  if (tokenKey === undefined && raw('redisUrl') !== undefined) {
    fail('MAKE_MCP_TOKEN_KEY is not set: with MAKE_REDIS_URL every replica needs the same key for stored Make tokens.');
  }
  return {
    clientId: headerSafe('oauthClientId', clientId)!,
    clientSecret,
    issuer: sandbox ? undefined : httpsUrl('oauthIssuer', raw('oauthIssuer') ?? 'https://www.make.com'),
    publicUrl: publicUrl === undefined ? undefined : origin('publicUrl', publicUrl),
    scopes: raw('oauthScopes')
      ?.split(/[\s,]+/)
      .filter(Boolean),
    tokenKey,
  };
}

/** Our endpoints (/mcp, /authorize, /.well-known/…) are at the root: the public URL is an origin. */
function origin(setting: Setting, value: string): string {
  const url = httpsUrl(setting, value);
  if (new URL(url).pathname !== '/') {
    throw new ConfigError(`${SETTINGS[setting][0]} must be an origin without a path, e.g. https://mcp.example.com`);
  }
  return url;
}

/** An origin (and path) without query, fragment or credentials; https, or http on loopback; no trailing slash. */
function httpsUrl(setting: Setting, value: string): string {
  const name = SETTINGS[setting][0];
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigError(`${name} is not a URL; expected e.g. https://mcp.example.com`);
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && LOOPBACK.test(url.hostname))) {
    throw new ConfigError(`${name} must use https (plain http only for localhost/127.0.0.1): "${shownUrl(url)}"`);
  }
  if (url.search || url.hash || url.username || url.password) {
    throw new ConfigError(`${name} must be a plain URL without query, fragment or credentials.`);
  }
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

export function isLoopbackHost(host: string): boolean {
  return LOOPBACK.test(host) || host === '::1';
}

function port(value: string | undefined): number {
  if (value === undefined) return 3000;
  const n = /^\d{1,5}$/.test(value) ? Number(value) : NaN;
  if (!(n <= 65535)) throw new ConfigError(`--port must be a port number from 0 to 65535, got "${value}".`);
  return n;
}

function redisUrl(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    // reported below, without echoing a value that may hold a password
  }
  if (!url || !['redis:', 'rediss:'].includes(url.protocol) || !url.hostname) {
    throw new ConfigError('MAKE_REDIS_URL must be a redis:// or rediss:// URL, e.g. redis://127.0.0.1:6379.');
  }
  return value;
}

function scenarioTools(value: string | undefined): Config['scenarioTools'] {
  if (value === undefined) return [];
  if (value.toLowerCase() === 'all') return 'all';
  const ids = value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const bad = ids.filter((id) => !/^[1-9]\d{0,15}$/.test(id));
  if (bad.length)
    throw new ConfigError(
      `MAKE_SCENARIO_TOOLS must be all or a comma list of scenario ids, got ${bad.map((b) => `"${b}"`).join(', ')}.`,
    );
  return [...new Set(ids.map(Number))];
}
