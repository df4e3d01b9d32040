// Devices: phones running the Make mobile app, with their queues of incoming items (for triggers) and outgoing ones.
import { z } from 'zod';
import { endpoint } from '../src/endpoint.js';
import * as p from '../src/params.js';

const DEVICE_FIELDS = ['id', 'name', 'teamId', 'udid', 'scope', 'info', 'queueCount', 'queueLimit', 'scenarioId'] as const;

const deviceId = () => p.id('device', 'devices_list');
const scope = () => z.string().min(1).optional().describe('Only items of this scope, e.g. "scanner".');
const inspector = () => z.number().int().optional().describe('Make\'s inspector flag, e.g. 1.');
const queueInput = (listTool: string) => ({
  deviceId: deviceId(),
  ids: z.array(z.string().min(1)).min(1).optional().describe(`Item IDs from ${listTool}; not with all.`),
  all: z.boolean().optional().describe('true: empty the whole queue (needs confirmed). Give ids or all.'),
  exceptIds: z.array(z.string().min(1)).optional().describe('With all: item IDs to keep.'),
  confirmed: p.makeConfirmed('all queued items are deleted'),
});

export default [
  endpoint({
    name: 'devices_list',
    title: 'List devices',
    description: 'List a team\'s mobile devices with their scopes, queue size and linked scenario.',
    route: 'GET /devices',
    scope: 'devices:read',
    effect: 'read',
    input: {
      teamId: p.teamId(),
      assigned: z.boolean().optional().describe('true: only devices linked to a scenario; false: only unlinked ones.'),
      viewForScenarioId: z
        .number()
        .int()
        .positive()
        .optional()
        .describe('Devices of this scenario plus unlinked ones; overrides assigned. From scenarios_list.'),
      scope: z.array(z.enum(['call', 'scanner'])).min(1).optional().describe('Only devices with these scopes.'),
      cols: p.cols(DEVICE_FIELDS),
    },
    result: 'devices',
    example: { teamId: 22, assigned: true, cols: ['id', 'name', 'queueCount'] },
  }),

  endpoint({
    name: 'devices_get',
    title: 'Get device',
    description: 'Get one device: name, udid, scopes, device info, queue size and limit, linked scenario.',
    route: 'GET /devices/{deviceId}',
    scope: 'devices:read',
    effect: 'read',
    input: { deviceId: deviceId(), inspector: inspector(), cols: p.cols(DEVICE_FIELDS) },
    result: 'device',
    example: { deviceId: 51, cols: ['id', 'name', 'scope'] },
  }),

  endpoint({
    name: 'devices_create-request',
    title: 'Request new device',
    description: 'Start adding a mobile device to a team; returns the udid to pair the Make app with.',
    route: 'POST /devices/request',
    scope: 'devices:write',
    effect: 'write',
    input: {
      teamId: p.teamId(),
      name: z.string().min(1).describe('Name for the device, e.g. "Sales phone".'),
      inspector: inspector(),
    },
    query: ['inspector'],
    result: 'createDeviceRequest',
    example: { teamId: 22, name: 'Sales phone' },
  }),

  endpoint({
    name: 'devices_update',
    title: 'Rename device',
    description: 'Rename a device.',
    route: 'PATCH /devices/{deviceId}',
    scope: 'devices:write',
    effect: 'write',
    input: {
      deviceId: deviceId(),
      name: z.string().min(1).describe('The new name.'),
      cols: p.cols(DEVICE_FIELDS),
    },
    query: ['cols'],
    result: 'device',
    example: { deviceId: 51, name: 'Android phone' },
  }),

  endpoint({
    name: 'devices_delete',
    title: 'Delete device',
    description: 'Remove a device from its team for good, with its queues; scenarios using it stop getting its data.',
    route: 'DELETE /devices/{deviceId}',
    scope: 'devices:write',
    effect: 'destructive',
    input: { deviceId: deviceId(), confirmed: p.makeConfirmed('scenarios use this device') },
    makeConfirmFlag: 'confirmed',
    result: 'device',
    example: { deviceId: 51 },
  }),

  endpoint({
    name: 'devices_list-incomings',
    title: 'List device incoming items',
    description: 'List the items a device sent that wait in its incoming queue (ID, scope, size, time).',
    route: 'GET /devices/{deviceId}/incomings',
    scope: 'devices:read',
    effect: 'read',
    input: { deviceId: deviceId(), scope: scope(), ...p.pagination(['created']) },
    result: 'incomings',
    example: { deviceId: 51, limit: 20, sortDir: 'desc' },
  }),

  endpoint({
    name: 'devices_get-incoming',
    title: 'Get device incoming item',
    description: 'Get one item of a device\'s incoming queue, with its data.',
    route: 'GET /devices/{deviceId}/incomings/{incomingId}',
    scope: 'devices:read',
    effect: 'read',
    input: { deviceId: deviceId(), incomingId: p.key('incoming item ID', 'devices_list-incomings') },
    example: { deviceId: 51, incomingId: 'in-1a2b3c' },
  }),

  endpoint({
    name: 'devices_get-incoming-stats',
    title: 'Get device incoming queue stats',
    description: 'Get a device\'s incoming queue size and limit, and whether it is enabled.',
    route: 'GET /devices/{deviceId}/incomings/stats',
    scope: 'devices:read',
    effect: 'read',
    input: { deviceId: deviceId(), scope: scope() },
    result: 'incomingStat',
    example: { deviceId: 51, scope: 'scanner' },
  }),

  endpoint({
    name: 'devices_delete-incomings',
    title: 'Delete device incoming items',
    description:
      'Delete items from a device\'s incoming queue for good: by ids, or all (optionally except some). ' +
      'Some may fail while others go; the reply then has an error.',
    route: 'DELETE /devices/{deviceId}/incomings',
    scope: 'devices:write',
    effect: 'destructive',
    input: queueInput('devices_list-incomings'),
    body: ['ids', 'all', 'exceptIds'],
    makeConfirmFlag: 'confirmed',
    example: { deviceId: 51, ids: ['in-1a2b3c'] },
  }),

  endpoint({
    name: 'devices_list-outgoings',
    title: 'List device outgoing items',
    description: 'List the items waiting in a device\'s outgoing queue, to be delivered to the device.',
    route: 'GET /devices/{deviceId}/outgoings',
    scope: 'devices:read',
    effect: 'read',
    input: { deviceId: deviceId(), scope: scope(), ...p.pagination(['created']) },
    result: 'outgoings',
    example: { deviceId: 51, limit: 20, offset: 0 },
  }),

  endpoint({
    name: 'devices_get-outgoing',
    title: 'Get device outgoing item',
    description: 'Get one item of a device\'s outgoing queue, with its data.',
    route: 'GET /devices/{deviceId}/outgoings/{outgoingId}',
    scope: 'devices:read',
    effect: 'read',
    input: { deviceId: deviceId(), outgoingId: p.key('outgoing item ID', 'devices_list-outgoings') },
    example: { deviceId: 51, outgoingId: 'out-1a2b3c' },
  }),

  endpoint({
    name: 'devices_delete-outgoings',
    title: 'Delete device outgoing items',
    description:
      'Delete items from a device\'s outgoing queue for good, so they are never delivered: by ids, or all ' +
      '(optionally except some). Some may fail while others go; the reply then has an error.',
    route: 'DELETE /devices/{deviceId}/outgoings',
    scope: 'devices:write',
    effect: 'destructive',
    input: queueInput('devices_list-outgoings'),
    body: ['ids', 'all', 'exceptIds'],
    makeConfirmFlag: 'confirmed',
    example: { deviceId: 51, ids: ['out-1a2b3c'] },
  }),
];
