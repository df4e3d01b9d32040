// The built CLI as a newcomer starts it: `--http --sandbox` with OAuth on, the simulator playing Make's
// authorization server, and a whole sign-in through it. And the one-line refusal of two sign-in modes at once.
import { spawn } from 'node:child_process';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI, startHttpCli, type HttpCli } from '../helpers/http-cli.js';
import { connect, signIn } from '../helpers/oauth.js';

const SECRET = 'sandbox-client-secret-not-to-be-logged';
let server: HttpCli;

beforeAll(async () => {
  server = await startHttpCli(['--sandbox'], {
    MAKE_OAUTH_CLIENT_ID: 'sandbox-client',
    MAKE_OAUTH_CLIENT_SECRET: SECRET,
  });
});

afterAll(async () => {
  await server?.stop();
});

describe('make-mcp --http --sandbox with OAuth on', () => {
  it('serves the whole sign-in against the simulated Make, and logs no secret', async () => {
    expect(server.stderr()).toContain('(each user signs in with Make)');
    const provider = await signIn(server.url, { user: 41 }, ['user:read']);
    const session = await connect(server.url, provider);
    const me = (await session.client.callTool({ name: 'users_me', arguments: {} })) as CallToolResult;
    expect(me.content.map((c) => ('text' in c ? c.text : '')).join('')).toContain('Other Org User');
    await session.close();
    const logs = server.stderr() + server.stdout();
    for (const secret of [SECRET, provider.saved!.access_token, provider.saved!.refresh_token!])
      expect(logs).not.toContain(secret);
    expect(logs).not.toMatch(/sim-oauth-|sim-refresh-/);
  });

  it('refuses to start with the shared bearer too, saying why in one line', async () => {
    const child = spawn(process.execPath, [CLI, '--http', '--sandbox'], {
      env: {
        PATH: process.env.PATH ?? '',
        MAKE_OAUTH_CLIENT_ID: 'x',
        MAKE_OAUTH_CLIENT_SECRET: SECRET,
        MAKE_MCP_HTTP_TOKEN: 'a-shared-bearer-token',
      },
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise((resolve) => child.on('exit', resolve));
    expect(code).toBe(1);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/MAKE_MCP_HTTP_TOKEN and MAKE_OAUTH_CLIENT_ID are both set/);
    expect(stderr).not.toContain('a-shared-bearer-token');
  });
});
