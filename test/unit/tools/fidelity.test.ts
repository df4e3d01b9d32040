// Every tool against Make's own API document (the OpenAPI "Web API v2 - Public", 2024-12, as extracted into the
// simulator's route table by scripts/gen-routes.mjs): what a tool can send is documented for its operation,
// what Make requires is required, types and enums agree, and every argument a tool accepts reaches the request.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { placeholdersOf, sourceOf, type Endpoint } from '../../../src/endpoint.js';
import { buildRequest } from '../../../src/http/request.js';
import { allEndpoints } from '../../../src/pipeline/select.js';
import { CONNECTION_TYPE_LIST, isJsonType } from '../../../src/simulator/engine.js';
import { MAKE_CLIENT_FIELDS } from '../../../src/simulator/make-client.js';
import { ROUTES } from '../../../src/simulator/routes.js';
import type { ParamSpec, Route } from '../../../src/simulator/types.js';
import { toolsets } from '../../../tools/index.js';
import { makeRouteOf } from '../../helpers/routes.js';
import { jsonTypeOf, sample, unwrap } from '../../helpers/zod-sample.js';

const endpoints = allEndpoints(toolsets);
const routeOf = (e: Endpoint): Route | undefined => makeRouteOf(e.route);

/** Make's own tools give these endpoints a second name, one per value of a placeholder (`…/public`, `…/private`). */
const SECOND_NAMES = [
  'sdk-apps_set-public',
  'sdk-apps_set-private',
  'sdk-modules_set-public',
  'sdk-modules_set-private',
  'sdk-endpoints_set-public',
  'sdk-endpoints_set-private',
];

/**
 * What tools send that the 2024-12 document lacks (or types otherwise) because Make's own client (@makehq/sdk
 * 1.6.10) sends it: Make's newer client, recorded here rather than passed over (src/simulator/make-client.ts).
 */
const MAKES_NEWER_CLIENT = [
  'connections_list: scopes → query:<connectionType>[]',
  'credential-requests_create: credentials → body:credentials',
  'credential-requests_create: teamId → body:teamId',
  'custom-property-structure-items_list: description → query:description',
  'custom-property-structure-items_list: id → query:id',
  'custom-property-structure-items_list: label → query:label',
  'custom-property-structure-items_list: name → query:name',
  'custom-property-structure-items_list: required → query:required',
  'custom-property-structure-items_list: type → query:type',
  'custom-roles_create: category → body:category',
  'folders_create: parentId → body:parentId',
  'folders_list: childrenDepth → query:childrenDepth',
  'folders_list: parentId → query:parentId',
  'folders_update: parentId → body:parentId',
  'functions_update: name → body:name',
  'hooks_create: data → body:*',
  'hooks_create: header → body:header',
  'hooks_create: method → body:method',
  'hooks_create: stringify → body:stringify',
  'hooks_create: teamId → body:teamId',
  'hooks_create: useDefaults → query:useDefaults',
  'hooks_list: teamId → query:teamId',
  'roles_list: excludeRole → query:excludeRole[]',
  'roles_list: organizationId → query:organizationId',
  'roles_list: roleId → query:roleId',
  'roles_list: teamId → query:teamId',
  'scenarios_run: callbackUrl → body:callbackUrl',
  'sdk-apps_create: audience → body:audience',
  'sdk-apps_update: audience → body:audience',
  'sdk-modules_create: moduleInitMode → body:moduleInitMode',
  'sdk-rpcs_update: altConnection → body:altConnection',
  'sdk-rpcs_update: connection → body:connection',
  'teams_create: transferLimit → body:transferLimit',
  'teams_list: includePrivateSpaces → query:includePrivateSpaces',
];
const newerClientSeen: string[] = [];

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
    const spread = key === e.spread && request.body ? unwrap(schema) : undefined; // else spread into the query
    if (spread instanceof z.ZodObject) for (const field of Object.keys(spread.shape)) sent.push(`body:${field}`);
    else if (spread) sent.push('body:*');
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
  const ours =
    s instanceof z.ZodEnum
      ? s.options
      : s instanceof z.ZodArray && unwrap(s.element) instanceof z.ZodEnum
        ? (unwrap(s.element) as z.ZodEnum<[string]>).options
        : null;
  const theirs = doc.type === 'array' ? doc.itemsEnum : doc.enum;
  return !ours || !theirs || ours.every((v: string) => theirs.map(String).includes(v));
}

