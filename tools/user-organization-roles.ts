import { z } from 'zod';
import { endpoint, type ToolsetAbout } from '../src/endpoint.js';
import * as p from '../src/params.js';

export const about: ToolsetAbout = {
  description: 'Which role a user holds in each organization, changing it, and ownership.',
  searchWords: 'role access permission organization member owner transfer',
};

// Role records are a few fields each, so Make's cols[] is left out.
const userId = () => p.id('user', 'users_list');

export default [
  endpoint({
    name: 'user-organization-roles_list',
    title: "List user's org roles",
    description: 'List the organizations a user belongs to and their role id in each.',
    route: 'GET /users/{userId}/user-organization-roles',
    scope: 'user:read',
    effect: 'read',
    input: () => ({ userId: userId() }),
    result: 'userOrganizationRoles',
    example: { userId: 33 },
  }),

  endpoint({
    name: 'user-organization-roles_get',
    title: "Get user's org role",
    description: "Get a user's role in one organization.",
    route: 'GET /users/{userId}/user-organization-roles/{organizationId}',
    scope: 'user:read',
    effect: 'read',
    input: () => ({ userId: userId(), organizationId: p.organizationId() }),
    result: 'userOrganizationRole',
    example: { userId: 33, organizationId: 11 },
  }),

  endpoint({
    name: 'user-organization-roles_set',
    title: "Set or remove user's org role",
    description:
      "Change a user's role in an organization, or without usersRoleId remove them from it. Not for the Owner.",
    route: 'POST /users/{userId}/user-organization-roles/{organizationId}',
    scope: 'user:write',
    effect: 'destructive',
    input: () => ({
      userId: userId(),
      organizationId: p.organizationId(),
      usersRoleId: z.number().int().optional().describe('Org role ID, from roles_list; omit to remove.'),
      deleteConnections: z.boolean().optional().describe('On removal, delete their connections too.'),
      confirmed: p.makeConfirmed('their connections are deleted'),
    }),
    query: ['confirmed', 'deleteConnections'],
    makeConfirmFlag: 'confirmed',
    result: 'userOrganizationRole',
    example: { userId: 33, organizationId: 11, usersRoleId: 91 },
  }),

  endpoint({
    name: 'user-organization-roles_transfer-ownership',
    title: 'Transfer org ownership to user',
    description:
      'Make this user the Owner; the current owner loses the role and the power to delete or transfer the org.',
    route: 'POST /users/{userId}/user-organization-roles/{organizationId}/transfer',
    scope: 'user:write',
    effect: 'destructive',
    input: () => ({
      userId: p.id("new owner's user", 'organization-user-roles_list'),
      organizationId: p.organizationId(),
    }),
    result: 'userOrganizationRoles',
    example: { userId: 33, organizationId: 11 },
  }),
];
