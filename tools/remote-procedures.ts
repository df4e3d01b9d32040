import { z } from 'zod';
import { endpoint, type ToolsetAbout } from '../src/endpoint.js';
import * as p from '../src/params.js';

export const about: ToolsetAbout = {
  description: "Calling a custom app's RPC (the calls that fill a module's dynamic fields and dropdowns).",
  searchWords: 'rpc remote procedure call run dropdown options fetch',
};

export default [
  endpoint({
    name: 'remote-procedures_call',
    title: 'Call remote procedure',
    description: "Run a custom app's remote procedure (RPC), as the scenario editor does; the app calls its service.",
    route: 'POST /rpcs/{appName}/{appVersion}/{rpcName}',
    scope: null,
    effect: 'write',
    openWorld: true,
    input: () => ({
      appName: p.key('app name', 'sdk-apps_list'),
      appVersion: z.number().int().min(1).describe('App version.'),
      rpcName: p.key('RPC name', 'sdk-rpcs_list'),
      data: z.record(z.unknown()).optional().describe('Parameter values, e.g. {"id":"1"}.'),
      schema: z
        .array(z.record(z.unknown()))
        .optional()
        .describe('Definitions of data, e.g. [{"name":"id","type":"integer"}].'),
    }),
    example: { appName: 'slack', appVersion: 1, rpcName: 'listFolders', data: { limit: 10 } },
  }),
];
