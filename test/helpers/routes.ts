// Which of Make's documented routes (the simulator's table) a declaration's route is. A placeholder matches a
// placeholder whatever the names (a placeholder's name never reaches Make, so tools take Make's argument names).
// Failing that, a literal may fill a placeholder: Make's own tools name `…/{visibility}` as `…/public` and `…/private`.
import { ROUTES } from '../../src/simulator/routes.js';
import type { Route } from '../../src/simulator/types.js';

const MAKE_ROUTE = new Map<string, Route | undefined>();

function find(route: string, literalFillsPlaceholder: boolean): Route | undefined {
  const [method, path] = route.split(' ');
  const parts = path.split('/').slice(1);
  return ROUTES.find(
    (r) =>
      r.method === method &&
      r.segments.length === parts.length &&
      r.segments.every((s, i) => {
        const placeholder = parts[i].startsWith('{');
        if (s.literal !== null) return s.literal === parts[i];
        return placeholder || literalFillsPlaceholder;
      }),
  );
}

export function makeRouteOf(route: string): Route | undefined {
  if (!MAKE_ROUTE.has(route)) MAKE_ROUTE.set(route, find(route, false) ?? find(route, true));
  return MAKE_ROUTE.get(route);
}
