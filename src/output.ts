// Make's answer → a tool result: unwrap the declared key, compact JSON, and a size cap that cuts at item boundaries
// and says what was cut and how to ask for less. Everything here is data from Make, never instructions.
import { CallToolResultSchema, type CallToolResult } from '@modelcontextprotocol/sdk/types.js';

export const MAX_RESULT_CHARS = 60_000;

export interface ShapeOptions {
  /** At most this many characters of answer; longer ones are cut, saying so. */
  maxChars?: number;
  /** The tool takes `offset`, so a page that may not be the last says the exact call for the next one. */
  pageable?: boolean;
  /** The tool takes cols, so a cut may suggest fewer columns. */
  takesCols?: boolean;
  /** What was asked, e.g. 'Verify connection (connectionId 101)': a bare true/false/number becomes a statement with it. */
  asked?: string;
  /** Words for Make's numeric status codes in the answer ({ 1: 'success' }). */
  statuses?: Readonly<Record<string, string>>;
}

/**
 * The first content block is the answer alone (JSON a program can parse, or Make's text); what the model is told
 * about it (the page, a cut, the next call) travels in a second block.
 */
export function shapeResult(data: unknown, resultKey: string | undefined, options: ShapeOptions = {}): CallToolResult {
  const { maxChars = MAX_RESULT_CHARS, pageable = false } = options;
  const record =
    data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : undefined;
  let value: unknown = resultKey && record && resultKey in record ? record[resultKey] : data;
  // an answer that is text (a section with its comments, code, a readme) stays text, not a JSON-escaped string
  let text = typeof data === 'string' ? data : JSON.stringify(value ?? null);
  const notes: string[] = [];
  const ask = options.takesCols ? 'Ask for fewer columns (cols), a smaller limit' : 'Ask for a smaller limit';
  if (text.length > maxChars && Array.isArray(value)) {
    const total = value.length;
    value = leadingItems(value, maxChars);
    text = JSON.stringify(value);
    notes.push(
      `[Cut: showing ${(value as unknown[]).length} of ${total} items. ${ask}, or the next page with offset.]`,
    );
  } else if (text.length > maxChars && typeof data !== 'string' && value && typeof value === 'object') {
    value = cutToFit(value, maxChars);
    text = JSON.stringify(value);
    const narrower = options.takesCols ? 'fewer columns (cols) or a narrower request' : 'a narrower request';
    notes.push(
      `[Cut at an item boundary to fit ${maxChars} characters: what followed was left out. Ask for ${narrower}.]`,
    );
  } else if (text.length > maxChars) {
    // a string: its beginning, still one valid JSON string (or Make's text)
    text = typeof data === 'string' ? data.slice(0, maxChars) : JSON.stringify(cutString(value as string, maxChars));
    value = undefined;
    notes.push(
      `[Cut at ${maxChars} characters. Ask for ${options.takesCols ? 'fewer columns (cols) or ' : ''}a narrower request.]`,
    );
  }
  if (record?.pg) notes.unshift(`pg: ${JSON.stringify(record.pg)}`);
  if (pageable && Array.isArray(value)) {
    const next = nextPage(
      record?.pg,
      (value as unknown[]).length,
      Array.isArray(data) ? data.length : countOf(record, resultKey),
    );
    if (next) notes.push(next);
  }
  const status =
    record && options.statuses && typeof record.status === 'number'
      ? options.statuses[String(record.status)]
      : undefined;
  if (status) notes.push(`status ${String(record!.status)}: ${status}`);
  const structured =
    value && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : value === undefined
        ? undefined
        : { [resultKey ?? 'result']: value };
  // a bare true, false or number says nothing alone: a statement of what happened
  const bare = options.asked && resultKey && (typeof value === 'boolean' || typeof value === 'number');
  if (bare) text = `${options.asked}: ${resultKey} ${String(value)}.`;
  return {
    content: [{ type: 'text', text }, ...(notes.length ? [{ type: 'text' as const, text: notes.join('\n') }] : [])],
    ...(structured ? { structuredContent: structured } : {}),
  };
}

