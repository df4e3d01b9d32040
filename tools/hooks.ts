import { z } from 'zod';
import { endpoint, type ToolsetAbout } from '../src/endpoint.js';
import * as p from '../src/params.js';

export const about: ToolsetAbout = {
  description:
    'Webhooks and mailhooks, the addresses that start scenarios when data arrives, with their queue and logs.',
  searchWords: 'webhook webhooks mailhook trigger url endpoint queue incoming payload',
};

const hookId = () => p.id('hook', 'hooks_list');
const { limit, offset } = p.pagination(['created']);
const PAGE = { limit, offset };
const unixMs = (what: string) => z.number().int().optional().describe(`${what}, Unix ms.`);
const incomingIds = (what: string) => z.array(z.string()).optional().describe(`${what}, from hooks_list-incomings.`);

export default [
  endpoint({
    name: 'hooks_list',
    title: 'List hooks',
    description: "List a team's webhooks and mailhooks: address, queue size, state.",
    route: 'GET /hooks',
    scope: 'hooks:read',
    effect: 'read',
    input: () => ({
      // Make's 2024-12 document types teamId as text on this route and POST /hooks; Make's own client sends a number.
      teamId: p.teamId(),
      typeName: z.string().optional().describe('Only this type, e.g. "gateway-webhook", "gateway-mailhook".'),
      assigned: z.boolean().optional().describe('true: only hooks in use.'),
      viewForScenarioId: p
        .id('scenario', 'scenarios_list')
        .optional()
        .describe('Only hooks free for this scenario (or its own).'),
    }),
    result: 'hooks',
    example: { teamId: 22, typeName: 'gateway-webhook', assigned: true },
  }),

  endpoint({
    name: 'hooks_create',
    title: 'Create hook',
    description:
      'Create a hook in a team; returns it with its URL. A plain webhook has typeName "gateway-webhook"; settings ' +
      "left out take the hook type's defaults.",
    route: 'POST /hooks',
    scope: 'hooks:write',
    effect: 'write',
    input: () => ({
      name: z.string().min(1).max(128).describe('Display name.'),
      teamId: p.teamId(),
      typeName: z.string().describe('e.g. "gateway-webhook", "gateway-mailhook" or an app hook type.'),
      method: z.boolean().optional().describe('Pass the HTTP method on.'),
      header: z.boolean().optional().describe('Pass the headers on.'),
      stringify: z.boolean().optional().describe('Pass JSON payloads as text.'),
      __IMTCONN__: p.id('connection', 'connections_list').optional(),
      formId: z.string().optional().describe('Form ID, for form apps.'),
      // Newer than Make's 2024-12 document; Make's own client sends both (useDefaults always).
      data: z.record(z.unknown()).optional().describe('Other settings of the hook type, merged into the request.'),
      useDefaults: z
        .enum(['requiredOnly'])
        .default('requiredOnly')
        .describe(
          "Make fills required settings left out from the hook type's defaults (sent always, as Make's client does).",
        ),
    }),
    query: ['useDefaults'],
    spread: 'data',
    result: 'hook',
    ifUnknown: 'Check with hooks_list (teamId {teamId}) whether a hook named {name} exists before creating it again.',
    example: {
      name: 'Orders in',
      teamId: 22,
      typeName: 'gateway-webhook',
      method: false,
      header: true,
      stringify: false,
    },
  }),

  endpoint({
    name: 'hooks_get',
    title: 'Get hook',
    description: 'Get one hook: type, URL, settings, queue, state, scenario.',
    route: 'GET /hooks/{hookId}',
    scope: 'hooks:read',
    effect: 'read',
    input: () => ({ hookId: hookId() }),
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
    input: () => ({ hookId: hookId(), name: z.string().min(1).max(128).describe('New display name.') }),
    result: 'hook',
    example: { hookId: 601, name: 'Orders in (prod)' },
  }),

  endpoint({
    name: 'hooks_delete',
    title: 'Delete hook',
    description:
      'Delete a hook: its URL stops working and queued data is lost. A scenario using it breaks (Make wants confirmed).',
    route: 'DELETE /hooks/{hookId}',
    scope: 'hooks:write',
    effect: 'destructive',
    input: () => ({ hookId: hookId(), confirmed: p.makeConfirmed('a scenario uses it') }),
    makeConfirmFlag: 'confirmed',
    result: 'hook',
    example: { hookId: 601 },
  }),

  endpoint({
    name: 'hooks_ping',
    title: 'Check hook',
    description: 'Check a hook: address, whether attached to a scenario, learning, or gone.',
    route: 'GET /hooks/{hookId}/ping',
    scope: 'hooks:read',
    effect: 'read',
    input: () => ({ hookId: hookId() }),
    example: { hookId: 601 },
  }),

  endpoint({
    name: 'hooks_learn-start',
    title: 'Start learning data structure',
    description: "Learn the hook's data structure from the next request it receives.",
    route: 'POST /hooks/{hookId}/learn-start',
    scope: 'hooks:write',
    effect: 'write',
    input: () => ({ hookId: hookId() }),
    result: 'success',
    example: { hookId: 601 },
  }),

  endpoint({
    name: 'hooks_learn-stop',
    title: 'Stop learning data structure',
    description: "Stop learning the hook's data structure.",
    route: 'POST /hooks/{hookId}/learn-stop',
    scope: 'hooks:write',
    effect: 'write',
    input: () => ({ hookId: hookId() }),
    result: 'success',
    example: { hookId: 601 },
  }),

  endpoint({
    name: 'hooks_enable',
    title: 'Enable hook',
    description: 'Enable a hook: it accepts data again.',
    route: 'POST /hooks/{hookId}/enable',
    scope: 'hooks:write',
    effect: 'write',
    input: () => ({ hookId: hookId() }),
    result: 'success',
    example: { hookId: 601 },
  }),

  endpoint({
    name: 'hooks_disable',
    title: 'Disable hook',
    description: 'Disable a hook: it stops accepting data.',
    route: 'POST /hooks/{hookId}/disable',
    scope: 'hooks:write',
    effect: 'write',
    input: () => ({ hookId: hookId() }),
    result: 'success',
    example: { hookId: 601 },
  }),

  endpoint({
    name: 'hooks_update',
    title: 'Replace hook settings',
    description: "Overwrite a hook's type-specific settings (e.g. method, header, stringify); old values are replaced.",
    route: 'POST /hooks/{hookId}/set-data',
    scope: 'hooks:write',
    effect: 'destructive',
    input: () => ({
      hookId: hookId(),
      data: z
        .record(z.unknown())
        .refine((d) => Object.keys(d).length > 0, 'must name at least one field')
        .describe('At least one setting, e.g. {"method":true}.'),
    }),
    spread: 'data',
    result: 'changed',
    example: { hookId: 601, data: { method: true, header: false, stringify: false } },
  }),

  endpoint({
    name: 'hooks_list-incomings',
    title: 'List hook queue',
    description: "List data waiting in a hook's queue, not yet processed.",
    route: 'GET /hooks/{hookId}/incomings',
    scope: 'hooks:read',
    effect: 'read',
    input: () => ({ hookId: hookId(), ...PAGE }),
    result: 'incomings',
    example: { hookId: 601, limit: 20 },
  }),

  endpoint({
    name: 'hooks_delete-incomings',
    title: 'Delete hook queue items',
    description: 'Delete queued data of a hook for good; it is never processed. Items in progress stay (see error).',
    route: 'DELETE /hooks/{hookId}/incomings',
    scope: 'hooks:write',
    effect: 'destructive',
    input: () => ({
      hookId: hookId(),
      ids: incomingIds('IDs to delete'),
      all: z.boolean().optional().describe('Delete the whole queue (needs confirmed).'),
      exceptIds: incomingIds('With all: IDs to keep'),
      confirmed: p.makeConfirmed('all empties the queue'),
    }),
    body: ['ids', 'all', 'exceptIds'],
    makeConfirmFlag: 'confirmed',
    example: { hookId: 601, ids: ['in-1a2b3c'] },
  }),

  endpoint({
    name: 'hooks_get-incoming',
    title: 'Get hook queue item',
    description: 'Get one queued item of a hook with its data.',
    route: 'GET /hooks/{hookId}/incomings/{incomingId}',
    scope: 'hooks:read',
    effect: 'read',
    input: () => ({ hookId: hookId(), incomingId: p.key('item ID', 'hooks_list-incomings') }),
    result: 'incoming',
    example: { hookId: 601, incomingId: 'in-1a2b3c' },
  }),

  endpoint({
    name: 'hooks_get-incoming-stats',
    title: 'Get hook queue stats',
    description: "Get a hook's queue size and limit, and whether it is enabled.",
    route: 'GET /hooks/{hookId}/incomings/stats',
    scope: 'hooks:read',
    effect: 'read',
    input: () => ({ hookId: hookId() }),
    result: 'incomingStat',
    example: { hookId: 601 },
  }),

  endpoint({
    name: 'hooks_list-logs',
    title: 'List hook logs',
    description: 'List the requests a hook received: status, size, time.',
    route: 'GET /hooks/{hookId}/logs',
    scope: 'hooks:read',
    effect: 'read',
    input: () => ({ hookId: hookId(), from: unixMs('After'), to: unixMs('Before'), ...PAGE }),
    result: 'hookLogs',
    example: { hookId: 601, from: 1736935200000, limit: 20 },
  }),

  endpoint({
    name: 'hooks_get-log',
    title: 'Get hook log',
    description: 'Get one hook log: the request received (headers, body) and the answer, if recorded.',
    route: 'GET /hooks/{hookId}/logs/{logId}',
    scope: 'hooks:read',
    effect: 'read',
    input: () => ({ hookId: hookId(), logId: p.key('log ID', 'hooks_list-logs') }),
    result: 'hookLog',
    example: { hookId: 601, logId: 'log-1a2b3c' },
  }),
];
