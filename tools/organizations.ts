import { z } from 'zod';
import { endpoint, type ToolsetAbout } from '../src/endpoint.js';
import * as p from '../src/params.js';

export const about: ToolsetAbout = {
  description: 'The top-level accounts that hold teams, users, licences and usage, and their child organizations.',
  searchWords: 'organization org company account billing plan license subscription',
};

// Make's document gives no enum for these cols[]; the examples name fields its reference lists.
const cols = (fields: string) => z.array(z.string()).optional().describe(`Only these fields, e.g. ${fields}.`);
const ORG_COLS = 'id, name, zone, license, teams';

const organizationId = () => p.organizationId();
const regionId = () => z.number().int().describe('Region ID, from enums_regions.');
const countryId = () => z.number().int().describe('Country ID, from enums_countries.');
const timezoneId = () => z.number().int().describe('Timezone ID, from enums_timezones.');
const operations = () => z.number().int().describe('Operations for the child org, a multiple of 10000.');

export default [
  endpoint({
    name: 'organizations_list',
    title: 'List organizations',
    description: 'List the organizations the user belongs to (ids, names, timezones).',
    route: 'GET /organizations',
    scope: 'organizations:read',
    effect: 'read',
    input: () => ({
      zone: z.string().optional().describe('Only this zone, e.g. eu1.make.com.'),
      cols: cols(ORG_COLS),
      ...p.pagination(['id', 'name']),
    }),
    result: 'organizations',
    example: { cols: ['id', 'name', 'zone'], limit: 20, sortBy: 'name' },
  }),

  endpoint({
    name: 'organizations_create',
    title: 'Create organization',
    description: "Create an organization owned by the token's user.",
    route: 'POST /organizations',
    scope: 'organizations:write',
    effect: 'write',
    input: () => ({
      name: z.string().describe('Organization name.'),
      regionId: regionId(),
      timezoneId: timezoneId(),
      countryId: countryId(),
    }),
    result: 'organization',
    example: { name: 'Acme Automation', regionId: 1, timezoneId: 113, countryId: 1 },
  }),

  endpoint({
    name: 'organizations_get',
    title: 'Get organization',
    description: 'Get an organization: licence and plan limits, zone, teams.',
    route: 'GET /organizations/{organizationId}',
    scope: 'organizations:read',
    effect: 'read',
    input: () => ({
      organizationId: organizationId(),
      wait: z.boolean().optional().describe('True just after creating it: wait until ready.'),
    }),
    result: 'organization',
    example: { organizationId: 11 },
  }),

  endpoint({
    name: 'organizations_update',
    title: 'Update organization',
    description: 'Rename an organization or change its country or timezone.',
    route: 'PATCH /organizations/{organizationId}',
    scope: 'organizations:write',
    effect: 'write',
    input: () => ({
      organizationId: organizationId(),
      name: z.string().optional().describe('New name.'),
      countryId: countryId().optional(),
      timezoneId: timezoneId().optional(),
    }),
    result: 'organization',
    example: { organizationId: 11, name: 'Sandbox Org EU', timezoneId: 113 },
  }),

  endpoint({
    name: 'organizations_delete',
    title: 'Delete organization',
    description:
      'Delete an organization for good with all its teams, scenarios, connections and data stores; members lose access.',
    route: 'DELETE /organizations/{organizationId}',
    scope: 'organizations:write',
    effect: 'destructive',
    input: () => ({
      organizationId: organizationId(),
      confirmed: p.makeConfirmed('the organization has active scenarios'),
    }),
    makeConfirmFlag: 'confirmed',
    result: 'organization',
    example: { organizationId: 11, confirmed: true },
  }),

  endpoint({
    name: 'organizations_list-apps',
    title: 'List organization custom apps',
    description: "List the custom apps of the organization's users.",
    route: 'GET /organizations/{organizationId}/apps',
    scope: 'organizations:read',
    effect: 'read',
    input: () => ({ organizationId: organizationId() }),
    result: 'installedApps',
    example: { organizationId: 11 },
  }),

  endpoint({
    name: 'organizations_get-sso-certificates',
    title: 'Get SSO certificates',
    description: "Get the organization's SSO certificates of one type.",
    route: 'GET /organizations/{organizationId}/sso-certificates',
    scope: 'organizations:read',
    effect: 'read',
    input: () => ({
      organizationId: organizationId(),
      type: z.string().describe('Certificate type.'),
    }),
    example: { organizationId: 11, type: 'saml' },
  }),

  endpoint({
    name: 'organizations_verify-domain',
    title: 'Verify organization domain',
    description: 'Have Make check the DNS TXT record proving the organization owns a domain.',
    route: 'POST /organizations/{organizationId}/domains/{organizationDomainId}/verify',
    scope: 'organizations:write',
    effect: 'write',
    openWorld: true,
    input: () => ({
      organizationId: organizationId(),
      organizationDomainId: p.id('organization domain'),
    }),
    example: { organizationId: 11, organizationDomainId: 81 },
  }),

  endpoint({
    name: 'organizations_get-usage',
    title: 'Get organization usage',
    description: 'Daily operations and data transfer of the organization over the last 30 days.',
    route: 'GET /organizations/{organizationId}/usage',
    scope: 'organizations:read',
    effect: 'read',
    input: () => ({
      organizationId: organizationId(),
      organizationTimezone: z.boolean().optional().describe("true: days in the org's timezone."),
    }),
    result: 'data',
    example: { organizationId: 11, organizationTimezone: true },
  }),

  // Parameters from the inventory.
  endpoint({
    source: 'make-reference',
    name: 'organizations_get-feature-controls',
    title: 'Get feature controls',
    description: "List the organization's feature controls and whether each is on.",
    route: 'GET /organizations/{organizationId}/feature-controls',
    scope: 'organizations:read',
    effect: 'read',
    input: () => ({
      organizationId: organizationId(),
      featureControlName: z.string().optional().describe('Only this control, e.g. "Make AI Tools".'),
    }),
    example: { organizationId: 11, featureControlName: 'Make AI Tools' },
  }),

  // Body fields from the inventory, types assumed.
  endpoint({
    source: 'make-reference',
    name: 'organizations_update-feature-controls',
    title: 'Switch feature control',
    description: 'Turn a feature control of the organization on or off.',
    route: 'PATCH /organizations/{organizationId}/feature-controls',
    scope: 'organizations:write',
    effect: 'write',
    input: () => ({
      organizationId: organizationId(),
      id: z.number().int().describe('Control ID, from organizations_get-feature-controls.'),
      enabled: z.boolean().describe('On or off.'),
    }),
    result: 'featureControls',
    example: { organizationId: 11, id: 3, enabled: false },
  }),

  // Body field from the inventory.
  endpoint({
    source: 'make-reference',
    name: 'organizations_set-tfa-enforcement',
    title: 'Set two-factor enforcement',
    description: 'Require, or stop requiring, two-factor authentication for all members.',
    route: 'PATCH /organizations/{organizationId}/tfa-enforcement',
    scope: 'organizations:write',
    effect: 'write',
    input: () => ({
      organizationId: organizationId(),
      enable: z.boolean().describe('True to enforce 2FA.'),
    }),
    result: 'organization',
    example: { organizationId: 11, enable: true },
  }),

  endpoint({
    source: 'make-reference',
    name: 'organizations_get-private-spaces-settings',
    title: 'Get private spaces settings',
    description: "Get the settings for members' private spaces (personal teams).",
    route: 'GET /organizations/{organizationId}/private-spaces-settings',
    scope: 'organizations:read',
    effect: 'read',
    input: () => ({ organizationId: organizationId() }),
    result: 'privateSpacesSettings',
    example: { organizationId: 11 },
  }),

  // Parameters from the inventory, types assumed.
  endpoint({
    source: 'make-reference',
    name: 'organizations_update-private-spaces-settings',
    title: 'Update private spaces',
    description: "Change private space settings. bulkUpdateExistingLimits overwrites every existing space's limit.",
    route: 'PATCH /organizations/{organizationId}/private-spaces-settings',
    scope: 'organizations:write',
    effect: 'destructive',
    input: () => ({
      organizationId: organizationId(),
      privateSpacesAutoCreationEnabled: z.boolean().optional().describe('One per member.'),
      defaultOperationsLimit: z.number().int().optional().describe('Operations limit of a new space.'),
      bulkUpdateExistingLimits: z.boolean().optional().describe('Apply it to existing spaces.'),
      addAdminsAsObservers: z.boolean().optional().describe('Let org admins see the spaces.'),
      confirmed: p.makeConfirmed('existing spaces change'),
    }),
    query: ['confirmed'],
    makeConfirmFlag: 'confirmed',
    example: { organizationId: 11, privateSpacesAutoCreationEnabled: true, defaultOperationsLimit: 1000 },
  }),

  // Query parameter from the inventory.
  endpoint({
    source: 'make-reference',
    name: 'organizations_check-team-permission',
    title: 'Check team permission',
    description: 'Check whether the user holds a team permission in the organization.',
    route: 'GET /organizations/{organizationId}/check-team-permission',
    scope: 'organizations:read',
    effect: 'read',
    input: () => ({
      organizationId: organizationId(),
      teamPermission: z.string().describe('Permission name, from roles_permissions.'),
    }),
    result: 'hasPermission',
    example: { organizationId: 11, teamPermission: 'scenario:write' },
  }),

  // Make Managed Services.
  endpoint({
    source: 'make-reference',
    name: 'organizations_list-managed',
    title: 'List child organizations',
    description: 'List the child organizations of a Make Managed Services (MMS) organization.',
    route: 'GET /organizations/{organizationId}/managed-organizations',
    scope: 'organizations:read',
    effect: 'read',
    input: () => ({ organizationId: organizationId() }),
    result: 'managedOrganizations',
    example: { organizationId: 11 },
  }),

  // Body fields from the inventory.
  endpoint({
    source: 'make-reference',
    name: 'organizations_create-managed',
    title: 'Create child organization',
    description: 'Create a child organization of an MMS organization, with its owner and operations.',
    route: 'POST /organizations/{organizationId}/managed-organizations',
    scope: 'organizations:write',
    effect: 'write',
    input: () => ({
      organizationId: organizationId(),
      organizationName: z.string().optional().describe('Its name.'),
      userEmail: z.string().optional().describe("Owner's email (need not be a Make user)."),
      userName: z.string().optional().describe("Owner's name."),
      regionId: regionId(),
      countryId: countryId(),
      operations: operations().optional(),
    }),
    example: {
      organizationId: 11,
      organizationName: 'Client A',
      userEmail: 'owner@example.com',
      regionId: 1,
      countryId: 1,
      operations: 10000,
    },
  }),

  endpoint({
    source: 'make-reference',
    name: 'organizations_get-managed-consumption',
    title: 'Get child orgs consumption',
    description: 'Get operations allocated to and used by each child organization.',
    route: 'GET /organizations/{organizationId}/managed-organizations-consumption',
    scope: 'organizations:read',
    effect: 'read',
    input: () => ({ organizationId: organizationId() }),
    result: 'managedOrganizationsConsumption',
    example: { organizationId: 11 },
  }),

  // Body field from the inventory.
  endpoint({
    source: 'make-reference',
    name: 'organizations_update-managed',
    title: 'Set child org operations',
    description: 'Change the operations a child organization gets from its parent.',
    route: 'PATCH /organizations/{organizationId}/managed-organizations/{childOrganizationId}',
    scope: 'organizations:write',
    effect: 'write',
    input: () => ({
      organizationId: organizationId(),
      childOrganizationId: p.id('child organization', 'organizations_list-managed'),
      operations: operations(),
    }),
    example: { organizationId: 11, childOrganizationId: 12, operations: 20000 },
  }),

  endpoint({
    source: 'make-reference',
    name: 'organizations_get-llm-usage',
    title: 'Get organization AI token usage',
    description: 'Get the AI (LLM) tokens the organization used and has left.',
    route: 'GET /llm-usage/{organizationId}',
    scope: 'organizations:read',
    effect: 'read',
    input: () => ({ organizationId: organizationId() }),
    example: { organizationId: 11 },
  }),

  endpoint({
    source: 'make-reference',
    name: 'organizations_list-consumption-reports',
    title: 'List consumption reports',
    description: 'List the consumption reports of a team in the organization.',
    route: 'GET /consumptions/reports/{organizationId}/{teamId}',
    scope: 'organizations:read',
    effect: 'read',
    input: () => ({ organizationId: organizationId(), teamId: p.teamId() }),
    example: { organizationId: 11, teamId: 22 },
  }),
];
