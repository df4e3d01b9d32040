// Make's query-string conventions: arrays as `name[]=a&name[]=b`, pagination as `pg[limit]=…`.

const PAGINATION_KEYS = new Set(['limit', 'offset', 'sortBy', 'sortDir']);

export type QueryValue = string | number | boolean | readonly (string | number | boolean)[] | undefined | null;

/**
 * Encodes inputs into Make's query string (without the leading '?'); undefined and null are left out. Names in
 * `verbatim` are Make's own already (a declaration's queryNames) and are not turned into pg[…].
 */
export function encodeQuery(params: Record<string, QueryValue>, verbatim: ReadonlySet<string> = new Set()): string {
  const pairs: string[] = [];
  const add = (key: string, value: string | number | boolean) =>
    pairs.push(`${encodeURIComponent(key)}=${encodeURIComponent(String(value))}`);
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null) continue;
    if (Array.isArray(value)) {
      for (const item of value) add(key.endsWith('[]') ? key : `${key}[]`, item);
    } else if (PAGINATION_KEYS.has(key) && !verbatim.has(key)) {
      add(`pg[${key}]`, value as string | number | boolean);
    } else {
      add(key, value as string | number | boolean);
    }
  }
  return pairs.join('&');
}
