// The catalogue: one toolset per file in tools/, named after the file.
import type { Endpoint } from '../src/endpoint.js';
import affiliate from './affiliate.js';
import aiAgents from './ai-agents.js';
import aiErrorAnalysis from './ai-error-analysis.js';
import analytics from './analytics.js';
import appsCatalog from './apps-catalog.js';
import auditLogs from './audit-logs.js';
import cashier from './cashier.js';
import connectedSystem from './connected-system.js';
import connections from './connections.js';
import credentialRequests from './credential-requests.js';
import customPropertyStructureItems from './custom-property-structure-items.js';
import customPropertyStructures from './custom-property-structures.js';
import customRoles from './custom-roles.js';
import dataStoreRecords from './data-store-records.js';
import dataStores from './data-stores.js';
import dataStructures from './data-structures.js';
import devices from './devices.js';
import enums from './enums.js';
import executions from './executions.js';
import folders from './folders.js';
import functions from './functions.js';
import general from './general.js';
import hooks from './hooks.js';
import incompleteExecutions from './incomplete-executions.js';
import keys from './keys.js';
import mailhub from './mailhub.js';
import notifications from './notifications.js';
import onPremAgent from './on-prem-agent.js';
import organizationBilling from './organization-billing.js';
import organizationInvitations from './organization-invitations.js';
import organizationUserRoles from './organization-user-roles.js';
import organizationVariables from './organization-variables.js';
import organizations from './organizations.js';
import outboundWebhooks from './outbound-webhooks.js';
import privateSpaces from './private-spaces.js';
import publicTemplates from './public-templates.js';
import remoteProcedures from './remote-procedures.js';
import roles from './roles.js';
import scenarioBlueprints from './scenario-blueprints.js';
import scenarioBuildVariables from './scenario-build-variables.js';
import scenarioConsumptions from './scenario-consumptions.js';
import scenarioCustomProperties from './scenario-custom-properties.js';
import scenarioNotes from './scenario-notes.js';
import scenarioShares from './scenario-shares.js';
import scenarioTools from './scenario-tools.js';
import scenarios from './scenarios.js';
import sdkApps from './sdk-apps.js';
import sdkConnections from './sdk-connections.js';
import sdkEndpoints from './sdk-endpoints.js';
import sdkFunctions from './sdk-functions.js';
import sdkModules from './sdk-modules.js';
import sdkRpcs from './sdk-rpcs.js';
import sdkWebhooks from './sdk-webhooks.js';
import teamUserRoles from './team-user-roles.js';
import teamVariables from './team-variables.js';
import teams from './teams.js';
import templates from './templates.js';
import userApiTokens from './user-api-tokens.js';
import userOrganizationRoles from './user-organization-roles.js';
import userTeamNotifications from './user-team-notifications.js';
import userTeamRoles from './user-team-roles.js';
import users from './users.js';
import usersMe from './users-me.js';

export const toolsets: Record<string, readonly Endpoint[]> = {
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