describe("fidelity to Make's API document", () => {
  it("reaches a Make route with every tool, and each route with exactly one tool besides Make's second names", () => {
    const seen = new Map<string, string>();
    for (const e of endpoints) {
      const route = routeOf(e);
      expect(route, `${e.name}: ${e.route} is not a Make route`).toBeDefined();
      if (SECOND_NAMES.includes(e.name)) continue;
      expect(seen.get(route!.key), `${route!.key} has two tools`).toBeUndefined();
      seen.set(route!.key, e.name);
    }
    for (const name of SECOND_NAMES)
      expect(
        endpoints.some((e) => e.name === name),
        name,
      ).toBe(true);
  });

  it("adds Make's newer client fields only to routes of the document's table", () => {
    for (const key of Object.keys(MAKE_CLIENT_FIELDS))
      expect(
        ROUTES.some((r) => r.key === key),
        key,
      ).toBe(true);
  });

  it('declares a source other than the document exactly for the tools whose operation the document lacks', () => {
    const wrong = endpoints
      .filter((e) => routeOf(e) && routeOf(e)!.documented !== (sourceOf(e) === 'openapi-2024-12'))
      .map((e) => `${e.name}: ${sourceOf(e)}, documented: ${routeOf(e)!.documented}`);
    expect(wrong).toEqual([]);
  });

  it('asks for the scope Make documents for each operation', () => {
    const wrong = endpoints
      .filter((e) => routeOf(e) && routeOf(e)!.scope !== e.scope)
      .map((e) => `${e.name}: ${e.scope}, Make: ${routeOf(e)!.scope}`);
    expect(wrong).toEqual([]);
  });

  for (const e of endpoints) {
    const route = routeOf(e);
    if (!route) continue;
    it(`${e.name} sends only documented parameters, requires what Make requires, and sends every argument`, () => {
      const problems: string[] = [];
      const where = destinations(e);
      const requiredInputs = new Set(
        Object.entries(e.input)
          .filter(([, s]) => !s.isOptional())
          .map(([k]) => k),
      );
      const senderOf = new Map<string, string>(); // 'query:teamId' → input key
      for (const [key, sent] of Object.entries(where)) {
        if (sent.length === 0) problems.push(`${key}: accepted but never sent`);
        for (const dest of sent) {
          senderOf.set(dest, key);
          const [kind, name] = [dest.slice(0, dest.indexOf(':')), dest.slice(dest.indexOf(':') + 1)];
          if (kind === 'query') {
            const docName = name in route.query || !name.endsWith('[]') ? name : CONNECTION_TYPE_LIST; // google[] is a <connectionType>[]
            const doc = route.query[docName];
            if (doc?.makeClient) newerClientSeen.push(`${e.name}: ${key} → query:${docName}`);
            const spreadRecord = key === e.spread ? unwrap(e.input[key]) : undefined;
            const schema = spreadRecord instanceof z.ZodRecord ? spreadRecord.valueSchema : e.input[key]; // each entry is a parameter
            if (!doc) problems.push(`${key}: sent as query ${name}, which the document does not list`);
            else {
              if (!typeAgrees(doc, schema, true))
                problems.push(`${key}: ${jsonTypeOf(e.input[key])}, the document says ${doc.type}`);
              if (!enumAgrees(doc, e.input[key])) problems.push(`${key}: values outside the document's enum`);
            }
          } else if (kind === 'body') {
            if (!route.body) problems.push(`${key}: sent in a body, but the operation takes none`);
            else if (name === '*') {
              if (Object.values(route.body.fields).some((f) => f.makeClient))
                newerClientSeen.push(`${e.name}: ${key} → body:*`);
              if (!route.body.open) problems.push(`${key}: spreads free-form fields into a body the document closes`);
            } else {
              const doc = route.body.fields[name];
              if (doc?.makeClient) newerClientSeen.push(`${e.name}: ${key} → body:${name}`);
              if (!doc && !route.body.open)
                problems.push(`${key}: sent as body field ${name}, which the document does not list`);
              if (doc && !typeAgrees(doc, e.input[key], false))
                problems.push(`${key}: ${jsonTypeOf(e.input[key])}, the document says ${doc.type}`);
              if (doc && !enumAgrees(doc, e.input[key])) problems.push(`${key}: values outside the document's enum`);
            }
          }
        }
      }
      const required = [
        ...Object.entries(route.query)
          .filter(([, d]) => d.required)
          .map(([n]) => `query:${n}`),
        ...Object.entries(route.body?.fields ?? {})
          .filter(([, d]) => d.required)
          .map(([n]) => `body:${n}`),
      ];
      for (const dest of required) {
        const key = senderOf.get(dest);
        if (!key) problems.push(`${dest} is required by Make but no input sends it`);
        else if (!requiredInputs.has(key)) problems.push(`${key} is optional, but Make requires ${dest}`);
      }
      if (route.confirmParam && !e.makeConfirmFlag)
        problems.push(`Make's own flag ${route.confirmParam} is not declared as makeConfirmFlag`);
      const textType =
        route.body?.contentType && !isJsonType(route.body.contentType) ? route.body.contentType : undefined;
      if (textType !== e.textBody?.contentType)
        problems.push(`body is ${e.textBody?.contentType ?? 'JSON'}, Make's is ${textType ?? 'JSON'}`);
      const ourSegments = e.route.split(' ')[1].split('/').slice(1);
      for (const [name, spec] of Object.entries(route.pathParams ?? {})) {
        const at = route.segments.findIndex((s) => s.param === name);
        const ours = unwrap(e.input[ourSegments[at].replace(/^\{(.*)\}$/, '$1')]);
        const values = ours instanceof z.ZodEnum ? (ours.options as string[]) : null;
        if (!values || !values.every((v) => spec.enum.map(String).includes(v)))
          problems.push(`${name}: must be an enum within ${spec.enum.join('|')}`);
      }
      expect(problems, e.name).toEqual([]);
    });
  }

  it("records every field taken from Make's newer client", () => {
    expect([...new Set(newerClientSeen)].sort()).toEqual(MAKES_NEWER_CLIENT);
  });
});
