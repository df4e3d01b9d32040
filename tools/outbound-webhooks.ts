import { z } from 'zod';
import { endpoint, type ToolsetAbout } from '../src/endpoint.js';
import * as p from '../src/params.js';

export const about: ToolsetAbout = {
  description: "Subscriptions that send an organization's Make platform events to your HTTPS endpoint.",
  searchWords: 'outbound notify callback events subscription',
};

const webhookId = () => p.id('outbound webhook', 'outbound-webhooks_list');
const url = () => z.string().url().describe('HTTPS URL receiving the events.');

export default [
  endpoint({
    source: 'make-reference',
    name: 'outbound-webhooks_list',
    title: 'List outbound webhooks',
    description: "List an organization's outbound webhooks (event feeds to your URLs).",
    route: 'GET /outbound-webhooks/organizations/{organizationId}/webhooks',
    scope: 'organizations:read',
    effect: 'read',
    // Make also takes plain `limit`/`offset` here, but the pipeline always sends those names as pg[…]: left out.
    input: () => ({ organizationId: p.organizationId() }),
    example: { organizationId: 11 },
  }),

  endpoint({
    source: 'make-reference',
    name: 'outbound-webhooks_create',
    title: 'Create outbound webhook',
    description: "Subscribe a URL of yours to the organization's Make events.",
    route: 'POST /outbound-webhooks/organizations/{organizationId}/webhooks',
    scope: 'organizations:write',
    effect: 'write',
    input: () => ({
      organizationId: p.organizationId(),
      name: z.string().describe('Display name.'),
      url: url().optional(),
    }),
    example: { organizationId: 11, name: 'Audit feed', url: 'https://hooks.example.com/make' },
  }),

  endpoint({
    source: 'make-reference',
    name: 'outbound-webhooks_get',
    title: 'Get outbound webhook',
    description: 'Get an outbound webhook: name, URL, whether active.',
    route: 'GET /outbound-webhooks/organizations/{organizationId}/webhooks/{webhookId}',
    scope: 'organizations:read',
    effect: 'read',
    input: () => ({ organizationId: p.organizationId(), webhookId: webhookId() }),
    example: { organizationId: 11, webhookId: 71 },
  }),

  endpoint({
    source: 'make-reference',
    name: 'outbound-webhooks_update',
    title: 'Update outbound webhook',
    description: 'Rename an outbound webhook or change its URL.',
    route: 'PATCH /outbound-webhooks/organizations/{organizationId}/webhooks/{webhookId}',
    scope: 'organizations:write',
    effect: 'write',
    input: () => ({
      organizationId: p.organizationId(),
      webhookId: webhookId(),
      name: z.string().optional().describe('New name.'),
      url: url().optional(),
    }),
    example: { organizationId: 11, webhookId: 71, url: 'https://hooks.example.com/make-v2' },
  }),

  endpoint({
    source: 'make-reference',
    name: 'outbound-webhooks_delete',
    title: 'Delete outbound webhook',
    description: 'Delete an outbound webhook. To pause one, deactivate it.',
    route: 'DELETE /outbound-webhooks/organizations/{organizationId}/webhooks/{webhookId}',
    scope: 'organizations:write',
    effect: 'destructive',
    input: () => ({ organizationId: p.organizationId(), webhookId: webhookId() }),
    example: { organizationId: 11, webhookId: 71 },
  }),

  endpoint({
    source: 'make-reference',
    name: 'outbound-webhooks_activate',
    title: 'Activate outbound webhook',
    description: 'Resume an outbound webhook.',
    route: 'PATCH /outbound-webhooks/organizations/{organizationId}/webhooks/{webhookId}/activate',
    scope: 'organizations:write',
    effect: 'write',
    input: () => ({ organizationId: p.organizationId(), webhookId: webhookId() }),
    example: { organizationId: 11, webhookId: 71 },
  }),

  endpoint({
    source: 'make-reference',
    name: 'outbound-webhooks_deactivate',
    title: 'Deactivate outbound webhook',
    description: 'Pause an outbound webhook until activated again.',
    route: 'PATCH /outbound-webhooks/organizations/{organizationId}/webhooks/{webhookId}/deactivate',
    scope: 'organizations:write',
    effect: 'write',
    input: () => ({ organizationId: p.organizationId(), webhookId: webhookId() }),
    example: { organizationId: 11, webhookId: 71 },
  }),
];
