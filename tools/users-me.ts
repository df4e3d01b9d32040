import { z } from 'zod';
import { endpoint, type ToolsetAbout } from '../src/endpoint.js';
import * as p from '../src/params.js';

export const about: ToolsetAbout = {
  description:
    "The token owner's own account: token authorization, pinned apps, onboarding, invitations, OAuth clients.",
  searchWords: 'me my profile pinned apps authorization oauth outside let in authorized',
};

const appName = () => p.key('app name', 'users-me_list-pinned-apps');

export default [
  // Make's client calls it users.currentAuthorization.
  endpoint({
    source: 'make-reference',
    name: 'users-me_get-authorization',
    title: 'Get token authorization',
    description: 'Show the scopes of the API token in use; also a quick check that it works.',
    route: 'GET /users/me/current-authorization',
    scope: null,
    effect: 'read',
    input: () => ({}),
    result: 'authorization',
    example: {},
  }),

  // Parameters from the inventory.
  endpoint({
    source: 'make-reference',
    name: 'users-me_list-pinned-apps',
    title: 'List pinned apps',
    description: 'List apps the current user pinned in the scenario editor.',
    route: 'GET /users/me/pinned-apps',
    scope: 'user:read',
    effect: 'read',
    input: () => ({ organizationId: p.organizationId().optional() }),
    result: 'pinnedApps',
    example: { organizationId: 11 },
  }),

  // Body fields from the inventory.
  endpoint({
    source: 'make-reference',
    name: 'users-me_pin-app',
    title: 'Pin app',
    description: "Pin an app for the current user in an organization's scenario editor.",
    route: 'POST /users/me/pinned-apps',
    scope: 'user:write',
    effect: 'write',
    input: () => ({
      organizationId: p.organizationId(),
      appName: z.string().min(1).describe('App name, e.g. "slack".'),
    }),
    result: 'pinnedApp',
    example: { organizationId: 11, appName: 'slack' },
  }),

  // Parameters from the inventory.
  endpoint({
    source: 'make-reference',
    name: 'users-me_unpin-app',
    title: 'Unpin app',
    description: 'Unpin an app for the current user in an organization.',
    route: 'DELETE /users/me/pinned-apps/{appName}',
    scope: 'user:write',
    effect: 'destructive',
    input: () => ({ appName: appName(), organizationId: p.organizationId().optional() }),
    result: 'pinnedApp',
    example: { appName: 'slack', organizationId: 11 },
  }),

  // Body fields from the inventory.
  endpoint({
    source: 'make-reference',
    name: 'users-me_pin-module',
    title: 'Pin module',
    description: 'Pin one module of an app for the current user.',
    route: 'POST /users/me/pinned-apps/{appName}/modules',
    scope: 'user:write',
    effect: 'write',
    input: () => ({
      appName: p.key('app name, e.g. "slack"'),
      organizationId: p.organizationId(),
      moduleName: z.string().min(1).describe('Module name, e.g. "CreateMessage".'),
    }),
    result: 'pinnedModule',
    example: { appName: 'slack', organizationId: 11, moduleName: 'CreateMessage' },
  }),

  // Parameters from the inventory.
  endpoint({
    source: 'make-reference',
    name: 'users-me_unpin-module',
    title: 'Unpin module',
    description: 'Unpin one module of an app for the current user.',
    route: 'DELETE /users/me/pinned-apps/{appName}/modules/{moduleName}',
    scope: 'user:write',
    effect: 'destructive',
    input: () => ({
      appName: appName(),
      moduleName: p.key('module name', 'users-me_list-pinned-apps'),
      organizationId: p.organizationId().optional(),
    }),
    result: 'pinnedModule',
    example: { appName: 'slack', moduleName: 'CreateMessage', organizationId: 11 },
  }),

  // Route and response keys from the inventory.
  endpoint({
    source: 'make-reference',
    name: 'users-me_get-onboarding-survey',
    title: 'Get onboarding survey',
    description: "Show whether Make's onboarding survey is pending for the current user, and the answers.",
    route: 'GET /users/me/onboarding-survey',
    scope: 'user:read',
    effect: 'read',
    input: () => ({}),
    example: {},
  }),

  // Body fields from the inventory, types assumed.
  endpoint({
    source: 'make-reference',
    name: 'users-me_submit-onboarding-survey',
    title: 'Submit onboarding survey',
    description: "Submit the current user's answers to Make's onboarding survey.",
    route: 'POST /users/me/onboarding-survey',
    scope: 'user:write',
    effect: 'write',
    input: () => ({
      survey_type: z.string().describe('Survey type.'),
      schema_version: z.union([z.number().int(), z.string()]).describe('Survey schema version.'),
      answers: z.record(z.unknown()).describe('Answers keyed by question.'),
      preferred_apps: z.array(z.string()).optional().describe('App names, e.g. ["slack"].'),
      team_invite: z.unknown().optional().describe('Colleagues to invite.'),
    }),
    example: {
      survey_type: 'onboarding',
      schema_version: 1,
      answers: { role: 'developer' },
      preferred_apps: ['slack'],
    },
  }),

  endpoint({
    name: 'users-me_list-organization-invitations',
    title: 'List my organization invitations',
    description: "List the current user's pending invitations to organizations.",
    route: 'GET /users/me/organization-invitations',
    scope: 'user:read',
    effect: 'read',
    input: () => ({}),
    result: 'userOrganizationInvitations',
    example: {},
  }),

  endpoint({
    name: 'users-me_list-oauth-connections',
    title: 'List authorized OAuth clients',
    description: 'List OAuth clients the current user authorized, with scopes and last use.',
    route: 'GET /users/me/oauth-connections',
    scope: 'user:read',
    effect: 'read',
    input: () => ({}),
    result: 'connections',
    example: {},
  }),

  endpoint({
    name: 'users-me_revoke-oauth-connection',
    title: 'Revoke OAuth client access',
    description: "Revoke an OAuth client's access to the current user's account until authorized again.",
    route: 'DELETE /users/me/oauth-connections/{clientId}',
    scope: 'user:write',
    effect: 'destructive',
    input: () => ({ clientId: p.id('OAuth client', 'users-me_list-oauth-connections') }),
    result: 'client',
    example: { clientId: 61 },
  }),
];
