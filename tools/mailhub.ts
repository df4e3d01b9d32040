import { z } from 'zod';
import { endpoint, type ToolsetAbout } from '../src/endpoint.js';
import * as p from '../src/params.js';

export const about: ToolsetAbout = {
  description: 'Which emails Make sends a user, globally (newsletters) and per team (scenario alerts, tips).',
  searchWords: 'mail preferences newsletter promo marketing product news unsubscribe opted',
};

const userId = () => p.id('user', 'users_me');
const team = () => ({ userId: userId(), organizationId: p.organizationId(), teamId: p.teamId() });
const enabled = () => z.boolean().optional().describe('On or off.');

export default [
  endpoint({
    name: 'mailhub_get-preferences',
    title: 'Get email preferences',
    description: "Get a user's account-wide email subscriptions (newsletters...), each on or off.",
    route: 'GET /mailhub/users/{userId}/preferences',
    scope: 'user:read',
    effect: 'read',
    input: () => ({ userId: userId() }),
    result: 'preferences',
    example: { userId: 33 },
  }),

  endpoint({
    name: 'mailhub_update-preferences',
    title: 'Update email preference',
    description: 'Turn an account-wide email subscription (mailhub_get-preferences) on or off.',
    route: 'PATCH /mailhub/users/{userId}/preferences',
    scope: 'user:write',
    effect: 'write',
    input: () => ({
      userId: userId(),
      id: z.string().optional().describe('Preference ID, e.g. "product_updates".'),
      enabled: enabled(),
    }),
    result: 'preferences',
    example: { userId: 33, id: 'product_updates', enabled: false },
  }),

  endpoint({
    name: 'mailhub_get-team-preferences',
    title: 'Get team email preferences',
    description: "Get a user's team email settings: native scenario alerts and marketing.",
    route: 'GET /mailhub/users/{userId}/organizations/{organizationId}/teams/{teamId}/preferences',
    scope: 'user:read',
    effect: 'read',
    input: () => team(),
    example: { userId: 33, organizationId: 11, teamId: 22 },
  }),

  endpoint({
    name: 'mailhub_update-team-preferences',
    title: 'Update team email preference',
    description: 'Turn a team marketing email (mailhub_get-team-preferences) on or off.',
    route: 'PATCH /mailhub/users/{userId}/organizations/{organizationId}/teams/{teamId}/preferences',
    scope: 'user:write',
    effect: 'write',
    input: () => ({
      ...team(),
      id: z.string().optional().describe('Marketing preference ID, e.g. "onboarding".'),
      enabled: enabled(),
    }),
    example: { userId: 33, organizationId: 11, teamId: 22, id: 'onboarding', enabled: true },
  }),

  endpoint({
    name: 'mailhub_update-team-native-preferences',
    title: 'Update team scenario alerts',
    description: 'Turn a team native alert email (mailhub_get-team-preferences) on or off.',
    route: 'PATCH /mailhub/users/{userId}/organizations/{organizationId}/teams/{teamId}/native-preferences',
    scope: 'user:write',
    effect: 'write',
    input: () => ({
      ...team(),
      id: z.string().optional().describe('Native preference ID as text, e.g. "1".'),
      enabled: enabled(),
    }),
    example: { userId: 33, organizationId: 11, teamId: 22, id: '1', enabled: false },
  }),
];