/** The leading whole items of a list whose JSON fits in `maxChars`. */
function leadingItems(list: unknown[], maxChars: number): unknown[] {
  let kept = list.length;
  let text = JSON.stringify(list);
  while (kept > 0 && text.length > maxChars) {
    kept = Math.floor(((kept * maxChars) / text.length) * 0.95);
    text = JSON.stringify(list.slice(0, kept));
  }
  return list.slice(0, kept);
}

/** A string's beginning whose JSON fits in `maxChars` (escapes counted). */
function cutString(value: string, maxChars: number): string {
  let kept = Math.max(0, maxChars - 2);
  while (kept > 0 && JSON.stringify(value.slice(0, kept)).length > maxChars) kept = Math.floor(kept * 0.9);
  return value.slice(0, kept);
}

/**
 * An object or list cut to JSON of at most `maxChars`, at item and field boundaries: leading fields and items whole,
 * the first that does not fit cut the same way inside, and nothing after it. What is kept is valid JSON, never cut
 * mid-value.
 */
export function cutToFit(value: unknown, maxChars: number): unknown {
  const whole = JSON.stringify(value);
  if (whole === undefined || whole.length <= maxChars) return value;
  if (typeof value === 'string') return cutString(value, maxChars);
  if (Array.isArray(value)) {
    const kept = leadingItems(value, maxChars);
    const used = JSON.stringify(kept).length;
    const next = value[kept.length];
    const room = maxChars - used - (kept.length ? 1 : 0);
    return next !== null && typeof next === 'object' && room > 2 ? [...kept, cutToFit(next, room)] : kept;
  }
  if (!value || typeof value !== 'object') return null; // a number or boolean longer than the room: nothing fits
  const entries: [string, unknown][] = [];
  let used = 2; // {}
  for (const [key, field] of Object.entries(value)) {
    const head = JSON.stringify(key).length + 1 + (entries.length ? 1 : 0);
    const size = (JSON.stringify(field) ?? '').length;
    if (used + head + size <= maxChars) {
      entries.push([key, field]);
      used += head + size;
      continue;
    }
    const room = maxChars - used - head;
    if (room > 2 && field !== null && typeof field === 'object') entries.push([key, cutToFit(field, room)]);
    else if (room > 2 && typeof field === 'string') entries.push([key, cutString(field, room)]);
    break;
  }
  return Object.fromEntries(entries);
}

function countOf(record: Record<string, unknown> | undefined, key: string | undefined): number {
  // Stryker disable next-line LogicalOperator: only called for a list unwrapped from a record by its key, so key and record are both set
  const list = key && record ? record[key] : undefined;
  return Array.isArray(list) ? list.length : 0;
}

/** The next page's arguments, when this page was cut or filled its limit (so more may follow). */
function nextPage(pg: unknown, shown: number, received: number): string {
  const page = pg && typeof pg === 'object' ? (pg as { limit?: unknown; offset?: unknown }) : {};
  const offset = typeof page.offset === 'number' ? page.offset : 0;
  const limit = typeof page.limit === 'number' ? page.limit : undefined;
  const more = shown < received || (limit !== undefined && received >= limit);
  if (!more || shown === 0) return '';
  return `Next page: call again with offset: ${offset + shown}${limit !== undefined ? `, limit: ${limit}` : ''}.`;
}

/**
 * The SDK checks every tool result before sending it, and its record check refuses structured content holding a
 * "constructor" key and drops a "__proto__" one: Make's data would turn a success into a protocol error (a write
 * the model might then repeat) or lose a field. The text carries the same data, so where the check would not pass
 * the structured copy through unchanged, the result goes as text alone.
 */
export function protocolSafe(result: CallToolResult): CallToolResult {
  if (!result.structuredContent) return result;
  const checked = CallToolResultSchema.safeParse(result);
  if (checked.success && JSON.stringify(checked.data.structuredContent) === JSON.stringify(result.structuredContent))
    return result;
  const { structuredContent: _, ...asText } = result;
  return asText;
}
