import { z } from 'zod';
import { endpoint, type ToolsetAbout } from '../src/endpoint.js';
import * as p from '../src/params.js';

export const about: ToolsetAbout = {
  description: 'Remote procedures a custom app (Make SDK app) calls to fill dynamic fields and option lists.',
  searchWords: 'custom app rpc remote procedure dynamic options list',
};

const appName = () => p.key('app name', 'sdk-apps_list');
const appVersion = () => z.number().int().describe('App version.');
const rpcName = () => p.key('RPC name', 'sdk-rpcs_list');
const section = () => z.enum(['api', 'parameters']).describe('RPC section.');

export default [
  endpoint({
    name: 'sdk-rpcs_list',
    title: 'List app RPCs',
    description: "List a custom app version's RPCs: names and labels.",
    route: 'GET /sdk/apps/{appName}/{appVersion}/rpcs',
    scope: 'sdk-apps:read',
    effect: 'read',
    input: () => ({ appName: appName(), appVersion: appVersion() }),
    result: 'appRpcs',
    example: { appName: 'slack', appVersion: 1 },
  }),

  endpoint({
    name: 'sdk-rpcs_get',
    title: 'Get app RPC',
    description: 'Get an app RPC: label and connections.',
    route: 'GET /sdk/apps/{appName}/{appVersion}/rpcs/{rpcName}',
    scope: 'sdk-apps:read',
    effect: 'read',
    input: () => ({ appName: appName(), appVersion: appVersion(), rpcName: rpcName() }),
    result: 'appRpc',
    example: { appName: 'slack', appVersion: 1, rpcName: 'listFolders' },
  }),

  endpoint({
    name: 'sdk-rpcs_create',
    title: 'Create app RPC',
    description: 'Add an RPC to a custom app; fill it with sdk-rpcs_set-section.',
    route: 'POST /sdk/apps/{appName}/{appVersion}/rpcs',
    scope: 'sdk-apps:write',
    effect: 'write',
    input: () => ({
      appName: appName(),
      appVersion: appVersion(),
      name: z.string().min(1).describe('RPC name, e.g. listChannels.'),
      label: z.string().min(1).describe('Display label.'),
    }),
    result: 'appRpc',
    example: { appName: 'slack', appVersion: 1, name: 'listChannels', label: 'List channels' },
  }),

  endpoint({
    name: 'sdk-rpcs_update',
    title: 'Update app RPC',
    description: "Change an app RPC's label or connections.",
    route: 'PATCH /sdk/apps/{appName}/{appVersion}/rpcs/{rpcName}',
    scope: 'sdk-apps:write',
    effect: 'write',
    input: () => ({
      appName: appName(),
      appVersion: appVersion(),
      rpcName: rpcName(),
      label: z.string().min(1).optional().describe('New display label.'),
      // Newer than Make's 2024-12 document; Make's own client sends them.
      connection: z.string().min(1).optional().describe('Connection name (sdk-connections_list).'),
      altConnection: z.string().min(1).optional().describe('Alternative connection name.'),
    }),
    result: 'appRpc',
    example: { appName: 'slack', appVersion: 1, rpcName: 'listFolders', label: 'List folders' },
  }),

  endpoint({
    name: 'sdk-rpcs_delete',
    title: 'Delete app RPC',
    description: 'Delete an app RPC; module fields that call it stop loading.',
    route: 'DELETE /sdk/apps/{appName}/{appVersion}/rpcs/{rpcName}',
    scope: 'sdk-apps:write',
    effect: 'destructive',
    input: () => ({ appName: appName(), appVersion: appVersion(), rpcName: rpcName() }),
    result: 'appRpc',
    example: { appName: 'slack', appVersion: 1, rpcName: 'listFolders' },
  }),

  endpoint({
    name: 'sdk-rpcs_test',
    title: 'Test app RPC',
    description: 'Run an app RPC on its service with sample input; returns its output.',
    route: 'POST /sdk/apps/{appName}/{appVersion}/rpcs/{rpcName}',
    scope: 'sdk-apps:write',
    effect: 'write',
    openWorld: true,
    input: () => ({
      appName: appName(),
      appVersion: appVersion(),
      rpcName: rpcName(),
      data: z.record(z.unknown()).optional().describe('Parameter values by name.'),
      schema: z.array(z.record(z.unknown())).optional().describe('Parameter definitions, like the parameters section.'),
    }),
    example: {
      appName: 'slack',
      appVersion: 1,
      rpcName: 'listFolders',
      data: { teamId: 'T1' },
      schema: [{ name: 'teamId', type: 'text', required: true }],
    },
  }),

  endpoint({
    name: 'sdk-rpcs_get-section',
    title: 'Get app RPC section',
    description: 'Get an app RPC section (api: HTTP call; parameters: inputs).',
    route: 'GET /sdk/apps/{appName}/{appVersion}/rpcs/{rpcName}/{section}',
    scope: 'sdk-apps:read',
    effect: 'read',
    input: () => ({ appName: appName(), appVersion: appVersion(), rpcName: rpcName(), section: section() }),
    example: { appName: 'slack', appVersion: 1, rpcName: 'listFolders', section: 'api' },
  }),

  endpoint({
    name: 'sdk-rpcs_set-section',
    title: 'Set app RPC section',
    description: 'Overwrite an app RPC section with JSONC (comments kept).',
    route: 'PUT /sdk/apps/{appName}/{appVersion}/rpcs/{rpcName}/{section}',
    scope: 'sdk-apps:write',
    effect: 'write',
    input: () => ({
      appName: appName(),
      appVersion: appVersion(),
      rpcName: rpcName(),
      section: section(),
      body: z.string().min(1).describe('The whole section as JSONC.'),
    }),
    textBody: { input: 'body', contentType: 'application/jsonc' },
    result: 'change',
    example: {
      appName: 'slack',
      appVersion: 1,
      rpcName: 'listFolders',
      section: 'api',
      body: '{\n  // one option per folder\n  "url": "/folders",\n  "method": "GET"\n}',
    },
  }),
];
