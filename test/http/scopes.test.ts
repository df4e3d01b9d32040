// Scope names as real tokens carry them: Make's list of token scopes (Make's "Make roles and API scopes" page)
// spells some scopes otherwise than Make's OpenAPI document, which the declarations follow. A tool's scope is met by
// any spelling; where the documents disagree that a scope exists (audit logs), the tool stays listed and Make's 403
// is explained.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Config } from '../../src/config/types.js';
import { describeFailure } from '../../src/errors.js';
import { listTools } from '../../src/tools-command.js';
import { allEndpoints } from '../../src/pipeline/select.js';
import { DISPUTED_SCOPES, SAME_SCOPE, grants, spellingsOf } from '../../src/scopes.js';
import { ROUTE_SCOPES, ROUTES } from '../../src/simulator/routes.js';
import { defaultTools, toolsets } from '../../tools/index.js';
import { startHarness, type Harness } from '../helpers/harness.js';
import { makeRouteOf } from '../helpers/routes.js';

/** Make's list of token scopes, as its documentation gives it (names only). */
const MAKES_SCOPE_LIST = [
  'admin:read',
  'admin:write',
  'apps:read',
  'apps:write',
  'system:read',
  'system:write',
  'connections:read',
  'connections:write',
  'custom-property-structures:read',
  'custom-property-structures:write',
  'datastores:read',
  'datastores:write',
  'devices:read',
  'devices:write',
  'dlqs:read',
  'dlqs:write',
  'functions:read',
  'functions:write',
  'hooks:read',
  'hooks:write',
  'keys:read',
  'keys:write',
  'notifications:read',
  'notifications:write',
  'organizations:read',
  'organizations:write',
  'organizations-variables:read',
  'organizations-variables:write',
  'scenarios:read',
  'scenarios:write',
  'scenarios:run',
  'sdk-apps:read',
  'sdk-apps:write',
  'teams:read',
  'teams:write',
  'teams-variables:read',
  'team-variables:write',
  'templates:read',
  'templates:write',
  'udts:read',
  'udts:write',
  'user:read',
  'user:write',
];

/** Scopes of features newer than that list (Make's document and client name them; tokens for them carry them). */
const NEWER_FEATURES = [
  'agents:read',
  'agents:write',
  'ai-agents:read',
  'ai-agents:write',
  'analytics:read',
  'credential-requests:read',
  'credential-requests:write',
  'private-spaces:read',
  'private-spaces:write',
];

/** The inventory's operations found only in Make's own client, not in Make's published reference. */
const ONLY_IN_MAKES_CLIENT = new Set([
  'DELETE /data-stores/{dataStoreId}',
  'PATCH /users/custom-roles/{roleId}',
  'DELETE /users/custom-roles/{roleId}',
  'GET /enums/connected-system-apps',
  'POST /credential-requests/actions/create-by-credentials',
  'POST /credential-requests/actions/extend',
  'POST /agent/register',
  'GET /agents/{agentId}/apps/{appName}/config',
  'GET /connected-systems',
  'GET /connected-systems/{connectedSystemId}',
  'POST /connected-systems',
  'PATCH /connected-systems/{connectedSystemId}',
  'DELETE /connected-systems/{connectedSystemId}',
  'GET /sdk/apps/{appName}/{appVersion}/{section}',
  'PUT /sdk/apps/{appName}/{appVersion}/{section}',
  'GET /sdk/apps/{appName}/{appVersion}/endpoints',
  'GET /sdk/apps/{appName}/{appVersion}/endpoints/{endpointName}',
  'POST /sdk/apps/{appName}/{appVersion}/endpoints',
  'PATCH /sdk/apps/{appName}/{appVersion}/endpoints/{endpointName}',
  'DELETE /sdk/apps/{appName}/{appVersion}/endpoints/{endpointName}',
  'GET /sdk/apps/{appName}/{appVersion}/endpoints/{endpointName}/{section}',
  'PUT /sdk/apps/{appName}/{appVersion}/endpoints/{endpointName}/{section}',
  'POST /sdk/apps/{appName}/{appVersion}/endpoints/{endpointName}/{visibility}',
]);

const endpoints = allEndpoints(toolsets);
const config = (scopes: string[]): Config => ({
  apiKey: 'listing',
  baseUrl: '',
  sandbox: false,
  toolsets: 'all',
  tools: [],
  readOnly: false,
  maxWaitSeconds: 1,
  timeoutSeconds: 1,
  transport: { kind: 'stdio' },
  scenarioTools: [],
  scopes,
});
const listed = async (scopes: string[]) =>
  new Set((await listTools(config(scopes), toolsets, defaultTools)).map((t) => t.name));

