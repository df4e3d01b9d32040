import { z } from 'zod';
import { endpoint, type ToolsetAbout } from '../src/endpoint.js';
import * as p from '../src/params.js';

export const about: ToolsetAbout = {
  description: "Make's agents installed inside a private network, hosting connected systems.",
  searchWords: 'on-premise on-prem agent local network gateway',
};

const agentId = () => p.key('on-prem agent ID', 'on-prem-agent_list');
const agentName = () => z.string().min(1).describe('Agent name.');

export default [
  endpoint({
    name: 'on-prem-agent_list',
    title: 'List on-prem agents',
    description: "List an organization's on-prem agents: ids, names, status.",
    route: 'GET /agents',
    scope: 'agents:read',
    effect: 'read',
    input: () => ({ organizationId: p.organizationId() }),
    result: 'agents',
    example: { organizationId: 11 },
  }),

  endpoint({
    name: 'on-prem-agent_get',
    title: 'Get on-prem agent',
    description: 'Get an on-prem agent: status, version, last connection.',
    route: 'GET /agents/{agentId}',
    scope: 'agents:read',
    effect: 'read',
    input: () => ({ agentId: agentId(), organizationId: p.organizationId() }),
    result: 'agent',
    example: { agentId: 'agent-1a2b', organizationId: 11 },
  }),

  endpoint({
    name: 'on-prem-agent_create-with-id',
    title: 'Create on-prem agent with ID',
    description: 'Create an on-prem agent with a given ID; usually prefer on-prem-agent_create.',
    route: 'POST /agents/{agentId}',
    scope: 'agents:write',
    effect: 'write',
    input: () => ({
      agentId: z.string().describe('New agent UUID.'),
      organizationId: p.organizationId(),
      name: agentName(),
    }),
    query: ['organizationId'],
    result: 'agent',
    example: { agentId: 'agent-1a2b', organizationId: 11, name: 'Office network' },
  }),

  endpoint({
    name: 'on-prem-agent_update',
    title: 'Rename on-prem agent',
    description: 'Rename an on-prem agent.',
    route: 'PATCH /agents/{agentId}',
    scope: 'agents:write',
    effect: 'write',
    input: () => ({ agentId: agentId(), organizationId: p.organizationId(), name: agentName().optional() }),
    query: ['organizationId'],
    result: 'agent',
    example: { agentId: 'agent-1a2b', organizationId: 11, name: 'Office network (HQ)' },
  }),

  endpoint({
    name: 'on-prem-agent_delete',
    title: 'Delete on-prem agent',
    description: 'Delete an on-prem agent; its connected systems stop.',
    route: 'DELETE /agents/{agentId}',
    scope: 'agents:write',
    effect: 'destructive',
    input: () => ({ agentId: agentId(), organizationId: p.organizationId() }),
    result: 'agent',
    example: { agentId: 'agent-1a2b', organizationId: 11 },
  }),

  // Make's client calls it onPremAgents.create.
  endpoint({
    source: 'make-client',
    name: 'on-prem-agent_create',
    title: 'Register on-prem agent',
    description: 'Register an on-prem agent. Its clientSecret is returned only now: give it to the user.',
    route: 'POST /agent/register',
    scope: 'agents:write',
    effect: 'write',
    input: () => ({ organizationId: p.organizationId(), name: agentName() }),
    query: ['organizationId'],
    result: 'agent',
    example: { organizationId: 11, name: 'Office network' },
  }),

  // Make's client calls it onPremAgents.getAppConfig.
  endpoint({
    source: 'make-client',
    name: 'on-prem-agent_get-app-config',
    title: 'Get agent app settings form',
    description: 'List the inputs connected-system_create needs for an app on this agent.',
    route: 'GET /agents/{agentId}/apps/{appName}/config',
    scope: 'agents:read',
    effect: 'read',
    input: () => ({
      agentId: agentId(),
      appName: z.string().min(1).describe('App, from connected-system_list-apps.'),
      organizationId: p.organizationId(),
    }),
    result: 'inputs',
    example: { agentId: 'agent-1a2b', appName: 'slack', organizationId: 11 },
  }),
];
