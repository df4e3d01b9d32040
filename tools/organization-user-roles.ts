import { z } from 'zod';
import { endpoint, type ToolsetAbout } from '../src/endpoint.js';
import * as p from '../src/params.js';

export const about: ToolsetAbout = {
  description: 'The members of an organization, the role each holds, invitations and ownership.',
  searchWords: 'members access permission who role organization',
};

// Role records are a few fields each, so Make's cols[] is left out.
const userId = () => p.id('user', 'organization-user-roles_list');

export default [
  endpoint({
    name: 'organization-user-roles_invite',
    title: 'Invite user to organization',
    description: 'Invite someone by email to an organization with a role, optionally into teams.',
    route: 'POST /organizations/{organizationId}/invite',
    scope: 'organizations:write',
    effect: 'write',
    input: () => ({
      organizationId: p.organizationId(),
      email: z.string().describe('Their email.'),
      name: z.string().describe('Their name in Make.'),
      usersRoleId: z.number().int().describe('Org role ID, from roles_list.'),
      note: z.string().optional().describe('Note in the invitation.'),
      teamsId: z.array(z.number().int()).optional().describe('Teams to join as member (teams_list).'),
    }),
    example: { organizationId: 11, email: 'ana@example.com', name: 'Ana', usersRoleId: 91, teamsId: [22] },
  }),

  endpoint({
    name: 'organization-user-roles_list',
    title: 'List org members and roles',
    description: "List an organization's users with their role ids (names in roles_list).",
    route: 'GET /organizations/{organizationId}/user-organization-roles',
    scope: 'organizations:read',
    effect: 'read',
    input: () => ({ organizationId: p.organizationId() }),
    result: 'userOrganizationRoles',
    example: { organizationId: 11 },
  }),

  endpoint({
    name: 'organization-user-roles_get',
    title: "Get member's org role",
    description: 'Get the role of one user in an organization.',
    route: 'GET /organizations/{organizationId}/user-organization-roles/{userId}',
    scope: 'organizations:read',
    effect: 'read',
    input: () => ({ organizationId: p.organizationId(), userId: userId() }),
    result: 'userOrganizationRole',
    example: { organizationId: 11, userId: 33 },
  }),

  endpoint({
    name: 'organization-user-roles_transfer-ownership',
    title: 'Transfer org ownership',
    description:
      'Make another member the Owner. The current owner loses the role and the power to delete or transfer the org.',
    route: 'POST /organizations/{organizationId}/user-organization-roles/transfer',
    scope: 'user:write',
    effect: 'destructive',
    input: () => ({
      organizationId: p.organizationId(),
      userId: p.id("new owner's user", 'organization-user-roles_list'),
    }),
    result: 'userOrganizationRoles',
    example: { organizationId: 11, userId: 33 },
  }),
];
