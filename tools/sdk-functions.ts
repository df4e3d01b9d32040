import { z } from 'zod';
import { endpoint, type ToolsetAbout } from '../src/endpoint.js';
import * as p from '../src/params.js';

export const about: ToolsetAbout = {
  description: 'JavaScript helpers a custom app (Make SDK app) can call from its IML expressions.',
  searchWords: 'custom app iml function code javascript helper',
};

const appName = () => p.key('app name', 'sdk-apps_list');
const appVersion = () => z.number().int().describe('App version.');
const functionName = () => p.key('function name', 'sdk-functions_list');

export default [
  endpoint({
    name: 'sdk-functions_list',
    title: 'List app functions',
    description: "List a custom app version's functions: names, arguments.",
    route: 'GET /sdk/apps/{appName}/{appVersion}/functions',
    scope: 'sdk-apps:read',
    effect: 'read',
    input: () => ({
      appName: appName(),
      appVersion: appVersion(),
      all: z.boolean().optional().describe('List all functions.'),
    }),
    result: 'appFunctions',
    example: { appName: 'slack', appVersion: 1, all: true },
  }),

  endpoint({
    name: 'sdk-functions_get',
    title: 'Get app function',
    description: 'Get an app function (for its code: sdk-functions_get-code).',
    route: 'GET /sdk/apps/{appName}/{appVersion}/functions/{functionName}',
    scope: 'sdk-apps:read',
    effect: 'read',
    input: () => ({ appName: appName(), appVersion: appVersion(), functionName: functionName() }),
    result: 'appFunction',
    example: { appName: 'slack', appVersion: 1, functionName: 'formatDate' },
  }),

  endpoint({
    name: 'sdk-functions_create',
    title: 'Create app function',
    description: 'Add a function to a custom app; write it with sdk-functions_set-code.',
    route: 'POST /sdk/apps/{appName}/{appVersion}/functions',
    scope: 'sdk-apps:write',
    effect: 'write',
    input: () => ({
      appName: appName(),
      appVersion: appVersion(),
      name: z.string().min(1).describe('Name used in its code, e.g. parseDate.'),
    }),
    result: 'appFunction',
    example: { appName: 'slack', appVersion: 1, name: 'parseDate' },
  }),

  endpoint({
    name: 'sdk-functions_delete',
    title: 'Delete app function',
    description: 'Delete an app function, code and test; expressions calling it fail.',
    route: 'DELETE /sdk/apps/{appName}/{appVersion}/functions/{functionName}',
    scope: 'sdk-apps:write',
    effect: 'destructive',
    input: () => ({ appName: appName(), appVersion: appVersion(), functionName: functionName() }),
    result: 'appFunction',
    example: { appName: 'slack', appVersion: 1, functionName: 'formatDate' },
  }),

  endpoint({
    name: 'sdk-functions_get-code',
    title: 'Get app function code',
    description: "Get an app function's JavaScript source.",
    route: 'GET /sdk/apps/{appName}/{appVersion}/functions/{functionName}/code',
    scope: 'sdk-apps:read',
    effect: 'read',
    input: () => ({ appName: appName(), appVersion: appVersion(), functionName: functionName() }),
    example: { appName: 'slack', appVersion: 1, functionName: 'formatDate' },
  }),

  endpoint({
    name: 'sdk-functions_set-code',
    title: 'Set app function code',
    description: "Overwrite an app function's JavaScript source.",
    route: 'PUT /sdk/apps/{appName}/{appVersion}/functions/{functionName}/code',
    scope: 'sdk-apps:write',
    effect: 'write',
    input: () => ({
      appName: appName(),
      appVersion: appVersion(),
      functionName: functionName(),
      code: z.string().min(1).describe('JavaScript source of the function.'),
    }),
    textBody: { input: 'code', contentType: 'text/plain' },
    result: 'change',
    example: {
      appName: 'slack',
      appVersion: 1,
      functionName: 'formatDate',
      code: 'function formatDate(value) { return new Date(value).toISOString(); }',
    },
  }),

  endpoint({
    name: 'sdk-functions_get-test',
    title: 'Get app function test',
    description: "Get an app function's test code.",
    route: 'GET /sdk/apps/{appName}/{appVersion}/functions/{functionName}/test',
    scope: 'sdk-apps:read',
    effect: 'read',
    input: () => ({ appName: appName(), appVersion: appVersion(), functionName: functionName() }),
    example: { appName: 'slack', appVersion: 1, functionName: 'formatDate' },
  }),

  endpoint({
    name: 'sdk-functions_set-test',
    title: 'Set app function test',
    description: "Overwrite an app function's test code.",
    route: 'PUT /sdk/apps/{appName}/{appVersion}/functions/{functionName}/test',
    scope: 'sdk-apps:write',
    effect: 'write',
    input: () => ({
      appName: appName(),
      appVersion: appVersion(),
      functionName: functionName(),
      test: z.string().min(1).describe('JavaScript test code (assert calls).'),
    }),
    textBody: { input: 'test', contentType: 'text/plain' },
    result: 'changed',
    example: {
      appName: 'slack',
      appVersion: 1,
      functionName: 'formatDate',
      test: 'assert.equal(formatDate(0), "1970-01-01T00:00:00.000Z");',
    },
  }),
];
