// Scenario folders: how a team's scenarios are grouped in Make.
import { z } from 'zod';
import { endpoint } from '../src/endpoint.js';
import * as p from '../src/params.js';

const FOLDER_FIELDS = ['id', 'name', 'scenariosTotal'] as const;
const folderId = () => p.id('folder', 'folders_list');
const name = (what: string) => z.string().min(1).max(100).describe(`${what}.`);

export default [
  endpoint({
    name: 'folders_list',
    title: 'List scenario folders',
    description: 'List a team\'s scenario folders with their scenario counts.',
    route: 'GET /scenarios-folders',
    scope: 'scenarios:read',
    effect: 'read',
    input: () => ({ teamId: p.teamId(), cols: p.cols(FOLDER_FIELDS) }),
    result: 'scenariosFolders',
    example: { teamId: 22, cols: ['id', 'name'] },
  }),

  endpoint({
    name: 'folders_create',
    title: 'Create scenario folder',
    description: 'Create a scenario folder in a team. Move scenarios into it with scenarios_update.',
    route: 'POST /scenarios-folders',
    scope: 'scenarios:write',
    effect: 'write',
    input: () => ({ teamId: p.teamId(), name: name('Folder name') }),
    result: 'scenarioFolder',
    example: { teamId: 22, name: 'Sales' },
  }),

  endpoint({
    name: 'folders_update',
    title: 'Rename scenario folder',
    description: 'Rename a scenario folder.',
    route: 'PATCH /scenarios-folders/{folderId}',
    scope: 'scenarios:write',
    effect: 'write',
    input: () => ({ folderId: folderId(), name: name('New name') }),
    result: 'scenarioFolder',
    example: { folderId: 401, name: 'Sales EU' },
  }),

  endpoint({
    name: 'folders_delete',
    title: 'Delete scenario folder',
    description: 'Delete a scenario folder. First check what it holds with scenarios_list (folderId).',
    route: 'DELETE /scenarios-folders/{folderId}',
    scope: 'scenarios:write',
    effect: 'destructive',
    input: () => ({ folderId: folderId() }),
    result: 'scenarioFolder',
    example: { folderId: 401 },
  }),
];
