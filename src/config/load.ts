// Environment and flags → one typed configuration. Any bad value is one readable ConfigError.
import { ConfigError, type CatalogueNames, type Config, type HttpTransport, type OAuthSettings } from './types.js';
import { parseFlags, SETTINGS, type Setting } from './settings.js';
import {
  baseUrl,
  bool,
  headerSafe,
  httpsUrl,
  isLoopbackHost,
  names,
  origin,
  port,
  positiveInt,
  redisUrl,
  scenarioTools,
  toolsets,
} from './values.js';

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
