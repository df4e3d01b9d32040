// Text from the Make account made safe to show a model: one short line inside quotes, and plain property names.
/**
 * Account text as one short line that is safe inside quotes: no control or invisible characters (line breaks,
 * zero-width, bidi overrides), no quotes, markup or markdown, whitespace collapsed, at most `max` characters.
 */
export function accountText(value: unknown, max: number): string {
  if (typeof value !== 'string' && typeof value !== 'number') return '';
  const text = String(value)
    .normalize('NFKC') // look-alikes such as fullwidth ＜ become the characters removed below
    .replace(/[\p{Cc}\p{Zl}\p{Zp}]/gu, ' ')
    .replace(/[\p{Cf}\p{Co}\p{Cn}]/gu, '')
    .replace(/<[^>]*>/g, ' ')
    .replace(/[<>`"'\\[\]{}|*#\u00ab\u00bb\u2018-\u201f\u2039\u203a]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  const chars = Array.from(text);
  return chars.length <= max
    ? text
    : `${chars
        .slice(0, max - 1)
        .join('')
        .trimEnd()}…`;
}

/** Make's field name as a property name every client accepts: [a-zA-Z0-9_.-], at most 64 ("Customer email" → Customer_email). */
export function propertyName(makeName: string): string {
  return makeName
    .normalize('NFKC')
    .replace(/[^a-zA-Z0-9_.-]/g, '_')
    .slice(0, 64);
}
