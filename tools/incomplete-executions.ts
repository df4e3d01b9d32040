import { z } from 'zod';
import { endpoint, type ToolsetAbout } from '../src/endpoint.js';
import * as p from '../src/params.js';

export const about: ToolsetAbout = {
  description: 'Runs Make stored after a module failed, to fix and retry them later (Make\'s "DLQ").',
  searchWords: 'incomplete failed stuck retry dlq broken error queue resume waiting unresolved',
};

const incompleteExecutionId = () => p.key('incomplete execution ID', 'incomplete-executions_list');
const scenarioId = () => p.id('scenario', 'scenarios_list');
const ids = (what: string) => z.array(z.string()).optional().describe(`${what}, from incomplete-executions_list.`);

export default [
  endpoint({
    name: 'incomplete-executions_list',
    title: 'List incomplete executions',
    description: "List a scenario's incomplete executions (failed runs kept for retry): reason, time, resolved.",
    route: 'GET /dlqs',
    scope: 'dlqs:read',
    effect: 'read',
    input: () => ({ scenarioId: scenarioId() }),
    result: 'dlqs',
    example: { scenarioId: 501 },
  }),

  endpoint({
    name: 'incomplete-executions_delete',
    title: 'Delete incomplete executions',
    description: "Delete a scenario's incomplete executions for good; they can no longer be retried.",
    route: 'DELETE /dlqs',
    scope: 'dlqs:write',
    effect: 'destructive',
    input: () => ({
      scenarioId: scenarioId(),
      ids: ids('IDs to delete'),
      all: z.boolean().optional().describe('All of them (needs confirmed).'),
      exceptIds: ids('With all: IDs to keep'),
      confirmed: p.makeConfirmed('all deletes every one'),
    }),
    body: ['ids', 'all', 'exceptIds'],
    makeConfirmFlag: 'confirmed',
    result: 'dlqs',
    example: { scenarioId: 501, ids: ['dlq-1a2b3c'] },
  }),

  endpoint({
    name: 'incomplete-executions_get',
    title: 'Get incomplete execution',
    description: 'Get an incomplete execution: scenario, time, resolved, retry attempts.',
    route: 'GET /dlqs/{incompleteExecutionId}',
    scope: 'dlqs:read',
    effect: 'read',
    input: () => ({ incompleteExecutionId: incompleteExecutionId() }),
    result: 'dlq',
    example: { incompleteExecutionId: 'dlq-1a2b3c' },
  }),

  endpoint({
    name: 'incomplete-executions_update',
    title: 'Fix incomplete execution',
    description:
      'Overwrite the blueprint an incomplete execution is retried with, or its failed module; then retry it.',
    route: 'PATCH /dlqs/{incompleteExecutionId}',
    scope: 'dlqs:write',
    effect: 'destructive',
    input: () => ({
      incompleteExecutionId: incompleteExecutionId(),
      blueprint: p
        .blueprint('Fixed blueprint, from incomplete-executions_get-blueprint; other keys are kept.')
        .optional(),
      failer: z.number().int().optional().describe("Failed module's ID in the blueprint."),
    }),
    jsonText: ['blueprint'],
    result: 'dlq',
    example: {
      incompleteExecutionId: 'dlq-1a2b3c',
      blueprint: { name: 'Sync leads', flow: [], metadata: { version: 1 } },
      failer: 2,
    },
  }),

  endpoint({
    name: 'incomplete-executions_delete-one',
    title: 'Delete incomplete execution',
    description: 'Delete one incomplete execution for good. Deprecated: prefer incomplete-executions_delete.',
    route: 'DELETE /dlqs/{incompleteExecutionId}',
    scope: 'dlqs:write',
    effect: 'destructive',
    input: () => ({ incompleteExecutionId: incompleteExecutionId() }),
    result: 'dlq',
    example: { incompleteExecutionId: 'dlq-1a2b3c' },
  }),

  endpoint({
    name: 'incomplete-executions_get-blueprint',
    title: 'Get incomplete execution blueprint',
    description: 'Get the blueprint the failed run used, with the reason. Fix it for incomplete-executions_update.',
    route: 'GET /dlqs/{incompleteExecutionId}/blueprint',
    scope: 'dlqs:read',
    effect: 'read',
    input: () => ({ incompleteExecutionId: incompleteExecutionId() }),
    result: 'response',
    example: { incompleteExecutionId: 'dlq-1a2b3c' },
  }),

  endpoint({
    name: 'incomplete-executions_get-bundles',
    title: 'Get incomplete execution bundles',
    description: 'Get the data bundles the run held when it failed.',
    route: 'GET /dlqs/{incompleteExecutionId}/bundle',
    scope: 'dlqs:read',
    effect: 'read',
    input: () => ({ incompleteExecutionId: incompleteExecutionId() }),
    result: 'response',
    example: { incompleteExecutionId: 'dlq-1a2b3c' },
  }),

  // Used by Make's client; no parameters besides the id.
  endpoint({
    source: 'make-reference',
    name: 'incomplete-executions_retry',
    title: 'Retry incomplete execution',
    description: 'Retry an incomplete execution from its failed module; effects in other apps cannot be undone.',
    route: 'POST /dlqs/{incompleteExecutionId}/retry',
    scope: 'dlqs:write',
    effect: 'destructive',
    openWorld: true,
    input: () => ({ incompleteExecutionId: incompleteExecutionId() }),
    result: 'dlq',
    ifUnknown:
      'Check with executions_list-for-incomp-exec (incompleteExecutionId {incompleteExecutionId}) whether an attempt started before retrying again.',
    example: { incompleteExecutionId: 'dlq-1a2b3c' },
  }),

  // Used by Make's client; parameters from the inventory.
  endpoint({
    source: 'make-reference',
    name: 'incomplete-executions_retry-multiple',
    title: 'Retry incomplete executions',
    description: 'Retry several incomplete executions of a scenario; effects in other apps cannot be undone.',
    route: 'POST /dlqs/retry',
    scope: 'dlqs:write',
    effect: 'destructive',
    openWorld: true,
    input: () => ({
      scenarioId: scenarioId(),
      ids: ids('IDs to retry'),
      all: z.boolean().optional().describe('All of them.'),
      exceptIds: ids('With all: IDs to skip'),
    }),
    query: ['scenarioId'],
    result: 'dlqs',
    ifUnknown:
      'Check with incomplete-executions_list (scenarioId {scenarioId}) which are still unresolved before retrying again.',
    example: { scenarioId: 501, ids: ['dlq-1a2b3c'] },
  }),
];
