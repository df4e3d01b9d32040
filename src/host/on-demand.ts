// Each tool's definition and listing, built when first needed: a starting server builds no zod schema, and imports
// no declaration, that no call or listing asks for.
import type { Tool as ListedTool } from '@modelcontextprotocol/sdk/types.js';
import { loadSchemaCache } from '../declarations/build-cache.js';
import { declarationOf } from '../declarations/load.js';
import type { EndpointData } from '../endpoint.js';
import { defineTool, type Defaults, type Tool } from '../pipeline/define.js';
import { listingFromRaw, listingOf } from '../pipeline/listing.js';

export interface OnDemandTools {
  /** The tool, defined once (its declaration imported then, when started from the build's data). */
  define(endpoint: EndpointData): Promise<Tool>;
  /** Its listing: from the build's schema cache when that holds it, else from its definition. */
  list(endpoint: EndpointData): Promise<ListedTool>;
}

/** `catalogueNames`: every tool name of the declarations, which a definition may refer to. */
export function onDemandTools(catalogueNames: ReadonlySet<string>, defaults: Defaults): OnDemandTools {
  const defined = new Map<string, Promise<Tool>>();
  const define = (e: EndpointData): Promise<Tool> => {
    let tool = defined.get(e.name);
    if (!tool)
      defined.set(e.name, (tool = declarationOf(e).then((declared) => defineTool(declared, defaults, catalogueNames))));
    return tool;
  };
  const cache = loadSchemaCache();
  const list = async (e: EndpointData): Promise<ListedTool> => {
    const raw = cache?.get(e.name);
    return raw ? listingFromRaw(e, defaults, raw) : listingOf(await define(e));
  };
  return { define, list };
}
