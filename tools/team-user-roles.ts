import { z } from 'zod';
import { endpoint, type ToolsetAbout } from '../src/endpoint.js';
import * as p from '../src/params.js';

export const about: ToolsetAbout = {
  description: 'Which users belong to a team and the role each one has there.',
  searchWords: 'members access permission who role team',
};

const { limit, offset } = p.pagination(['userId']);

// Make's document gives no enum for cols[] here.
const cols = () =>
  z.array(z.string()).min(1).optional().describe('Only these fields, e.g. userId, usersRoleId, changeable.');

export default [
  endpoint({
    name: 'team-user-roles_list',
    title: 'List team members and roles',
    description: 'List the users of a team with their role ids (names from roles_list).',
    route: 'GET /teams/{teamId}/user-team-roles',
    scope: 'teams:read',
    effect: 'read',
    input: () => ({ teamId: p.teamId(), cols: cols(), limit, offset }),
    result: 'userTeamRoles',
    example: { teamId: 22, limit: 50 },
  }),

  endpoint({
    name: 'team-user-roles_get',
    title: "Get user's team role",
    description: "Get a user's role in a team and whether it can be changed.",
    route: 'GET /teams/{teamId}/user-team-roles/{userId}',
    scope: 'teams:read',
    effect: 'read',
    input: () => ({ teamId: p.teamId(), userId: p.id('user', 'team-user-roles_list'), cols: cols() }),
    result: 'userTeamRole',
    example: { teamId: 22, userId: 33 },
  }),
];
