import { z } from 'zod';
import { endpoint, type ToolsetAbout } from '../src/endpoint.js';
import * as p from '../src/params.js';

export const about: ToolsetAbout = {
  description: 'The organization and team roles users can hold, and the permissions roles are built from.',
  searchWords: 'role roles permission permissions',
};

const CATEGORIES = ['organization', 'team'] as const;

export default [
  endpoint({
    name: 'roles_list',
    title: 'List roles',
    description: 'List the user roles (id, name) of organizations and teams; role ids are used to assign roles.',
    route: 'GET /users/roles',
    scope: 'user:read',
    effect: 'read',
    input: () => ({
      // Make's document gives no enum for these cols[].
      cols: z.array(z.string()).min(1).optional().describe('Only these fields, e.g. id, name, category, permissions.'),
      category: z.enum(CATEGORIES).optional().describe('Only roles of this kind.'),
      // Newer than Make's 2024-12 document; Make's own client sends these.
      excludeRole: z.array(p.id('role')).min(1).optional().describe('Leave out these role IDs.'),
      roleId: p.id('role').optional().describe('Only this role.'),
      organizationId: p.organizationId().optional().describe("Include this organization's custom roles."),
      teamId: p.teamId().optional().describe('Include custom roles for this team.'),
    }),
    result: 'usersRoles',
    example: { category: 'team' },
  }),

  // Used by Make's client.
  endpoint({
    source: 'make-reference',
    name: 'roles_get',
    title: 'Get role',
    description: 'Get a role: category, system or custom, permission names.',
    route: 'GET /users/roles/{roleId}',
    scope: 'user:read',
    effect: 'read',
    input: () => ({ roleId: p.id('role', 'roles_list') }),
    result: 'usersRole',
    example: { roleId: 91 },
  }),

  // Used by Make's client.
  endpoint({
    source: 'make-reference',
    name: 'roles_permissions',
    title: 'List role permissions',
    description: 'List the permissions roles can grant, with ids to use in custom-roles_create.',
    route: 'GET /users/roles/permissions',
    scope: 'user:read',
    effect: 'read',
    input: () => ({ roleCategory: z.enum(CATEGORIES).optional().describe('Only permissions of this kind.') }),
    result: 'usersRolesPermissions',
    example: { roleCategory: 'organization' },
  }),
];
