import { z } from 'zod';
import { endpoint, type ToolsetAbout } from '../src/endpoint.js';
import * as p from '../src/params.js';

export const about: ToolsetAbout = {
  description: 'The containers inside an organization that hold scenarios, connections, data and members.',
  searchWords: 'team workspace group members',
};

// Make's document gives no enum for these cols[]; the examples name fields its reference lists.
const cols = (fields: string) => z.array(z.string()).min(1).optional().describe(`Only these fields, e.g. ${fields}.`);
const TEAM_COLS = 'id, name, operations, operationsLimit, isPaused';
const account = (use: string) =>
  z.number().int().positive().nullable().optional().describe(`Connection (connections_list) for ${use}; null clears.`);
const model = (use: string) => z.string().max(255).optional().describe(`Model for ${use}.`);
const tier = (use: string) => z.enum(['small', 'medium', 'large']).optional().describe(`Built-in tier for ${use}.`);

export default [
  endpoint({
    name: 'teams_list',
    title: 'List teams',
    description: 'List the teams of an organization, with ids and operations used.',
    route: 'GET /teams',
    scope: 'teams:read',
    effect: 'read',
    input: () => ({
      organizationId: p.organizationId(),
      // Newer than Make's 2024-12 document; Make's own client sends it.
      includePrivateSpaces: z.boolean().optional().describe('true: also list private spaces (personal teams).'),
      cols: cols(TEAM_COLS),
      ...p.pagination(['id', 'name']),
    }),
    result: 'teams',
    example: { organizationId: 11, limit: 20, sortBy: 'name' },
  }),

  endpoint({
    name: 'teams_create',
    title: 'Create team',
    description: "Create a team in an organization; the token's user becomes its admin.",
    route: 'POST /teams',
    scope: 'teams:write',
    effect: 'write',
    input: () => ({
      name: z.string().min(1).max(128).describe('Team name.'),
      organizationId: p.organizationId(),
      operationsLimit: z.number().int().min(0).optional().describe('Operations cap.'),
      // Newer than Make's 2024-12 document; Make's own client sends it.
      transferLimit: z.number().int().min(0).optional().describe('Data transfer cap.'),
    }),
    result: 'team',
    example: { name: 'Marketing', organizationId: 11, operationsLimit: 10000 },
  }),

  endpoint({
    name: 'teams_get',
    title: 'Get team',
    description: 'Get a team: name, organization, operations and transfer used, limits.',
    route: 'GET /teams/{teamId}',
    scope: 'teams:read',
    effect: 'read',
    input: () => ({ teamId: p.teamId(), cols: cols(TEAM_COLS) }),
    result: 'team',
    example: { teamId: 22 },
  }),

  // Parameters from the inventory.
  endpoint({
    source: 'make-reference',
    name: 'teams_update',
    title: 'Update team',
    description: 'Rename a team or change its operations limit; omitted fields stay.',
    route: 'PATCH /teams/{teamId}',
    scope: 'teams:write',
    effect: 'write',
    input: () => ({
      teamId: p.teamId(),
      name: z.string().min(1).max(128).optional().describe('New name.'),
      operationsLimit: z.number().int().min(0).optional().describe('New operations cap.'),
    }),
    result: 'team',
    example: { teamId: 22, name: 'Marketing EU', operationsLimit: 20000 },
  }),

  endpoint({
    name: 'teams_delete',
    title: 'Delete team',
    description:
      'Delete a team for good with its scenarios, webhooks, connections, data stores and variables. Make requires ' +
      'confirmed.',
    route: 'DELETE /teams/{teamId}',
    scope: 'teams:write',
    effect: 'destructive',
    input: () => ({ teamId: p.teamId(), confirmed: p.makeConfirmed('all its scenarios and data go') }),
    makeConfirmFlag: 'confirmed',
    result: 'team',
    example: { teamId: 22, confirmed: true },
  }),

  endpoint({
    name: 'teams_get-usage',
    title: 'Get team usage',
    description: "Daily operations and data transfer of the team's scenarios, last 30 days.",
    route: 'GET /teams/{teamId}/usage',
    scope: 'teams:read',
    effect: 'read',
    input: () => ({
      teamId: p.teamId(),
      organizationTimezone: z.boolean().optional().describe("true: days in the org's timezone."),
    }),
    result: 'data',
    example: { teamId: 22, organizationTimezone: true },
  }),

  // Used by Make's client.
  endpoint({
    source: 'make-reference',
    name: 'teams_get-llm-configuration',
    title: 'Get team AI model settings',
    description: 'Get the AI models (connection, model or built-in tier) the team uses for AI mapping and AI tools.',
    route: 'GET /teams/{teamId}/llm-configuration',
    scope: 'teams:read',
    effect: 'read',
    input: () => ({ teamId: p.teamId() }),
    example: { teamId: 22 },
  }),

  // Used by Make's client.
  endpoint({
    source: 'make-reference',
    name: 'teams_update-llm-configuration',
    title: 'Update team AI model settings',
    description: 'Set the AI models the team uses for AI mapping and AI tools; omitted fields stay.',
    route: 'PATCH /teams/{teamId}/llm-configuration',
    scope: 'teams:write',
    effect: 'write',
    input: () => ({
      teamId: p.teamId(),
      aiMappingAccountId: account('AI mapping'),
      aiMappingModelName: model('AI mapping, e.g. "gpt-4o"'),
      aiMappingBuiltinTier: tier('AI mapping'),
      aiToolkitAccountId: account('AI tools'),
      aiToolkitModelName: model('AI tools'),
      aiToolkitBuiltinTier: tier('AI tools'),
    }),
    example: { teamId: 22, aiMappingBuiltinTier: 'small', aiToolkitBuiltinTier: 'medium' },
  }),

  // Used by Make's client.
  endpoint({
    source: 'make-reference',
    name: 'teams_get-feature-controls',
    title: 'Get team feature controls',
    description: "List the feature controls of the team's organization and whether each is enabled.",
    route: 'GET /teams/{teamId}/feature-controls',
    scope: 'teams:read',
    effect: 'read',
    input: () => ({
      teamId: p.teamId(),
      featureControlName: z.string().min(1).optional().describe('Only this control, e.g. "Make AI Tools".'),
      cols: cols('id, name, enabled'),
    }),
    example: { teamId: 22, featureControlName: 'Make AI Tools', cols: ['id', 'name', 'enabled'] },
  }),
];
