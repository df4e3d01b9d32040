// Every tool against Make's own API document (the OpenAPI "Web API v2 - Public", 2024-12, as extracted into the
// simulator's route table by src/simulator/gen-routes.mjs): what a tool can send is documented for its operation,
// what Make requires is required, types and enums agree, and every argument a tool accepts reaches the request.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { placeholdersOf, type Endpoint } from '../../src/endpoint.js';
import { buildRequest } from '../../src/http/request.js';
import { allEndpoints } from '../../src/registry.js';
import { isJsonType } from '../../src/simulator/engine.js';
import { ROUTES, type ParamSpec, type Route } from '../../src/simulator/routes.js';
import { toolsets } from '../../tools/index.js';
import { jsonTypeOf, sample, unwrap } from '../helpers/zod-sample.js';

const endpoints = allEndpoints(toolsets);
const routeOf = (e: Endpoint): Route | undefined => ROUTES.find((r) => r.key === e.route);

// Why an operation can be missing from the 2024-12 document: the inventory has it from Make's later reference,
// or only Make's own client uses it. Either way its parameters come from the inventory.
const NEWER = 'in Make\'s API reference after the 2024-12 document';
const SDK = 'used by Make\'s own client; not in Make\'s published document';

/** The routes whose operation the document lacks, each with the reason: the known exceptions of this test. */
const NOT_IN_DOCUMENT: Record<string, string> = {
  'GET /audit-logs/{organizationId}/{uuid}': NEWER,
  'GET /consumptions/reports/{organizationId}/{teamId}': NEWER,
  'DELETE /data-stores/{dataStoreId}': SDK,
  'POST /dlqs/{dlqId}/retry': NEWER,
  'POST /dlqs/retry': NEWER,
  'GET /enums/connected-system-apps': SDK,
  'GET /enums/llm-builtin-tiers': NEWER,
  'GET /enums/llm-models': NEWER,
  'GET /enums/us-states': NEWER,
  'GET /llm-usage/{organizationId}': NEWER,
  'GET /organizations/{organizationId}/check-team-permission': NEWER,
  'GET /organizations/{organizationId}/feature-controls': NEWER,
  'PATCH /organizations/{organizationId}/feature-controls': NEWER,
  'GET /organizations/{organizationId}/managed-organizations': NEWER,
  'POST /organizations/{organizationId}/managed-organizations': NEWER,
  'GET /organizations/{organizationId}/managed-organizations-consumption': NEWER,
  'PATCH /organizations/{organizationId}/managed-organizations/{childOrganizationId}': NEWER,
  'GET /organizations/{organizationId}/private-spaces-settings': NEWER,
  'PATCH /organizations/{organizationId}/private-spaces-settings': NEWER,
  'POST /organizations/{organizationId}/scenarios/executions/io-data/counts': NEWER,
  'POST /organizations/{organizationId}/scenarios/executions/io-data/search': NEWER,
  'POST /organizations/{organizationId}/scenarios/executions/modules/io-data/counts': NEWER,
  'POST /organizations/{organizationId}/scenarios/executions/search': NEWER,
  'PATCH /organizations/{organizationId}/tfa-enforcement': NEWER,
  'GET /scenarios/{scenarioId}/consumption-overview': NEWER,
  'GET /scenarios/{scenarioId}/executions/{executionId}': NEWER,
  'POST /scenarios/{scenarioId}/executions/{executionId}/stop': NEWER,
  'GET /scenarios/{scenarioId}/logs/{executionId}/p': NEWER,
  'GET /scenarios/{scenarioId}/modules/{moduleId}/logs': NEWER,
  'GET /scenarios/{scenarioId}/modules/operations': NEWER,
  'DELETE /scenarios/{scenarioId}/recovery': NEWER,
  'GET /scenarios/{scenarioId}/recovery': NEWER,
  'PUT /scenarios/{scenarioId}/recovery': NEWER,
  'POST /scenarios/{scenarioId}/replay': NEWER,
  'GET /scenarios/ai-agents': NEWER,
  'GET /scenarios/logs': NEWER,
  'POST /scenarios/modules/consumptions': NEWER,
  'GET /scenarios/replayable-executions/{scenarioId}': NEWER,
  'PATCH /teams/{teamId}': NEWER,
  'GET /teams/{teamId}/feature-controls': NEWER,
  'GET /teams/{teamId}/llm-configuration': NEWER,
  'PATCH /teams/{teamId}/llm-configuration': NEWER,
  'DELETE /users': NEWER,
  'GET /users/by-permission': NEWER,
  'DELETE /users/custom-roles': NEWER,
  'PATCH /users/custom-roles': NEWER,
  'POST /users/custom-roles': NEWER,
  'DELETE /users/custom-roles/{roleId}': SDK,
  'PATCH /users/custom-roles/{roleId}': SDK,
  'GET /users/me/current-authorization': NEWER,
  'GET /users/me/onboarding-survey': NEWER,
  'POST /users/me/onboarding-survey': NEWER,
  'GET /users/me/pinned-apps': NEWER,
  'POST /users/me/pinned-apps': NEWER,
  'DELETE /users/me/pinned-apps/{appName}': NEWER,
  'POST /users/me/pinned-apps/{appName}/modules': NEWER,
  'DELETE /users/me/pinned-apps/{appName}/modules/{moduleName}': NEWER,
  'GET /users/roles/{roleId}': NEWER,
  'GET /users/roles/permissions': NEWER,
  'POST /users/set-ui-settings': NEWER,
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
    if (key === e.textBody?.input) {
      out[key] = ['text'];
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
    const undocumented = endpoints.filter((e) => routeOf(e)?.documented === false).map((e) => e.route).sort();
    expect(undocumented).toEqual(Object.keys(NOT_IN_DOCUMENT).filter((r) => endpoints.some((e) => e.route === r)).sort());
  });

  it('asks for the scope Make documents for each operation', () => {
    const wrong = endpoints.filter((e) => routeOf(e) && routeOf(e)!.scope !== e.scope).map((e) => `${e.name}: ${e.scope}, Make: ${routeOf(e)!.scope}`);
    expect(wrong).toEqual([]);
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
      const textType = route.body?.contentType && !isJsonType(route.body.contentType) ? route.body.contentType : undefined;
      if (textType !== e.textBody?.contentType) problems.push(`body is ${e.textBody?.contentType ?? 'JSON'}, Make's is ${textType ?? 'JSON'}`);
      for (const [name, spec] of Object.entries(route.pathParams ?? {})) {
        const ours = unwrap(e.input[name]);
        const values = ours instanceof z.ZodEnum ? (ours.options as string[]) : null;
        if (!values || !values.every((v) => spec.enum.map(String).includes(v))) problems.push(`${name}: must be an enum within ${spec.enum.join('|')}`);
      }
      expect(problems, e.name).toEqual([]);
    });
  }
});
