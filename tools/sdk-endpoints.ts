import { z } from 'zod';
import { endpoint, type ToolsetAbout } from '../src/endpoint.js';
import * as p from '../src/params.js';

export const about: ToolsetAbout = {
  description: "Named API calls a custom app (Make's app SDK) defines, with JSONC sections.",
  searchWords: 'custom app endpoint mcp input output',
};

const appName = () => p.key('app name', 'sdk-apps_list');
const appVersion = () => z.number().int().describe('App version.');
const endpointName = () => p.key('endpoint', 'sdk-endpoints_list');
// The sections Make's own client reads and writes.
const section = () => z.enum(['api', 'scope', 'inputParameters', 'outputParameters']).describe('Which section.');
const description = () => z.string().optional().describe('What the endpoint does.');
const attachedAccounts = () => z.array(z.string()).optional().describe('Connection names (sdk-connections_list).');

export default [
  endpoint({
    source: 'make-client',
    name: 'sdk-endpoints_list',
    title: 'List app endpoints',
    description: "List a custom app version's endpoints: names, labels, whether public.",
    route: 'GET /sdk/apps/{appName}/{appVersion}/endpoints',
    scope: 'sdk-apps:read',
    effect: 'read',
    input: () => ({ appName: appName(), appVersion: appVersion() }),
    result: 'appEndpoints',
    example: { appName: 'slack', appVersion: 1 },
  }),

  endpoint({
    source: 'make-client',
    name: 'sdk-endpoints_get',
    title: 'Get app endpoint',
    description: 'Get a custom app endpoint: label, description, context, hints, connections.',
    route: 'GET /sdk/apps/{appName}/{appVersion}/endpoints/{endpointName}',
    scope: 'sdk-apps:read',
    effect: 'read',
    input: () => ({ appName: appName(), appVersion: appVersion(), endpointName: endpointName() }),
    result: 'appEndpoint',
    example: { appName: 'slack', appVersion: 1, endpointName: 'listItems' },
  }),

  // Body fields from that client.
  endpoint({
    source: 'make-client',
    name: 'sdk-endpoints_create',
    title: 'Create app endpoint',
    description: 'Add an endpoint to a custom app; then fill its sections with sdk-endpoints_set-section.',
    route: 'POST /sdk/apps/{appName}/{appVersion}/endpoints',
    scope: 'sdk-apps:write',
    effect: 'write',
    input: () => ({
      appName: appName(),
      appVersion: appVersion(),
      name: z.string().min(1).describe('Unique name, e.g. "listItems".'),
      label: z.string().min(1).describe('Display name.'),
      description: description(),
      attachedAccounts: attachedAccounts(),
    }),
    result: 'appEndpoint',
    example: {
      appName: 'slack',
      appVersion: 1,
      name: 'listItems',
      label: 'List items',
      attachedAccounts: ['acme-oauth'],
    },
  }),

  // Body fields from that client.
  endpoint({
    source: 'make-client',
    name: 'sdk-endpoints_update',
    title: 'Update app endpoint',
    description: "Change a custom app endpoint's label, description, context, hints or connections.",
    route: 'PATCH /sdk/apps/{appName}/{appVersion}/endpoints/{endpointName}',
    scope: 'sdk-apps:write',
    effect: 'write',
    input: () => ({
      appName: appName(),
      appVersion: appVersion(),
      endpointName: endpointName(),
      label: z.string().min(1).optional().describe('Display name.'),
      description: description(),
      context: z.string().optional().describe('When to use it.'),
      annotations: z.record(z.boolean()).optional().describe('MCP-style hints, e.g. {"readOnlyHint":true}.'),
      attachedAccounts: attachedAccounts(),
    }),
    result: 'appEndpoint',
    example: {
      appName: 'slack',
      appVersion: 1,
      endpointName: 'listItems',
      label: 'List items',
      annotations: { readOnlyHint: true },
    },
  }),

  endpoint({
    source: 'make-client',
    name: 'sdk-endpoints_delete',
    title: 'Delete app endpoint',
    description: 'Delete a custom app endpoint and its sections.',
    route: 'DELETE /sdk/apps/{appName}/{appVersion}/endpoints/{endpointName}',
    scope: 'sdk-apps:write',
    effect: 'destructive',
    input: () => ({ appName: appName(), appVersion: appVersion(), endpointName: endpointName() }),
    example: { appName: 'slack', appVersion: 1, endpointName: 'listItems' },
  }),

  endpoint({
    source: 'make-client',
    name: 'sdk-endpoints_get-section',
    title: 'Get app endpoint section',
    description: "Read a custom app endpoint's section (JSONC).",
    route: 'GET /sdk/apps/{appName}/{appVersion}/endpoints/{endpointName}/{section}',
    scope: 'sdk-apps:read',
    effect: 'read',
    input: () => ({ appName: appName(), appVersion: appVersion(), endpointName: endpointName(), section: section() }),
    example: { appName: 'slack', appVersion: 1, endpointName: 'listItems', section: 'api' },
  }),

  endpoint({
    source: 'make-client',
    name: 'sdk-endpoints_set-section',
    title: 'Set app endpoint section',
    description: "Replace a custom app endpoint's section with JSONC text (comments kept); the old text is lost.",
    route: 'PUT /sdk/apps/{appName}/{appVersion}/endpoints/{endpointName}/{section}',
    scope: 'sdk-apps:write',
    effect: 'write',
    input: () => ({
      appName: appName(),
      appVersion: appVersion(),
      endpointName: endpointName(),
      section: section(),
      body: z.string().min(1).describe('The whole section, JSONC.'),
    }),
    textBody: { input: 'body', contentType: 'application/jsonc' },
    example: {
      appName: 'slack',
      appVersion: 1,
      endpointName: 'listItems',
      section: 'api',
      body: '{\n  // list the first page\n  "url": "/items",\n  "method": "GET"\n}',
    },
  }),

  // Make's client calls it makePublic / makePrivate.
  endpoint({
    source: 'make-client',
    name: 'sdk-endpoints_set-visibility',
    title: 'Publish or hide app endpoint',
    description: "Publish a custom app endpoint to the app's users, or make it private again.",
    route: 'POST /sdk/apps/{appName}/{appVersion}/endpoints/{endpointName}/{visibility}',
    scope: 'sdk-apps:write',
    effect: 'write',
    input: () => ({
      appName: appName(),
      appVersion: appVersion(),
      endpointName: endpointName(),
      visibility: z.enum(['public', 'private']).describe('New visibility.'),
    }),
    example: { appName: 'slack', appVersion: 1, endpointName: 'listItems', visibility: 'public' },
  }),

  // Make's own tools name the two values of set-visibility as tools of their own.
  ...(['public', 'private'] as const).map((visibility) =>
    endpoint({
      source: 'make-client',
      name: `sdk-endpoints_set-${visibility}`,
      title: `Make app endpoint ${visibility}`,
      description: `${visibility === 'public' ? "Publish a custom app endpoint to the app's users" : 'Make a custom app endpoint private again'}. Same as sdk-endpoints_set-visibility.`,
      route: `POST /sdk/apps/{appName}/{appVersion}/endpoints/{endpointName}/${visibility}`,
      scope: 'sdk-apps:write',
      effect: 'write',
      input: () => ({ appName: appName(), appVersion: appVersion(), endpointName: endpointName() }),
      example: { appName: 'slack', appVersion: 1, endpointName: 'listItems' },
    }),
  ),
];
