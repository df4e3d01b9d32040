// Data structures: field definitions (names and types) that shape data store records and module inputs.
import { z } from 'zod';
import { endpoint } from '../src/endpoint.js';
import * as p from '../src/params.js';

const STRUCTURE_FIELDS = ['id', 'name', 'teamId', 'spec', 'strict'] as const;
const FIELD_TYPES = ['text', 'number', 'boolean', 'date', 'buffer', 'collection', 'array'] as const;

const dataStructureId = () => p.id('data structure', 'data-structures_list');
const name = () => z.string().min(1).max(128).describe('Name, up to 128 characters.');
const strict = () => z.boolean().describe('true: reject data that does not fit the structure.');
const spec = () =>
  z
    .array(z.object({ name: z.string().min(1), type: z.enum(FIELD_TYPES) }).passthrough())
    .describe(
      'Fields, e.g. [{"name":"email","type":"text","label":"Email","required":true}]. Optional: default, ' +
        'multiline (text), codepage (buffer), spec and sequence (collection, array).',
    );

export default [
  endpoint({
    name: 'data-structures_list',
    title: 'List data structures',
    description: 'List a team\'s data structures; add cols ["spec"] to see their fields.',
    route: 'GET /data-structures',
    scope: 'udts:read',
    effect: 'read',
    input: { teamId: p.teamId(), cols: p.cols(STRUCTURE_FIELDS), ...p.pagination(['name']) },
    result: 'dataStructures',
    example: { teamId: 22, cols: ['id', 'name'], sortDir: 'asc' },
  }),

  endpoint({
    name: 'data-structures_get',
    title: 'Get data structure',
    description: 'Get one data structure with its field spec and strict setting.',
    route: 'GET /data-structures/{dataStructureId}',
    scope: 'udts:read',
    effect: 'read',
    input: { dataStructureId: dataStructureId(), cols: p.cols(STRUCTURE_FIELDS) },
    result: 'dataStructure',
    example: { dataStructureId: 801 },
  }),

  endpoint({
    name: 'data-structures_create',
    title: 'Create data structure',
    description: 'Create a data structure in a team, e.g. to use with data-stores_create.',
    route: 'POST /data-structures',
    scope: 'udts:write',
    effect: 'write',
    input: { teamId: p.teamId(), name: name(), strict: strict(), spec: spec() },
    result: 'dataStructure',
    example: { teamId: 22, name: 'Customer', strict: false, spec: [{ name: 'email', type: 'text', required: true }] },
  }),

  endpoint({
    name: 'data-structures_update',
    title: 'Update data structure',
    description:
      'Change a data structure\'s name, strict setting or fields. A new spec replaces all old fields: send every field to keep.',
    route: 'PATCH /data-structures/{dataStructureId}',
    scope: 'udts:write',
    effect: 'destructive',
    input: {
      dataStructureId: dataStructureId(),
      name: name().optional(),
      strict: strict().optional(),
      spec: spec().optional(),
    },
    result: 'dataStructure',
    example: { dataStructureId: 801, spec: [{ name: 'email', type: 'text' }, { name: 'plan', type: 'text' }] },
  }),

  endpoint({
    name: 'data-structures_clone',
    title: 'Clone data structure',
    description: 'Copy a data structure under a new name, into the same team or another one.',
    route: 'POST /data-structures/{dataStructureId}/clone',
    scope: 'udts:write',
    effect: 'write',
    input: {
      dataStructureId: dataStructureId(),
      name: z.string().min(1).max(128).describe('Name of the copy, up to 128 characters.'),
      targetTeamId: z.number().int().positive().optional().describe('Team to copy into (default: the same). From teams_list.'),
    },
    result: 'dataStructure',
    example: { dataStructureId: 801, name: 'Customer (copy)', targetTeamId: 22 },
  }),

  endpoint({
    name: 'data-structures_delete',
    title: 'Delete data structure',
    description: 'Delete a data structure for good. Scenarios and data stores using it may stop working.',
    route: 'DELETE /data-structures/{dataStructureId}',
    scope: 'udts:write',
    effect: 'destructive',
    input: { dataStructureId: dataStructureId(), confirmed: p.makeConfirmed('scenarios use this data structure') },
    makeConfirmFlag: 'confirmed',
    result: 'dataStructure',
    example: { dataStructureId: 801 },
  }),
];
