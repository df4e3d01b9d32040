// The catalogue: one toolset per file in tools/, named after the file.
import type { Endpoint } from '../src/endpoint.js';
import analytics from './analytics.js';
import auditLogs from './audit-logs.js';
import connectedSystem from './connected-system.js';
import connections from './connections.js';
import customRoles from './custom-roles.js';
import dataStoreRecords from './data-store-records.js';
import dataStores from './data-stores.js';
import dataStructures from './data-structures.js';
import devices from './devices.js';
import enums from './enums.js';
import executions from './executions.js';
import folders from './folders.js';
import functions from './functions.js';
import hooks from './hooks.js';
import incompleteExecutions from './incomplete-executions.js';
import keys from './keys.js';
import notifications from './notifications.js';
import organizationInvitations from './organization-invitations.js';
import organizationUserRoles from './organization-user-roles.js';
import organizationVariables from './organization-variables.js';
import organizations from './organizations.js';
import publicTemplates from './public-templates.js';
import roles from './roles.js';
import scenarioBlueprints from './scenario-blueprints.js';
import scenarioConsumptions from './scenario-consumptions.js';
import scenarioCustomProperties from './scenario-custom-properties.js';
import scenarios from './scenarios.js';
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
  analytics,
  'audit-logs': auditLogs,
  'connected-system': connectedSystem,
  connections,
  'custom-roles': customRoles,
  'data-store-records': dataStoreRecords,
  'data-stores': dataStores,
  'data-structures': dataStructures,
  devices,
  enums,
  executions,
  folders,
  functions,
  hooks,
  'incomplete-executions': incompleteExecutions,
  keys,
  notifications,
  'organization-invitations': organizationInvitations,
  'organization-user-roles': organizationUserRoles,
  'organization-variables': organizationVariables,
  organizations,
  'public-templates': publicTemplates,
  roles,
  'scenario-blueprints': scenarioBlueprints,
  'scenario-consumptions': scenarioConsumptions,
  'scenario-custom-properties': scenarioCustomProperties,
  scenarios,
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
