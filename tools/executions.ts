import { z } from 'zod';
import { endpoint, type ToolsetAbout } from '../src/endpoint.js';
import * as p from '../src/params.js';

export const about: ToolsetAbout = {
  description: 'The runs of scenarios: their logs, results and module data, searched per scenario or organization.',
  searchWords: 'run runs ran history log logs result output failed failure error last night status',
};

const scenarioId = () => p.id('scenario', 'scenarios_list');
const executionId = () => p.executionId();
const incompleteExecutionId = () => p.key('incomplete execution ID', 'incomplete-executions_list');
const { limit, offset, sortDir } = p.pagination(['imtId']);
const status = () => z.number().int().min(1).max(3).optional().describe('1 success, 2 warning, 3 error.');
const unixMs = (what: string) => z.number().int().optional().describe(`${what}, Unix ms.`);

// The organization-wide searches take their filters and paging in a JSON body.
const iso = (what: string) => z.string().datetime({ offset: true }).optional().describe(`${what}, ISO 8601.`);
const SEARCH = {
  organizationId: p.organizationId(),
  teamId: p.teamId().optional(),
  from: iso('After'),
  to: iso('Before'),
  scenarioIds: z.array(z.number().int()).optional().describe('Only these scenarios.'),
  status: status(),
};
const PAGED = {
  pageSize: z.number().int().optional().describe('Page size.'),
  pageIndex: z.number().int().optional().describe('Page number.'),
};
const text = () => z.string().min(1).describe('Text to find in module data.');

