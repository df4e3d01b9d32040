import { z } from 'zod';
import { endpoint, type ToolsetAbout } from '../src/endpoint.js';
import * as p from '../src/params.js';

export const about: ToolsetAbout = {
  description:
    'Make-hosted LLM agents that call scenarios and MCP tools, their knowledge contexts, and the LLM providers and models they can use.',
  searchWords: 'ai agent assistant llm model prompt context chat',
};

const agentId = () => p.key('agent ID', 'ai-agents_list');
const providerId = () => p.key('LLM provider ID', 'ai-agents_list-llm-providers');
const obj = (what: string) => z.record(z.unknown()).optional().describe(what);
const list = (what: string) => z.array(z.record(z.unknown())).optional().describe(what);

// The settings create and update share; every one is optional on update.
const SETTINGS = (update = false) => ({
  llmConfig: obj(update ? 'LLM settings.' : 'e.g. {"maxTokens":9000}.'),
  scenarios: list(update ? 'Scenarios it may call.' : '[{"makeScenarioId":501,"approvalMode":"auto-run"}].'),
  historyConfig: obj(update ? 'Memory settings.' : 'e.g. {"iterationsFromHistoryCount":10}.'),
  mcpConfigs: list(update ? 'MCP tools.' : '[{"mcpConnectionId":1,"toolIds":["..."]}].'),
  outputParserFormat: obj('Answer format.'),
});

// Both runs take the same body.
const RUN_INPUT = () => ({
  agentId: agentId(),
  teamId: p.teamId(),
  messages: z.array(z.record(z.unknown())).min(1).describe('[{"role":"user","content":"..."}], oldest first.'),
  threadId: z.string().optional().describe('Continue a thread (from an earlier run).'),
  callbackUrl: z.string().optional().describe('URL to also send the result to.'),
  config: z.record(z.unknown()).describe('Run settings; {} for defaults.'),
});
const RUN_UNKNOWN =
  'The agent may have run and acted (its scenarios may have run). Do not run it again without asking the user; ' +
  'check the executions of the scenarios it calls (executions_list) first.';
const RUN_EXAMPLE = {
  agentId: 'agent-1a2b',
  teamId: 22,
  messages: [{ role: 'user', content: "Summarize today's orders." }],
  config: {},
};

