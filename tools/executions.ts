// Executions: the runs of scenarios — their logs, results and module data, searched per scenario or organization.
import { z } from 'zod';
import { endpoint } from '../src/endpoint.js';
import * as p from '../src/params.js';

const scenarioId = () => p.id('scenario', 'scenarios_list');
const executionId = () => p.key('execution ID', 'executions_list');
const dlqId = () => p.key('incomplete execution ID', 'incomplete-executions_list');
const { limit, offset, sortDir } = p.pagination(['imtId']);
const PAGE = { limit, offset, sortDir };
const status = () => z.number().int().min(1).max(3).optional().describe('1 success, 2 warning, 3 error.');
const unixMs = (what: string) => z.number().int().min(0).optional().describe(`${what}, Unix ms.`);

// The organization-wide searches take their filters and paging in a JSON body.
const iso = (what: string) => z.string().datetime({ offset: true }).optional().describe(`${what}, ISO 8601, e.g. 2026-01-31T00:00:00Z.`);
const SEARCH = {
  organizationId: p.organizationId(),
  teamId: p.teamId().optional(),
  from: iso('Runs from'),
  to: iso('Runs until'),
  scenarioIds: z.array(z.number().int().positive()).min(1).optional().describe('Only these scenarios.'),
  status: status(),
};
const PAGED = {
  pageSize: z.number().int().min(1).optional().describe('Results per page.'),
  pageIndex: z.number().int().min(0).optional().describe('Page to return.'),
};
const text = () => z.string().min(1).describe('Text to find in module inputs and outputs.');

