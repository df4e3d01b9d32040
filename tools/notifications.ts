import { z } from 'zod';
import { endpoint, type ToolsetAbout } from '../src/endpoint.js';
import * as p from '../src/params.js';

export const about: ToolsetAbout = {
  description: 'The messages Make shows the current user in its web app (per zone).',
  searchWords: 'notification notifications alerts messages inbox unread',
};

const imtZoneId = () =>
  z.number().int().positive().optional().describe('Zone ID from enums_zones; needed on make.com.');

export default [
  endpoint({
    name: 'notifications_list',
    title: 'List notifications',
    description: "List the current user's notifications (subject, type, dates) and unread counts.",
    route: 'GET /notifications',
    scope: 'notifications:read',
    effect: 'read',
    input: () => ({
      unreadOnly: z.boolean().optional().describe('Only unread ones.'),
      imtZoneId: imtZoneId(),
      ...p.pagination(['id']),
    }),
    example: { imtZoneId: 1, unreadOnly: true, limit: 20 },
  }),

  endpoint({
    name: 'notifications_get',
    title: 'Get notification',
    description: 'Get one notification with its full body.',
    route: 'GET /notifications/{notificationId}',
    scope: 'notifications:read',
    effect: 'read',
    input: () => ({
      notificationId: p.key('notification ID', 'notifications_list'),
      imtZoneId: imtZoneId(),
    }),
    result: 'notification',
    example: { notificationId: '71', imtZoneId: 1 },
  }),

  endpoint({
    name: 'notifications_mark-all-read',
    title: 'Mark all notifications read',
    description: "Mark all of the current user's notifications as read.",
    route: 'POST /notifications/mark-as-read',
    scope: 'notifications:write',
    effect: 'write',
    input: () => ({
      ids: z.enum(['all']).describe('Must be "all".'),
      imtZoneId: imtZoneId(),
    }),
    query: ['ids', 'imtZoneId'],
    result: 'notifications',
    example: { ids: 'all', imtZoneId: 1 },
  }),

  endpoint({
    name: 'notifications_delete',
    title: 'Delete notifications',
    description: 'Delete notifications of the current user for good.',
    route: 'DELETE /notifications',
    scope: 'notifications:write',
    effect: 'destructive',
    input: () => ({
      ids: z.array(z.string()).min(1).describe('Notification IDs, from notifications_list.'),
      imtZoneId: imtZoneId(),
    }),
    body: ['ids'],
    result: 'notifications',
    example: { ids: ['71'], imtZoneId: 1 },
  }),
];
