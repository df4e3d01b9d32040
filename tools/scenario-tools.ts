import { z } from 'zod';
import { endpoint, type ToolsetAbout } from '../src/endpoint.js';
import * as p from '../src/params.js';

export const about: ToolsetAbout = {
  description: 'Scenarios of type "tool", one module with declared inputs, which AI agents can call.',
  searchWords: 'tool tools mcp agent scenario as tool',
};

// Make's cols[] on create/update would only trim the echo of the tool: left out.
const scenarioId = () => p.id('tool scenario', 'scenarios_list');
const inputs = () => z.array(z.unknown()).optional().describe('[{name, type, label, required}].');
const moduleSpec = () => z.record(z.unknown()).describe('{module, version, parameters, mapper}, as in a blueprint.');
const EXAMPLE_MODULE = {
  module: 'slack:CreateMessage',
  version: 1,
  parameters: { __IMTCONN__: 101 },
  mapper: { text: '{{message}}' },
};

export default [
  // Parameters from the inventory, types assumed.
  endpoint({
    source: 'make-reference',
    name: 'scenario-tools_create',
    title: 'Create tool',
    description: 'Create a tool: a scenario running one module with inputs, for AI agents.',
    route: 'POST /scenarios/tools',
    scope: 'scenarios:write',
    effect: 'write',
    input: () => ({
      teamId: p.teamId(),
      name: z.string().describe('Tool name.'),
      description: z.string().describe('What it does, for agents.'),
      module: moduleSpec(),
      inputs: inputs(),
    }),
    result: 'tool',
    example: {
      teamId: 22,
      name: 'Post to Slack',
      description: 'Posts a message to the team channel.',
      module: EXAMPLE_MODULE,
      inputs: [{ name: 'message', type: 'text', label: 'Message', required: true }],
    },
  }),

  endpoint({
    source: 'make-reference',
    name: 'scenario-tools_get',
    title: 'Get tool',
    description: 'Get a tool: name, description, inputs, module.',
    route: 'GET /scenarios/tools/{scenarioId}',
    scope: 'scenarios:read',
    effect: 'read',
    input: () => ({ scenarioId: scenarioId() }),
    result: 'tool',
    example: { scenarioId: 501 },
  }),

  // Parameters from the inventory, types assumed.
  endpoint({
    source: 'make-reference',
    name: 'scenario-tools_update',
    title: 'Update tool',
    description: 'Edit a tool. Omitted fields stay.',
    route: 'PATCH /scenarios/tools/{scenarioId}',
    scope: 'scenarios:write',
    effect: 'write',
    input: () => ({
      scenarioId: scenarioId(),
      name: z.string().optional().describe('New name.'),
      description: z.string().optional().describe('New description.'),
      inputs: inputs(),
      module: moduleSpec().optional(),
    }),
    result: 'tool',
    example: { scenarioId: 501, description: 'Posts a message to #sales.' },
  }),
];
