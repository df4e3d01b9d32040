// Which tools a configuration lists, which it leaves out and why, and which the catalogue holds.
import type { Config } from '../config/types.js';
import type { EndpointData, Toolsets } from '../endpoint.js';

export function resourceOf(name: string): string {
  return name.slice(0, name.indexOf('_'));
}

export function allEndpoints<E extends EndpointData>(toolsets: Toolsets<E>): E[] {
  return Object.values(toolsets).flat();
}

/** Whether a configuration has the catalogue tools: by default, and where `default` is one of the toolsets. */
export function withCatalogue(toolsets: Config['toolsets']): boolean {
  return toolsets === 'default' || (Array.isArray(toolsets) && toolsets.includes('default'));
}

/**
 * The endpoints a configuration lists, how many more the token's scopes hid, and the catalogue: every endpoint the
 * configuration allows, reachable through search. With the catalogue tools, `defaultTools` are listed beside any
 * toolsets named, and the catalogue holds every toolset; otherwise the catalogue is what is listed.
 */
export interface Selection<E extends EndpointData> {
  toolsets: Toolsets<E>;
  config: Pick<Config, 'toolsets' | 'tools' | 'readOnly'>;
  /** Whether the token grants a scope (null: the tool needs none). */
  allows: (scope: string | null) => boolean;
  /** The tools listed beside the catalogue when MAKE_TOOLSETS is not set. */
  defaultTools?: readonly string[];
}

export function selectEndpoints<E extends EndpointData>({
  toolsets,
  config,
  allows,
  // Stryker disable next-line ArrayDeclaration: a default holding one made-up name selects no tool, just like the empty default
  defaultTools = [],
}: Selection<E>): { selected: E[]; hiddenByScope: E[]; catalogue: E[] } {
  const catalogued = withCatalogue(config.toolsets);
  const wanted = new Set([...config.tools, ...(catalogued ? defaultTools : [])]);
  const permitted = (e: E) => !switchedOff(e, config, allows);
  const chosen = Object.entries(toolsets)
    .flatMap(([name, endpoints]) =>
      config.toolsets === 'all' || (Array.isArray(config.toolsets) && config.toolsets.includes(name))
        ? endpoints
        : endpoints.filter((e) => wanted.has(e.name)),
    )
    .filter((e) => !config.readOnly || e.effect === 'read');
  const selected = chosen.filter(permitted);
  return {
    selected,
    hiddenByScope: chosen.filter((e) => !allows(e.scope)),
    catalogue: catalogued ? allEndpoints(toolsets).filter(permitted) : selected,
  };
}

/** Why the configuration leaves a tool out whatever the toolsets: read-only mode, or a scope the token lacks. */
export function switchedOff(
  e: EndpointData,
  config: Pick<Config, 'readOnly'>,
  allows: (scope: string | null) => boolean,
): { by: 'read-only' } | { by: 'scope'; scope: string } | undefined {
  if (config.readOnly && e.effect !== 'read') return { by: 'read-only' };
  if (!allows(e.scope)) return { by: 'scope', scope: e.scope! };
  return undefined;
}
