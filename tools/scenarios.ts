import { z } from 'zod';
import { endpoint, type ToolsetAbout } from '../src/endpoint.js';
import * as p from '../src/params.js';

export const about: ToolsetAbout = {
  description: "Make's automations: their settings, state (active or not), runs, inputs and editor snapshots.",
  searchWords: 'scenario workflow automation flow zap pipeline sync job integration',
};

// Make documents 23 values for cols[]; a plain string array keeps the listing small (the example names real fields).
// cols[] is offered on reads only: on create/update/clone it would only trim the echo of the scenario.
const cols = () =>
  z.array(z.string()).min(1).optional().describe('Only these fields, e.g. id, name, isActive, scheduling.');
const scenarioId = () => p.id('scenario', 'scenarios_list');
const confirmedApps = () => p.makeConfirmed('it uses apps new to the organization');
const blueprint = () => p.blueprint();
const scheduling = () => p.scheduling();
const PAGE = p.pagination(['name']);
const EXAMPLE_BLUEPRINT = { name: 'Empty scenario', flow: [], metadata: { version: 1 } };

export default [
  endpoint({
    name: 'scenarios_list',
    title: 'List scenarios',
    description: "List a team's scenarios, optionally by folder or active state.",
    route: 'GET /scenarios',
    scope: 'scenarios:read',
    effect: 'read',
    input: () => ({
      teamId: p.teamId(),
      id: z.array(z.number().int().positive()).min(1).optional().describe('Only these IDs.'),
      folderId: p.id('folder', 'folders_list').optional(),
      isActive: z.boolean().optional().describe('true: only active ones.'),
      cols: cols(),
      ...p.pagination(['id', 'name', 'lastEdit', 'created']),
    }),
    result: 'scenarios',
    example: { teamId: 22, isActive: true, cols: ['id', 'name', 'isActive'], limit: 50 },
  }),

  endpoint({
    name: 'scenarios_create',
    title: 'Create scenario',
    description: 'Create a scenario from a blueprint and schedule; it starts inactive (see scenarios_activate).',
    route: 'POST /scenarios',
    scope: 'scenarios:write',
    effect: 'write',
    input: () => ({
      teamId: p.teamId(),
      blueprint: blueprint(),
      scheduling: scheduling(),
      folderId: p.id('folder', 'folders_list').optional(),
      basedon: z.number().int().positive().optional().describe('Source template ID.'),
      confirmed: confirmedApps(),
    }),
    query: ['confirmed'],
    jsonText: ['blueprint', 'scheduling'],
    makeConfirmFlag: 'confirmed',
    result: 'scenario',
    example: { teamId: 22, blueprint: EXAMPLE_BLUEPRINT, scheduling: { type: 'on-demand' }, folderId: 401 },
  }),

  endpoint({
    name: 'scenarios_get',
    title: 'Get scenario',
    description: 'Get a scenario: name, folder, active or not, schedule, apps used, next run.',
    route: 'GET /scenarios/{scenarioId}',
    scope: 'scenarios:read',
    effect: 'read',
    input: () => ({ scenarioId: scenarioId(), cols: cols() }),
    result: 'scenario',
    example: { scenarioId: 501, cols: ['id', 'name', 'isActive', 'scheduling'] },
  }),

  endpoint({
    name: 'scenarios_update',
    title: 'Update scenario',
    description:
      'Rename, describe or move a scenario, or replace its whole blueprint (get it first, edit, send it all) or schedule. ' +
      'Omitted fields stay.',
    route: 'PATCH /scenarios/{scenarioId}',
    scope: 'scenarios:write',
    effect: 'write',
    input: () => ({
      scenarioId: scenarioId(),
      name: z.string().min(1).optional().describe('New name.'),
      description: z.string().max(240).optional().describe('New description, at most 240 characters.'),
      folderId: p.id('folder', 'folders_list').optional(),
      blueprint: blueprint().optional(),
      scheduling: scheduling().optional(),
      confirmed: confirmedApps(),
    }),
    query: ['confirmed'],
    jsonText: ['blueprint', 'scheduling'],
    makeConfirmFlag: 'confirmed',
    result: 'scenario',
    example: {
      scenarioId: 501,
      name: 'Post new orders to #sales',
      scheduling: { type: 'indefinitely', interval: 900 },
    },
  }),

  endpoint({
    name: 'scenarios_delete',
    title: 'Delete scenario',
    description: 'Delete a scenario with its blueprint versions and execution history.',
    route: 'DELETE /scenarios/{scenarioId}',
    scope: 'scenarios:write',
    effect: 'destructive',
    input: () => ({ scenarioId: scenarioId() }),
    result: 'scenario',
    example: { scenarioId: 502 },
  }),

  endpoint({
    name: 'scenarios_get-triggers',
    title: 'Get scenario trigger',
    description: "Get a scenario's trigger hook: type, URL, queue size and limit.",
    route: 'GET /scenarios/{scenarioId}/triggers',
    scope: 'scenarios:read',
    effect: 'read',
    input: () => ({ scenarioId: scenarioId() }),
    example: { scenarioId: 501 },
  }),

  endpoint({
    name: 'scenarios_clone',
    title: 'Clone scenario',
    description:
      'Copy a scenario (inactive) into a team. For another team, map its connections, hooks etc. or set notAnalyze.',
    route: 'POST /scenarios/{scenarioId}/clone',
    scope: 'scenarios:write',
    effect: 'write',
    input: () => ({
      scenarioId: scenarioId(),
      organizationId: p.organizationId(),
      teamId: p.teamId(),
      name: z.string().min(1).max(120).describe('Name of the copy.'),
      states: z.boolean().describe('true: copy module states (e.g. trigger position).'),
      account: idMap('Connection IDs: { "old": new or null }.'),
      key: idMap('Key IDs, as account.'),
      hook: idMap('Hook IDs, as account.'),
      device: idMap('Device IDs, as account.'),
      udt: idMap('Data structure IDs, as account.'),
      datastore: idMap('Data store IDs, as account.'),
      notAnalyze: z.boolean().optional().describe('true: skip the mapping check.'),
      confirmed: p.makeConfirmed('custom apps it uses are missing there'),
    }),
    query: ['organizationId', 'notAnalyze', 'confirmed'],
    makeConfirmFlag: 'confirmed',
    result: 'scenario',
    example: {
      scenarioId: 501,
      organizationId: 11,
      teamId: 22,
      name: 'Post new orders (copy)',
      states: false,
      account: { '101': 101 },
    },
  }),

  endpoint({
    name: 'scenarios_set-module-data',
    title: 'Set module data',
    description:
      'Replace the stored state of modules, e.g. where a trigger resumes. May report success yet change nothing.',
    route: 'PUT /scenarios/{scenarioId}/data',
    scope: 'scenarios:write',
    effect: 'destructive',
    input: () => ({
      scenarioId: scenarioId(),
      data: z
        .record(z.unknown())
        .refine((d) => Object.keys(d).length > 0, 'must name at least one module')
        .describe('By module ID, at least one: {"1":{"epoch":{"date":"2026-01-31T09:00:00Z"}}}.'),
    }),
    spread: 'data',
    result: 'updated',
    example: { scenarioId: 501, data: { '1': { epoch: { date: '2026-01-31T09:00:00.000Z' } } } },
  }),

  endpoint({
    name: 'scenarios_check-module-data',
    title: 'Check module data',
    description: 'Tell whether a scenario module has stored state.',
    route: 'GET /scenarios/{scenarioId}/data/{moduleId}',
    scope: 'scenarios:write',
    effect: 'read',
    input: () => ({
      scenarioId: scenarioId(),
      moduleId: z.number().int().positive().describe('Module ID (flow[].id), from scenario-blueprints_get.'),
    }),
    result: 'exists',
    example: { scenarioId: 501, moduleId: 2 },
  }),

  endpoint({
    name: 'scenarios_activate',
    title: 'Activate scenario',
    description: 'Activate a scenario: it runs on its schedule or trigger. Needed before scenarios_run.',
    route: 'POST /scenarios/{scenarioId}/start',
    scope: 'scenarios:write',
    effect: 'write',
    input: () => ({ scenarioId: scenarioId() }),
    result: 'scenario',
    example: { scenarioId: 502 },
  }),

  endpoint({
    name: 'scenarios_deactivate',
    title: 'Deactivate scenario',
    description: 'Deactivate a scenario: it stops running until activated again.',
    route: 'POST /scenarios/{scenarioId}/stop',
    scope: 'scenarios:write',
    effect: 'write',
    input: () => ({ scenarioId: scenarioId() }),
    result: 'scenario',
    example: { scenarioId: 501 },
  }),

  endpoint({
    name: 'scenarios_run',
    title: 'Run scenario',
    description:
      'Run an active scenario now; effects in connected apps cannot be undone. Returns executionId (with responsive, ' +
      'also status); poll executions_get-detail for the outcome.',
    route: 'POST /scenarios/{scenarioId}/run',
    scope: 'scenarios:run',
    effect: 'destructive',
    openWorld: true,
    input: () => ({
      scenarioId: scenarioId(),
      data: z.record(z.unknown()).optional().describe('Scenario inputs by name (see scenarios_interface).'),
      responsive: z.boolean().optional().describe('true: wait for the result (up to ~40 s).'),
      // Newer than Make's 2024-12 document; Make's own client sends it.
      callbackUrl: z.string().url().optional().describe('URL Make calls when the run ends.'),
    }),
    // Make stops waiting after about 40 s while the run goes on; the run must never be sent twice.
    ifUnknown:
      'The run may still be going (Make stops waiting after about 40 s). Do not run it again: call executions_list ' +
      'with scenarioId {scenarioId} and look at the newest execution, then executions_get-detail with its id.',
    holds: { input: 'responsive', seconds: 40, status: 'Make is running scenario {scenarioId}' },
    statuses: { 1: 'success', 2: 'warning', 3: 'error' },
    example: { scenarioId: 501, data: { orderId: 'A-1001' }, responsive: true },
  }),

  // Body field from the inventory.
  endpoint({
    source: 'make-reference',
    name: 'scenarios_replay',
    title: 'Replay executions',
    description:
      "Run a scenario again on past executions' data; effects in connected apps repeat and cannot be undone.",
    route: 'POST /scenarios/{scenarioId}/replay',
    scope: 'scenarios:run',
    effect: 'destructive',
    openWorld: true,
    input: () => ({
      scenarioId: scenarioId(),
      executionIds: z.array(p.executionId('scenarios_list-replayable-executions')).min(1).describe('Runs to replay.'),
    }),
    example: { scenarioId: 501, executionIds: ['9f3c2a7e5b1d4c8e8a6f0b2d4e6a8c0f'] },
  }),

  // No parameters in the inventory.
  endpoint({
    source: 'make-reference',
    name: 'scenarios_list-replayable-executions',
    title: 'List replayable executions',
    description: 'List past executions of a scenario that scenarios_replay can run again.',
    route: 'GET /scenarios/replayable-executions/{scenarioId}',
    scope: 'scenarios:read',
    effect: 'read',
    input: () => ({ scenarioId: scenarioId() }),
    example: { scenarioId: 501 },
  }),

  endpoint({
    name: 'scenarios_publish',
    title: 'Publish scenario draft',
    description: "Publish a scenario's draft. Drafts exist only on Celonis; on Make it does nothing.",
    route: 'POST /scenarios/{scenarioId}/publish',
    scope: 'scenarios:write',
    effect: 'write',
    input: () => ({ scenarioId: scenarioId() }),
    example: { scenarioId: 501 },
  }),

  endpoint({
    name: 'scenarios_interface',
    title: 'Get scenario inputs',
    description: 'Get the inputs and outputs a scenario declares (what scenarios_run takes in data).',
    route: 'GET /scenarios/{scenarioId}/interface',
    scope: 'scenarios:read',
    effect: 'read',
    input: () => ({ scenarioId: scenarioId() }),
    result: 'interface',
    example: { scenarioId: 501 },
  }),

  endpoint({
    name: 'scenarios_set-interface',
    title: 'Set scenario inputs',
    description: "Replace a scenario's declared inputs; needs an on-demand schedule. An empty input list removes them.",
    route: 'PATCH /scenarios/{scenarioId}/interface',
    scope: 'scenarios:write',
    effect: 'write',
    input: () => ({
      scenarioId: scenarioId(),
      interface: z.record(z.unknown()).describe('e.g. {"input":[{"name":"orderId","type":"text","required":true}]}'),
    }),
    result: 'interface',
    example: { scenarioId: 501, interface: { input: [{ name: 'orderId', type: 'text', required: true }] } },
  }),

  // Parameters from the inventory.
  endpoint({
    source: 'make-reference',
    name: 'scenarios_get-recovery',
    title: 'Get recovery snapshot',
    description: 'Get the unsaved editor work (a blueprint) Make kept for a scenario, if any.',
    route: 'GET /scenarios/{scenarioId}/recovery',
    scope: 'scenarios:read',
    effect: 'read',
    input: () => ({ scenarioId: scenarioId(), teamId: p.teamId().optional() }),
    example: { scenarioId: 501, teamId: 22 },
  }),

  // Parameters from the inventory.
  endpoint({
    source: 'make-reference',
    name: 'scenarios_save-recovery',
    title: 'Save recovery snapshot',
    description: "Save a blueprint as the scenario's recovery snapshot, replacing the one kept.",
    route: 'PUT /scenarios/{scenarioId}/recovery',
    scope: 'scenarios:write',
    effect: 'destructive',
    input: () => ({
      scenarioId: scenarioId(),
      teamId: p.teamId().optional(),
      blueprint: p.blueprint(),
    }),
    query: ['teamId'],
    example: { scenarioId: 501, teamId: 22, blueprint: EXAMPLE_BLUEPRINT },
  }),

  // Parameters from the inventory.
  endpoint({
    source: 'make-reference',
    name: 'scenarios_discard-recovery',
    title: 'Discard recovery snapshot',
    description: "Discard a scenario's recovery snapshot; its unsaved editor work is lost, the scenario stays.",
    route: 'DELETE /scenarios/{scenarioId}/recovery',
    scope: 'scenarios:write',
    effect: 'destructive',
    input: () => ({ scenarioId: scenarioId(), teamId: p.teamId().optional() }),
    result: 'scenarioId',
    example: { scenarioId: 501, teamId: 22 },
  }),

  // Parameters from the inventory.
  endpoint({
    source: 'make-reference',
    name: 'scenarios_list-ai-agents',
    title: 'List AI agent scenarios',
    description: "List a team's AI agent scenarios.",
    route: 'GET /scenarios/ai-agents',
    scope: 'scenarios:read',
    effect: 'read',
    input: () => ({ teamId: p.teamId().optional(), limit: PAGE.limit, offset: PAGE.offset }),
    result: 'scenarios',
    example: { teamId: 22, limit: 20 },
  }),
];

function idMap(description: string) {
  return z.record(z.number().nullable()).optional().describe(description);
}
