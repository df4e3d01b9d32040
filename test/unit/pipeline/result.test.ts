// The token never shows in what a call returns: every occurrence is redacted, whatever the tool echoes.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { endpoint } from '../../../src/endpoint.js';
import { MakeClient } from '../../../src/http/client.js';
import { callTool } from '../../../src/pipeline/call.js';
import { defineTool } from '../../../src/pipeline/define.js';

const textOf = (r: { content: unknown[] }) => (r.content[0] as { text: string }).text;

describe('redaction of the token', () => {
  const echo = endpoint({
    name: 'things_echo',
    title: 't',
    description: 'd',
    route: 'DELETE /things/{id}',
    scope: null,
    effect: 'destructive',
    input: { id: z.string().describe('id') },
    example: { id: 'x' },
  });
  const preview = async (secret: string, id: string) =>
    textOf(
      await callTool(
        defineTool(echo, {}, new Set()),
        { id },
        { client: new MakeClient({ baseUrl: 'http://127.0.0.1:9', apiKey: secret }), readOnly: false, secret },
      ),
    );

  it('replaces every occurrence, also of a token with characters JSON escapes', async () => {
    expect(await preview('abcd', 'abcd-abcd')).toBe(
      'Not executed: would DELETE /things/[redacted]-[redacted] (t). It acts on id [redacted]-[redacted]. This cannot be undone. Ask the user, then call again with confirm: true.',
    );
    expect(await preview('to"k\\en', 'to"k\\en')).toContain('/things/to%22k%5Cen');
    const quoted = defineTool(
      endpoint({
        name: 'things_echo',
        title: 'to"k\\en',
        description: 'd',
        route: 'DELETE /things/{id}',
        scope: null,
        effect: 'destructive',
        input: { id: z.string().describe('id') },
        example: { id: 'x' },
      }),
      {},
      new Set(),
    );
    const result = await callTool(
      quoted,
      { id: '1' },
      { client: new MakeClient({ baseUrl: 'http://127.0.0.1:9', apiKey: 'x' }), readOnly: false, secret: 'to"k\\en' },
    );
    expect(textOf(result)).toContain('([redacted])');
    expect(JSON.stringify(result)).not.toContain('to\\"k');
  });
  it('leaves results alone for a token shorter than 4 characters (it would match everywhere)', async () => {
    expect(await preview('abc', 'abc')).toContain('/things/abc (t)');
    expect(await preview('', 'x')).toContain('/things/x (t)');
  });
});
