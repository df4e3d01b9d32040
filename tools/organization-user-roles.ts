// Organization user roles: the members of an organization, the role each holds, invitations and ownership.
import { z } from 'zod';
import { endpoint } from '../src/endpoint.js';
import * as p from '../src/params.js';

// Make's document gives no enum for these cols[].
const cols = () =>
  z.array(z.string()).min(1).optional().describe('Return only these fields, e.g. userId, usersRoleId.');
const userId = () => p.id('user', 'organization-user-roles_list');

export default [
  endpoint({
    name: 'organization-user-roles_invite',
    title: 'Invite user to organization',
    description: 'Invite someone by email to an organization with a role, optionally adding them to teams as member.',
    route: 'POST /organizations/{organizationId}/invite',
    scope: 'organizations:write',
    effect: 'write',
    input: {
      organizationId: p.organizationId(),
      email: z.string().email().describe('Email to send the invitation to.'),
      name: z.string().min(1).describe('Name shown for the user in Make.'),
      usersRoleId: z.number().int().positive().describe('Organization role ID, from roles_list.'),
      note: z.string().optional().describe('Message included in the invitation.'),
      teamsId: z.array(z.number().int().positive()).optional().describe('Team IDs to add the user to (teams_list).'),
    },
    example: { organizationId: 11, email: 'ana@example.com', name: 'Ana', usersRoleId: 91, teamsId: [22] },
  }),

  endpoint({
    name: 'organization-user-roles_list',
    title: 'List organization members and roles',
    description: 'List the users of an organization with their role ids (names from roles_list).',
    route: 'GET /organizations/{organizationId}/user-organization-roles',
    scope: 'organizations:read',
    effect: 'read',
    input: { organizationId: p.organizationId(), cols: cols() },
    result: 'userOrganizationRoles',
    example: { organizationId: 11, cols: ['userId', 'usersRoleId'] },
  }),

  endpoint({
    name: 'organization-user-roles_get',
    title: 'Get user\'s organization role',
    description: 'Get the role of one user in an organization.',
    route: 'GET /organizations/{organizationId}/user-organization-roles/{userId}',
    scope: 'organizations:read',
    effect: 'read',
    input: { organizationId: p.organizationId(), userId: userId(), cols: cols() },
    result: 'userOrganizationRole',
    example: { organizationId: 11, userId: 33 },
  }),

  endpoint({
    name: 'organization-user-roles_transfer-ownership',
    title: 'Transfer organization ownership',
    description:
      'Make another member the Owner of the organization. The current owner loses the Owner role, and with it ' +
      'the power to delete or transfer the organization; only the new owner can give it back.',
    route: 'POST /organizations/{organizationId}/user-organization-roles/transfer',
    scope: 'user:write',
    effect: 'destructive',
    input: { organizationId: p.organizationId(), userId: p.id('new owner\'s user', 'organization-user-roles_list') },
    result: 'userOrganizationRoles',
    example: { organizationId: 11, userId: 33 },
  }),
];
