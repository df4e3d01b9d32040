import { z } from 'zod';
import { endpoint, type ToolsetAbout } from '../src/endpoint.js';
import * as p from '../src/params.js';

export const about: ToolsetAbout = {
  description: "How a team's scenarios are grouped in Make.",
  searchWords: 'folder organize group category',
};

const FOLDER_FIELDS = ['id', 'name', 'scenariosTotal'] as const;
const folderId = () => p.id('folder', 'folders_list');
const name = (what: string) => z.string().min(1).max(100).describe(`${what}.`);
// Nested folders: newer than Make's 2024-12 document; Make's own client sends these.
const parentId = (what: string) => p.id('parent folder', 'folders_list').nullable().optional().describe(what);

export default [
  endpoint({
    name: 'folders_list',
    title: 'List scenario folders',
    description: "List a team's scenario folders with their scenario counts; top level, or the children of one folder.",
    route: 'GET /scenarios-folders',
    scope: 'scenarios:read',
    effect: 'read',
    input: () => ({
      teamId: p.teamId(),
      parentId: p
        .id('parent folder', 'folders_list')
        .optional()
        .describe('Only the direct children of this folder; omit for the top level.'),
      childrenDepth: z.enum(['all']).optional().describe('all: every level of descendants under children, not one.'),
      cols: p.cols(FOLDER_FIELDS),
    }),
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
    input: () => ({
      teamId: p.teamId(),
      name: name('Folder name'),
      parentId: parentId('Parent folder ID; omit or null for the top level.'),
    }),
    result: 'scenarioFolder',
    example: { teamId: 22, name: 'Sales' },
  }),

  endpoint({
    name: 'folders_update',
    title: 'Rename or move scenario folder',
    description: 'Rename a scenario folder, or move it under another folder.',
    route: 'PATCH /scenarios-folders/{folderId}',
    scope: 'scenarios:write',
    effect: 'write',
    input: () => ({
      folderId: folderId(),
      name: name('New name').optional(),
      parentId: parentId('New parent folder ID; null moves it to the top level.'),
    }),
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
