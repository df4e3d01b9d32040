// Each setting's value checked and read: a bad one is a ConfigError naming the setting, never echoing a secret.
import { closestBySpelling } from '../closest.js';
import { ConfigError, ZONES, type CatalogueNames, type Config } from './types.js';
import { SETTINGS, type Setting } from './settings.js';

/** Characters an HTTP header can carry: a token holding a line break or a space would break every request. */
export function headerSafe(setting: Setting, value: string | undefined): string | undefined {
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

export function baseUrl(zone: string | undefined, apiUrl: string | undefined): string {
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
export function toolsets(value: string | undefined, catalogue: CatalogueNames): Config['toolsets'] {
  if (value === undefined) return 'default';
  if (value.toLowerCase() === 'all') return 'all';
  const valid = ['default', ...catalogue.toolsets];
  const list = [...new Set(names(value, valid, 'MAKE_TOOLSETS', 'toolset', `Valid: all, ${valid.join(', ')}`))];
  return list.length === 1 && list[0] === 'default' ? 'default' : list;
}

/** Each unknown name is refused with the valid names spelled most like it; `more` says where the rest are. */
export function names(
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
export function positiveInt(setting: Setting, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const parsed = /^\d+$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(parsed) || parsed <= 0) {
    throw new ConfigError(`${SETTINGS[setting][0]} must be a positive whole number, got "${value}".`);
  }
  return parsed;
}

/** `name` is the environment variable or flag the value came from, for the message. */
export function bool(name: string, value: string | undefined): boolean {
  if (value === undefined || value.trim() === '') return false;
  const v = value.trim().toLowerCase();
  if (['true', '1', 'yes'].includes(v)) return true;
  if (['false', '0', 'no'].includes(v)) return false;
  throw new ConfigError(`${name} must be true or false, got "${value}".`);
}

/** Our endpoints (/mcp, /authorize, /.well-known/…) are at the root: the public URL is an origin. */
export function origin(setting: Setting, value: string): string {
  const url = httpsUrl(setting, value);
  if (new URL(url).pathname !== '/') {
    throw new ConfigError(`${SETTINGS[setting][0]} must be an origin without a path, e.g. https://mcp.example.com`);
  }
  return url;
}

/** An origin (and path) without query, fragment or credentials; https, or http on loopback; no trailing slash. */
export function httpsUrl(setting: Setting, value: string): string {
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

export function port(value: string | undefined): number {
  if (value === undefined) return 3000;
  const n = /^\d{1,5}$/.test(value) ? Number(value) : NaN;
  if (!(n <= 65535)) throw new ConfigError(`--port must be a port number from 0 to 65535, got "${value}".`);
  return n;
}

export function redisUrl(value: string | undefined): string | undefined {
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

export function scenarioTools(value: string | undefined): Config['scenarioTools'] {
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
