// Where each setting comes from (its environment variable and flag), the flags read from argv, and --help.
import { ConfigError, ZONES } from './types.js';

/** Each setting: its environment name, its flag, and one line of help. */
export const SETTINGS = {
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
export type Setting = keyof typeof SETTINGS;

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

export function parseFlags(argv: readonly string[]): Map<string, string> {
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
