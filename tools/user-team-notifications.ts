import { z } from 'zod';
import { endpoint, type ToolsetAbout } from '../src/endpoint.js';
import * as p from '../src/params.js';

export const about: ToolsetAbout = {
  description: 'Which email notification types a user receives for a team.',
  searchWords: 'notification email emailing alerts warnings settings subscribe unsubscribe mute',
};

const userId = () => p.id('user', 'users_list');
const notificationId = () => p.id('notification type', 'enums_user-email-notifications');

export default [
  endpoint({
    name: 'user-team-notifications_list',
    title: 'List team notifications',
    description: 'List the email notification types a user has on or off in a team.',
    route: 'GET /users/{userId}/user-team-notifications/{teamId}',
    scope: 'user:read',
    effect: 'read',
    input: () => ({ userId: userId(), teamId: p.teamId() }),
    result: 'userTeamNotifications',
    example: { userId: 33, teamId: 22 },
  }),

  endpoint({
    name: 'user-team-notifications_get',
    title: 'Get team notification',
    description: 'Show whether one email notification type is on for a user in a team.',
    route: 'GET /users/{userId}/user-team-notifications/{teamId}/{notificationId}',
    scope: 'user:read',
    effect: 'read',
    input: () => ({ userId: userId(), teamId: p.teamId(), notificationId: notificationId() }),
    result: 'userTeamNotification',
    example: { userId: 33, teamId: 22, notificationId: 71 },
  }),

  endpoint({
    name: 'user-team-notifications_update',
    title: 'Set team notification',
    description: 'Turn one email notification type on or off for a user in a team.',
    route: 'PUT /users/{userId}/user-team-notifications/{teamId}/{notificationId}',
    scope: 'user:write',
    effect: 'write',
    input: () => ({
      userId: userId(),
      teamId: p.teamId(),
      notificationId: notificationId(),
      enabled: z.boolean().describe('true: get these emails; false: stop them.'),
    }),
    result: 'userTeamNotification',
    example: { userId: 33, teamId: 22, notificationId: 71, enabled: false },
  }),
];
