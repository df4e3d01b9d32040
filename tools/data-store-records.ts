import { z } from 'zod';
import { endpoint, type ToolsetAbout } from '../src/endpoint.js';
import * as p from '../src/params.js';

export const about: ToolsetAbout = {
  description: 'The keyed rows of a data store, their fields shaped by its data structure.',
  searchWords: 'record records row rows entry entries item items database table value',
};

const dataStoreId = () => p.id('data store', 'data-stores_list');
const recordKey = () => p.key('record key', 'data-store-records_list');
const { limit, offset } = p.pagination(['key']);

export default [
  endpoint({
    name: 'data-store-records_list',
    title: 'List data store records',
    description: "List a data store's records (key, data), a page at a time. Its fields: data-structures_get.",
    route: 'GET /data-stores/{dataStoreId}/data',
    scope: 'datastores:read',
    effect: 'read',
    input: () => ({ dataStoreId: dataStoreId(), limit, offset }),
    result: 'records',
    example: { dataStoreId: 701, limit: 100 },
  }),

  endpoint({
    name: 'data-store-records_create',
    title: 'Create record',
    description: 'Add a record to a data store; fails if the key exists.',
    route: 'POST /data-stores/{dataStoreId}/data',
    scope: 'datastores:write',
    effect: 'write',
    input: () => ({
      dataStoreId: dataStoreId(),
      key: z.string().optional().describe('Unique key; generated if omitted.'),
      data: z.record(z.unknown()).describe('Field values, e.g. {"email":"a@b.com"}.'),
    }),
    example: { dataStoreId: 701, key: 'rec-3', data: { email: 'grace@example.com', plan: 'pro' } },
  }),

  endpoint({
    name: 'data-store-records_replace',
    title: 'Replace record',
    description: "Replace a record's whole data (creates it if missing): fields left out are lost.",
    route: 'PUT /data-stores/{dataStoreId}/data/{key}',
    scope: 'datastores:write',
    effect: 'destructive',
    input: () => ({
      dataStoreId: dataStoreId(),
      key: recordKey(),
      data: z.record(z.unknown()).describe('All field values, e.g. {"email":"a@b.com","plan":"pro"}.'),
    }),
    spread: 'data',
    example: { dataStoreId: 701, key: 'rec-1', data: { email: 'ada@example.com', plan: 'team' } },
  }),

  endpoint({
    name: 'data-store-records_update',
    title: 'Update record',
    description: 'Change some fields of a record; others keep their values.',
    route: 'PATCH /data-stores/{dataStoreId}/data/{key}',
    scope: 'datastores:write',
    effect: 'write',
    input: () => ({
      dataStoreId: dataStoreId(),
      key: recordKey(),
      data: z.record(z.unknown()).describe('Fields to change, e.g. {"plan":"pro"}.'),
    }),
    spread: 'data',
    example: { dataStoreId: 701, key: 'rec-1', data: { plan: 'team' } },
  }),

  endpoint({
    name: 'data-store-records_delete',
    title: 'Delete records',
    description: 'Delete records of a data store by keys, or all (except exceptKeys).',
    route: 'DELETE /data-stores/{dataStoreId}/data',
    scope: 'datastores:write',
    effect: 'destructive',
    input: () => ({
      dataStoreId: dataStoreId(),
      keys: z.array(z.string()).optional().describe('Record keys; not with all.'),
      all: z.boolean().optional().describe('true: every record.'),
      exceptKeys: z.array(z.string()).optional().describe('With all: keys to keep.'),
      confirmed: p.makeConfirmed('records are lost (Make requires it)'),
    }),
    body: ['keys', 'all', 'exceptKeys'],
    makeConfirmFlag: 'confirmed',
    result: 'keys',
    example: { dataStoreId: 701, keys: ['rec-2'] },
  }),
];
