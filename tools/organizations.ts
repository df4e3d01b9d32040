// Organizations: the top-level accounts that hold teams, users, licences and usage, and their child organizations.
import { z } from 'zod';
import { endpoint } from '../src/endpoint.js';
import * as p from '../src/params.js';

// Make's document gives no enum for these cols[]; the examples name fields its reference lists.
const cols = (fields: string) => z.array(z.string()).min(1).optional().describe(`Return only these fields, e.g. ${fields}.`);
const ORG_COLS = 'id, name, zone, license, teams, isPaused';

const organizationId = () => p.organizationId();
const regionId = () => z.number().int().positive().describe('Region ID, from enums_regions.');
const countryId = () => z.number().int().positive().describe('Country ID, from enums_countries.');
const timezoneId = () => z.number().int().positive().describe('Timezone ID, from enums_timezones.');
const operations = () =>
  z.number().int().min(0).multipleOf(10000).describe('Operations allocated to the child org, a multiple of 10000.');

export default [
  endpoint({
    name: 'organizations_list',
    title: 'List organizations',
    description: 'List the organizations the user belongs to, with ids, names and timezones; more with cols.',
    route: 'GET /organizations',
    scope: 'organizations:read',
    effect: 'read',
    input: {
      zone: z.string().min(1).optional().describe('Only orgs in this Make zone, e.g. eu1.make.com.'),
      externalId: z.string().min(1).optional().describe('White Label only: the external org ID.'),
      cols: cols(ORG_COLS),
      ...p.pagination(['id', 'name']),
    },
    result: 'organizations',
    example: { cols: ['id', 'name', 'zone'], limit: 20, sortBy: 'name' },
  }),

  endpoint({
    name: 'organizations_create',
    title: 'Create organization',
    description: 'Create a new organization owned by the token\'s user, in the given region.',
    route: 'POST /organizations',
    scope: 'organizations:write',
    effect: 'write',
    input: {
      name: z.string().min(1).describe('Name of the organization.'),
      regionId: regionId(),
      timezoneId: timezoneId(),
      countryId: countryId(),
    },
    result: 'organization',
    example: { name: 'Acme Automation', regionId: 1, timezoneId: 113, countryId: 1 },
  }),

  endpoint({
    name: 'organizations_get',
    title: 'Get organization',
    description: 'Get one organization: licence and plan limits (e.g. API rate limit), zone, teams, usage.',
    route: 'GET /organizations/{organizationId}',
    scope: 'organizations:read',
    effect: 'read',
    input: {
      organizationId: organizationId(),
      wait: z.boolean().optional().describe('True right after creating it, to wait until it is ready.'),
    },
    result: 'organization',
    example: { organizationId: 11 },
  }),

  endpoint({
    name: 'organizations_update',
    title: 'Update organization',
    description: 'Rename an organization or change its country or timezone; omitted fields stay.',
    route: 'PATCH /organizations/{organizationId}',
    scope: 'organizations:write',
    effect: 'write',
    input: {
      organizationId: organizationId(),
      name: z.string().min(1).optional().describe('New name.'),
      countryId: countryId().optional(),
      timezoneId: timezoneId().optional(),
    },
    result: 'organization',
    example: { organizationId: 11, name: 'Sandbox Org EU', timezoneId: 113 },
  }),

  endpoint({
    name: 'organizations_delete',
    title: 'Delete organization',
    description:
      'Delete an organization for good, with all its teams, scenarios, connections, data stores and other data. ' +
      'Works only in the current zone.',
    route: 'DELETE /organizations/{organizationId}',
    scope: 'organizations:write',
    effect: 'destructive',
    input: {
      organizationId: organizationId(),
      confirmed: p.makeConfirmed('the organization has active scenarios'),
    },
    makeConfirmFlag: 'confirmed',
    result: 'organization',
    example: { organizationId: 11, confirmed: true },
  }),

  endpoint({
    name: 'organizations_list-apps',
    title: 'List organization custom apps',
    description: 'List the custom apps (published or not) of the organization\'s users.',
    route: 'GET /organizations/{organizationId}/apps',
    scope: 'organizations:read',
    effect: 'read',
    input: { organizationId: organizationId() },
    result: 'installedApps',
    example: { organizationId: 11 },
  }),

  endpoint({
    name: 'organizations_get-sso-certificates',
    title: 'Get SSO certificates',
    description: 'Get the organization\'s single sign-on certificates of one type.',
    route: 'GET /organizations/{organizationId}/sso-certificates',
    scope: 'organizations:read',
    effect: 'read',
    input: {
      organizationId: organizationId(),
      type: z.string().min(1).describe('Certificate type, as Make names it.'),
    },
    example: { organizationId: 11, type: 'saml' },
  }),

  endpoint({
    name: 'organizations_verify-domain',
    title: 'Verify organization domain',
    description: 'Ask Make to check the DNS TXT record that proves the organization owns a domain.',
    route: 'POST /organizations/{organizationId}/domains/{organizationDomainId}/verify',
    scope: 'organizations:write',
    effect: 'write',
    openWorld: true,
    input: {
      organizationId: organizationId(),
      organizationDomainId: p.id('organization domain'),
    },
    example: { organizationId: 11, organizationDomainId: 81 },
  }),

  endpoint({
    name: 'organizations_get-usage',
    title: 'Get organization usage',
    description: 'Daily operations and data transfer of all the organization\'s scenarios over the last 30 days.',
    route: 'GET /organizations/{organizationId}/usage',
    scope: 'organizations:read',
    effect: 'read',
    input: {
      organizationId: organizationId(),
      organizationTimezone: z.boolean().optional().describe('Cut days in the org\'s timezone, not the user\'s.'),
    },
    result: 'data',
    example: { organizationId: 11, organizationTimezone: true },
  }),

  // Not in Make's OpenAPI document (2024-12): newer than the document; parameters from the inventory.
  endpoint({
    name: 'organizations_get-feature-controls',
    title: 'Get organization feature controls',
    description: 'List the organization\'s feature controls (features admins can switch on or off) and their state.',
    route: 'GET /organizations/{organizationId}/feature-controls',
    scope: 'organizations:read',
    effect: 'read',
    input: {
      organizationId: organizationId(),
      featureControlName: z.string().min(1).optional().describe('Only this control, e.g. "Make AI Tools".'),
      cols: cols('id, name, enabled'),
    },
    example: { organizationId: 11, featureControlName: 'Make AI Tools' },
  }),

  // Not in Make's OpenAPI document (2024-12): newer than the document; body fields from the inventory, types assumed.
  endpoint({
    name: 'organizations_update-feature-controls',
    title: 'Switch organization feature control',
    description: 'Turn one of the organization\'s feature controls on or off for its users.',
    route: 'PATCH /organizations/{organizationId}/feature-controls',
    scope: 'organizations:write',
    effect: 'write',
    input: {
      organizationId: organizationId(),
      id: z.number().int().positive().describe('Control ID, from organizations_get-feature-controls.'),
      enabled: z.boolean().describe('True to enable the feature, false to disable it.'),
    },
    result: 'featureControls',
    example: { organizationId: 11, id: 3, enabled: false },
  }),

  // Not in Make's OpenAPI document (2024-12): newer than the document; body field from the inventory.
  endpoint({
    name: 'organizations_set-tfa-enforcement',
    title: 'Set two-factor enforcement',
    description: 'Require (or stop requiring) two-factor authentication for every member of the organization.',
    route: 'PATCH /organizations/{organizationId}/tfa-enforcement',
    scope: 'organizations:write',
    effect: 'write',
    input: {
      organizationId: organizationId(),
      enable: z.boolean().describe('True to enforce 2FA; members without it must set it up.'),
    },
    result: 'organization',
    example: { organizationId: 11, enable: true },
  }),

  // Not in Make's OpenAPI document (2024-12): newer than the document.
  endpoint({
    name: 'organizations_get-private-spaces-settings',
    title: 'Get private spaces settings',
    description: 'Get how private spaces (personal teams of members) are created and limited in the organization.',
    route: 'GET /organizations/{organizationId}/private-spaces-settings',
    scope: 'organizations:read',
    effect: 'read',
    input: { organizationId: organizationId() },
    result: 'privateSpacesSettings',
    example: { organizationId: 11 },
  }),

  // Not in Make's OpenAPI document (2024-12): newer than the document; parameters from the inventory, types assumed.
  endpoint({
    name: 'organizations_update-private-spaces-settings',
    title: 'Update private spaces settings',
    description:
      'Change private spaces settings. With bulkUpdateExistingLimits the new default limit overwrites the limits ' +
      'of all existing private spaces.',
    route: 'PATCH /organizations/{organizationId}/private-spaces-settings',
    scope: 'organizations:write',
    effect: 'destructive',
    input: {
      organizationId: organizationId(),
      privateSpacesAutoCreationEnabled: z.boolean().optional().describe('Create a private space for each member.'),
      defaultOperationsLimit: z.number().int().min(0).optional().describe('Operations limit of a new private space.'),
      bulkUpdateExistingLimits: z.boolean().optional().describe('Also apply the limit to existing private spaces.'),
      addAdminsAsObservers: z.boolean().optional().describe('Give org admins access to private spaces.'),
      confirmed: p.makeConfirmed('existing private spaces change'),
    },
    query: ['confirmed'],
    makeConfirmFlag: 'confirmed',
    example: { organizationId: 11, privateSpacesAutoCreationEnabled: true, defaultOperationsLimit: 1000 },
  }),

  // Not in Make's OpenAPI document (2024-12): newer than the document; query parameter from the inventory.
  endpoint({
    name: 'organizations_check-team-permission',
    title: 'Check team permission',
    description: 'Check whether the token\'s user holds a team-level permission in the organization.',
    route: 'GET /organizations/{organizationId}/check-team-permission',
    scope: 'organizations:read',
    effect: 'read',
    input: {
      organizationId: organizationId(),
      teamPermission: z.string().min(1).describe('Permission name, from roles_permissions.'),
    },
    result: 'hasPermission',
    example: { organizationId: 11, teamPermission: 'scenario:write' },
  }),

  // Not in Make's OpenAPI document (2024-12): newer than the document (Make Managed Services).
  endpoint({
    name: 'organizations_list-managed',
    title: 'List child organizations',
    description: 'List the child organizations a Make Managed Services (MMS) organization manages.',
    route: 'GET /organizations/{organizationId}/managed-organizations',
    scope: 'organizations:read',
    effect: 'read',
    input: { organizationId: organizationId() },
    result: 'managedOrganizations',
    example: { organizationId: 11 },
  }),

  // Not in Make's OpenAPI document (2024-12): newer than the document; body fields from the inventory.
  endpoint({
    name: 'organizations_create-managed',
    title: 'Create child organization',
    description: 'Create a child organization under an MMS organization, with its owner and operations allocation.',
    route: 'POST /organizations/{organizationId}/managed-organizations',
    scope: 'organizations:write',
    effect: 'write',
    input: {
      organizationId: organizationId(),
      organizationName: z.string().min(1).optional().describe('Name of the child organization.'),
      userEmail: z.string().email().optional().describe('Email of its owner (need not have a Make account).'),
      userName: z.string().min(1).optional().describe('Name of its owner.'),
      regionId: regionId(),
      countryId: countryId(),
      operations: operations().optional(),
    },
    example: {
      organizationId: 11, organizationName: 'Client A', userEmail: 'owner@example.com', regionId: 1, countryId: 1,
      operations: 10000,
    },
  }),

  // Not in Make's OpenAPI document (2024-12): newer than the document.
  endpoint({
    name: 'organizations_get-managed-consumption',
    title: 'Get child organizations consumption',
    description: 'Get operations allocated to and used by each child organization of an MMS organization.',
    route: 'GET /organizations/{organizationId}/managed-organizations-consumption',
    scope: 'organizations:read',
    effect: 'read',
    input: { organizationId: organizationId() },
    result: 'managedOrganizationsConsumption',
    example: { organizationId: 11 },
  }),

  // Not in Make's OpenAPI document (2024-12): newer than the document; body field from the inventory.
  endpoint({
    name: 'organizations_update-managed',
    title: 'Set child organization operations',
    description: 'Change the operations a child organization gets from its MMS parent\'s allowance.',
    route: 'PATCH /organizations/{organizationId}/managed-organizations/{childOrganizationId}',
    scope: 'organizations:write',
    effect: 'write',
    input: {
      organizationId: organizationId(),
      childOrganizationId: p.id('child organization', 'organizations_list-managed'),
      operations: operations(),
    },
    example: { organizationId: 11, childOrganizationId: 12, operations: 20000 },
  }),

  // Not in Make's OpenAPI document (2024-12): newer than the document.
  endpoint({
    name: 'organizations_get-llm-usage',
    title: 'Get organization AI token usage',
    description: 'Get the AI (LLM) tokens the organization used and has left, input and output separately.',
    route: 'GET /llm-usage/{organizationId}',
    scope: 'organizations:read',
    effect: 'read',
    input: { organizationId: organizationId() },
    example: { organizationId: 11 },
  }),

  // Not in Make's OpenAPI document (2024-12): newer than the document.
  endpoint({
    name: 'organizations_list-consumption-reports',
    title: 'List consumption reports',
    description: 'List the consumption (operations usage) reports Make prepared for an organization\'s team.',
    route: 'GET /consumptions/reports/{organizationId}/{teamId}',
    scope: 'organizations:read',
    effect: 'read',
    input: { organizationId: organizationId(), teamId: p.teamId() },
    example: { organizationId: 11, teamId: 22 },
  }),
];
