// User organization roles: which role a user holds in each organization, changing it, and ownership.
import { z } from 'zod';
import { endpoint } from '../src/endpoint.js';
import * as p from '../src/params.js';

// Make's document gives no enum for these cols[].
const cols = () =>
  z.array(z.string()).min(1).optional().describe('Return only these fields, e.g. organizationId, usersRoleId.');
const userId = () => p.id('user', 'users_list');

export default [
  endpoint({
    name: 'user-organization-roles_list',
    title: 'List a user\'s organization roles',
    description: 'List the organizations a user belongs to and their role id in each.',
    route: 'GET /users/{userId}/user-organization-roles',
    scope: 'user:read',
    effect: 'read',
    input: { userId: userId(), cols: cols() },
    result: 'userOrganizationRoles',
    example: { userId: 33, cols: ['organizationId', 'usersRoleId'] },
  }),

  endpoint({
    name: 'user-organization-roles_get',
    title: 'Get a user\'s organization role',
    description: 'Get a user\'s role in one organization.',
    route: 'GET /users/{userId}/user-organization-roles/{organizationId}',
    scope: 'user:read',
    effect: 'read',
    input: { userId: userId(), organizationId: p.organizationId(), cols: cols() },
    result: 'userOrganizationRole',
    example: { userId: 33, organizationId: 11 },
  }),

  endpoint({
    name: 'user-organization-roles_set',
    title: 'Set or remove a user\'s organization role',
    description:
      'Replace a user\'s role in an organization, or, without usersRoleId, remove them from it (and with ' +
      'deleteConnections, their connections). Not for the Owner role.',
    route: 'POST /users/{userId}/user-organization-roles/{organizationId}',
    scope: 'user:write',
    effect: 'destructive',
    input: {
      userId: userId(),
      organizationId: p.organizationId(),
      usersRoleId: z.number().int().positive().optional().describe('New organization role ID, from roles_list. Omit to remove.'),
      deleteConnections: z.boolean().optional().describe('On removal, also delete the user\'s connections.'),
      confirmed: p.makeConfirmed('the user is removed (with deleteConnections, their connections too)'),
      cols: cols(),
    },
    query: ['cols', 'confirmed', 'deleteConnections'],
    makeConfirmFlag: 'confirmed',
    result: 'userOrganizationRole',
    example: { userId: 33, organizationId: 11, usersRoleId: 91 },
  }),

  endpoint({
    name: 'user-organization-roles_transfer-ownership',
    title: 'Transfer organization ownership to user',
    description:
      'Make this user the Owner of the organization. The current owner loses the Owner role, and with it the ' +
      'power to delete or transfer the organization; only the new owner can give it back.',
    route: 'POST /users/{userId}/user-organization-roles/{organizationId}/transfer',
    scope: 'user:write',
    effect: 'destructive',
    input: { userId: p.id('new owner\'s user', 'organization-user-roles_list'), organizationId: p.organizationId() },
    result: 'userOrganizationRoles',
    example: { userId: 33, organizationId: 11 },
  }),
];
