import { z } from 'zod';
import { endpoint, type ToolsetAbout } from '../src/endpoint.js';
import * as p from '../src/params.js';

export const about: ToolsetAbout = {
  description: 'Phones running the Make mobile app, with queues of incoming items (for triggers) and outgoing ones.',
  searchWords: 'device devices phone mobile app agent',
};

const deviceId = () => p.id('device', 'devices_list');
const scope = () => z.string().optional().describe('Only this scope, e.g. "scanner".');
const { limit, offset } = p.pagination(['created']);
const queueInput = () => ({
  deviceId: deviceId(),
  ids: z.array(z.string()).optional().describe('Item IDs; not with all.'),
  all: z.boolean().optional().describe('true: the whole queue (needs confirmed).'),
  exceptIds: z.array(z.string()).optional().describe('With all: IDs to keep.'),
  confirmed: p.makeConfirmed('all items go'),
});

export default [
  endpoint({
    name: 'devices_list',
    title: 'List devices',
    description: "List a team's mobile devices: scopes, queue size, linked scenario.",
    route: 'GET /devices',
    scope: 'devices:read',
    effect: 'read',
    input: () => ({
      teamId: p.teamId(),
      assigned: z.boolean().optional().describe('true: only linked to a scenario; false: only unlinked.'),
      viewForScenarioId: p.id('scenario', 'scenarios_list').optional().describe('Its devices plus unlinked ones.'),
      scope: z
        .array(z.enum(['call', 'scanner']))
        .optional()
        .describe('Only these scopes.'),
    }),
    result: 'devices',
    example: { teamId: 22, assigned: true, scope: ['scanner'] },
  }),

  endpoint({
    name: 'devices_get',
    title: 'Get device',
    description: 'Get a device: name, udid, scopes, info, queue size and limit, linked scenario.',
    route: 'GET /devices/{deviceId}',
    scope: 'devices:read',
    effect: 'read',
    input: () => ({ deviceId: deviceId() }),
    result: 'device',
    example: { deviceId: 51 },
  }),

  endpoint({
    name: 'devices_create-request',
    title: 'Request new device',
    description: 'Start adding a mobile device to a team; returns the udid to pair the Make app with.',
    route: 'POST /devices/request',
    scope: 'devices:write',
    effect: 'write',
    input: () => ({ teamId: p.teamId(), name: z.string().min(1).describe('Device name.') }),
    result: 'createDeviceRequest',
    example: { teamId: 22, name: 'Sales phone' },
  }),

  endpoint({
    name: 'devices_update',
    title: 'Rename device',
    description: 'Rename a device (a phone running the Make app).',
    route: 'PATCH /devices/{deviceId}',
    scope: 'devices:write',
    effect: 'write',
    input: () => ({ deviceId: deviceId(), name: z.string().min(1).describe('New name.') }),
    result: 'device',
    example: { deviceId: 51, name: 'Android phone' },
  }),

  endpoint({
    name: 'devices_delete',
    title: 'Delete device',
    description: 'Remove a device and its queues; scenarios using it stop getting its data.',
    route: 'DELETE /devices/{deviceId}',
    scope: 'devices:write',
    effect: 'destructive',
    input: () => ({ deviceId: deviceId(), confirmed: p.makeConfirmed('scenarios use it') }),
    makeConfirmFlag: 'confirmed',
    result: 'device',
    example: { deviceId: 51 },
  }),

  endpoint({
    name: 'devices_list-incomings',
    title: 'List device incoming items',
    description: 'List items a device sent that wait in its incoming queue.',
    route: 'GET /devices/{deviceId}/incomings',
    scope: 'devices:read',
    effect: 'read',
    input: () => ({ deviceId: deviceId(), scope: scope(), limit, offset }),
    result: 'incomings',
    example: { deviceId: 51, limit: 20 },
  }),

  endpoint({
    name: 'devices_get-incoming',
    title: 'Get device incoming item',
    description: "Get one item of a device's incoming queue, with its data.",
    route: 'GET /devices/{deviceId}/incomings/{incomingId}',
    scope: 'devices:read',
    effect: 'read',
    input: () => ({ deviceId: deviceId(), incomingId: p.key('item ID', 'devices_list-incomings') }),
    example: { deviceId: 51, incomingId: 'in-1a2b3c' },
  }),

  endpoint({
    name: 'devices_get-incoming-stats',
    title: 'Get device queue stats',
    description: "Get a device's incoming queue size, limit and whether it is enabled.",
    route: 'GET /devices/{deviceId}/incomings/stats',
    scope: 'devices:read',
    effect: 'read',
    input: () => ({ deviceId: deviceId(), scope: scope() }),
    result: 'incomingStat',
    example: { deviceId: 51, scope: 'scanner' },
  }),

  endpoint({
    name: 'devices_delete-incomings',
    title: 'Delete device incoming items',
    description: "Delete items of a device's incoming queue by ids, or all. Some may fail (see the reply).",
    route: 'DELETE /devices/{deviceId}/incomings',
    scope: 'devices:write',
    effect: 'destructive',
    input: queueInput,
    body: ['ids', 'all', 'exceptIds'],
    makeConfirmFlag: 'confirmed',
    example: { deviceId: 51, ids: ['in-1a2b3c'] },
  }),

  endpoint({
    name: 'devices_list-outgoings',
    title: 'List device outgoing items',
    description: "List items waiting in a device's outgoing queue for delivery to it.",
    route: 'GET /devices/{deviceId}/outgoings',
    scope: 'devices:read',
    effect: 'read',
    input: () => ({ deviceId: deviceId(), scope: scope(), limit, offset }),
    result: 'outgoings',
    example: { deviceId: 51, limit: 20, offset: 0 },
  }),

  endpoint({
    name: 'devices_get-outgoing',
    title: 'Get device outgoing item',
    description: "Get one item of a device's outgoing queue, with its data.",
    route: 'GET /devices/{deviceId}/outgoings/{outgoingId}',
    scope: 'devices:read',
    effect: 'read',
    input: () => ({ deviceId: deviceId(), outgoingId: p.key('item ID', 'devices_list-outgoings') }),
    example: { deviceId: 51, outgoingId: 'out-1a2b3c' },
  }),

  endpoint({
    name: 'devices_delete-outgoings',
    title: 'Delete device outgoing items',
    description: "Delete undelivered items of a device's outgoing queue by ids, or all. Some may fail (see the reply).",
    route: 'DELETE /devices/{deviceId}/outgoings',
    scope: 'devices:write',
    effect: 'destructive',
    input: queueInput,
    body: ['ids', 'all', 'exceptIds'],
    makeConfirmFlag: 'confirmed',
    example: { deviceId: 51, ids: ['out-1a2b3c'] },
  }),
];
