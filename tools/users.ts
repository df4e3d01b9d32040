import { z } from 'zod';
import { endpoint, type ToolsetAbout } from '../src/endpoint.js';
import * as p from '../src/params.js';

export const about: ToolsetAbout = {
  description: "The people in Make's organizations and teams, and the account of the token's own user.",
  searchWords: 'user me profile person people account who am i',
};

const USER_FIELDS = [
  'id',
  'name',
  'email',
  'language',
  'timezoneId',
  'localeId',
  'countryId',
  'features',
  'avatar',
  'lastLogin',
] as const;

const userId = () => p.id('user', 'users_list');
const password = (what: string) => z.string().describe(what);

export default [
  endpoint({
    name: 'users_me',
    title: 'Get current user',
    description: 'Get the token owner: id, name, email, locale settings, org and team roles.',
    route: 'GET /users/me',
    scope: null,
    effect: 'read',
    input: () => ({
      includeInvitedOrg: z.boolean().optional().describe('Also orgs with a pending invitation.'),
      cols: z.array(z.string()).optional().describe('Only these fields.'),
    }),
    result: 'authUser',
    example: { includeInvitedOrg: true },
  }),

  endpoint({
    name: 'users_list',
    title: 'List users',
    description: 'List users of an organization or a team: give exactly one of organizationId, teamId.',
    route: 'GET /users',
    scope: 'user:read',
    effect: 'read',
    input: () => ({
      organizationId: p.organizationId().optional(),
      teamId: p.teamId().optional(),
      name: z.string().optional().describe('Filter by name.'),
      email: z.string().optional().describe('Filter by email.'),
      teamRoleId: z.number().int().positive().optional().describe('Team role filter (with teamId), from roles_list.'),
      organizationRoleId: z
        .number()
        .int()
        .positive()
        .optional()
        .describe('Org role filter (with organizationId), from roles_list.'),
      cols: p.cols(USER_FIELDS),
      ...p.pagination(['name', 'id', 'email']),
    }),
    result: 'users',
    example: { teamId: 22, cols: ['id', 'name', 'email'], limit: 50 },
  }),

  // Parameters from the inventory, types assumed.
  endpoint({
    source: 'make-reference',
    name: 'users_list-by-permission',
    title: 'List users by permission',
    description: 'List users of an organization or team who hold a given permission.',
    route: 'GET /users/by-permission',
    scope: 'user:read',
    effect: 'read',
    input: () => ({
      type: z.string().optional().describe('"organization" or "team".'),
      permission: z.string().optional().describe('Permission name.'),
      organizationId: p.organizationId().optional(),
      teamId: p.teamId().optional(),
      cols: z.array(z.string()).optional().describe('Only these fields.'),
    }),
    result: 'users',
    example: { organizationId: 11, type: 'organization', permission: 'scenarios:read' },
  }),

  endpoint({
    name: 'users_update',
    title: 'Update user profile',
    description: "Change a user's name, language, timezone, locale or country; omitted fields stay.",
    route: 'PATCH /users/{userId}',
    scope: 'user:write',
    effect: 'write',
    input: () => ({
      userId: userId(),
      name: z.string().min(1).max(250).optional().describe('Display name.'),
      language: z.string().optional().describe('e.g. "en", from enums_languages.'),
      timezoneId: z.number().int().positive().optional().describe('From enums_timezones.'),
      localeId: z.number().int().positive().optional().describe('From enums_locales.'),
      countryId: z.number().int().positive().optional().describe('From enums_countries.'),
    }),
    result: 'user',
    example: { userId: 33, name: 'Sandbox User', timezoneId: 113 },
  }),

  endpoint({
    name: 'users_change-email',
    title: 'Change user email',
    description: "Change a user's sign-in email; the old one stops working for login. Make mails the new one.",
    route: 'PUT /users/{userId}/attributes/email',
    scope: 'user:write',
    effect: 'destructive',
    input: () => ({
      userId: userId(),
      currentEmailAddress: z.string().email().describe('Current address.'),
      newEmailAddress: z.string().email().describe('New address.'),
      currentPassword: password('Current password.'),
    }),
    example: {
      userId: 33,
      currentEmailAddress: 'sandbox.user@example.com',
      newEmailAddress: 'new.user@example.com',
      currentPassword: 'Current-Pass-1',
    },
  }),

  endpoint({
    name: 'users_change-password',
    title: 'Change user password',
    description: "Change a user's password. The old password stops working at once.",
    route: 'PUT /users/{userId}/attributes/password',
    scope: 'user:write',
    effect: 'destructive',
    input: () => ({
      userId: userId(),
      currentPassword: password('Current password.'),
      newPassword1: z.string().min(9).describe('9+ chars with an uppercase letter, a digit, a symbol.'),
      newPassword2: z.string().min(9).describe('Same as newPassword1.'),
    }),
    result: 'changed',
    example: {
      userId: 33,
      currentPassword: 'Current-Pass-1',
      newPassword1: 'N3w-Secret-Pass',
      newPassword2: 'N3w-Secret-Pass',
    },
  }),

  // Body fields from the inventory, types assumed.
  endpoint({
    source: 'make-reference',
    name: 'users_delete-current',
    title: 'Delete my user account',
    description:
      "Delete the token owner's Make account for good: profile, sign-in and all API tokens (this server's too).",
    route: 'DELETE /users',
    scope: 'user:write',
    effect: 'destructive',
    input: () => ({
      currentPassword: z.string().optional().describe('Current password.'),
      tfaCode: z.string().optional().describe('Two-factor code, if 2FA is on.'),
      deleteConnections: z.boolean().optional().describe("Also delete the user's connections."),
    }),
    body: ['currentPassword', 'tfaCode', 'deleteConnections'],
    result: 'user',
    example: { currentPassword: 'Current-Pass-1', deleteConnections: false },
  }),

  endpoint({
    name: 'users_count-unread-notifications',
    title: 'Count unread notifications',
    description: "Count the current user's unread notifications, total and per zone.",
    route: 'GET /users/unread-notifications',
    scope: 'user:read',
    effect: 'read',
    input: () => ({}),
    example: {},
  }),

  endpoint({
    name: 'users_get-redirect-action',
    title: 'Get redirect action',
    description: "Get where Make's web app sends the user next (path and action).",
    route: 'GET /users/redirect-action',
    scope: 'user:read',
    effect: 'read',
    input: () => ({
      orgId: z.number().int().positive().optional().describe('Organization ID, from organizations_list.'),
    }),
    example: { orgId: 11 },
  }),

  // Body field from the inventory.
  endpoint({
    source: 'make-reference',
    name: 'users_set-ui-settings',
    title: 'Update UI settings',
    description: "Save the current user's preferences for Make's web app.",
    route: 'POST /users/set-ui-settings',
    scope: 'user:write',
    effect: 'write',
    input: () => ({ uiSettings: z.record(z.unknown()).describe('e.g. {"theme":"dark"}.') }),
    result: 'ok',
    example: { uiSettings: { theme: 'dark' } },
  }),
];
