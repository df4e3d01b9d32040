// Reading a request to the simulated API: its target, its credentials and its body, before anything is checked.
import type { IncomingMessage } from 'node:http';
import { matchRoute, splitRawPath } from './routes.js';
import type { RouteMatch } from './types.js';

/** Where Make serves API v2; anything else goes to the plugin (the OAuth server) or is no route. */
export const BASE = '/api/v2';

export interface Target {
  method: string;
  /** The path as sent, still percent-encoded. */
  rawPath: string;
  query: [string, string][];
}

export function readTarget(req: IncomingMessage): Target {
  const method = (req.method ?? 'GET').toUpperCase();
  const rawUrl = req.url ?? '/';
  const qi = rawUrl.indexOf('?');
  return {
    method,
    rawPath: qi < 0 ? rawUrl : rawUrl.slice(0, qi),
    query: [...new URLSearchParams(qi < 0 ? '' : rawUrl.slice(qi + 1))],
  };
}

export function isApiPath(rawPath: string): boolean {
  return rawPath.startsWith(BASE + '/');
}

/** The token sent: an API token as `Token …`, an OAuth access token as `Bearer …`. */
export function readCredentials(req: IncomingMessage): { token: string | null; bearer: boolean } {
  const auth = req.headers.authorization;
  const m = typeof auth === 'string' ? /^(Token|Bearer)\s+(\S+)\s*$/i.exec(auth) : null;
  return { token: m ? m[2] : null, bearer: m !== null && m[1].toLowerCase() === 'bearer' };
}

export interface SentBody {
  /** JSON parsed; a text body (jsonc section, code, readme) byte for byte; the raw text when JSON does not parse. */
  body: unknown;
  badJson: boolean;
  /** The content type sent, without parameters (JSON when none). */
  contentType: string;
  empty: boolean;
}

export async function readBody(req: IncomingMessage): Promise<SentBody> {
  const raw = await new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
  const contentType = String(req.headers['content-type'] ?? 'application/json')
    .split(';')[0]
    .trim()
    .toLowerCase();
  if (!raw.length) return { body: undefined, badJson: false, contentType, empty: true };
  const text = raw.toString('utf8');
  if (contentType !== 'application/json') return { body: text, badJson: false, contentType, empty: false };
  try {
    return { body: JSON.parse(text) as unknown, badJson: false, contentType, empty: false };
  } catch {
    return { body: text, badJson: true, contentType, empty: false };
  }
}

/** The API route a request names, or null (outside the API, a segment that does not decode, no such route). */
export function matchApiRoute(method: string, rawPath: string): RouteMatch | null {
  if (!isApiPath(rawPath)) return null;
  const segs = splitRawPath(rawPath.slice(BASE.length));
  return segs ? matchRoute(method, segs) : null;
}
