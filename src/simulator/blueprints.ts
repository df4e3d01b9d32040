// A scenario's blueprints: Make keeps a version per saved change, and the modules of the current one name the
// connections the scenario uses (so a connection in use needs Make's `confirmed` to be deleted).
import { collectionAt } from './engine.js';
import type { EngineState, Item } from './types.js';

export const DEFAULT_BLUEPRINT = { name: 'Empty scenario', flow: [], metadata: { version: 1 } };

/** A module's parameter that holds a connection id: `__IMTCONN__`, and Make's `__IMTCONN__…` variants. */
const CONNECTION_PARAMETER = /^__IMTCONN/;

/** Text that should hold JSON, parsed; the fallback when it does not parse. Non-text is taken as it is. */
export function parsed(text: unknown, fallback: unknown): unknown {
  if (typeof text !== 'string') return text ?? fallback;
  try {
    return JSON.parse(text);
  } catch {
    return fallback;
  }
}

/** Where a scenario's versions are kept: a document beside the scenario, out of reach of any route. */
export function versionsAt(scenarioId: unknown): string {
  return `/scenarios/${String(scenarioId)}#versions`;
}

/** Every blueprint a scenario had, oldest first, created with its first version when first asked for. */
export function versionsOf(state: EngineState, scenario: Item): Item[] {
  const at = versionsAt(scenario.id);
  let doc = state.documents.get(at);
  if (!doc) {
    const first = {
      version: 1,
      blueprint: scenario.blueprint ?? JSON.stringify(DEFAULT_BLUEPRINT),
      created: '2026-01-01T00:00:00.000Z',
    };
    state.documents.set(at, (doc = { versions: [first] }));
  }
  return doc.versions as Item[];
}

/** The connection ids a blueprint's modules use, in routes and nested flows too. */
export function connectionIdsIn(blueprint: unknown): Set<number> {
  const found = new Set<number>();
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(walk);
    if (!value || typeof value !== 'object') return;
    for (const [k, v] of Object.entries(value)) {
      if (CONNECTION_PARAMETER.test(k) && (typeof v === 'number' || (typeof v === 'string' && /^\d+$/.test(v))))
        found.add(Number(v));
      else walk(v);
    }
  };
  walk(parsed(blueprint, null));
  return found;
}

/** The scenarios (seeded or created) whose current blueprint uses a connection. */
export function scenariosUsing(state: EngineState, connectionId: number): number[] {
  return [...collectionAt(state, '/scenarios').values()]
    .filter((scenario) => {
      const current = state.documents.get(versionsAt(scenario.id))?.versions as Item[] | undefined;
      return connectionIdsIn(current?.at(-1)?.blueprint ?? scenario.blueprint).has(connectionId);
    })
    .map((scenario) => Number(scenario.id));
}
