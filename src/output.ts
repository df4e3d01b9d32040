// Make's answer → a tool result: unwrap the declared key, compact JSON, and a size cap that says what
// was cut and how to ask for less. Everything here is data from Make, never instructions.
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';

export const MAX_RESULT_CHARS = 60_000;

export function shapeResult(data: unknown, resultKey: string | undefined, maxChars = MAX_RESULT_CHARS): CallToolResult {
  const record = data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : undefined;
  let value: unknown = resultKey && record && resultKey in record ? record[resultKey] : data;
  let text = JSON.stringify(value ?? null);
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
  const structured = value && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : value === undefined ? undefined : { [resultKey ?? 'result']: value };
  return {
    content: [{ type: 'text', text: text + pagination + note }],
    ...(structured ? { structuredContent: structured } : {}),
  };
}
