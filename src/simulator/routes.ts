// The simulator's route table: every Make API v2 operation that make-mcp exposes as a tool, as Make documents it.
// routes.json is generated once from the endpoint inventory and Make's OpenAPI document
// (see scripts/gen-routes.mjs) and committed; it is the only source used at run time (and by the fidelity test).
import { MAKE_CLIENT_FIELDS, type MakeClientFields } from './make-client.js';
import routeRows from './routes.json' with { type: 'json' };
import type { Route, RouteMatch, RouteRow } from './types.js';

const SCOPE_RE = /^[a-z][a-z-]*:[a-z]+$/;

/** A real scope name ('connections:read'), or null for 'none (any valid token)', 'unknown', ''. */
export function normalizeScope(raw: string): string | null {
  const s = raw.trim();
  return SCOPE_RE.test(s) ? s : null;
}

/** The route with the parameters Make's own client adds (make-client.ts), each marked as such. */
function withMakeClient(row: RouteRow, added: MakeClientFields | undefined): RouteRow {
  if (!added) return row;
  const mark = (specs: MakeClientFields['query']) =>
    Object.fromEntries(
      Object.entries(specs ?? {}).map(([name, spec]) => [
        name,
        { required: false, ...spec, makeClient: true as const },
      ]),
    );
  const body = row.body ?? { contentType: 'application/json', fields: {}, open: false };
  return {
    ...row,
    query: { ...row.query, ...mark(added.query) },
    ...(added.body || added.openBody
      ? {
          body: {
            ...body,
            fields: { ...body.fields, ...mark(added.body) },
            open: body.open || added.openBody === true,
          },
        }
      : {}),
  };
}

function compile(document: RouteRow): Route {
  const row = withMakeClient(document, MAKE_CLIENT_FIELDS[`${document.method.toUpperCase()} ${document.path}`]);
  const parts = row.path.split('/').slice(1);
  const { path, scope, ...facts } = row;
  return {
    ...facts,
    method: row.method.toUpperCase(),
    template: path,
    key: `${row.method.toUpperCase()} ${row.path}`,
    scope: normalizeScope(scope),
    segments: parts.map((p) => {
      const m = /^\{(.+)\}$/.exec(p);
      return m ? { literal: null, param: m[1] } : { literal: p, param: null };
    }),
  };
}

export const ROUTES: Route[] = (routeRows as unknown as RouteRow[]).map(compile);

/** Every scope that appears in the route table, sorted. */
export const ROUTE_SCOPES: string[] = [
  ...new Set(ROUTES.map((r) => r.scope).filter((s): s is string => s !== null)),
].sort();

/**
 * Splits the raw path (still percent-encoded, without the /api/v2 prefix and the query) on '/',
 * then decodes each segment on its own, so an encoded '%2F' stays inside its segment.
 * Returns null when a segment is not valid percent-encoding.
 */
export function splitRawPath(rawPath: string): string[] | null {
  const parts = rawPath.split('/').slice(1);
  const out: string[] = [];
  for (const p of parts) {
    try {
      out.push(decodeURIComponent(p));
    } catch {
      return null;
    }
  }
  return out;
}

function matchSegments(route: Route, segs: string[]): Record<string, string> | null {
  if (route.segments.length !== segs.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < segs.length; i++) {
    const t = route.segments[i];
    const s = segs[i];
    if (t.literal !== null) {
      if (t.literal !== s) return null;
    } else {
      if (s === '') return null; // a parameter never matches an empty segment
      params[t.param as string] = s;
    }
  }
  return params;
}

/** Literal segments beat parameters, compared from the left. Negative when a is more specific. */
function compareSpecificity(a: Route, b: Route): number {
  for (let i = 0; i < a.segments.length; i++) {
    const la = a.segments[i].literal !== null ? 0 : 1;
    const lb = b.segments[i].literal !== null ? 0 : 1;
    if (la !== lb) return la - lb;
  }
  return 0;
}

/** Finds the route for a method and decoded segments (see splitRawPath). */
export function matchRoute(method: string, segs: string[]): RouteMatch | null {
  const m = method.toUpperCase();
  let best: RouteMatch | null = null;
  for (const route of ROUTES) {
    if (route.method !== m) continue;
    const params = matchSegments(route, segs);
    if (!params) continue;
    if (!best || compareSpecificity(route, best.route) < 0) best = { route, params };
  }
  return best;
}
