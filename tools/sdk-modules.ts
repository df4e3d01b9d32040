import { z } from 'zod';
import { endpoint, type ToolsetAbout } from '../src/endpoint.js';
import * as p from '../src/params.js';

export const about: ToolsetAbout = {
  description: 'The triggers, actions and searches a custom app (Make SDK app) offers in scenarios.',
  searchWords: 'custom app module trigger action search section mappable parameters epoch',
};

const SECTIONS = ['api', 'epoch', 'interface', 'parameters', 'samples', 'scope', 'expect'] as const;

const appName = () => p.key('app name', 'sdk-apps_list');
const appVersion = () => z.number().int().describe('App version.');
const moduleName = () => p.key('module name', 'sdk-modules_list');
const section = () => z.enum(SECTIONS).describe('Module section.');

export default [
  endpoint({
    name: 'sdk-modules_list',
    title: 'List app modules',
    description: "List a custom app version's modules: names, labels, types.",
    route: 'GET /sdk/apps/{appName}/{appVersion}/modules',
    scope: 'sdk-apps:read',
    effect: 'read',
    input: () => ({ appName: appName(), appVersion: appVersion() }),
    result: 'appModules',
    example: { appName: 'slack', appVersion: 1 },
  }),

  endpoint({
    name: 'sdk-modules_get',
    title: 'Get app module',
    description: 'Get an app module: label, type, connection, public/approved.',
    route: 'GET /sdk/apps/{appName}/{appVersion}/modules/{moduleName}',
    scope: 'sdk-apps:read',
    effect: 'read',
    input: () => ({ appName: appName(), appVersion: appVersion(), moduleName: moduleName() }),
    result: 'appModule',
    example: { appName: 'slack', appVersion: 1, moduleName: 'CreateMessage' },
  }),

  endpoint({
    name: 'sdk-modules_create',
    title: 'Create app module',
    description: 'Add a module to a custom app; fill it with sdk-modules_set-section.',
    route: 'POST /sdk/apps/{appName}/{appVersion}/modules',
    scope: 'sdk-apps:write',
    effect: 'write',
    input: () => ({
      appName: appName(),
      appVersion: appVersion(),
      name: z.string().min(1).describe('Module name, e.g. createTicket.'),
      typeId: z
        .number()
        .int()
        .describe('1 trigger, 4 action, 9 search, 10 instant trigger, 11 responder, 12 universal.'),
      label: z.string().min(1).describe('Label shown in scenarios.'),
      description: z.string().optional().describe('What the module does.'),
      // Newer than Make's 2024-12 document; Make's own client sends it.
      moduleInitMode: z
        .enum(['blank', 'example', 'module'])
        .optional()
        .describe('Start empty, from an example, or as a copy.'),
    }),
    result: 'appModule',
    example: { appName: 'slack', appVersion: 1, name: 'createTicket', typeId: 4, label: 'Create a ticket' },
  }),

  endpoint({
    name: 'sdk-modules_update',
    title: 'Update app module',
    description: "Edit an app module's label, description or connection.",
    route: 'PATCH /sdk/apps/{appName}/{appVersion}/modules/{moduleName}',
    scope: 'sdk-apps:write',
    effect: 'write',
    input: () => ({
      appName: appName(),
      appVersion: appVersion(),
      moduleName: moduleName(),
      label: z.string().min(1).optional().describe('Label shown in scenarios.'),
      description: z.string().optional().describe('What the module does.'),
      connection: p.key('connection name', 'sdk-connections_list').optional(),
    }),
    result: 'appModule',
    example: { appName: 'slack', appVersion: 1, moduleName: 'CreateMessage', label: 'Send a message' },
  }),

  endpoint({
    name: 'sdk-modules_delete',
    title: 'Delete app module',
    description: 'Delete an app module with its sections; scenarios using it break.',
    route: 'DELETE /sdk/apps/{appName}/{appVersion}/modules/{moduleName}',
    scope: 'sdk-apps:write',
    effect: 'destructive',
    input: () => ({ appName: appName(), appVersion: appVersion(), moduleName: moduleName() }),
    result: 'appModule',
    example: { appName: 'slack', appVersion: 1, moduleName: 'CreateMessage' },
  }),

  endpoint({
    name: 'sdk-modules_get-section',
    title: 'Get app module section',
    description: 'Get an app module section (api: HTTP call; parameters: fields).',
    route: 'GET /sdk/apps/{appName}/{appVersion}/modules/{moduleName}/{section}',
    scope: 'sdk-apps:read',
    effect: 'read',
    input: () => ({ appName: appName(), appVersion: appVersion(), moduleName: moduleName(), section: section() }),
    example: { appName: 'slack', appVersion: 1, moduleName: 'CreateMessage', section: 'api' },
  }),

  endpoint({
    name: 'sdk-modules_set-section',
    title: 'Set app module section',
    description: 'Overwrite an app module section with JSONC (comments kept).',
    route: 'PUT /sdk/apps/{appName}/{appVersion}/modules/{moduleName}/{section}',
    scope: 'sdk-apps:write',
    effect: 'write',
    input: () => ({
      appName: appName(),
      appVersion: appVersion(),
      moduleName: moduleName(),
      section: section(),
      body: z.string().min(1).describe('The whole section as JSONC.'),
    }),
    textBody: { input: 'body', contentType: 'application/jsonc' },
    example: {
      appName: 'slack',
      appVersion: 1,
      moduleName: 'CreateMessage',
      section: 'api',
      body: '{\n  // send the message\n  "url": "/chat.postMessage",\n  "method": "POST"\n}',
    },
  }),

  endpoint({
    name: 'sdk-modules_set-visibility',
    title: 'Set app module visibility',
    description: 'Publish an app module (public) or hide it again (private).',
    route: 'POST /sdk/apps/{appName}/{appVersion}/modules/{moduleName}/{visibility}',
    scope: 'sdk-apps:write',
    effect: 'write',
    input: () => ({
      appName: appName(),
      appVersion: appVersion(),
      moduleName: moduleName(),
      visibility: z.enum(['public', 'private']).describe('New visibility.'),
    }),
    result: 'changed',
    example: { appName: 'slack', appVersion: 1, moduleName: 'CreateMessage', visibility: 'public' },
  }),

  // Make's own tools name the two values of set-visibility as tools of their own.
  ...(['public', 'private'] as const).map((visibility) =>
    endpoint({
      name: `sdk-modules_set-${visibility}`,
      title: `Make app module ${visibility}`,
      description: `${visibility === 'public' ? 'Publish an app module' : 'Hide an app module again'}. Same as sdk-modules_set-visibility.`,
      route: `POST /sdk/apps/{appName}/{appVersion}/modules/{moduleName}/${visibility}`,
      scope: 'sdk-apps:write',
      effect: 'write',
      input: () => ({ appName: appName(), appVersion: appVersion(), moduleName: moduleName() }),
      result: 'changed',
      example: { appName: 'slack', appVersion: 1, moduleName: 'CreateMessage' },
    }),
  ),

  endpoint({
    name: 'sdk-modules_clone',
    title: 'Clone app module',
    description: 'Copy a module of a custom app version under a new name, sections included.',
    route: 'POST /sdk/apps/{appName}/{appVersion}/modules/{moduleName}/clone',
    scope: 'sdk-apps:write',
    effect: 'write',
    input: () => ({
      appName: appName(),
      appVersion: appVersion(),
      moduleName: moduleName(),
      newName: z.string().min(1).describe('Name of the copy.'),
    }),
    result: 'module',
    example: { appName: 'slack', appVersion: 1, moduleName: 'CreateMessage', newName: 'CreateMessageV2' },
  }),
];
