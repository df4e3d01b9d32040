import { z } from 'zod';
import { endpoint, type ToolsetAbout } from '../src/endpoint.js';
import * as p from '../src/params.js';

export const about: ToolsetAbout = {
  description:
    "Custom apps (Make's apps SDK): an app version's settings, sections, docs, icon, change history, review and sharing.",
  searchWords: 'custom app developer build own integration sdk section readme icon commit review publish',
};

// Make's own tools name an app by `name` and `version` (the document's placeholders say appName, appVersion).
const appName = () => p.key('app name', 'sdk-apps_list');
const appVersion = () => z.number().int().min(1).describe('App version.');
const app = () => ({ name: appName(), version: appVersion() });
const APP = { name: 'slack', version: 1 };
const SECTIONS = ['base', 'groups', 'install', 'installSpec'] as const;
const jsonc = (what: string) => z.string().min(1).describe(`The whole ${what} as JSON text; comments are kept.`);
// Newer than Make's 2024-12 document; Make's own client sends it.
const audience = () => z.string().min(1).optional().describe('Who may use the app, e.g. "global" or "countries".');
const changeIds = (what: string) =>
  z.array(z.number().int().min(1)).optional().describe(`${what}; ids from sdk-apps_get (changes).`);

export default [
  endpoint({
    name: 'sdk-apps_list',
    title: 'List custom apps',
    description: 'List the custom apps you can edit: name, label, version.',
    route: 'GET /sdk/apps',
    scope: 'sdk-apps:read',
    effect: 'read',
    input: () => ({
      all: z.boolean().optional().describe("true: every user's apps (admins), not only yours."),
      cols: p.cols(['name', 'changes', 'public']),
    }),
    result: 'apps',
    example: { cols: ['name', 'public'] },
  }),

  endpoint({
    name: 'sdk-apps_create',
    title: 'Create custom app',
    description: 'Create a custom app (version 1), then fill its sections and add modules.',
    route: 'POST /sdk/apps',
    scope: 'sdk-apps:write',
    effect: 'write',
    input: () => ({
      name: z.string().min(1).describe('Id in URLs, e.g. "acme-crm"; unique, fixed.'),
      label: z.string().min(1).describe('Name shown in the scenario editor.'),
      description: z.string().optional().describe('Short description.'),
      theme: z.string().optional().describe('Logo color, hex, e.g. "#1f6feb".'),
      language: z.string().optional().describe('Language code, e.g. "en".'),
      countries: z.array(z.string()).optional().describe('Country codes, e.g. ["us"]; omit for all.'),
      private: z.boolean().optional().describe('true: only you can use it.'),
      audience: audience(),
    }),
    result: 'app',
    ifUnknown: 'Check with sdk-apps_list whether an app named {name} exists before creating it again.',
    example: { name: 'acme-crm', label: 'Acme CRM', theme: '#1f6feb', language: 'en' },
  }),

  endpoint({
    name: 'sdk-apps_get',
    title: 'Get custom app',
    description: 'Get a custom app version: label, theme, language, public and approval state, changes.',
    route: 'GET /sdk/apps/{name}/{version}',
    scope: 'sdk-apps:read',
    effect: 'read',
    input: app,
    result: 'app',
    example: APP,
  }),

  endpoint({
    name: 'sdk-apps_update',
    title: 'Update custom app',
    description: "Change a custom app's label, description, theme, language or countries.",
    route: 'PATCH /sdk/apps/{name}/{version}',
    scope: 'sdk-apps:write',
    effect: 'write',
    input: () => ({
      ...app(),
      label: z.string().min(1).optional().describe('Name shown in the scenario editor.'),
      description: z.string().optional().describe('Short description.'),
      theme: z.string().optional().describe('Logo color, hex, e.g. "#1f6feb".'),
      language: z.string().optional().describe('Language code, e.g. "en".'),
      countries: z.array(z.string()).optional().describe('Country codes, e.g. ["us"].'),
      audience: audience(),
    }),
    result: 'app',
    example: { ...APP, label: 'Slack (internal)', theme: '#4a154b' },
  }),

  endpoint({
    name: 'sdk-apps_delete',
    title: 'Delete custom app',
    description:
      'Delete a custom app with its modules, connections and code; scenarios using it stop working. Cannot be undone.',
    route: 'DELETE /sdk/apps/{name}/{version}',
    scope: 'sdk-apps:write',
    effect: 'destructive',
    input: app,
    result: 'app',
    example: APP,
  }),

  endpoint({
    name: 'sdk-apps_clone',
    title: 'Clone custom app',
    description: 'Copy a custom app version into a new app (or version) with all its parts.',
    route: 'POST /sdk/apps/{name}/{version}/clone',
    scope: 'sdk-apps:read',
    effect: 'write',
    input: () => ({
      ...app(),
      newName: z.string().min(1).optional().describe('Name of the copy, e.g. "acme-crm-2".'),
      newVersion: z.number().int().min(1).optional().describe('Version of the copy.'),
    }),
    result: 'app',
    example: { ...APP, newName: 'slack-copy' },
  }),

  endpoint({
    source: 'make-reference',
    name: 'sdk-apps_clone-major',
    title: 'Create next major version',
    description: 'Start the next major version of a custom app as a copy of this one, for breaking changes.',
    route: 'POST /sdk/apps/{name}/{version}/clone-major',
    scope: 'sdk-apps:write',
    effect: 'write',
    input: app,
    result: 'app',
    example: APP,
  }),

  endpoint({
    name: 'sdk-apps_get-review',
    title: 'Get app review',
    description: "Get the state of Make's review of a custom app: contacts, reviewer, code and test status.",
    route: 'GET /sdk/apps/{name}/{version}/review',
    scope: 'sdk-apps:read',
    effect: 'read',
    input: app,
    result: 'review',
    example: APP,
  }),

  endpoint({
    name: 'sdk-apps_request-review',
    title: 'Request app review',
    description: 'Publishing: submit a custom app to Make for review and approval (first sdk-apps_submit-review-form).',
    route: 'POST /sdk/apps/{name}/{version}/review',
    scope: 'sdk-apps:write',
    effect: 'write',
    input: app,
    result: 'requested',
    example: APP,
  }),

  endpoint({
    name: 'sdk-apps_submit-review-form',
    title: 'Submit app review form',
    description: "Give Make's reviewers the testing scenarios for a custom app before requesting review.",
    route: 'PUT /sdk/apps/{name}/{version}/review/form',
    scope: 'sdk-apps:write',
    effect: 'write',
    input: () => ({
      ...app(),
      testingScenarios: z.record(z.unknown()).optional().describe('Testing scenarios as the review form asks.'),
    }),
    result: 'form',
    example: { ...APP, testingScenarios: { createMessage: 'https://eu1.make.com/scenarios/501' } },
  }),

  endpoint({
    name: 'sdk-apps_get-events-log',
    title: 'Get app events log',
    description: 'List what happened to a custom app (edits, commits, reviews) with author and time.',
    route: 'GET /sdk/apps/{name}/{version}/events-log',
    scope: 'sdk-apps:read',
    effect: 'read',
    input: app,
    result: 'events',
    example: APP,
  }),

  endpoint({
    name: 'sdk-apps_get-common',
    title: 'Get app common data',
    description: "Get a custom app's common data: secrets shared by all its modules (e.g. OAuth client id and secret).",
    route: 'GET /sdk/apps/{name}/{version}/common',
    scope: 'sdk-apps:read',
    effect: 'read',
    input: app,
    example: APP,
  }),

  endpoint({
    name: 'sdk-apps_set-common',
    title: 'Replace app common data',
    description:
      "Replace a custom app's common data (shared secrets); keys left out are lost, and modules using them fail.",
    route: 'PUT /sdk/apps/{name}/{version}/common',
    scope: 'sdk-apps:write',
    effect: 'destructive',
    input: () => ({
      ...app(),
      common: z.record(z.unknown()).describe('All the common data, e.g. {"clientId":"...","clientSecret":"..."}.'),
    }),
    spread: 'common',
    result: 'changed',
    example: { ...APP, common: { clientId: 'abc123', clientSecret: 'shh' } },
  }),

  endpoint({
    name: 'sdk-apps_get-docs',
    title: 'Get app readme',
    description: "Get a custom app's readme (markdown text).",
    route: 'GET /sdk/apps/{name}/{version}/readme',
    scope: 'sdk-apps:read',
    effect: 'read',
    input: app,
    example: APP,
  }),

  endpoint({
    name: 'sdk-apps_set-docs',
    title: 'Set app readme',
    description: "Replace a custom app's readme with new markdown.",
    route: 'PUT /sdk/apps/{name}/{version}/readme',
    scope: 'sdk-apps:write',
    effect: 'write',
    input: () => ({ ...app(), docs: z.string().describe('The whole readme, markdown.') }),
    textBody: { input: 'docs', contentType: 'text/plain' },
    result: 'changed',
    example: { ...APP, docs: '# Slack\n\nPost messages to channels.' },
  }),

  endpoint({
    name: 'sdk-apps_get-section',
    title: 'Get app section',
    description: 'Get a section of a custom app: base (URL, headers, errors), groups, install or installSpec.',
    route: 'GET /sdk/apps/{name}/{version}/{section}',
    scope: 'sdk-apps:read',
    effect: 'read',
    input: () => ({ ...app(), section: z.enum(SECTIONS).describe('Which section.') }),
    example: { ...APP, section: 'base' },
  }),

  endpoint({
    name: 'sdk-apps_set-section',
    title: 'Set app section',
    description:
      'Replace a section of a custom app (base, groups, install, installSpec); recorded as an uncommitted change.',
    route: 'PUT /sdk/apps/{name}/{version}/{section}',
    scope: 'sdk-apps:write',
    effect: 'write',
    input: () => ({
      ...app(),
      section: z.enum(SECTIONS).describe('Which section.'),
      body: jsonc('section'),
    }),
    textBody: { input: 'body', contentType: 'application/jsonc' },
    example: {
      ...APP,
      section: 'base',
      body: '{\n  // shared by all modules\n  "baseUrl": "https://slack.com/api"\n}',
    },
  }),

  endpoint({
    source: 'make-reference',
    name: 'sdk-apps_set-base',
    title: 'Set app base',
    description: "Replace a custom app's base section (base URL, headers, error handling) as one change.",
    route: 'POST /sdk/apps/{name}/{version}/base',
    scope: 'sdk-apps:write',
    effect: 'write',
    input: () => ({ ...app(), content: jsonc('base section') }),
    textBody: { input: 'content', contentType: 'application/jsonc' },
    result: 'change',
    example: { ...APP, content: '{ "baseUrl": "https://slack.com/api" }' },
  }),

  endpoint({
    source: 'make-reference',
    name: 'sdk-apps_update-base',
    title: 'Patch app base',
    description: "Merge the given keys into a custom app's base section; other keys stay.",
    route: 'PATCH /sdk/apps/{name}/{version}/base',
    scope: 'sdk-apps:write',
    effect: 'write',
    input: () => ({
      ...app(),
      content: z.string().min(1).describe('The keys to change, JSON text; comments are kept.'),
    }),
    textBody: { input: 'content', contentType: 'application/jsonc' },
    result: 'change',
    example: { ...APP, content: '{ "baseUrl": "https://slack.com/api/v2" }' },
  }),

  endpoint({
    source: 'make-reference',
    name: 'sdk-apps_set-groups',
    title: 'Set app groups',
    description: "Replace how a custom app's modules are grouped in the scenario editor.",
    route: 'PUT /sdk/apps/{name}/{version}/groups',
    scope: 'sdk-apps:write',
    effect: 'write',
    input: () => ({ ...app(), content: jsonc('groups section') }),
    textBody: { input: 'content', contentType: 'application/jsonc' },
    result: 'change',
    example: { ...APP, content: '[{ "label": "Messages", "modules": ["CreateMessage"] }]' },
  }),

  endpoint({
    source: 'make-reference',
    name: 'sdk-apps_set-install',
    title: 'Set app install section',
    description: "Replace a custom app's install section (what runs when it is installed).",
    route: 'PUT /sdk/apps/{name}/{version}/install',
    scope: 'sdk-apps:write',
    effect: 'write',
    input: () => ({ ...app(), content: jsonc('install section') }),
    textBody: { input: 'content', contentType: 'application/jsonc' },
    result: 'change',
    example: { ...APP, content: '{}' },
  }),

  endpoint({
    name: 'sdk-apps_set-visibility',
    title: 'Make app public or private',
    description:
      'Publishing: public gives a custom app an invite link others can install it with; private withdraws it.',
    route: 'POST /sdk/apps/{name}/{version}/{visibility}',
    scope: 'sdk-apps:write',
    effect: 'write',
    input: () => ({ ...app(), visibility: z.enum(['public', 'private']).describe('New visibility.') }),
    example: { ...APP, visibility: 'public' },
  }),

  // Make's own tools name the two values of set-visibility as tools of their own.
  ...(['public', 'private'] as const).map((visibility) =>
    endpoint({
      name: `sdk-apps_set-${visibility}`,
      title: `Make app ${visibility}`,
      description: `Publishing: ${visibility === 'public' ? 'give a custom app an invite link others can install it with' : "withdraw a custom app's invite link"}. Same as sdk-apps_set-visibility.`,
      route: `POST /sdk/apps/{name}/{version}/${visibility}`,
      scope: 'sdk-apps:write',
      effect: 'write',
      input: app,
      example: APP,
    }),
  ),

  endpoint({
    name: 'sdk-apps_set-opensource',
    title: 'Open-source app',
    description: "Publishing: let other users see and copy a custom app's code.",
    route: 'POST /sdk/apps/{name}/{version}/opensource',
    scope: 'sdk-apps:write',
    effect: 'write',
    input: app,
    result: 'changed',
    example: APP,
  }),

  endpoint({
    name: 'sdk-apps_set-closedsource',
    title: 'Close app source',
    description: "Hide a custom app's code from other users again.",
    route: 'POST /sdk/apps/{name}/{version}/closedsource',
    scope: 'sdk-apps:write',
    effect: 'write',
    input: app,
    result: 'changed',
    example: APP,
  }),

  endpoint({
    name: 'sdk-apps_get-change',
    title: 'Get app change',
    description: 'Get one uncommitted change of a custom app: what part, old and new value.',
    route: 'GET /sdk/apps/{name}/{version}/changes/{changeId}',
    scope: 'sdk-apps:read',
    effect: 'read',
    input: () => ({ ...app(), changeId: p.id('change', 'sdk-apps_get (changes)') }),
    result: 'change',
    example: { ...APP, changeId: 41 },
  }),

  endpoint({
    name: 'sdk-apps_commit',
    title: 'Commit app changes',
    description: "Commit a custom app's pending changes so they take effect for its users.",
    route: 'POST /sdk/apps/{name}/{version}/commit',
    scope: 'sdk-apps:write',
    effect: 'write',
    input: () => ({
      ...app(),
      message: z.string().optional().describe('Commit message.'),
      notify: z.boolean().optional().describe("true: notify the app's users."),
      changeIds: changeIds('Only these changes'),
    }),
    example: { ...APP, message: 'Add CreateMessage', changeIds: [41] },
  }),

  endpoint({
    name: 'sdk-apps_rollback',
    title: 'Discard app changes',
    description: "Discard a custom app's uncommitted changes; the edits are lost.",
    route: 'POST /sdk/apps/{name}/{version}/rollback',
    scope: 'sdk-apps:write',
    effect: 'destructive',
    input: () => ({ ...app(), changeIds: changeIds('Changes to discard') }),
    result: 'rolledBack',
    example: { ...APP, changeIds: [41] },
  }),

  endpoint({
    name: 'sdk-apps_get-icon',
    title: 'Get app icon',
    description: "Get a custom app's icon at a given size (PNG, base64).",
    route: 'GET /sdk/apps/{name}/{version}/icon/{size}',
    scope: 'sdk-apps:read',
    effect: 'read',
    input: () => ({ ...app(), size: z.number().int().min(1).describe('Size in pixels, e.g. 64 or 512.') }),
    example: { ...APP, size: 64 },
  }),

  endpoint({
    name: 'sdk-apps_set-icon',
    title: 'Set app icon',
    description: "Replace a custom app's icon.",
    route: 'PUT /sdk/apps/{name}/{version}/icon',
    scope: 'sdk-apps:write',
    effect: 'write',
    input: () => ({ ...app(), dataBase64: z.string().min(1).describe('The PNG image, base64 (512x512 px).') }),
    textBody: { input: 'dataBase64', contentType: 'text/plain' },
    result: 'changed',
    example: {
      ...APP,
      dataBase64: 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGNgYGD4DwABBAEAwS2OUAAAAABJRU5ErkJggg==',
    },
  }),

  endpoint({
    name: 'sdk-apps_uninstall',
    title: 'Uninstall app from organization',
    description: 'Remove an installed custom app from an organization; scenarios there that use it stop working.',
    route: 'POST /sdk/apps/{name}/{version}/uninstall',
    scope: 'sdk-apps:write',
    effect: 'destructive',
    input: () => ({ ...app(), organizationId: p.organizationId() }),
    example: { ...APP, organizationId: 11 },
  }),

  endpoint({
    source: 'make-reference',
    name: 'sdk-apps_list-themes',
    title: 'List app themes',
    description: 'Get the theme (logo color) of the named apps.',
    route: 'GET /sdk/apps/themes',
    scope: 'sdk-apps:read',
    effect: 'read',
    input: () => ({ names: z.string().optional().describe('App names, comma-separated, e.g. "slack,gmail".') }),
    result: 'apps',
    example: { names: 'slack' },
  }),

  endpoint({
    name: 'sdk-apps_get-invite',
    title: 'Get app invite',
    description: 'See which custom app an invite link offers (name, label, access) before accepting it.',
    route: 'GET /sdk/apps/invites/{inviteToken}',
    scope: 'sdk-apps:read',
    effect: 'read',
    input: () => ({ inviteToken: p.key("invite token, the end of the app's invite link") }),
    result: 'appInvite',
    example: { inviteToken: 'invite-1a2b' },
  }),

  endpoint({
    name: 'sdk-apps_accept-invite',
    title: 'Accept app invite',
    description: 'Install the custom app an invite link offers into an organization.',
    route: 'POST /sdk/apps/invites/{inviteToken}',
    scope: 'sdk-apps:write',
    effect: 'write',
    input: () => ({
      inviteToken: p.key("invite token, the end of the app's invite link"),
      organizationId: p.organizationId(),
    }),
    result: 'appInvite',
    example: { inviteToken: 'invite-1a2b', organizationId: 11 },
  }),
];
