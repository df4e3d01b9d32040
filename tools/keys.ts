// Keys: secrets kept in a team's keychain (API keys, basic auth, certificates, AES and GPG keys) for modules to use.
import { z } from 'zod';
import { endpoint } from '../src/endpoint.js';
import * as p from '../src/params.js';

const KEY_FIELDS = ['id', 'name', 'typeName', 'teamId', 'packageName', 'theme'] as const;
const KEY_TYPES = ['aes-key', 'apikeyauth', 'apn', 'basicauth', 'clientcertauth', 'eet', 'gpg-private', 'gpg-public', 'webpay'] as const;

const keyId = () => p.id('key', 'keys_list');
const parameters = () => z.record(z.unknown());

export default [
  endpoint({
    name: 'keys_list',
    title: 'List keys',
    description: 'List the keys in a team\'s keychain (names and types, never the secrets).',
    route: 'GET /keys',
    scope: 'keys:read',
    effect: 'read',
    input: {
      teamId: p.teamId(),
      typeName: z.enum(KEY_TYPES).optional().describe('Only keys of this type.'),
      cols: p.cols(KEY_FIELDS),
    },
    result: 'keys',
    example: { teamId: 22, typeName: 'apikeyauth', cols: ['id', 'name'] },
  }),

  endpoint({
    name: 'keys_list-types',
    title: 'List key types',
    description: 'List the key types Make supports and the parameters each needs, for keys_create.',
    route: 'GET /keys/types',
    scope: 'keys:read',
    effect: 'read',
    input: {},
    result: 'keysTypes',
    example: {},
  }),

  endpoint({
    name: 'keys_get',
    title: 'Get key',
    description: 'Get one key\'s name, type and team (not its secret).',
    route: 'GET /keys/{keyId}',
    scope: 'keys:read',
    effect: 'read',
    input: { keyId: keyId(), cols: p.cols(KEY_FIELDS) },
    result: 'key',
    example: { keyId: 901 },
  }),

  endpoint({
    name: 'keys_create',
    title: 'Create key',
    description: 'Add a key to a team\'s keychain. Get the type and its required parameters from keys_list-types.',
    route: 'POST /keys',
    scope: 'keys:write',
    effect: 'write',
    input: {
      teamId: p.teamId(),
      name: z.string().min(1).describe('Name of the key.'),
      typeName: z.string().min(1).describe('Key type name, e.g. "basicauth" or "apikeyauth".'),
      parameters: parameters().describe('The type\'s fields, e.g. { "authUser": "…", "authPass": "…" } for basicauth.'),
    },
    result: 'key',
    example: { teamId: 22, name: 'Billing API', typeName: 'basicauth', parameters: { authUser: 'billing', authPass: 'example-pass' } },
  }),

  endpoint({
    name: 'keys_update',
    title: 'Update key',
    description: 'Rename a key or replace its secret parameters. Old secrets are overwritten for good.',
    route: 'PATCH /keys/{keyId}',
    scope: 'keys:write',
    effect: 'destructive',
    input: {
      keyId: keyId(),
      name: z.string().min(1).optional().describe('New name.'),
      parameters: parameters().optional().describe('New values of the type\'s fields, as in keys_create.'),
    },
    result: 'key',
    example: { keyId: 901, name: 'Billing API (rotated)' },
  }),

  endpoint({
    name: 'keys_delete',
    title: 'Delete key',
    description: 'Delete a key and its secret for good; modules using it fail.',
    route: 'DELETE /keys/{keyId}',
    scope: 'keys:write',
    effect: 'destructive',
    input: { keyId: keyId(), confirmed: p.makeConfirmed('the key is deleted for good (Make refuses without it)') },
    makeConfirmFlag: 'confirmed',
    result: 'key',
    example: { keyId: 901 },
  }),
];
