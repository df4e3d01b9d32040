import { z } from 'zod';
import { endpoint, type ToolsetAbout } from '../src/endpoint.js';

export const about: ToolsetAbout = {
  description: "Make's fixed lookup lists (timezones, locales, countries, zones, ...) that other calls take ids from.",
  searchWords:
    'list of values countries timezones regions zones languages locales lookup possible allowed kinds supported',
};

export default [
  endpoint({
    name: 'enums_module-types',
    title: 'List module types',
    description: "List Make's module types (id, name), e.g. trigger, action.",
    route: 'GET /enums/module-types',
    scope: null,
    effect: 'read',
    input: () => ({}),
    result: 'moduleTypes',
    example: {},
  }),

  endpoint({
    name: 'enums_timezones',
    title: 'List timezones',
    description: 'List timezones (id, code, UTC offset); the id is timezoneId in users_update.',
    route: 'GET /enums/timezones',
    scope: null,
    effect: 'read',
    input: () => ({}),
    result: 'timezones',
    example: {},
  }),

  endpoint({
    name: 'enums_countries',
    title: 'List countries',
    description: 'List countries; the id is countryId in users_update.',
    route: 'GET /enums/countries',
    scope: null,
    effect: 'read',
    input: () => ({}),
    result: 'countries',
    example: {},
  }),

  // Route and response key from the inventory.
  endpoint({
    source: 'make-reference',
    name: 'enums_us-states',
    title: 'List US states',
    description: 'List US states as Make names them.',
    route: 'GET /enums/us-states',
    scope: null,
    effect: 'read',
    input: () => ({}),
    result: 'usStates',
    example: {},
  }),

  endpoint({
    name: 'enums_locales',
    title: 'List locales',
    description: 'List locales (date and number formats); the id is localeId in users_update.',
    route: 'GET /enums/locales',
    scope: null,
    effect: 'read',
    input: () => ({}),
    result: 'locales',
    example: {},
  }),

  endpoint({
    name: 'enums_languages',
    title: 'List languages',
    description: 'List languages; the code is language in users_update.',
    route: 'GET /enums/languages',
    scope: null,
    effect: 'read',
    input: () => ({
      localized: z.boolean().optional().describe('True: native names, UI languages only.'),
    }),
    result: 'languages',
    example: { localized: true },
  }),

  endpoint({
    name: 'enums_user-features',
    title: 'List user features',
    description: 'List the feature flags a Make user can have.',
    route: 'GET /enums/user-features',
    scope: null,
    effect: 'read',
    input: () => ({}),
    result: 'userFeatures',
    example: {},
  }),

  endpoint({
    name: 'enums_organization-features',
    title: 'List organization features',
    description: 'List the feature flags a Make organization can have.',
    route: 'GET /enums/organization-features',
    scope: null,
    effect: 'read',
    input: () => ({}),
    result: 'organizationFeatures',
    example: {},
  }),

  endpoint({
    name: 'enums_user-email-notifications',
    title: 'List email notification types',
    description: 'List email notification types; the id is notificationId in user-team-notifications tools.',
    route: 'GET /enums/user-email-notifications',
    scope: null,
    effect: 'read',
    input: () => ({
      language: z.string().optional().describe('Text language: "en" or "cs" (ISO 639-1).'),
    }),
    result: 'userEmailNotifications',
    example: { language: 'en' },
  }),

  endpoint({
    name: 'enums_user-api-token-scopes',
    title: 'List API token scopes',
    description: 'List the scopes an API token can have (for user-api-tokens_create).',
    route: 'GET /enums/user-api-token-scopes',
    scope: null,
    effect: 'read',
    input: () => ({}),
    result: 'userApiTokenScopes',
    example: {},
  }),

  endpoint({
    name: 'enums_regions',
    title: 'List Make regions',
    description: "List Make's hosting regions (id, name).",
    route: 'GET /enums/imt-regions',
    scope: null,
    effect: 'read',
    input: () => ({}),
    result: 'imtRegions',
    example: {},
  }),

  endpoint({
    name: 'enums_zones',
    title: 'List Make zones',
    description: 'List Make zones (id, domain e.g. eu1.make.com); the id is imtZoneId in notifications tools.',
    route: 'GET /enums/imt-zones',
    scope: null,
    effect: 'read',
    input: () => ({}),
    result: 'imtZones',
    example: {},
  }),

  endpoint({
    name: 'enums_apps-review-statuses',
    title: 'List app review statuses',
    description: 'List the review statuses of custom apps (value, label).',
    route: 'GET /enums/apps-review-statuses',
    scope: null,
    effect: 'read',
    input: () => ({}),
    result: 'reviewStatuses',
    example: {},
  }),

  endpoint({
    name: 'enums_variable-types',
    title: 'List variable types',
    description: 'List the data types of custom variables.',
    route: 'GET /enums/variable-types',
    scope: null,
    effect: 'read',
    input: () => ({}),
    result: 'variableTypes',
    example: {},
  }),

  // Route and response key from the inventory.
  endpoint({
    source: 'make-reference',
    name: 'enums_llm-models',
    title: 'List LLM models',
    description: 'List the AI language models Make offers.',
    route: 'GET /enums/llm-models',
    scope: null,
    effect: 'read',
    input: () => ({}),
    result: 'llmModels',
    example: {},
  }),

  // Route and response key from the inventory.
  endpoint({
    source: 'make-reference',
    name: 'enums_llm-builtin-tiers',
    title: 'List built-in LLM tiers',
    description: "List the tiers of Make's built-in AI provider.",
    route: 'GET /enums/llm-builtin-tiers',
    scope: null,
    effect: 'read',
    input: () => ({}),
    result: 'llmBuiltinTiers',
    example: {},
  }),
];
