// Start-up: the Make client, what Make says of the token and the organization (scopes, rate limit), the shared
// Redis limiter, and the tools; then one line on stderr saying what is served.
import { MakeClient, type ClientOptions } from '../http/client.js';
import { discoverRateLimit, discoverScopes } from '../discovery.js';
import { SEARCH_TOOL } from '../catalogue/names.js';
import { SCENARIO_TOOL_PREFIX } from '../scenario-runs/from-interface.js';
import type { Config } from '../config/types.js';
import { ToolHost, type DeclarationsGiven, type HostOptions } from './tool-host.js';

/**
 * Everything between configuration and transport: the Make client, what Make says of the token and the
 * organization (scopes, rate limit), and the tools. Each transport makes its MCP servers with host.newServer()
 * (stdio one, HTTP one per request). `log` gets human-readable lines for stderr.
 */
export interface StartOptions extends DeclarationsGiven {
  config: Config;
  log: (line: string) => void;
  /** Client settings that replace those from the configuration (tests: shorter retries). */
  clientOverrides?: Partial<ClientOptions>;
  host?: HostOptions;
}

export async function startMakeServer({
  config,
  toolsets,
  about,
  defaultTools,
  log,
  clientOverrides = {},
  host: hostOptions = {},
}: StartOptions): Promise<{ host: ToolHost; client: MakeClient }> {
  // with MAKE_REDIS_URL only: a server counting its own requests never loads the shared limiter
  const redis = config.redisUrl ? await import('../http/shared-rate-limit.js') : undefined;
  const client = new MakeClient({
    baseUrl: config.baseUrl,
    apiKey: config.apiKey,
    readOnly: config.readOnly,
    rateLimit: config.rateLimit,
    maxWaitMs: config.maxWaitSeconds * 1000,
    callTimeoutMs: config.timeoutSeconds * 1000,
    limiter: redis && sharedLimiter(redis, config, log),
    ...clientOverrides,
  });

  const scopes = config.scopes ?? (await discoverScopes(client));
  if (!scopes)
    log(
      "warning: could not read the token's scopes from Make; listing every selected tool (Make still enforces scopes)",
    );
  client.scopes = scopes ? new Set(scopes) : null;

  if (config.rateLimit === undefined && config.organization !== undefined) {
    const limit = await discoverRateLimit(client, config.organization);
    if (limit) client.limiter.setLimit(limit);
  }

  const host = new ToolHost({ config, client, toolsets, about, defaultTools, log, ...hostOptions });
  if (host.scenarios.enabled) {
    await host.scenarios.refresh();
    log(`${host.scenarios.size} scenario tools (${SCENARIO_TOOL_PREFIX}<id>) listed`);
  }
  const hidden = host.hiddenByScope ? `; ${host.hiddenByScope} hidden because the token lacks their scopes` : '';
  const searchable = host.catalogueSize ? `, ${host.catalogueSize} reachable through ${SEARCH_TOOL}` : '';
  const shared = redis && config.redisUrl ? `, shared through Redis at ${redis.redactRedisUrl(config.redisUrl)}` : '';
  log(
    `${host.listed} tools listed${searchable}${hidden}; rate limit ${client.limiter.limit} requests/minute${shared}${config.readOnly ? '; read-only' : ''}`,
  );
  return { host, client };
}

/** With MAKE_REDIS_URL, one window per organization shared by every replica; else the client's own. */
function sharedLimiter(
  redis: typeof import('../http/shared-rate-limit.js'),
  config: Config,
  log: (line: string) => void,
): ClientOptions['limiter'] {
  const url = config.redisUrl;
  if (!url) return undefined;
  const key = redis.rateLimitKey(config.baseUrl, config.organization, config.apiKey);
  return (options) => new redis.SharedRateLimiter(options, { url, key, log });
}
