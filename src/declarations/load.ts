// The one place that imports the declarations (tools/). A server built from the build's cache starts, validates its
// configuration, selects, lists and searches from the declarations' data; their module, with every tool's zod input,
// is imported only when a tool is first called, once for the process.
import type { Declarations, Endpoint, EndpointData } from '../endpoint.js';
import { loadBuildCache } from './build-cache.js';

let imported: Promise<Map<string, Endpoint>> | undefined;

/** tools/ itself: every declaration, input included. */
function importDeclarations(): Promise<Declarations<Endpoint>> {
  return import('../../tools/index.js');
}

/** What a server starts from: the build's data while it matches the declarations, else the declarations themselves. */
export async function startingDeclarations(): Promise<Declarations> {
  return loadBuildCache()?.declarations ?? importDeclarations();
}

/** The whole declaration behind `e`: `e` itself when it has its input, else the imported one of that name. */
export async function declarationOf(e: EndpointData): Promise<Endpoint> {
  if ('input' in e) return e as Endpoint;
  imported ??= importDeclarations().then(
    ({ toolsets }) =>
      new Map(
        Object.values(toolsets)
          .flat()
          .map((d) => [d.name, d]),
      ),
  );
  const declared = (await imported).get(e.name);
  if (!declared) throw new Error(`${e.name} is in the build's cache but not among the declarations`);
  return declared;
}
