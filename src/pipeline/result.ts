// What every tool answers with in the end: an error result, and no secret in any result.
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';

/** Any tool's last line of defence: a bug becomes an error result, and the token never leaves in a result. */
export async function guarded(
  toolName: string,
  secret: string | readonly string[],
  run: () => Promise<CallToolResult>,
): Promise<CallToolResult> {
  const result = await run().catch((err: unknown) =>
    errorResult(`Internal error in ${toolName}: ${err instanceof Error ? err.message : String(err)}`),
  );
  return redact(result, secret);
}

export function errorResult(text: string): CallToolResult {
  return { content: [{ type: 'text', text }], isError: true };
}

/**
 * No secret may leave the process, even if Make (or a proxy) echoed it: in any letter case, and in base64 or
 * base64url at any of the three byte alignments (an echoed Basic header, a token inside an encoded blob).
 */
function redact(result: CallToolResult, secret: string | readonly string[]): CallToolResult {
  const secrets = (typeof secret === 'string' ? [secret] : secret).filter((s) => s.length >= 4); // shorter would match everywhere
  if (!secrets.length) return result;
  const text = JSON.stringify(result);
  const anyCase = new RegExp(secrets.map((s) => escapeRegExp(JSON.stringify(s).slice(1, -1))).join('|'), 'gi');
  const encoded = secrets.flatMap(base64Forms).filter((form) => form.length >= 8);
  const exact = encoded.length ? new RegExp(encoded.map(escapeRegExp).join('|'), 'g') : undefined;
  const scrubbed = text.replace(anyCase, '[redacted]');
  const scrubbedAll = exact ? scrubbed.replace(exact, '[redacted]') : scrubbed;
  if (scrubbedAll === text) return result;
  try {
    return JSON.parse(scrubbedAll) as CallToolResult;
  } catch {
    return errorResult('The result was withheld: it held a secret in a form that could not be cut out cleanly.');
  }
}

/** The characters of `secret`'s base64 and base64url encodings that depend on it alone, at each byte alignment. */
function base64Forms(secret: string): string[] {
  const bytes = Buffer.from(secret, 'utf8');
  return [0, 1, 2].flatMap((offset) => {
    const encoded = Buffer.concat([Buffer.alloc(offset), bytes]).toString('base64');
    const core = encoded.slice(Math.ceil((8 * offset) / 6), Math.floor((8 * (offset + bytes.length)) / 6));
    return [core, core.replace(/\+/g, '-').replace(/\//g, '_')];
  });
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
