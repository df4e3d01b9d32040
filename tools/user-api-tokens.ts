import { z } from 'zod';
import { endpoint, type ToolsetAbout } from '../src/endpoint.js';

export const about: ToolsetAbout = {
  description: "The current user's personal tokens for Make's API, identified by their creation time.",
  searchWords: 'api token tokens key keys access personal',
};

export default [
  endpoint({
    name: 'user-api-tokens_list',
    title: 'List my API tokens',
    description: "List the current user's API tokens: masked value, label, scopes and creation time.",
    route: 'GET /users/me/api-tokens',
    scope: 'user:read',
    effect: 'read',
    input: () => ({}),
    result: 'apiTokens',
    example: {},
  }),

  endpoint({
    name: 'user-api-tokens_create',
    title: 'Create API token',
    description: 'Create an API token for the current user. The reply holds its secret: show it to the user only.',
    route: 'POST /users/me/api-tokens',
    scope: 'user:write',
    effect: 'write',
    input: () => ({
      label: z.string().min(1).describe('Label to recognise it by.'),
      scope: z.array(z.string()).min(1).describe('Scopes from enums_user-api-token-scopes, e.g. ["scenarios:read"].'),
    }),
    result: 'apiToken',
    example: { label: 'Reporting', scope: ['scenarios:read', 'teams:read'] },
  }),

  endpoint({
    name: 'user-api-tokens_delete',
    title: 'Revoke API token',
    description: 'Revoke a token of the current user for good; anything using it (maybe this server) loses access.',
    route: 'DELETE /users/me/api-tokens/{timestamp}',
    scope: 'user:write',
    effect: 'destructive',
    input: () => ({
      timestamp: z.string().min(1).describe("The token's created value, from user-api-tokens_list."),
    }),
    result: 'apiToken',
    example: { timestamp: '1736935200' },
  }),
];
