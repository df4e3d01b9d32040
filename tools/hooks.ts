// Hooks: webhooks and mailhooks, the addresses that start scenarios when data arrives, with their queue and logs.
import { z } from 'zod';
import { endpoint } from '../src/endpoint.js';
import * as p from '../src/params.js';

const hookId = () => p.id('hook', 'hooks_list');
// Make documents teamId as text on these two routes (its own example sends "1").
const teamId = () => z.string().regex(/^\d+$/).describe('The team ID, as digits, e.g. "22". Find it with teams_list.');
const { limit, offset, sortDir } = p.pagination(['created']);
const PAGE = { limit, offset, sortDir };
const unixMs = (what: string) => z.number().int().min(0).optional().describe(`${what}, Unix ms.`);
const incomingIds = (what: string) =>
  z.array(z.string().min(1)).min(1).optional().describe(`${what}, from hooks_list-incomings.`);

export default [
  endpoint({
    name: 'hooks_list',
    title: 'List hooks',
    description: 'List a team\'s webhooks and mailhooks with their address, queue size and state. Use it to find hook ids.',
    route: 'GET /hooks',
    scope: 'hooks:read',
    effect: 'read',
    input: {
      teamId: teamId(),
      typeName: z.string().min(1).optional().describe('Only this hook type, e.g. "gateway-webhook" or "gateway-mailhook".'),
      assigned: z.boolean().optional().describe('true: only hooks a scenario uses.'),
      viewForScenarioId: p.id('scenario', 'scenarios_list').optional()
        .describe('Only hooks this scenario could use (free or already its own). Overrides assigned.'),
    },
    result: 'hooks',
    example: { teamId: '22', typeName: 'gateway-webhook', assigned: true },
  }),

  endpoint({
    name: 'hooks_create',
    title: 'Create hook',
    description:
      'Create a hook in a team. For a plain webhook use typeName "gateway-webhook"; app hooks take the app\'s type ' +
      'and often a connection. Returns the hook with its URL.',
    route: 'POST /hooks',
    scope: 'hooks:write',
    effect: 'write',
    input: {
      name: z.string().min(1).max(128).describe('Display name (need not be unique).'),
      teamId: teamId(),
      typeName: z.string().min(1).describe('Hook type, e.g. "gateway-webhook", "gateway-mailhook" or an app\'s type.'),
      method: z.boolean().describe('true: pass the HTTP method to the scenario.'),
      header: z.boolean().describe('true: pass the request headers to the scenario.'),
      stringify: z.boolean().describe('true: pass JSON payloads as text.'),
      __IMTCONN__: p.id('connection', 'connections_list').optional().describe('Connection the app hook uses. Find it with connections_list.'),
      formId: z.string().min(1).optional().describe('Form ID, for form apps such as Jotform.'),
    },
    result: 'hook',
    ifUnknown: 'Check with hooks_list (teamId {teamId}) whether a hook named {name} exists before creating it again.',
    example: { name: 'Orders in', teamId: '22', typeName: 'gateway-webhook', method: false, header: true, stringify: false },
  }),

  endpoint({
    name: 'hooks_get',
    title: 'Get hook',
    description: 'Get one hook: type, URL, settings, queue count and limit, enabled state and its scenario.',
    route: 'GET /hooks/{hookId}',
    scope: 'hooks:read',
    effect: 'read',
    input: { hookId: hookId() },
    result: 'hook',
    example: { hookId: 601 },
  }),

  endpoint({
    name: 'hooks_rename',
    title: 'Rename hook',
    description: 'Rename a hook. To change its settings use hooks_update.',
    route: 'PATCH /hooks/{hookId}',
    scope: 'hooks:write',
    effect: 'write',
    input: { hookId: hookId(), name: z.string().min(1).max(128).describe('The new display name.') },
    result: 'hook',
    example: { hookId: 601, name: 'Orders in (prod)' },
  }),

  endpoint({
    name: 'hooks_delete',
    title: 'Delete hook',
    description:
      'Delete a hook; its URL stops accepting data and queued items are lost. If a scenario uses it, Make refuses ' +
      'unless confirmed is true, and that scenario stops working.',
    route: 'DELETE /hooks/{hookId}',
    scope: 'hooks:write',
    effect: 'destructive',
    input: { hookId: hookId(), confirmed: p.makeConfirmed('a scenario uses this hook and will stop working') },
    makeConfirmFlag: 'confirmed',
    result: 'hook',
    example: { hookId: 601 },
  }),

  endpoint({
    name: 'hooks_ping',
    title: 'Check hook',
    description: 'Check a hook: its address, whether a scenario uses it, whether it is learning a structure, and if it is gone.',
    route: 'GET /hooks/{hookId}/ping',
    scope: 'hooks:read',
    effect: 'read',
    input: { hookId: hookId() },
    example: { hookId: 601 },
  }),

  endpoint({
    name: 'hooks_learn-start',
    title: 'Start learning data structure',
    description: 'Make the hook learn its data structure from the next request sent to its address.',
    route: 'POST /hooks/{hookId}/learn-start',
    scope: 'hooks:write',
    effect: 'write',
    input: { hookId: hookId() },
    result: 'success',
    example: { hookId: 601 },
  }),

  endpoint({
    name: 'hooks_learn-stop',
    title: 'Stop learning data structure',
    description: 'Stop a hook learning its data structure.',
    route: 'POST /hooks/{hookId}/learn-stop',
    scope: 'hooks:write',
    effect: 'write',
    input: { hookId: hookId() },
    result: 'success',
    example: { hookId: 601 },
  }),

  endpoint({
    name: 'hooks_enable',
    title: 'Enable hook',
    description: 'Enable a hook so it accepts incoming data again.',
    route: 'POST /hooks/{hookId}/enable',
    scope: 'hooks:write',
    effect: 'write',
    input: { hookId: hookId() },
    result: 'success',
    example: { hookId: 601 },
  }),

  endpoint({
    name: 'hooks_disable',
    title: 'Disable hook',
    description: 'Disable a hook: it stops accepting incoming data until enabled.',
    route: 'POST /hooks/{hookId}/disable',
    scope: 'hooks:write',
    effect: 'write',
    input: { hookId: hookId() },
    result: 'success',
    example: { hookId: 601 },
  }),

  endpoint({
    name: 'hooks_update',
    title: 'Replace hook settings',
    description:
      'Overwrite a hook\'s type-specific settings (e.g. method, header, stringify; app fields for app hooks). ' +
      'The previous values are replaced. Returns changed true or false.',
    route: 'POST /hooks/{hookId}/set-data',
    scope: 'hooks:write',
    effect: 'destructive',
    input: {
      hookId: hookId(),
      data: z
        .record(z.unknown())
        .refine((d) => Object.keys(d).length > 0, 'must name at least one field')
        .describe('The settings, at least one, e.g. { "method": true, "header": false }.'),
    },
    spread: 'data',
    result: 'changed',
    example: { hookId: 601, data: { method: true, header: false, stringify: false } },
  }),

  endpoint({
    name: 'hooks_list-incomings',
    title: 'List hook queue',
    description: 'List the items waiting in a hook\'s queue (received, not yet processed by its scenario).',
    route: 'GET /hooks/{hookId}/incomings',
    scope: 'hooks:read',
    effect: 'read',
    input: { hookId: hookId(), ...PAGE },
    result: 'incomings',
    example: { hookId: 601, limit: 20 },
  }),

  endpoint({
    name: 'hooks_delete-incomings',
    title: 'Delete hook queue items',
    description:
      'Delete items from a hook\'s queue for good; their data is never processed. Items being processed are kept ' +
      'and reported in error.',
    route: 'DELETE /hooks/{hookId}/incomings',
    scope: 'hooks:write',
    effect: 'destructive',
    input: {
      hookId: hookId(),
      ids: incomingIds('The items to delete'),
      all: z.boolean().optional().describe('true: delete the whole queue (Make then wants confirmed).'),
      exceptIds: incomingIds('With all: items to keep'),
      confirmed: p.makeConfirmed('all: true empties the whole queue'),
    },
    body: ['ids', 'all', 'exceptIds'],
    makeConfirmFlag: 'confirmed',
    example: { hookId: 601, ids: ['in-1a2b3c'] },
  }),

  endpoint({
    name: 'hooks_get-incoming',
    title: 'Get hook queue item',
    description: 'Get one queued item of a hook with its received data.',
    route: 'GET /hooks/{hookId}/incomings/{incomingId}',
    scope: 'hooks:read',
    effect: 'read',
    input: { hookId: hookId(), incomingId: p.key('queue item ID', 'hooks_list-incomings') },
    result: 'incoming',
    example: { hookId: 601, incomingId: 'in-1a2b3c' },
  }),

  endpoint({
    name: 'hooks_get-incoming-stats',
    title: 'Get hook queue stats',
    description: 'Get how many items wait in a hook\'s queue, the queue limit, and whether the hook is enabled.',
    route: 'GET /hooks/{hookId}/incomings/stats',
    scope: 'hooks:read',
    effect: 'read',
    input: { hookId: hookId() },
    result: 'incomingStat',
    example: { hookId: 601 },
  }),

  endpoint({
    name: 'hooks_list-logs',
    title: 'List hook logs',
    description: 'List a hook\'s request logs (status, size, time, parser). Use it to see what a hook received.',
    route: 'GET /hooks/{hookId}/logs',
    scope: 'hooks:read',
    effect: 'read',
    input: { hookId: hookId(), from: unixMs('Only logs after this time'), to: unixMs('Only logs before this time'), ...PAGE },
    result: 'hookLogs',
    example: { hookId: 601, from: 1736935200000, limit: 20 },
  }),

  endpoint({
    name: 'hooks_get-log',
    title: 'Get hook log',
    description: 'Get one hook log with the request (headers, query, body) and Make\'s response, where recorded.',
    route: 'GET /hooks/{hookId}/logs/{logId}',
    scope: 'hooks:read',
    effect: 'read',
    input: { hookId: hookId(), logId: p.key('log ID', 'hooks_list-logs') },
    result: 'hookLog',
    example: { hookId: 601, logId: 'log-1a2b3c' },
  }),
];
