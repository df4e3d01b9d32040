// Turns a declaration and validated arguments into the exact HTTP request. Pure.
import { methodOf, pathOf, type EndpointData, type Method } from '../endpoint.js';
import { encodeQuery, type QueryValue } from './query.js';

export interface MakeRequest {
  method: Method;
  /** Path below the API base, every segment encoded, plus the query string: '/connections/5?cols%5B%5D=id'. */
  path: string;
  /** A JSON body, or text sent as it is with `contentType` (a declaration's textBody). */
  body?: Record<string, unknown> | string;
  contentType?: string;
}

/** Encodes one path segment so no value can add segments, climb ('..') or start a query. */
export function encodeSegment(value: unknown): string {
  const text = String(value);
  if (text === '' || text === '.' || text === '..') {
    throw new Error(`"${text}" is not a valid id`);
  }
  return encodeURIComponent(text);
}

export function buildRequest(endpoint: EndpointData, args: Record<string, unknown>): MakeRequest {
  const method = methodOf(endpoint.route);
  const used = new Set<string>();
  const path = pathOf(endpoint.route).replace(/\{([^}]+)\}/g, (_, name: string) => {
    used.add(name);
    if (args[name] === undefined) throw new Error(`Missing path parameter ${name}`);
    return encodeSegment(args[name]);
  });

  // POST/PUT/PATCH send inputs in the body unless declared `query`; GET/DELETE in the query unless declared `body`.
  const bodyMethod = (method === 'POST' || method === 'PUT' || method === 'PATCH') && !endpoint.textBody;
  const inBody = (key: string) => (bodyMethod ? !endpoint.query?.includes(key) : endpoint.body?.includes(key) === true);
  // Stryker disable next-line ArrayDeclaration: a default holding one made-up name matches no input, just like the empty default
  const asText = new Set<string>(endpoint.jsonText ?? []);
  const query: Record<string, QueryValue> = {};
  let body: Record<string, unknown> | undefined = bodyMethod || endpoint.body?.length ? {} : undefined;
  let spreadQuery: Record<string, QueryValue> = {};

  for (const [key, value] of Object.entries(args)) {
    if (used.has(key) || value === undefined || key === endpoint.textBody?.input) continue;
    if (key === endpoint.spread && !bodyMethod) {
      spreadQuery = value as Record<string, QueryValue>;
    } else if (key === endpoint.spread) {
      body = { ...(value as Record<string, unknown>), ...body };
    } else if (body && inBody(key)) {
      body[key] = asText.has(key) && typeof value !== 'string' ? JSON.stringify(value) : value;
    } else {
      query[endpoint.queryNames?.[key] ?? key] = value as QueryValue;
    }
  }
  const qs = encodeQuery({ ...spreadQuery, ...query }, new Set(Object.values(endpoint.queryNames ?? {}) as string[]));
  const target = qs ? `${path}?${qs}` : path;
  if (endpoint.textBody) {
    return {
      method,
      path: target,
      body: String(args[endpoint.textBody.input] ?? ''),
      contentType: endpoint.textBody.contentType,
    };
  }
  return { method, path: target, ...(body ? { body } : {}) };
}
