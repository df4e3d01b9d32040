// The catalogue: one toolset per file in tools/, named after the file: its endpoints, and what it says of itself.
import type { Endpoint, ToolsetAbout } from '../src/endpoint.js';
import * as affiliate from './affiliate.js';
import * as aiAgents from './ai-agents.js';
import * as aiErrorAnalysis from './ai-error-analysis.js';
import * as analytics from './analytics.js';
import * as appsCatalog from './apps-catalog.js';
import * as auditLogs from './audit-logs.js';
import * as cashier from './cashier.js';
import * as connectedSystem from './connected-system.js';
import * as connections from './connections.js';
import * as credentialRequests from './credential-requests.js';
import * as customPropertyStructureItems from './custom-property-structure-items.js';
import * as customPropertyStructures from './custom-property-structures.js';
import * as customRoles from './custom-roles.js';
import * as dataStoreRecords from './data-store-records.js';
import * as dataStores from './data-stores.js';
import * as dataStructures from './data-structures.js';
import * as devices from './devices.js';
import * as enums from './enums.js';
import * as executions from './executions.js';
import * as folders from './folders.js';
import * as functions from './functions.js';
import * as general from './general.js';
import * as hooks from './hooks.js';
import * as incompleteExecutions from './incomplete-executions.js';
import * as keys from './keys.js';
import * as mailhub from './mailhub.js';
import * as notifications from './notifications.js';
import * as onPremAgent from './on-prem-agent.js';
import * as organizationBilling from './organization-billing.js';
import * as organizationInvitations from './organization-invitations.js';
import * as organizationUserRoles from './organization-user-roles.js';
import * as organizationVariables from './organization-variables.js';
import * as organizations from './organizations.js';
import * as outboundWebhooks from './outbound-webhooks.js';
import * as privateSpaces from './private-spaces.js';
import * as publicTemplates from './public-templates.js';
import * as remoteProcedures from './remote-procedures.js';
import * as roles from './roles.js';
import * as scenarioBlueprints from './scenario-blueprints.js';
import * as scenarioBuildVariables from './scenario-build-variables.js';
import * as scenarioConsumptions from './scenario-consumptions.js';
import * as scenarioCustomProperties from './scenario-custom-properties.js';
import * as scenarioNotes from './scenario-notes.js';
import * as scenarioShares from './scenario-shares.js';
import * as scenarioTools from './scenario-tools.js';
import * as scenarios from './scenarios.js';
import * as sdkApps from './sdk-apps.js';
import * as sdkConnections from './sdk-connections.js';
import * as sdkEndpoints from './sdk-endpoints.js';
import * as sdkFunctions from './sdk-functions.js';
import * as sdkModules from './sdk-modules.js';
import * as sdkRpcs from './sdk-rpcs.js';
import * as sdkWebhooks from './sdk-webhooks.js';
import * as teamUserRoles from './team-user-roles.js';
import * as teamVariables from './team-variables.js';
import * as teams from './teams.js';
import * as templates from './templates.js';
import * as userApiTokens from './user-api-tokens.js';
import * as userOrganizationRoles from './user-organization-roles.js';
import * as userTeamNotifications from './user-team-notifications.js';
import * as userTeamRoles from './user-team-roles.js';
import * as users from './users.js';
import * as usersMe from './users-me.js';

const files: Record<string, { default: readonly Endpoint[]; about: ToolsetAbout }> = {
  affiliate,
  'ai-agents': aiAgents,
  'ai-error-analysis': aiErrorAnalysis,
  analytics,
  'apps-catalog': appsCatalog,
  'audit-logs': auditLogs,
  cashier,
  'connected-system': connectedSystem,
  connections,
  'credential-requests': credentialRequests,
  'custom-property-structure-items': customPropertyStructureItems,
  'custom-property-structures': customPropertyStructures,
  'custom-roles': customRoles,
  'data-store-records': dataStoreRecords,
  'data-stores': dataStores,
  'data-structures': dataStructures,
  devices,
  enums,
  executions,
  folders,
  functions,
  general,
  hooks,
  'incomplete-executions': incompleteExecutions,
  keys,
  mailhub,
  notifications,
  'on-prem-agent': onPremAgent,
  'organization-billing': organizationBilling,
  'organization-invitations': organizationInvitations,
  'organization-user-roles': organizationUserRoles,
  'organization-variables': organizationVariables,
  organizations,
  'outbound-webhooks': outboundWebhooks,
  'private-spaces': privateSpaces,
  'public-templates': publicTemplates,
  'remote-procedures': remoteProcedures,
  roles,
  'scenario-blueprints': scenarioBlueprints,
  'scenario-build-variables': scenarioBuildVariables,
  'scenario-consumptions': scenarioConsumptions,
  'scenario-custom-properties': scenarioCustomProperties,
  'scenario-notes': scenarioNotes,
  'scenario-shares': scenarioShares,
  'scenario-tools': scenarioTools,
  scenarios,
  'sdk-apps': sdkApps,
  'sdk-connections': sdkConnections,
  'sdk-endpoints': sdkEndpoints,
  'sdk-functions': sdkFunctions,
  'sdk-modules': sdkModules,
  'sdk-rpcs': sdkRpcs,
  'sdk-webhooks': sdkWebhooks,
  'team-user-roles': teamUserRoles,
  'team-variables': teamVariables,
  teams,
  templates,
  'user-api-tokens': userApiTokens,
  'user-organization-roles': userOrganizationRoles,
  'user-team-notifications': userTeamNotifications,
  'user-team-roles': userTeamRoles,
  users,
  'users-me': usersMe,
};

const byToolset = <T>(pick: (file: (typeof files)[string]) => T) =>
  Object.fromEntries(Object.entries(files).map(([name, file]) => [name, pick(file)]));

export const toolsets: Record<string, readonly Endpoint[]> = byToolset((file) => file.default);
export const about: Record<string, ToolsetAbout> = byToolset((file) => file.about);

/**
 * Listed when MAKE_TOOLSETS is not set, with the catalogue tools that reach every other tool: what agents do with
 * Make most — who am I, where (organizations, teams), scenarios and their runs, connections, data stores, hooks.
 */
export const defaultTools = [
  'users_me',
  'organizations_list',
  'teams_list',
  'scenarios_list',
  'scenarios_get',
  'scenarios_run',
  'scenarios_activate',
  'scenarios_deactivate',
  'executions_list',
  'executions_get-detail',
  'connections_list',
  'data-stores_list',
  'data-store-records_list',
  'hooks_list',
];