describe('one scope, any spelling', () => {
  it("has the spellings of Make's documents in one table", () => {
    expect(SAME_SCOPE).toEqual([
      ['organizations-variables:read', 'organization-variables:read'],
      ['organizations-variables:write', 'organization-variables:write'],
      ['teams-variables:read', 'team-variables:read'],
    ]);
    expect(spellingsOf('team-variables:read')).toEqual(['teams-variables:read', 'team-variables:read']);
    expect(spellingsOf('scenarios:read')).toEqual(['scenarios:read']);
  });

  it("meets a scope by any spelling, a disputed one by the inventory's too, and nothing else", () => {
    expect(grants(new Set(['organizations-variables:read']), 'organization-variables:read')).toBe(true);
    expect(grants(new Set(['organization-variables:read']), 'organizations-variables:read')).toBe(true);
    expect(grants(new Set(['teams-variables:read']), 'team-variables:read')).toBe(true);
    expect(grants(new Set(['team-variables:write']), 'team-variables:read')).toBe(false);
    expect(grants(new Set(['organizations-variables:read']), 'organization-variables:write')).toBe(false);
    expect(grants(new Set(['organizations:read']), 'auditlogs:read')).toBe(true);
    expect(grants(new Set(['auditlogs:read']), 'auditlogs:read')).toBe(true);
    expect(grants(new Set(['scenarios:read']), 'auditlogs:read')).toBe(false);
    expect(Object.keys(DISPUTED_SCOPES)).toEqual(['auditlogs:read']);
  });

  it("needs nothing beyond Make's list but the scopes of newer features", () => {
    const list = new Set(MAKES_SCOPE_LIST);
    expect(ROUTE_SCOPES.filter((s) => !grants(list, s))).toEqual(NEWER_FEATURES);
  });

  it("lists a tool for every one of the 421 documented endpoints to a token with exactly Make's list (and newer features')", async () => {
    const names = await listed([...MAKES_SCOPE_LIST, ...NEWER_FEATURES]);
    const reached = new Set(endpoints.filter((e) => names.has(e.name)).map((e) => makeRouteOf(e.route)!.key));
    const documented = ROUTES.filter((r) => !ONLY_IN_MAKES_CLIENT.has(r.key));
    expect(documented).toHaveLength(421);
    expect(documented.filter((r) => !reached.has(r.key)).map((r) => r.key)).toEqual([]);
    for (const name of [
      'organization-variables_list',
      'team-variables_list',
      'team-variables_get-history',
      'audit-logs_list-organization',
    ]) {
      expect(names.has(name), name).toBe(true);
    }
  });

  it('lists to a 3-scope token only what it can call', async () => {
    const scopes = ['scenarios:read', 'teams-variables:read', 'organizations:read'];
    const needed = new Set(['scenarios:read', 'team-variables:read', 'organizations:read', 'auditlogs:read']);
    const names = await listed(scopes);
    const expected = endpoints
      .filter((e) => e.scope === null || needed.has(e.scope))
      .map((e) => e.name)
      .sort();
    expect([...names].filter((n) => endpoints.some((e) => e.name === n)).sort()).toEqual(expected);
    expect(names.has('team-variables_list')).toBe(true);
    expect(names.has('team-variables_create')).toBe(false);
    expect(names.has('scenarios_update')).toBe(false);
  });
});

describe("a token with exactly Make's list, against the simulator", () => {
  const TOKEN = 'makes-scope-list';
  let h: Harness;
  beforeAll(async () => {
    const scopes = [...MAKES_SCOPE_LIST, ...NEWER_FEATURES];
    h = await startHarness({ token: TOKEN, sim: { tokens: { [TOKEN]: scopes } }, config: { scopes } });
  });
  afterAll(() => h.close());

  it('reads organization and team variables', async () => {
    for (const [name, args] of [
      ['organization-variables_list', { organizationId: 11 }],
      ['team-variables_list', { teamId: 22 }],
    ] as const) {
      const result = await h.call(name, args);
      expect(result.isError, result.text).toBeFalsy();
    }
  });

  it("calls an audit-log tool, and Make's 403 names the scope to add", async () => {
    const result = await h.call('audit-logs_list-organization', { organizationId: 11 });
    expect(result.isError).toBe(true);
    expect(h.sim.requests.at(-1)?.status).toBe(403);
    expect(result.text).toContain('HTTP 403');
    expect(result.text).toContain('add the scope "auditlogs:read"');
    expect(result.text).toContain('"organizations:read"');
  });

  it("names the token's spelling when it refuses a call before sending", () => {
    const text = describeFailure(
      { kind: 'scope', scope: 'team-variables:read' },
      { request: 'GET /teams/22/variables' },
    );
    expect(text).toContain('lacks the scope "teams-variables:read"');
  });
});
