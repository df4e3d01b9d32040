// The configuration's types, and the one error any bad setting is reported as.

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
