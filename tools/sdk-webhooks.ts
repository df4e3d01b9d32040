import { z } from 'zod';
import { endpoint, type ToolsetAbout } from '../src/endpoint.js';
import * as p from '../src/params.js';

export const about: ToolsetAbout = {
  description: "The instant triggers a custom app (Make's app SDK) defines, and their JSONC sections.",
  searchWords: 'custom app instant trigger attach detach',
};

const appName = () => p.key('app name', 'sdk-apps_list');
const webhookName = () => p.key('webhook', 'sdk-webhooks_list');
// The sections Make's own client reads and writes; the document names none.
const section = () =>
  z
    .enum(['api', 'parameters', 'attach', 'detach', 'scope'])
    .describe('api (communication), parameters, attach, detach or scope.');
const label = () => z.string().min(1).describe('Label shown in the scenario builder.');

export default [
  endpoint({
    name: 'sdk-webhooks_list',
    title: 'List app webhooks',
    description: "List a custom app's webhooks: names, labels, types.",
    route: 'GET /sdk/apps/{appName}/webhooks',
    scope: 'sdk-apps:read',
    effect: 'read',
    input: () => ({ appName: appName() }),
    result: 'appWebhooks',
    example: { appName: 'slack' },
  }),

  endpoint({
    name: 'sdk-webhooks_get',
    title: 'Get app webhook',
    description: 'Get a custom app webhook: label, type, the connections it uses.',
    route: 'GET /sdk/apps/webhooks/{webhookName}',
    scope: 'sdk-apps:read',
    effect: 'read',
    input: () => ({ webhookName: webhookName() }),
    result: 'appWebhook',
    example: { webhookName: 'acme-events' },
  }),

  endpoint({
    name: 'sdk-webhooks_create',
    title: 'Create app webhook',
    description: 'Add a webhook to a custom app; then fill its sections with sdk-webhooks_set-section.',
    route: 'POST /sdk/apps/{appName}/webhooks',
    scope: 'sdk-apps:write',
    effect: 'write',
    input: () => ({
      appName: appName(),
      type: z.enum(['web', 'web-shared']).describe('web: one URL per hook; web-shared: one URL for all.'),
      label: label(),
    }),
    result: 'appWebhook',
    example: { appName: 'slack', type: 'web', label: 'New event' },
  }),

  endpoint({
    name: 'sdk-webhooks_update',
    title: 'Rename app webhook',
    description: "Change a custom app webhook's label.",
    route: 'PATCH /sdk/apps/webhooks/{webhookName}',
    scope: 'sdk-apps:write',
    effect: 'write',
    input: () => ({ webhookName: webhookName(), label: label() }),
    result: 'appWebhook',
    example: { webhookName: 'acme-events', label: 'New event (v2)' },
  }),

  endpoint({
    name: 'sdk-webhooks_delete',
    title: 'Delete app webhook',
    description: 'Delete a custom app webhook and its sections; triggers built on it stop receiving data.',
    route: 'DELETE /sdk/apps/webhooks/{webhookName}',
    scope: 'sdk-apps:write',
    effect: 'destructive',
    input: () => ({ webhookName: webhookName() }),
    result: 'appWebhook',
    example: { webhookName: 'acme-events' },
  }),

  endpoint({
    name: 'sdk-webhooks_get-section',
    title: 'Get app webhook section',
    description: "Read a custom app webhook's section (JSONC).",
    route: 'GET /sdk/apps/webhooks/{webhookName}/{section}',
    scope: 'sdk-apps:read',
    effect: 'read',
    input: () => ({ webhookName: webhookName(), section: section() }),
    example: { webhookName: 'acme-events', section: 'api' },
  }),

  endpoint({
    name: 'sdk-webhooks_set-section',
    title: 'Set app webhook section',
    description: "Replace a custom app webhook's section with JSONC text (comments kept); the old text is lost.",
    route: 'PUT /sdk/apps/webhooks/{webhookName}/{section}',
    scope: 'sdk-apps:write',
    effect: 'write',
    input: () => ({
      webhookName: webhookName(),
      section: section(),
      body: z.string().min(1).describe('The whole section, JSONC.'),
    }),
    textBody: { input: 'body', contentType: 'application/jsonc' },
    result: 'change',
    example: {
      webhookName: 'acme-events',
      section: 'api',
      body: '{\n  // reply to Acme\'s ping\n  "respond": {"status": 200}\n}',
    },
  }),
];