export default [
  // A beta API. Parameters from the inventory.
  endpoint({
    source: 'make-reference',
    name: 'ai-agents_list',
    title: 'List AI agents',
    description: "List a team's AI agents with model, prompt and tools.",
    route: 'GET /ai-agents/v1/agents',
    scope: 'ai-agents:read',
    effect: 'read',
    input: () => ({ teamId: p.teamId() }),
    example: { teamId: 22 },
  }),

  // A beta API. Parameters from the inventory.
  endpoint({
    source: 'make-reference',
    name: 'ai-agents_get',
    title: 'Get AI agent',
    description: 'Get an AI agent: prompt, model, settings, scenarios, MCP tools, contexts.',
    route: 'GET /ai-agents/v1/agents/{agentId}',
    scope: 'ai-agents:read',
    effect: 'read',
    input: () => ({ agentId: agentId(), teamId: p.teamId() }),
    example: { agentId: 'agent-1a2b', teamId: 22 },
  }),

  // A beta API. Parameters from the inventory.
  endpoint({
    source: 'make-reference',
    name: 'ai-agents_create',
    title: 'Create AI agent',
    description: 'Create an AI agent: LLM connection, model, prompt, and the scenarios and MCP tools it may call.',
    route: 'POST /ai-agents/v1/agents',
    scope: 'ai-agents:write',
    effect: 'write',
    input: () => ({
      teamId: p.teamId(),
      name: z.string().describe('Name.'),
      makeConnectionId: p.id('LLM connection', 'ai-agents_list-llm-providers'),
      defaultModel: z.string().min(1).describe('From ai-agents_list-llm-models.'),
      systemPrompt: z.string().min(1).describe('Standing instructions.'),
      ...SETTINGS(),
    }),
    query: ['teamId'],
    example: {
      teamId: 22,
      name: 'Order assistant',
      makeConnectionId: 101,
      defaultModel: 'gpt-4.1',
      systemPrompt: 'Answer questions about orders.',
      scenarios: [{ makeScenarioId: 501, approvalMode: 'auto-run' }],
    },
  }),

  // A beta API. Parameters from the inventory.
  endpoint({
    source: 'make-reference',
    name: 'ai-agents_update',
    title: 'Update AI agent',
    description: 'Change an AI agent (fields as in ai-agents_create); a list given replaces the old one.',
    route: 'PATCH /ai-agents/v1/agents/{agentId}',
    scope: 'ai-agents:write',
    effect: 'write',
    input: () => ({
      agentId: agentId(),
      teamId: p.teamId(),
      name: z.string().optional().describe('Name.'),
      systemPrompt: z.string().min(1).optional().describe('Instructions.'),
      defaultModel: z.string().optional().describe('Model.'),
      invocationConfig: obj('e.g. {"recursionLimit":300}.'),
      ...SETTINGS(true),
    }),
    query: ['teamId'],
    example: { agentId: 'agent-1a2b', teamId: 22, systemPrompt: 'Answer briefly.', llmConfig: { maxTokens: 50000 } },
  }),

  // A beta API. Parameters from the inventory.
  endpoint({
    source: 'make-reference',
    name: 'ai-agents_delete',
    title: 'Delete AI agent',
    description: 'Delete an AI agent with its settings and thread history; its scenarios and connections stay.',
    route: 'DELETE /ai-agents/v1/agents/{agentId}',
    scope: 'ai-agents:write',
    effect: 'destructive',
    input: () => ({ agentId: agentId(), teamId: p.teamId() }),
    example: { agentId: 'agent-1a2b', teamId: 22 },
  }),

  // A beta API. Parameters from the inventory.
  endpoint({
    source: 'make-reference',
    name: 'ai-agents_run',
    title: 'Run AI agent',
    description:
      'Run an AI agent and wait for its answer; it may call its scenarios and MCP tools, whose effects cannot be ' +
      'undone.',
    route: 'POST /ai-agents/v1/agents/{agentId}/run',
    scope: 'ai-agents:write',
    effect: 'destructive',
    openWorld: true,
    input: RUN_INPUT,
    query: ['teamId'],
    ifUnknown: RUN_UNKNOWN,
    example: RUN_EXAMPLE,
  }),

  // A beta API. Parameters from the inventory.
  endpoint({
    source: 'make-reference',
    name: 'ai-agents_run-stream',
    title: 'Run AI agent (stream)',
    description:
      'As ai-agents_run, but Make streams events (SSE); they all arrive together when the run ends. Prefer ' +
      'ai-agents_run.',
    route: 'POST /ai-agents/v1/agents/{agentId}/run/stream',
    scope: 'ai-agents:write',
    effect: 'destructive',
    openWorld: true,
    input: RUN_INPUT,
    query: ['teamId'],
    ifUnknown: RUN_UNKNOWN,
    example: RUN_EXAMPLE,
  }),

  // A beta API. Parameters from the inventory.
  endpoint({
    source: 'make-reference',
    name: 'ai-agents_list-contexts',
    title: 'List AI agent contexts',
    description: "List the knowledge contexts (documents) of a team's AI agents.",
    route: 'GET /ai-agents/v1/contexts',
    scope: 'ai-agents:read',
    effect: 'read',
    input: () => ({ teamId: p.teamId(), agentId: agentId().optional() }),
    example: { teamId: 22, agentId: 'agent-1a2b' },
  }),

  // A beta API. Parameters from the inventory.
  endpoint({
    source: 'make-reference',
    name: 'ai-agents_create-context',
    title: 'Add AI agent context',
    description: 'Give an AI agent a knowledge context: a named document it can draw on.',
    route: 'POST /ai-agents/v1/contexts',
    scope: 'ai-agents:write',
    effect: 'write',
    input: () => ({
      teamId: p.teamId(),
      agentId: agentId(),
      name: z.string().min(1).optional().describe('Document name.'),
      content: z.string().optional().describe('Document text.'),
      autosave: z.boolean().optional().describe('Keep it beyond one run.'),
    }),
    query: ['teamId'],
    example: { teamId: 22, agentId: 'agent-1a2b', name: 'Return policy', content: 'Returns within 30 days.' },
  }),

  // A beta API. Parameters from the inventory.
  endpoint({
    source: 'make-reference',
    name: 'ai-agents_delete-context',
    title: 'Delete AI agent context',
    description: 'Delete a knowledge context; the agent no longer draws on that document.',
    route: 'DELETE /ai-agents/v1/contexts/{contextId}',
    scope: 'ai-agents:write',
    effect: 'destructive',
    input: () => ({ contextId: p.key('context ID', 'ai-agents_list-contexts'), teamId: p.teamId() }),
    example: { contextId: 'ctx-1a2b', teamId: 22 },
  }),

  // A beta API. Parameters from the inventory.
  endpoint({
    source: 'make-reference',
    name: 'ai-agents_list-llm-providers',
    title: 'List LLM providers',
    description: "List the LLM connections a team's agents can use (id, provider, account).",
    route: 'GET /ai-agents/v1/llm-providers',
    scope: 'ai-agents:read',
    effect: 'read',
    input: () => ({ teamId: p.teamId() }),
    example: { teamId: 22 },
  }),

  // A beta API. Parameters from the inventory.
  endpoint({
    source: 'make-reference',
    name: 'ai-agents_get-llm-provider',
    title: 'Get LLM provider',
    description: "Get one LLM provider available to a team's agents.",
    route: 'GET /ai-agents/v1/llm-providers/{providerId}',
    scope: 'ai-agents:read',
    effect: 'read',
    input: () => ({ providerId: providerId(), teamId: p.teamId() }),
    example: { providerId: 'openai', teamId: 22 },
  }),

  // A beta API. Parameters from the inventory.
  endpoint({
    source: 'make-reference',
    name: 'ai-agents_list-llm-models',
    title: 'List LLM models',
    description: "List a provider's models with token limits and settings, for an agent's defaultModel.",
    route: 'GET /ai-agents/v1/llm-providers/{providerId}/models',
    scope: 'ai-agents:read',
    effect: 'read',
    input: () => ({ providerId: providerId(), teamId: p.teamId() }),
    example: { providerId: 'openai', teamId: 22 },
  }),
];
