// Every tool against Make's own API document (the OpenAPI "Web API v2 - Public", 2024-12, as extracted into the
// simulator's route table by src/simulator/gen-routes.mjs): what a tool can send is documented for its operation,
// what Make requires is required, types and enums agree, and every argument a tool accepts reaches the request.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { placeholdersOf, type Endpoint } from '../../src/endpoint.js';
import { buildRequest } from '../../src/http/request.js';
import { allEndpoints } from '../../src/registry.js';
import { ROUTES, type ParamSpec, type Route } from '../../src/simulator/routes.js';
import { toolsets } from '../../tools/index.js';
import { jsonTypeOf, sample, unwrap } from '../helpers/zod-sample.js';

const endpoints = allEndpoints(toolsets);
const routeOf = (e: Endpoint): Route | undefined => ROUTES.find((r) => r.key === e.route);

/**
 * Tools whose operation is not in Make's OpenAPI document; their parameters come from the endpoint inventory
 * (Make's own client). Each with the reason.
 */
const NOT_IN_DOCUMENT: Record<string, string> = {
  'data-stores_delete': 'deleting one data store by id is used by Make\'s client; the document only has the bulk DELETE /data-stores',
  'connected-system_list-apps': 'newer than the 2024-12 document; used by Make\'s client',
  'custom-roles_delete-by-id': 'the id-in-path form used by Make\'s client; the document has DELETE /users/custom-roles',
  'custom-roles_update-by-id': 'the id-in-path form used by Make\'s client; the document has PATCH /users/custom-roles',
};

/** Where each input goes when set alone: 'query:cols[]', 'body:name', 'path', or 'body:*' for a spread object. */
function destinations(e: Endpoint): Record<string, string[]> {
  const path = Object.fromEntries(placeholdersOf(e.route).map((p) => [p, sample(e.input[p])]));
  const out: Record<string, string[]> = {};
  for (const [key, schema] of Object.entries(e.input)) {
    if (key in path) {
      out[key] = ['path'];
      continue;
    }
    const request = buildRequest(e, { ...path, [key]: sample(schema) });
    const query = new URLSearchParams(request.path.split('?')[1] ?? '');
    const sent = [...new Set([...query.keys()].map((q) => `query:${q}`))];
    if (key === e.spread) sent.push('body:*');
    else for (const field of Object.keys(request.body ?? {})) sent.push(`body:${field}`);
    out[key] = sent;
  }
  return out;
}

function typeAgrees(doc: ParamSpec, schema: z.ZodTypeAny, inQuery: boolean): boolean {
  if (!doc.type) return true;
  const ours = jsonTypeOf(schema);
  if (ours === 'mixed') return true;
  if (inQuery && doc.type === 'array') return ours === 'array';
  if (doc.type === 'number') return ours === 'number' || ours === 'integer';
  return ours === doc.type || (doc.type === 'string' && ours === 'object'); // jsonText: an object sent as text
}

function enumAgrees(doc: ParamSpec, schema: z.ZodTypeAny): boolean {
  const s = unwrap(schema);
  const ours = s instanceof z.ZodEnum ? s.options : s instanceof z.ZodArray && unwrap(s.element) instanceof z.ZodEnum ? (unwrap(s.element) as z.ZodEnum<[string]>).options : null;
  const theirs = doc.type === 'array' ? doc.itemsEnum : doc.enum;
  return !ours || !theirs || ours.every((v: string) => theirs.map(String).includes(v));
}

describe('fidelity to Make\'s API document', () => {
  it('reaches a Make route with every tool, and each route with exactly one tool', () => {
    const seen = new Map<string, string>();
    for (const e of endpoints) {
      expect(routeOf(e), `${e.name}: ${e.route} is not a Make route`).toBeDefined();
      expect(seen.get(e.route), `${e.route} has two tools`).toBeUndefined();
      seen.set(e.route, e.name);
    }
  });

  it('lists as known exceptions exactly the tools whose operation the document lacks', () => {
    const undocumented = endpoints.filter((e) => routeOf(e)?.documented === false).map((e) => e.name).sort();
    expect(undocumented).toEqual(Object.keys(NOT_IN_DOCUMENT).filter((n) => endpoints.some((e) => e.name === n)).sort());
  });

  for (const e of endpoints) {
    const route = routeOf(e);
    if (!route) continue;
    it(`${e.name} sends only documented parameters, requires what Make requires, and sends every argument`, () => {
      const problems: string[] = [];
      const where = destinations(e);
      const requiredInputs = new Set(Object.entries(e.input).filter(([, s]) => !s.isOptional()).map(([k]) => k));
      const senderOf = new Map<string, string>(); // 'query:teamId' → input key
      for (const [key, sent] of Object.entries(where)) {
        if (sent.length === 0) problems.push(`${key}: accepted but never sent`);
        for (const dest of sent) {
          senderOf.set(dest, key);
          const [kind, name] = [dest.slice(0, dest.indexOf(':')), dest.slice(dest.indexOf(':') + 1)];
          if (kind === 'query') {
            const doc = route.query[name];
            if (!doc) problems.push(`${key}: sent as query ${name}, which the document does not list`);
            else {
              if (!typeAgrees(doc, e.input[key], true)) problems.push(`${key}: ${jsonTypeOf(e.input[key])}, the document says ${doc.type}`);
              if (!enumAgrees(doc, e.input[key])) problems.push(`${key}: values outside the document's enum`);
            }
          } else if (kind === 'body') {
            if (!route.body) problems.push(`${key}: sent in a body, but the operation takes none`);
            else if (name === '*') {
              if (!route.body.open) problems.push(`${key}: spreads free-form fields into a body the document closes`);
            } else {
              const doc = route.body.fields[name];
              if (!doc && !route.body.open) problems.push(`${key}: sent as body field ${name}, which the document does not list`);
              if (doc && !typeAgrees(doc, e.input[key], false)) problems.push(`${key}: ${jsonTypeOf(e.input[key])}, the document says ${doc.type}`);
              if (doc && !enumAgrees(doc, e.input[key])) problems.push(`${key}: values outside the document's enum`);
            }
          }
        }
      }
      const required = [
        ...Object.entries(route.query).filter(([, d]) => d.required).map(([n]) => `query:${n}`),
        ...Object.entries(route.body?.fields ?? {}).filter(([, d]) => d.required).map(([n]) => `body:${n}`),
      ];
      for (const dest of required) {
        const key = senderOf.get(dest);
        if (!key) problems.push(`${dest} is required by Make but no input sends it`);
        else if (!requiredInputs.has(key)) problems.push(`${key} is optional, but Make requires ${dest}`);
      }
      if (route.confirmParam && !e.makeConfirmFlag) problems.push(`Make's own flag ${route.confirmParam} is not declared as makeConfirmFlag`);
      expect(problems, e.name).toEqual([]);
    });
  }
});
