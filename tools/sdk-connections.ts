import { z } from 'zod';
import { endpoint, type ToolsetAbout } from '../src/endpoint.js';
import * as p from '../src/params.js';

export const about: ToolsetAbout = {
  description: "How a custom app (Make SDK app) authenticates its users to the app's service.",
  searchWords: 'custom app connection oauth credentials common client secret',
};

const SECTIONS = ['api', 'parameters', 'scopes', 'scope', 'install', 'installSpec'] as const;

const appName = () => p.key('app name', 'sdk-apps_list');
const connectionName = () => p.key('connection name', 'sdk-connections_list');
const section = () => z.enum(SECTIONS).describe('Connection section.');

export default [
  endpoint({
    name: 'sdk-connections_list',
    title: 'List app connections',
    description: "List a custom app's connection types: names, labels, auth types.",
    route: 'GET /sdk/apps/{appName}/connections',
    scope: 'sdk-apps:read',
    effect: 'read',
    input: () => ({ appName: appName() }),
    result: 'appConnections',
    example: { appName: 'slack' },
  }),

  endpoint({
    name: 'sdk-connections_get',
    title: 'Get app connection',
    description: 'Get an app connection type: label and auth type.',
    route: 'GET /sdk/apps/connections/{connectionName}',
    scope: 'sdk-apps:read',
    effect: 'read',
    input: () => ({ connectionName: connectionName() }),
    result: 'appConnection',
    example: { connectionName: 'acme-oauth' },
  }),

  endpoint({
    name: 'sdk-connections_create',
    title: 'Create app connection',
    description: 'Add a connection type to a custom app (Make names it); fill it with sdk-connections_set-section.',
    route: 'POST /sdk/apps/{appName}/connections',
    scope: 'sdk-apps:write',
    effect: 'write',
    input: () => ({
      appName: appName(),
      type: z.string().min(1).describe('Auth type, e.g. basic, oauth, oauth-refresh, other.'),
      label: z.string().min(1).describe('Name shown when users create a connection.'),
    }),
    result: 'appConnection',
    example: { appName: 'slack', type: 'oauth', label: 'Acme OAuth' },
  }),

  endpoint({
    name: 'sdk-connections_update',
    title: 'Update app connection',
    description: 'Rename an app connection type (label).',
    route: 'PATCH /sdk/apps/connections/{connectionName}',
    scope: 'sdk-apps:write',
    effect: 'write',
    input: () => ({
      connectionName: connectionName(),
      label: z.string().min(1).optional().describe('New label.'),
    }),
    result: 'appConnection',
    example: { connectionName: 'acme-oauth', label: 'Acme (OAuth 2.0)' },
  }),

  endpoint({
    name: 'sdk-connections_delete',
    title: 'Delete app connection',
    description: 'Delete an app connection type; modules and RPCs using it lose their auth.',
    route: 'DELETE /sdk/apps/connections/{connectionName}',
    scope: 'sdk-apps:write',
    effect: 'destructive',
    input: () => ({ connectionName: connectionName() }),
    result: 'appConnection',
    example: { connectionName: 'acme-oauth' },
  }),

  endpoint({
    name: 'sdk-connections_get-section',
    title: 'Get app connection section',
    description: 'Get an app connection section (api: auth calls; parameters: fields).',
    route: 'GET /sdk/apps/connections/{connectionName}/{section}',
    scope: 'sdk-apps:read',
    effect: 'read',
    input: () => ({ connectionName: connectionName(), section: section() }),
    example: { connectionName: 'acme-oauth', section: 'api' },
  }),

  endpoint({
    name: 'sdk-connections_set-section',
    title: 'Set app connection section',
    description: 'Overwrite an app connection section with JSONC (comments kept).',
    route: 'PUT /sdk/apps/connections/{connectionName}/{section}',
    scope: 'sdk-apps:write',
    effect: 'write',
    input: () => ({
      connectionName: connectionName(),
      section: section(),
      body: z.string().min(1).describe('The whole section as JSONC.'),
    }),
    textBody: { input: 'body', contentType: 'application/jsonc' },
    result: 'change',
    example: {
      connectionName: 'acme-oauth',
      section: 'api',
      body: '{\n  // exchange the code for a token\n  "url": "https://api.acme.test/oauth/token",\n  "method": "POST"\n}',
    },
  }),

  endpoint({
    name: 'sdk-connections_get-common',
    title: 'Get app connection common data',
    description: "Get an app connection's shared common data (e.g. OAuth client).",
    route: 'GET /sdk/apps/connections/{connectionName}/common',
    scope: 'sdk-apps:read',
    effect: 'read',
    input: () => ({ connectionName: connectionName() }),
    example: { connectionName: 'acme-oauth' },
  }),

  endpoint({
    name: 'sdk-connections_set-common',
    title: 'Set app connection common data',
    description: "Replace an app connection's common data (OAuth client); omitted fields are removed.",
    route: 'PUT /sdk/apps/connections/{connectionName}/common',
    scope: 'sdk-apps:write',
    effect: 'destructive',
    input: () => ({
      connectionName: connectionName(),
      common: z
        .object({
          clientId: z.string().min(1).optional().describe('OAuth client ID.'),
          clientSecret: z.string().min(1).optional().describe('OAuth client secret.'),
        })
        .strict()
        .describe('The whole common data.'),
    }),
    spread: 'common',
    result: 'changed',
    example: { connectionName: 'acme-oauth', common: { clientId: 'acme-client', clientSecret: 'acme-secret' } },
  }),

  endpoint({
    source: 'make-reference',
    name: 'sdk-connections_recreate',
    title: 'Recreate app connection',
    description: 'Recreate an app connection that Make can no longer use, keeping its name.',
    route: 'POST /sdk/apps/connections/{connectionName}/recreate',
    scope: 'sdk-apps:write',
    effect: 'write',
    input: () => ({ connectionName: connectionName() }),
    example: { connectionName: 'acme-oauth' },
  }),
];
