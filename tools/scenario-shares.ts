import { z } from 'zod';
import { endpoint, type ToolsetAbout } from '../src/endpoint.js';
import * as p from '../src/params.js';

export const about: ToolsetAbout = {
  description: 'Public links through which others can view and copy a scenario (Make\'s "share scenario").',
  searchWords: 'share shared link public scenario template copy',
};

const scenarioId = () => p.id('scenario', 'scenarios_list');
const shareId = () => p.key('share ID', 'scenario-shares_list-for-scenario');
// Make's sort fields for this list are not documented, so only limit and offset.
const page = () => {
  const { limit, offset } = p.pagination(['id']);
  return { limit, offset };
};
const title = () => z.string().min(1).describe('Title, at most 40 chars.');
const shareFields = () => ({
  descriptionShort: z.string().optional().describe('At most 260 chars.'),
  descriptionLong: z.string().optional().describe('At most 2000 chars.'),
  isEnabled: z.boolean().optional().describe('true: the link is live (public).'),
});

export default [
  // Parameters from the inventory.
  endpoint({
    source: 'make-reference',
    name: 'scenario-shares_list',
    title: 'List scenario shares',
    description: "List a team's or an organization's scenario shares (give one ID, not both).",
    route: 'GET /scenarios-shared',
    scope: 'scenarios:read',
    effect: 'read',
    input: () => ({
      ...page(),
      teamId: p.teamId().optional(),
      organizationId: p.organizationId().optional(),
      scenarioName: z.string().optional().describe('Scenario name contains this.'),
    }),
    result: 'scenariosShared',
    example: { teamId: 22, scenarioName: 'Lead', limit: 20 },
  }),

  endpoint({
    source: 'make-reference',
    name: 'scenario-shares_list-for-scenario',
    title: 'List shares of a scenario',
    description: "List a scenario's shares: IDs, titles, URLs.",
    route: 'GET /scenarios-shared/{scenarioId}',
    scope: 'scenarios:read',
    effect: 'read',
    input: () => ({ scenarioId: scenarioId() }),
    result: 'scenariosShared',
    example: { scenarioId: 501 },
  }),

  // Body fields from the inventory.
  endpoint({
    source: 'make-reference',
    name: 'scenario-shares_create',
    title: 'Share scenario',
    description: 'Create a share link for a scenario. isEnabled true publishes it: anyone with the link can copy it.',
    route: 'POST /scenarios-shared/{scenarioId}',
    scope: 'scenarios:write',
    effect: 'write',
    input: () => ({ scenarioId: scenarioId(), title: title(), ...shareFields() }),
    result: 'scenarioShared',
    example: {
      scenarioId: 501,
      title: 'Lead sync',
      descriptionShort: 'Copies new leads to the CRM.',
      isEnabled: false,
    },
  }),

  endpoint({
    source: 'make-reference',
    name: 'scenario-shares_get',
    title: 'Get scenario share',
    description: 'Get a scenario share: texts, URL, enabled or not.',
    route: 'GET /scenarios-shared/{scenarioId}/{sharedScenarioId}',
    scope: 'scenarios:read',
    effect: 'read',
    input: () => ({ scenarioId: scenarioId(), sharedScenarioId: shareId() }),
    result: 'scenarioShared',
    example: { scenarioId: 501, sharedScenarioId: 'share-1a2b' },
  }),

  // Body fields from the inventory.
  endpoint({
    source: 'make-reference',
    name: 'scenario-shares_update',
    title: 'Update scenario share',
    description: 'Edit a share or turn its link on (publishes) or off. Omitted fields stay.',
    route: 'PATCH /scenarios-shared/{scenarioId}/{sharedScenarioId}',
    scope: 'scenarios:write',
    effect: 'write',
    input: () => ({
      scenarioId: scenarioId(),
      sharedScenarioId: shareId(),
      title: title().optional(),
      ...shareFields(),
    }),
    result: 'scenarioShared',
    example: { scenarioId: 501, sharedScenarioId: 'share-1a2b', isEnabled: false },
  }),

  endpoint({
    source: 'make-reference',
    name: 'scenario-shares_delete',
    title: 'Delete scenario share',
    description: 'Delete a scenario share; its link stops working.',
    route: 'DELETE /scenarios-shared/{scenarioId}/{sharedScenarioId}',
    scope: 'scenarios:write',
    effect: 'destructive',
    input: () => ({ scenarioId: scenarioId(), sharedScenarioId: shareId() }),
    result: 'scenarioShared',
    example: { scenarioId: 501, sharedScenarioId: 'share-1a2b' },
  }),
];
