import { z } from 'zod';
import { endpoint, type ToolsetAbout } from '../src/endpoint.js';
import * as p from '../src/params.js';

export const about: ToolsetAbout = {
  description: "Secrets in a team's keychain (API keys, basic auth, certificates, AES and GPG keys) that modules use.",
  searchWords: 'key keys certificate secret encryption private',
};

const KEY_TYPES = [
  'aes-key',
  'apikeyauth',
  'apn',
  'basicauth',
  'clientcertauth',
  'eet',
  'gpg-private',
  'gpg-public',
  'webpay',
] as const;

const keyId = () => p.id('key', 'keys_list');

export default [
  endpoint({
    name: 'keys_list',
    title: 'List keys',
    description: "List the keys in a team's keychain: name and type, never the secret.",
    route: 'GET /keys',
    scope: 'keys:read',
    effect: 'read',
    input: () => ({ teamId: p.teamId(), typeName: z.enum(KEY_TYPES).optional().describe('Only this type.') }),
    result: 'keys',
    example: { teamId: 22, typeName: 'apikeyauth' },
  }),

  endpoint({
    name: 'keys_list-types',
    title: 'List key types',
    description: 'List the key types and the parameters each needs in keys_create.',
    route: 'GET /keys/types',
    scope: 'keys:read',
    effect: 'read',
    input: () => ({}),
    result: 'keysTypes',
    example: {},
  }),

  endpoint({
    name: 'keys_get',
    title: 'Get key',
    description: "Get one key's name, type and team (not the secret).",
    route: 'GET /keys/{keyId}',
    scope: 'keys:read',
    effect: 'read',
    input: () => ({ keyId: keyId() }),
    result: 'key',
    example: { keyId: 901 },
  }),

  endpoint({
    name: 'keys_create',
    title: 'Create key',
    description: "Add a key to a team's keychain.",
    route: 'POST /keys',
    scope: 'keys:write',
    effect: 'write',
    input: () => ({
      teamId: p.teamId(),
      name: z.string().min(1).describe('Name.'),
      typeName: z.string().min(1).describe('Key type, from keys_list-types, e.g. "basicauth".'),
      parameters: z.record(z.unknown()).describe('The type\'s fields, e.g. {"authUser":"...","authPass":"..."}.'),
    }),
    result: 'key',
    example: {
      teamId: 22,
      name: 'Billing API',
      typeName: 'basicauth',
      parameters: { authUser: 'billing', authPass: 'example-pass' },
    },
  }),

  endpoint({
    name: 'keys_update',
    title: 'Update key',
    description: 'Rename a key or replace its secret parameters; the old secret is lost.',
    route: 'PATCH /keys/{keyId}',
    scope: 'keys:write',
    effect: 'destructive',
    input: () => ({
      keyId: keyId(),
      name: z.string().min(1).optional().describe('New name.'),
      parameters: z.record(z.unknown()).optional().describe('New field values, as in keys_create.'),
    }),
    result: 'key',
    example: { keyId: 901, name: 'Billing API (rotated)' },
  }),

  endpoint({
    name: 'keys_delete',
    title: 'Delete key',
    description: 'Delete a key and its secret; modules using it fail.',
    route: 'DELETE /keys/{keyId}',
    scope: 'keys:write',
    effect: 'destructive',
    input: () => ({ keyId: keyId(), confirmed: p.makeConfirmed('it is lost (Make requires it)') }),
    makeConfirmFlag: 'confirmed',
    result: 'key',
    example: { keyId: 901 },
  }),
];