export default [
  // Not in Make's OpenAPI document (2024-12): newer than the document; body fields from the inventory.
  endpoint({
    name: 'executions_search',
    title: 'Search executions in organization',
    description: 'Search scenario runs across an organization by time, team, scenarios, status or error message.',
    route: 'POST /organizations/{organizationId}/scenarios/executions/search',
    scope: 'scenarios:write',
    effect: 'write',
    input: {
      ...SEARCH,
      errorMessage: z.string().min(1).optional().describe('Only runs whose error contains this text.'),
      ...PAGED,
    },
    result: 'results',
    example: { organizationId: 11, status: 3, from: '2026-01-01T00:00:00Z', pageSize: 20 },
  }),

  // Not in Make's OpenAPI document (2024-12): newer than the document; body fields from the inventory.
  endpoint({
    name: 'executions_search-io-data',
    title: 'Search execution data',
    description: 'Full-text search of the data modules received and produced in an organization\'s runs.',
    route: 'POST /organizations/{organizationId}/scenarios/executions/io-data/search',
    scope: 'scenarios:write',
    effect: 'write',
    input: {
      query: text(),
      ...SEARCH,
      appNames: z.array(z.string().min(1)).min(1).optional().describe('Only modules of these apps, e.g. "slack".'),
      moduleNames: z.array(z.string().min(1)).min(1).optional().describe('Only these modules, e.g. "CreateMessage".'),
      executionIds: z.array(z.string().min(1)).min(1).optional().describe('Only these runs, from executions_list.'),
      ...PAGED,
    },
    result: 'results',
    example: { organizationId: 11, query: 'A-1001', scenarioIds: [501], appNames: ['slack'] },
  }),

  // Not in Make's OpenAPI document (2024-12): newer than the document; body fields from the inventory.
  endpoint({
    name: 'executions_count-io-data',
    title: 'Count runs matching text',
    description: 'Count the scenarios and runs of an organization whose module data contains a text, per scenario.',
    route: 'POST /organizations/{organizationId}/scenarios/executions/io-data/counts',
    scope: 'scenarios:write',
    effect: 'write',
    input: { query: text(), ...SEARCH },
    example: { organizationId: 11, query: 'A-1001', teamId: 22 },
  }),

  // Not in Make's OpenAPI document (2024-12): newer than the document; body fields from the inventory.
  endpoint({
    name: 'executions_count-module-io-data',
    title: 'Count runs matching text by module',
    description: 'For one scenario, count per module the runs whose module data contains a text.',
    route: 'POST /organizations/{organizationId}/scenarios/executions/modules/io-data/counts',
    scope: 'scenarios:write',
    effect: 'write',
    input: {
      organizationId: p.organizationId(),
      scenarioId: scenarioId(),
      query: text(),
      teamId: SEARCH.teamId,
      from: SEARCH.from,
      to: SEARCH.to,
      status: status(),
    },
    result: 'modules',
    example: { organizationId: 11, scenarioId: 501, query: 'A-1001', status: 1 },
  }),

  // Not in Make's OpenAPI document (2024-12): used by Make's web app; query parameters from the inventory.
  endpoint({
    name: 'executions_list-recent',
    title: 'List recent executions',
    description: 'List the latest runs across all scenarios the token can see, newest first.',
    route: 'GET /scenarios/logs',
    scope: 'scenarios:read',
    effect: 'read',
    input: { since: unixMs('Only runs after this time'), until: unixMs('Only runs before this time'), limit },
    result: 'scenarioLogs',
    example: { since: 1736935200000, limit: 20 },
  }),

  endpoint({
    name: 'executions_list',
    title: 'List executions',
    description: 'List a scenario\'s runs, newest first: status, duration, operations, transfer. Filter by time or status.',
    route: 'GET /scenarios/{scenarioId}/logs',
    scope: 'scenarios:read',
    effect: 'read',
    input: {
      scenarioId: scenarioId(),
      from: unixMs('Only runs after this time'),
      to: unixMs('Only runs before this time'),
      status: status(),
      showCheckRuns: z.boolean().optional().describe('Check runs: trigger polls that found nothing new. Make\'s docs: true hides them.'),
      ...PAGE,
    },
    result: 'scenarioLogs',
    example: { scenarioId: 501, status: 3, from: 1736935200000, limit: 20 },
  }),

  endpoint({
    name: 'executions_get',
    title: 'Get execution',
    description:
      'Get a run\'s summary: status, duration, operations, transfer, type. For module data and errors use ' +
      'executions_get-detail.',
    route: 'GET /scenarios/{scenarioId}/logs/{executionId}',
    scope: 'scenarios:read',
    effect: 'read',
    input: { scenarioId: scenarioId(), executionId: executionId() },
    result: 'scenarioLog',
    example: { scenarioId: 501, executionId: 'exec-1a2b3c' },
  }),

  // Not in Make's OpenAPI document (2024-12): used by Make's web app; query parameter from the inventory.
  endpoint({
    name: 'executions_get-log-detail',
    title: 'Get execution trace',
    description: 'Get the full trace of a run: the blueprint it ran, its events and the bundles each module handled. Can be large.',
    route: 'GET /scenarios/{scenarioId}/logs/{executionId}/p',
    scope: 'scenarios:read',
    effect: 'read',
    input: {
      scenarioId: scenarioId(),
      executionId: executionId(),
      include: z.string().min(1).optional().describe('Which parts to include, e.g. "bundles"; omit for Make\'s default.'),
    },
    example: { scenarioId: 501, executionId: 'exec-1a2b3c', include: 'bundles' },
  }),

  // Not in Make's OpenAPI document (2024-12): newer than the document; query parameter from Make's client.
  endpoint({
    name: 'executions_get-detail',
    title: 'Get execution result',
    description:
      'Get a run\'s result: RUNNING, SUCCESS, WARNING or ERROR, its outputs, and the error with the module that ' +
      'caused it. Poll it after scenarios_run; check it before retrying a failed run.',
    route: 'GET /scenarios/{scenarioId}/executions/{executionId}',
    scope: 'scenarios:read',
    effect: 'read',
    input: {
      scenarioId: scenarioId(),
      executionId: executionId(),
      maxBytes: z.number().int().min(1).optional().describe('Fail instead of returning outputs larger than this.'),
    },
    example: { scenarioId: 501, executionId: 'exec-1a2b3c', maxBytes: 100000 },
  }),

  // Not in Make's OpenAPI document (2024-12): newer than the document; body field from the inventory.
  endpoint({
    name: 'executions_stop',
    title: 'Stop execution',
    description:
      'Stop a running execution. Modules not yet run are skipped; what earlier modules did in other apps stays done.',
    route: 'POST /scenarios/{scenarioId}/executions/{executionId}/stop',
    scope: 'scenarios:write',
    effect: 'destructive',
    input: {
      scenarioId: scenarioId(),
      executionId: executionId(),
      force: z.boolean().optional().describe('true: force the stop.'),
    },
    ifUnknown: 'Check with executions_get-detail (executionId {executionId}) whether it is still RUNNING.',
    example: { scenarioId: 501, executionId: 'exec-1a2b3c', force: true },
  }),

  // Not in Make's OpenAPI document (2024-12): used by Make's web app; paging from the inventory.
  endpoint({
    name: 'executions_list-module-logs',
    title: 'List module logs',
    description: 'List the logs of one module of a scenario across runs.',
    route: 'GET /scenarios/{scenarioId}/modules/{moduleId}/logs',
    scope: 'scenarios:read',
    effect: 'read',
    input: {
      scenarioId: scenarioId(),
      moduleId: z.number().int().positive().describe('The module\'s id in the blueprint (scenario-blueprints_get).'),
      ...PAGE,
    },
    result: 'moduleLogs',
    example: { scenarioId: 501, moduleId: 2, limit: 20 },
  }),

  endpoint({
    name: 'executions_list-for-incomp-exec',
    title: 'List incomplete execution attempts',
    description: 'List the attempts to resolve an incomplete execution (retries), with status and operations used.',
    route: 'GET /dlqs/{dlqId}/logs',
    scope: 'dlqs:read',
    effect: 'read',
    input: {
      dlqId: dlqId(),
      status: status(),
      from: unixMs('Only attempts after this time'),
      to: unixMs('Only attempts before this time'),
    },
    result: 'dlqLogs',
    example: { dlqId: 'dlq-1a2b3c', status: 3, from: 1736935200000 },
  }),

  endpoint({
    name: 'executions_get-for-incomp-exec',
    title: 'Get incomplete execution attempt',
    description: 'Get one attempt to resolve an incomplete execution.',
    route: 'GET /dlqs/{dlqId}/logs/{executionDlqId}',
    scope: 'dlqs:read',
    effect: 'read',
    input: { dlqId: dlqId(), executionDlqId: p.key('attempt ID', 'executions_list-for-incomp-exec') },
    result: 'dlqLog',
    example: { dlqId: 'dlq-1a2b3c', executionDlqId: 'exec-dlq-1a2b3c' },
  }),
];
