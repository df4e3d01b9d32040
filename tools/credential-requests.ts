import { z } from 'zod';
import { endpoint, type ToolsetAbout } from '../src/endpoint.js';
import * as p from '../src/params.js';

export const about: ToolsetAbout = {
  description: 'Links that ask another person to create connections or keys in a team for you.',
  searchWords: 'credential request ask someone provide credentials access share login',
};

const requestId = () => p.key('request ID', 'credential-requests_list');
const credentialId = () => p.key('credential ID', 'credential-requests_get');
const cols = () => z.array(z.string()).optional().describe('Only these fields.');
const reqName = () => z.string().min(1).describe('Name shown to the provider.');
const reqDescription = () => z.string().optional().describe('Text shown to the provider.');
const provider = () =>
  z.record(z.unknown()).describe('{"providerMakeUserId":33} or {"newUser":{"name":...,"email":...}}.');

export default [
  endpoint({
    source: 'make-reference',
    name: 'credential-requests_list',
    title: 'List credential requests',
    description: "List a team's credential requests: ids, names, status.",
    route: 'GET /credential-requests/requests',
    scope: 'credential-requests:read',
    effect: 'read',
    input: () => ({
      teamId: p.teamId(),
      cols: cols(),
      userId: z.number().int().optional().describe("Creator's user ID."),
      makeProviderId: z.number().int().optional().describe("Provider's user ID."),
      status: z.string().optional().describe('E.g. "pending".'),
      name: z.string().optional().describe('Request name.'),
    }),
    result: 'requests',
    example: { teamId: 22, status: 'pending', cols: ['id', 'name', 'status'] },
  }),

  // Deprecated in that reference.
  endpoint({
    source: 'make-reference',
    name: 'credential-requests_create-legacy',
    title: 'Create credential request (old)',
    description: 'Deprecated: use credential-requests_create-v2.',
    route: 'POST /credential-requests/requests',
    scope: 'credential-requests:write',
    effect: 'write',
    input: () => ({
      name: reqName(),
      teamId: p.teamId(),
      description: reqDescription(),
      connections: z.array(z.record(z.unknown())).optional().describe('{type, appName, appModules, appVersion}[]'),
      keys: z.array(z.record(z.unknown())).optional().describe('Like connections.'),
      provider: provider(),
    }),
    example: {
      name: 'Slack access',
      teamId: 22,
      provider: { providerMakeUserId: 33 },
      connections: [{ type: 'slack', appName: 'slack', appModules: ['CreateMessage'], appVersion: '1' }],
    },
  }),

  endpoint({
    source: 'make-reference',
    name: 'credential-requests_create-v2',
    title: 'Create credential request',
    description: 'Ask a person for the credentials some app modules need. Returns a link (publicUri).',
    route: 'POST /credential-requests/requests/v2',
    scope: 'credential-requests:write',
    effect: 'write',
    input: () => ({
      name: reqName(),
      teamId: p.teamId(),
      description: reqDescription(),
      credentials: z.array(z.record(z.unknown())).describe('{appName, appModules: names or ["*"], appVersion?}[]'),
      provider: provider(),
    }),
    example: {
      name: 'Slack access',
      teamId: 22,
      credentials: [{ appName: 'slack', appModules: ['*'] }],
      provider: { providerMakeUserId: 33 },
    },
  }),

  endpoint({
    source: 'make-reference',
    name: 'credential-requests_get-summary',
    title: 'Get credential request summary',
    description: "Get a credential request's name, status, expiry (credentials: credential-requests_get).",
    route: 'GET /credential-requests/requests/{requestId}',
    scope: 'credential-requests:read',
    effect: 'read',
    input: () => ({ requestId: requestId(), cols: cols() }),
    result: 'request',
    example: { requestId: 'req-1a2b', cols: ['id', 'status'] },
  }),

  endpoint({
    source: 'make-reference',
    name: 'credential-requests_delete',
    title: 'Delete credential request',
    description: 'Delete a credential request and the connections and keys made through it.',
    route: 'DELETE /credential-requests/requests/{requestId}',
    scope: 'credential-requests:write',
    effect: 'destructive',
    input: () => ({ requestId: requestId(), confirmed: p.makeConfirmed('credentials are deleted') }),
    makeConfirmFlag: 'confirmed',
    result: 'deleted',
    example: { requestId: 'req-1a2b' },
  }),

  endpoint({
    source: 'make-reference',
    name: 'credential-requests_get',
    title: 'Get credential request',
    description: 'Get a credential request in full: creator, provider, each credential and its state.',
    route: 'GET /credential-requests/requests/{requestId}/detail',
    scope: 'credential-requests:read',
    effect: 'read',
    input: () => ({ requestId: requestId() }),
    result: 'requestDetail',
    example: { requestId: 'req-1a2b' },
  }),

  endpoint({
    source: 'make-reference',
    name: 'credential-requests_credential-decline',
    title: 'Decline credential',
    description: 'Decline one credential of a request.',
    route: 'POST /credential-requests/credentials/{credentialId}/decline',
    scope: 'credential-requests:write',
    effect: 'destructive',
    input: () => ({
      credentialId: credentialId(),
      reason: z.string().optional().describe('Why.'),
      cols: cols(),
    }),
    query: ['cols'],
    result: 'credential',
    example: { credentialId: 'cred-1a2b', reason: 'Not needed any more' },
  }),

  endpoint({
    source: 'make-reference',
    name: 'credential-requests_credential-delete',
    title: 'Delete provided credential',
    description: 'Delete the connection or key provided for a credential; it goes back to pending.',
    route: 'POST /credential-requests/credentials/{credentialId}/delete-remote',
    scope: 'credential-requests:write',
    effect: 'destructive',
    input: () => ({ credentialId: credentialId(), cols: cols() }),
    query: ['cols'],
    result: 'credential',
    example: { credentialId: 'cred-1a2b' },
  }),

  endpoint({
    source: 'make-reference',
    name: 'credential-requests_credential-reauthorize',
    title: 'Request credential reauthorization',
    description: 'Ask the provider to authorize a credential again.',
    route: 'POST /credential-requests/credentials/{credentialId}/request-reauthorize',
    scope: 'credential-requests:write',
    effect: 'write',
    input: () => ({ credentialId: credentialId(), cols: cols() }),
    query: ['cols'],
    result: 'credential',
    example: { credentialId: 'cred-1a2b' },
  }),

  endpoint({
    source: 'make-reference',
    name: 'credential-requests_create',
    title: 'Create credential action',
    description:
      'Ask someone for credentials: for apps and their modules or endpoints (teamId and credentials), or one ' +
      'connection or one key. Returns a link (publicUri).',
    route: 'POST /credential-requests/actions/create',
    scope: 'credential-requests:write',
    effect: 'write',
    input: () => ({
      name: z.string().optional().describe('Name shown to the provider.'),
      description: reqDescription(),
      connection: z.record(z.unknown()).optional().describe('{teamId, accountName: type, name?, scopes?}'),
      key: z.record(z.unknown()).optional().describe('{teamId, type, name?}'),
      // Newer than Make's 2024-12 document; Make's own client sends these.
      teamId: p.teamId().optional(),
      credentials: z
        .array(
          z
            .object({
              appName: z.string().min(1).describe('App name, e.g. "google".'),
              appModules: z.array(z.string().min(1)).min(1).optional().describe('Module names, or ["*"] for all.'),
              appEndpoints: z.array(z.string().min(1)).min(1).optional().describe('Endpoint names, or ["*"] for all.'),
              appVersion: z.number().int().min(1).optional().describe('App version; default the latest.'),
              nameOverride: z.string().min(1).optional().describe('Name of the credential once created.'),
              description: z.string().optional().describe('Shown beside the credential in the request.'),
            })
            .strict(),
        )
        .min(1)
        .max(64)
        .optional()
        .describe('The apps to ask credentials for; each needs appModules or appEndpoints.'),
    }),
    example: { name: 'Slack access', connection: { teamId: 22, accountName: 'slack' } },
  }),

  endpoint({
    source: 'make-reference',
    name: 'credential-requests_list-app-modules-with-creds',
    title: 'List app modules needing credentials',
    description: "List an app version's modules that need a connection or key.",
    route: 'GET /credential-requests/apps/{appName}/{appVersion}/modules-with-credentials',
    scope: 'apps:read',
    effect: 'read',
    input: () => ({
      appName: z.string().min(1).describe('App name, e.g. "slack"; a custom app as "app#name".'),
      appVersion: z
        .union([z.number().int().min(1), z.literal('latest')])
        .describe('App major version, e.g. 1, or "latest".'),
    }),
    result: 'appModules',
    example: { appName: 'slack', appVersion: 1 },
  }),

  endpoint({
    source: 'make-client',
    name: 'credential-requests_create-by-credentials',
    title: 'Create credential request by type',
    description: 'Ask someone for connections and keys of given types. Returns a link (publicUri).',
    route: 'POST /credential-requests/actions/create-by-credentials',
    scope: 'credential-requests:write',
    effect: 'write',
    input: () => ({
      name: z.string().optional().describe('Name shown to the provider.'),
      description: reqDescription(),
      teamId: p.teamId(),
      connections: z.array(z.record(z.unknown())).optional().describe('{type, scope?, prefill?: {hard?, soft?}}[]'),
      keys: z.array(z.record(z.unknown())).optional().describe('{type, prefill?}[]'),
    }),
    example: { teamId: 22, name: 'Slack access', connections: [{ type: 'slack' }] },
  }),

  endpoint({
    source: 'make-client',
    name: 'credential-requests_extend-connection',
    title: 'Request extra connection scopes',
    description: "Ask an OAuth connection's owner to grant more scopes. Returns a link (publicUri).",
    route: 'POST /credential-requests/actions/extend',
    scope: 'credential-requests:write',
    effect: 'write',
    input: () => ({
      connectionId: p.id('connection', 'connections_list'),
      scopes: z.array(z.string().min(1)).min(1).describe('OAuth scopes to add.'),
    }),
    example: { connectionId: 101, scopes: ['chat:write'] },
  }),
];
