import { z } from 'zod';
import { endpoint, type ToolsetAbout } from '../src/endpoint.js';
import * as p from '../src/params.js';

export const about: ToolsetAbout = {
  description: 'Organization-defined roles built from chosen permissions (needs the customRoles plan feature).',
  searchWords: 'custom role permission',
};

const roleId = () => p.id('custom role', 'roles_list');
const orgId = () => p.id("role's organization", 'organizations_list');
const fields = () => ({
  name: z.string().min(1).max(50).optional().describe('New role name.'),
  description: z.string().nullable().optional().describe('New description; null clears.'),
  permissions: z
    .array(z.number().int().positive())
    .optional()
    .describe('Permission IDs (roles_permissions); replace all.'),
});

export default [
  endpoint({
    source: 'make-reference',
    name: 'custom-roles_create',
    title: 'Create custom role',
    description: 'Create a custom organization or team role from permission IDs.',
    route: 'POST /users/custom-roles',
    scope: 'user:write',
    effect: 'write',
    input: () => ({
      name: z.string().min(1).max(50).describe('Role name.'),
      // Make's own client names this `category`; the later API reference says permissionType.
      category: z.enum(['organization', 'team']).describe('Organization or team role.'),
      organizationId: p.organizationId(),
      description: z.string().nullable().optional().describe('What the role is for.'),
      permissions: z.array(z.number().int().positive()).optional().describe('Permission IDs, from roles_permissions.'),
    }),
    result: 'role',
    example: { name: 'Scenario viewer', category: 'team', organizationId: 11, permissions: [101, 102] },
  }),

  // The id-in-path form Make's own client (and tool) uses.
  endpoint({
    source: 'make-client',
    name: 'custom-roles_update',
    title: 'Update custom role',
    description:
      'Rename a custom role or replace its permissions (holders lose removed ones). Same as custom-roles_update-by-body.',
    route: 'PATCH /users/custom-roles/{id}',
    scope: 'user:write',
    effect: 'destructive',
    input: () => ({ id: roleId(), organizationId: orgId(), ...fields() }),
    result: 'role',
    example: { id: 91, organizationId: 11, name: 'Scenario viewer (EU)' },
  }),

  // The id-in-path form Make's own client (and tool) uses.
  endpoint({
    source: 'make-client',
    name: 'custom-roles_delete',
    title: 'Delete custom role',
    description: 'Delete a custom role no user holds. Same as custom-roles_delete-by-body.',
    route: 'DELETE /users/custom-roles/{id}',
    scope: 'user:write',
    effect: 'destructive',
    input: () => ({ id: roleId(), organizationId: orgId() }),
    body: ['organizationId'],
    result: 'roleId',
    example: { id: 91, organizationId: 11 },
  }),

  // The form in Make's current API reference.
  endpoint({
    source: 'make-reference',
    name: 'custom-roles_update-by-body',
    title: 'Update custom role (id in body)',
    description:
      'Rename a custom role or replace its permissions (holders lose removed ones). Same as custom-roles_update.',
    route: 'PATCH /users/custom-roles',
    scope: 'user:write',
    effect: 'destructive',
    input: () => ({ id: roleId(), organizationId: orgId(), ...fields() }),
    result: 'role',
    example: { id: 91, organizationId: 11, permissions: [101] },
  }),

  // The form in Make's current API reference.
  endpoint({
    source: 'make-reference',
    name: 'custom-roles_delete-by-body',
    title: 'Delete custom role (id in body)',
    description: 'Delete a custom role no user holds. Same as custom-roles_delete.',
    route: 'DELETE /users/custom-roles',
    scope: 'user:write',
    effect: 'destructive',
    input: () => ({ id: roleId(), organizationId: orgId() }),
    body: ['id', 'organizationId'],
    result: 'roleId',
    example: { id: 91, organizationId: 11 },
  }),
];
