import { z } from 'zod';
import { endpoint, type ToolsetAbout } from '../src/endpoint.js';
import * as p from '../src/params.js';

export const about: ToolsetAbout = {
  description: 'Which role a user holds in each team.',
  searchWords: 'role access permission team member',
};

const userId = () => p.id('user', 'users_list');

export default [
  endpoint({
    name: 'user-team-roles_list',
    title: "List a user's team roles",
    description: 'List the teams a user belongs to and their role id in each.',
    route: 'GET /users/{userId}/user-team-roles',
    scope: 'user:read',
    effect: 'read',
    input: () => ({ userId: userId() }),
    result: 'userTeamRoles',
    example: { userId: 33 },
  }),

  endpoint({
    name: 'user-team-roles_get',
    title: "Get a user's team role",
    description: "Get a user's role in a team and whether it can be changed.",
    route: 'GET /users/{userId}/user-team-roles/{teamId}',
    scope: 'user:read',
    effect: 'read',
    input: () => ({ userId: userId(), teamId: p.teamId() }),
    result: 'userTeamRole',
    example: { userId: 33, teamId: 22 },
  }),

  endpoint({
    name: 'user-team-roles_set',
    title: "Set a user's team role",
    description: "Replace a user's role in a team. A lower role can lock them, or you, out of the team's scenarios.",
    route: 'POST /users/{userId}/user-team-roles/{teamId}',
    scope: 'user:write',
    effect: 'destructive',
    input: () => ({
      userId: userId(),
      teamId: p.teamId(),
      usersRoleId: z.number().int().positive().describe('Team role ID, from roles_list.'),
    }),
    result: 'userTeamRole',
    example: { userId: 33, teamId: 22, usersRoleId: 91 },
  }),
];
