// Make's answer → a tool result: unwrap the declared key, compact JSON, and a size cap that says what
// was cut and how to ask for less. Everything here is data from Make, never instructions.
import { CallToolResultSchema, type CallToolResult } from '@modelcontextprotocol/sdk/types.js';

export const MAX_RESULT_CHARS = 60_000;

/**
 * `pageable`: the tool takes `offset`, so a page that may not be the last says the exact call for the next one.
 */
export function shapeResult(data: unknown, resultKey: string | undefined, maxChars = MAX_RESULT_CHARS, pageable = false): CallToolResult {
  const record = data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : undefined;
  let value: unknown = resultKey && record && resultKey in record ? record[resultKey] : data;
  // an answer that is text (a section with its comments, code, a readme) stays text, not a JSON-escaped string
  let text = typeof data === 'string' ? data : JSON.stringify(value ?? null);
  let note = '';
  if (text.length > maxChars && Array.isArray(value)) {
    const total = value.length;
    let kept = total;
    while (kept > 0 && text.length > maxChars) {
      kept = Math.floor((kept * maxChars) / text.length * 0.95);
      text = JSON.stringify(value.slice(0, kept));
    }
    value = value.slice(0, kept);
    note = `\n[Cut: showing ${kept} of ${total} items. Ask for fewer columns (cols), a smaller limit, or the next page with offset.]`;
  } else if (text.length > maxChars) {
    text = text.slice(0, maxChars);
    value = undefined;
    note = `\n[Cut at ${maxChars} characters. Ask for fewer columns (cols) or a narrower request.]`;
  }
  const pagination = record?.pg ? `\npg: ${JSON.stringify(record.pg)}` : '';
  const next = pageable && Array.isArray(value) ? nextPage(record?.pg, (value as unknown[]).length, Array.isArray(data) ? data.length : countOf(record, resultKey)) : '';
  const structured = value && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : value === undefined ? undefined : { [resultKey ?? 'result']: value };
  return {
    content: [{ type: 'text', text: text + pagination + note + next }],
    ...(structured ? { structuredContent: structured } : {}),
  };
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
  return `\nNext page: call again with offset: ${offset + shown}${limit !== undefined ? `, limit: ${limit}` : ''}.`;
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
  if (checked.success && JSON.stringify(checked.data.structuredContent) === JSON.stringify(result.structuredContent)) return result;
  const { structuredContent: _, ...asText } = result;
  return asText;
}