export default [
  // Body fields from the inventory.
  endpoint({
    source: 'make-reference',
    name: 'executions_search',
    title: 'Search executions',
    description: "Search an organization's runs by time, team, scenario, status or error text.",
    route: 'POST /organizations/{organizationId}/scenarios/executions/search',
    scope: 'scenarios:write',
    effect: 'read',
    input: () => ({
      ...SEARCH,
      errorMessage: z.string().optional().describe('Text in the error.'),
      ...PAGED,
    }),
    result: 'results',
    example: { organizationId: 11, status: 3, from: '2026-01-01T00:00:00Z', pageSize: 20 },
  }),

  // Body fields from the inventory.
  endpoint({
    source: 'make-reference',
    name: 'executions_search-io-data',
    title: 'Search execution data',
    description: "Find an organization's runs by text in their modules' input or output data.",
    route: 'POST /organizations/{organizationId}/scenarios/executions/io-data/search',
    scope: 'scenarios:write',
    effect: 'read',
    input: () => ({
      query: text(),
      ...SEARCH,
      appNames: z.array(z.string()).optional().describe('Apps, e.g. "slack".'),
      moduleNames: z.array(z.string()).optional().describe('Modules, e.g. "CreateMessage".'),
      executionIds: z.array(p.executionId()).optional().describe('Runs.'),
      ...PAGED,
    }),
    result: 'results',
    example: { organizationId: 11, query: 'A-1001', scenarioIds: [501], appNames: ['slack'] },
  }),

  // Body fields from the inventory.
  endpoint({
    source: 'make-reference',
    name: 'executions_count-io-data',
    title: 'Count runs matching text',
    description: "Count an organization's runs, per scenario, whose module data has a text.",
    route: 'POST /organizations/{organizationId}/scenarios/executions/io-data/counts',
    scope: 'scenarios:write',
    effect: 'read',
    input: () => ({ query: text(), ...SEARCH }),
    example: { organizationId: 11, query: 'A-1001', teamId: 22 },
  }),

  // Body fields from the inventory.
  endpoint({
    source: 'make-reference',
    name: 'executions_count-module-io-data',
    title: 'Count runs matching text by module',
    description: "Count a scenario's runs, per module, whose module data has a text.",
    route: 'POST /organizations/{organizationId}/scenarios/executions/modules/io-data/counts',
    scope: 'scenarios:write',
    effect: 'read',
    input: () => ({
      organizationId: p.organizationId(),
      scenarioId: scenarioId(),
      query: text(),
      teamId: SEARCH.teamId,
      from: SEARCH.from,
      to: SEARCH.to,
      status: status(),
    }),
    result: 'modules',
    example: { organizationId: 11, scenarioId: 501, query: 'A-1001', status: 1 },
  }),

  // Used by Make's web app; query parameters from the inventory.
  endpoint({
    source: 'make-reference',
    name: 'executions_list-recent',
    title: 'List recent executions',
    description: 'List the latest runs of all scenarios, newest first.',
    route: 'GET /scenarios/logs',
    scope: 'scenarios:read',
    effect: 'read',
    input: () => ({ since: unixMs('After'), until: unixMs('Before'), limit }),
    result: 'scenarioLogs',
    example: { since: 1736935200000, limit: 20 },
  }),

  endpoint({
    name: 'executions_list',
    title: 'List executions',
    description: "List a scenario's runs (status, duration, operations), newest first.",
    route: 'GET /scenarios/{scenarioId}/logs',
    scope: 'scenarios:read',
    effect: 'read',
    input: () => ({
      scenarioId: scenarioId(),
      from: unixMs('After'),
      to: unixMs('Before'),
      status: status(),
      showCheckRuns: z.boolean().optional().describe('true hides runs whose trigger found nothing.'),
      limit,
      offset,
      sortDir,
    }),
    result: 'scenarioLogs',
    example: { scenarioId: 501, status: 3, from: 1736935200000, limit: 20 },
  }),

  endpoint({
    name: 'executions_get',
    title: 'Get execution',
    description: "Get a run's summary (status, duration, operations); outputs and errors: executions_get-detail.",
    route: 'GET /scenarios/{scenarioId}/logs/{executionId}',
    scope: 'scenarios:read',
    effect: 'read',
    input: () => ({ scenarioId: scenarioId(), executionId: executionId() }),
    result: 'scenarioLog',
    example: { scenarioId: 501, executionId: '9f3c2a7e5b1d4c8e8a6f0b2d4e6a8c0f' },
  }),

  // Used by Make's web app; query parameter from the inventory.
  endpoint({
    source: 'make-reference',
    name: 'executions_get-log-detail',
    title: 'Get execution trace',
    description: "Get a run's full trace: blueprint, events and each module's bundles. Can be large.",
    route: 'GET /scenarios/{scenarioId}/logs/{executionId}/p',
    scope: 'scenarios:read',
    effect: 'read',
    input: () => ({
      scenarioId: scenarioId(),
      executionId: executionId(),
      include: z.string().optional().describe('Parts to include, e.g. "bundles".'),
    }),
    example: { scenarioId: 501, executionId: '9f3c2a7e5b1d4c8e8a6f0b2d4e6a8c0f', include: 'bundles' },
  }),

  // Query parameter from Make's client.
  endpoint({
    source: 'make-reference',
    name: 'executions_get-detail',
    title: 'Get execution result',
    description:
      "Get a run's result: status (RUNNING, SUCCESS, WARNING, ERROR), outputs, error and its module. Poll after scenarios_run.",
    route: 'GET /scenarios/{scenarioId}/executions/{executionId}',
    scope: 'scenarios:read',
    effect: 'read',
    input: () => ({
      scenarioId: scenarioId(),
      executionId: executionId(),
      // Make's byte budget: a multi-megabyte output never travels; under it, the answer is cut to fit the model
      maxBytes: z
        .number()
        .int()
        .min(1)
        .max(p.EXECUTION_BYTES)
        .default(p.EXECUTION_BYTES)
        .describe('Make refuses larger outputs.'),
    }),
    example: { scenarioId: 501, executionId: '9f3c2a7e5b1d4c8e8a6f0b2d4e6a8c0f', maxBytes: 100000 },
  }),

  // Body field from the inventory.
  endpoint({
    source: 'make-reference',
    name: 'executions_stop',
    title: 'Stop execution',
    description: 'Stop a running execution; remaining modules are skipped, done ones stay done.',
    route: 'POST /scenarios/{scenarioId}/executions/{executionId}/stop',
    scope: 'scenarios:write',
    effect: 'destructive',
    input: () => ({
      scenarioId: scenarioId(),
      executionId: executionId(),
      force: z.boolean().optional().describe('Force the stop.'),
    }),
    ifUnknown: 'Check with executions_get-detail (executionId {executionId}) whether it is still RUNNING.',
    example: { scenarioId: 501, executionId: '9f3c2a7e5b1d4c8e8a6f0b2d4e6a8c0f', force: true },
  }),

  // Used by Make's web app; paging from the inventory.
  endpoint({
    source: 'make-reference',
    name: 'executions_list-module-logs',
    title: 'List module logs',
    description: "List one module's logs across a scenario's runs.",
    route: 'GET /scenarios/{scenarioId}/modules/{moduleId}/logs',
    scope: 'scenarios:read',
    effect: 'read',
    input: () => ({
      scenarioId: scenarioId(),
      moduleId: z.number().int().describe('Module ID in the blueprint.'),
      limit,
      offset,
    }),
    result: 'moduleLogs',
    example: { scenarioId: 501, moduleId: 2, limit: 20 },
  }),

  endpoint({
    name: 'executions_list-for-incomp-exec',
    title: 'List incomplete execution attempts',
    description: 'List the retry attempts of an incomplete execution.',
    route: 'GET /dlqs/{incompleteExecutionId}/logs',
    scope: 'dlqs:read',
    effect: 'read',
    input: () => ({
      incompleteExecutionId: incompleteExecutionId(),
      status: status(),
      from: unixMs('After'),
      to: unixMs('Before'),
    }),
    result: 'dlqLogs',
    example: { incompleteExecutionId: 'dlq-1a2b3c', status: 3, from: 1736935200000 },
  }),

  endpoint({
    name: 'executions_get-for-incomp-exec',
    title: 'Get incomplete execution attempt',
    description: 'Get one retry attempt of an incomplete execution.',
    route: 'GET /dlqs/{incompleteExecutionId}/logs/{executionId}',
    scope: 'dlqs:read',
    effect: 'read',
    input: () => ({
      incompleteExecutionId: incompleteExecutionId(),
      executionId: p.key('attempt ID', 'executions_list-for-incomp-exec'),
    }),
    result: 'dlqLog',
    example: { incompleteExecutionId: 'dlq-1a2b3c', executionId: 'exec-dlq-1a2b3c' },
  }),
];
