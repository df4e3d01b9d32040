// Incomplete executions: runs Make stored after a module failed, to fix and retry them later (Make's "DLQ").
import { z } from 'zod';
import { endpoint } from '../src/endpoint.js';
import * as p from '../src/params.js';

const dlqId = () => p.key('incomplete execution ID', 'incomplete-executions_list');
const scenarioId = () => p.id('scenario', 'scenarios_list');
const ids = (what: string) =>
  z.array(z.string().min(1)).min(1).optional().describe(`${what}, from incomplete-executions_list.`);

export default [
  endpoint({
    name: 'incomplete-executions_list',
    title: 'List incomplete executions',
    description: 'List a scenario\'s incomplete executions: reason, time, size, whether resolved, retry attempts.',
    route: 'GET /dlqs',
    scope: 'dlqs:read',
    effect: 'read',
    input: { scenarioId: scenarioId() },
    result: 'dlqs',
    example: { scenarioId: 501 },
  }),

  endpoint({
    name: 'incomplete-executions_delete',
    title: 'Delete incomplete executions',
    description:
      'Delete incomplete executions of a scenario for good; their data can no longer be retried. Ones being ' +
      'processed are kept.',
    route: 'DELETE /dlqs',
    scope: 'dlqs:write',
    effect: 'destructive',
    input: {
      scenarioId: scenarioId(),
      ids: ids('The ones to delete'),
      all: z.boolean().optional().describe('true: delete all of the scenario\'s (Make then wants confirmed).'),
      exceptIds: ids('With all: the ones to keep'),
      confirmed: p.makeConfirmed('all: true deletes every one of the scenario\'s'),
    },
    body: ['ids', 'all', 'exceptIds'],
    makeConfirmFlag: 'confirmed',
    result: 'dlqs',
    example: { scenarioId: 501, ids: ['dlq-1a2b3c'] },
  }),

  endpoint({
    name: 'incomplete-executions_get',
    title: 'Get incomplete execution',
    description: 'Get one incomplete execution: its scenario, execution, time, size, whether resolved, retry attempts.',
    route: 'GET /dlqs/{dlqId}',
    scope: 'dlqs:read',
    effect: 'read',
    input: { dlqId: dlqId() },
    result: 'dlq',
    example: { dlqId: 'dlq-1a2b3c' },
  }),

  endpoint({
    name: 'incomplete-executions_update',
    title: 'Fix incomplete execution',
    description:
      'Replace the blueprint an incomplete execution will be retried with, and/or the module marked as failed. ' +
      'The stored blueprint is overwritten. Then retry it with incomplete-executions_retry.',
    route: 'PATCH /dlqs/{dlqId}',
    scope: 'dlqs:write',
    effect: 'destructive',
    input: {
      dlqId: dlqId(),
      blueprint: z
        .union([z.record(z.unknown()), z.string()])
        .optional()
        .describe('The corrected blueprint, as from incomplete-executions_get-blueprint.'),
      failer: z.number().int().positive().optional().describe('ID of the module that failed, as in the blueprint.'),
    },
    jsonText: ['blueprint'],
    result: 'dlq',
    example: { dlqId: 'dlq-1a2b3c', blueprint: { name: 'Sync leads', flow: [], metadata: { version: 1 } }, failer: 2 },
  }),

  endpoint({
    name: 'incomplete-executions_delete-one',
    title: 'Delete incomplete execution',
    description:
      'Delete one incomplete execution for good (deprecated by Make; prefer incomplete-executions_delete).',
    route: 'DELETE /dlqs/{dlqId}',
    scope: 'dlqs:write',
    effect: 'destructive',
    input: { dlqId: dlqId() },
    result: 'dlq',
    example: { dlqId: 'dlq-1a2b3c' },
  }),

  endpoint({
    name: 'incomplete-executions_get-blueprint',
    title: 'Get incomplete execution blueprint',
    description: 'Get the blueprint the scenario had when the run failed, with the failure reason. Edit it for incomplete-executions_update.',
    route: 'GET /dlqs/{dlqId}/blueprint',
    scope: 'dlqs:read',
    effect: 'read',
    input: { dlqId: dlqId() },
    result: 'response',
    example: { dlqId: 'dlq-1a2b3c' },
  }),

  endpoint({
    name: 'incomplete-executions_get-bundles',
    title: 'Get incomplete execution bundles',
    description: 'Get the data bundles the run was processing when it failed.',
    route: 'GET /dlqs/{dlqId}/bundle',
    scope: 'dlqs:read',
    effect: 'read',
    input: { dlqId: dlqId() },
    result: 'response',
    example: { dlqId: 'dlq-1a2b3c' },
  }),

  // Not in Make's OpenAPI document (2024-12): used by Make's client; no parameters besides the id.
  endpoint({
    name: 'incomplete-executions_retry',
    title: 'Retry incomplete execution',
    description: 'Run an incomplete execution again from the failed module; its effects in connected apps cannot be undone.',
    route: 'POST /dlqs/{dlqId}/retry',
    scope: 'dlqs:write',
    effect: 'write',
    openWorld: true,
    input: { dlqId: dlqId() },
    result: 'dlq',
    ifUnknown: 'Check with executions_list-for-incomp-exec (dlqId {dlqId}) whether an attempt started before retrying again.',
    example: { dlqId: 'dlq-1a2b3c' },
  }),

  // Not in Make's OpenAPI document (2024-12): used by Make's client; parameters from the inventory.
  endpoint({
    name: 'incomplete-executions_retry-multiple',
    title: 'Retry incomplete executions',
    description: 'Run several incomplete executions of a scenario again; their effects in connected apps cannot be undone.',
    route: 'POST /dlqs/retry',
    scope: 'dlqs:write',
    effect: 'write',
    openWorld: true,
    input: {
      scenarioId: scenarioId(),
      ids: ids('The ones to retry'),
      all: z.boolean().optional().describe('true: retry all of the scenario\'s.'),
      exceptIds: ids('With all: the ones to skip'),
    },
    query: ['scenarioId'],
    result: 'dlqs',
    ifUnknown: 'Check with incomplete-executions_list (scenarioId {scenarioId}) which are still unresolved before retrying again.',
    example: { scenarioId: 501, ids: ['dlq-1a2b3c'] },
  }),
];
