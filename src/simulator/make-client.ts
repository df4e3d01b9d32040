// Parameters Make's own client (@makehq/sdk 1.6.10 and its tools) sends that Make's 2024-12 document lacks or
// types otherwise. Make's current client is evidence that the API takes them, so the simulator does too. Each is
// marked `makeClient`, so the fidelity test reports it as Make's newer client and never as documented.
import type { ParamSpec } from './types.js';

type Added = Omit<ParamSpec, 'required'> & { required?: boolean };

export interface MakeClientFields {
  query?: Record<string, Added>;
  body?: Record<string, Added>;
  /** The body takes fields the list does not name (a hook type's own settings). */
  openBody?: true;
}

export const MAKE_CLIENT_FIELDS: Record<string, MakeClientFields> = {
  // Make's later reference lists it too: one `<type>[]` parameter per connection type, holding scopes.
  'GET /connections': { query: { '<connectionType>[]': { type: 'array', items: 'string' } } },
  'POST /credential-requests/actions/create': {
    body: { teamId: { type: 'integer' }, credentials: { type: 'array', items: 'object' } },
  },
  'GET /custom-property-structures/{customPropertyStructureId}/custom-property-structure-items': {
    query: {
      id: { type: 'integer' },
      name: { type: 'string' },
      label: { type: 'string' },
      description: { type: 'string' },
      type: { type: 'string', enum: ['boolean', 'number', 'shortText', 'longText', 'date', 'dropdown', 'multiselect'] },
      required: { type: 'boolean' },
    },
  },
  'PATCH /functions/{functionId}': { body: { name: { type: 'string' } } },
  // The document types teamId as text on these two; Make's client sends a number.
  'GET /hooks': { query: { teamId: { type: 'integer', required: true } } },
  'POST /hooks': {
    query: { useDefaults: { type: 'string', enum: ['requiredOnly'] } },
    body: {
      teamId: { type: 'integer', required: true },
      method: { type: 'boolean' },
      header: { type: 'boolean' },
      stringify: { type: 'boolean' },
    },
    openBody: true,
  },
  'POST /scenarios/{scenarioId}/run': { body: { callbackUrl: { type: 'string' } } },
  'GET /scenarios-folders': {
    query: { parentId: { type: 'integer' }, childrenDepth: { type: 'string', enum: ['all'] } },
  },
  'POST /scenarios-folders': { body: { parentId: { type: 'integer' } } },
  'PATCH /scenarios-folders/{folderId}': { body: { parentId: { type: 'integer' } } },
  'POST /sdk/apps': { body: { audience: { type: 'string' } } },
  'PATCH /sdk/apps/{appName}/{appVersion}': { body: { audience: { type: 'string' } } },
  'POST /sdk/apps/{appName}/{appVersion}/modules': {
    body: { moduleInitMode: { type: 'string', enum: ['blank', 'example', 'module'] } },
  },
  'PATCH /sdk/apps/{appName}/{appVersion}/rpcs/{rpcName}': {
    body: { connection: { type: 'string' }, altConnection: { type: 'string' } },
  },
  'GET /teams': { query: { includePrivateSpaces: { type: 'boolean' } } },
  'POST /teams': { body: { transferLimit: { type: 'integer' } } },
  'POST /users/custom-roles': { body: { category: { type: 'string', enum: ['organization', 'team'] } } },
  'GET /users/roles': {
    query: {
      'excludeRole[]': { type: 'array', items: 'integer' },
      roleId: { type: 'integer' },
      organizationId: { type: 'integer' },
      teamId: { type: 'integer' },
    },
  },
};
