// Hosted for a team: the OAuth settings, environment only, one readable line for each mistake, no secret echoed.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/load.js';
import { errorOf } from '../../helpers/config-error.js';

const catalogue = { toolsets: ['connections'], tools: ['connections_list'] };
const SECRET = 'client-secret-never-shown-0123';
const OAUTH = {
  MAKE_OAUTH_CLIENT_ID: 'make-mcp-client',
  MAKE_OAUTH_CLIENT_SECRET: SECRET,
  MAKE_MCP_PUBLIC_URL: 'https://mcp.example.com',
  MAKE_ZONE: 'eu1.make.com',
};
/** How MAKE_OAUTH_ISSUER with a query, a fragment, a user or a password is refused. */
const PLAIN_URL = /^MAKE_OAUTH_ISSUER must be a plain URL without query, fragment or credentials\.$/;
const load = (env: Record<string, string>, argv = ['--http']) => loadConfig(argv, env, catalogue);

describe('OAuth settings', () => {
  it('read from the environment, with Make as the default issuer', () => {
    const config = load({ ...OAUTH, MAKE_OAUTH_SCOPES: 'scenarios:read, connections:read' });
    expect(config.oauth).toEqual({
      clientId: 'make-mcp-client',
      clientSecret: SECRET,
      issuer: 'https://www.make.com',
      publicUrl: 'https://mcp.example.com',
      scopes: ['scenarios:read', 'connections:read'],
      tokenKey: undefined,
    });
    expect(config.apiKey).toBe('');
  });

  it('let a non-loopback host go without a shared bearer: each user signs in', () => {
    const config = load(OAUTH, ['--http', '--host', '0.0.0.0']);
    expect(config.transport).toMatchObject({ kind: 'http', host: '0.0.0.0', token: undefined });
  });

  it('are off without MAKE_OAUTH_CLIENT_ID: shared-bearer mode and stdio as before', () => {
    expect(
      load({ MAKE_API_KEY: 'k', MAKE_ZONE: 'eu1.make.com', MAKE_MCP_HTTP_TOKEN: 'a-long-shared-bearer' }).oauth,
    ).toBeUndefined();
    expect(loadConfig([], { MAKE_API_KEY: 'k', MAKE_ZONE: 'eu1.make.com' }, catalogue).transport).toEqual({
      kind: 'stdio',
    });
  });

  it.each([
    [
      { ...OAUTH, MAKE_MCP_HTTP_TOKEN: 'a-long-shared-bearer' },
      ['--http'],
      /MAKE_MCP_HTTP_TOKEN and MAKE_OAUTH_CLIENT_ID are both set/,
    ],
    [{ ...OAUTH, MAKE_API_KEY: 'k' }, ['--http'], /MAKE_API_KEY and MAKE_OAUTH_CLIENT_ID are both set/],
    [OAUTH, [], /needs --http/],
    [{ ...OAUTH, MAKE_OAUTH_CLIENT_SECRET: '' }, ['--http'], /MAKE_OAUTH_CLIENT_SECRET is not set/],
    [{ ...OAUTH, MAKE_MCP_PUBLIC_URL: '' }, ['--http'], /MAKE_MCP_PUBLIC_URL is not set/],
    [{ ...OAUTH, MAKE_MCP_PUBLIC_URL: 'http://mcp.example.com' }, ['--http'], /MAKE_MCP_PUBLIC_URL must use https/],
    [{ ...OAUTH, MAKE_MCP_PUBLIC_URL: 'https://mcp.example.com/team' }, ['--http'], /must be an origin without a path/],
    [{ ...OAUTH, MAKE_OAUTH_ISSUER: 'http://make.example' }, ['--http'], /MAKE_OAUTH_ISSUER must use https/],
    [{ ...OAUTH, MAKE_OAUTH_ISSUER: 'ftp://127.0.0.1' }, ['--http'], /MAKE_OAUTH_ISSUER must use https/],
    [{ ...OAUTH, MAKE_OAUTH_ISSUER: 'https://make.example/?a=1' }, ['--http'], PLAIN_URL],
    [{ ...OAUTH, MAKE_OAUTH_ISSUER: 'https://make.example/#top' }, ['--http'], PLAIN_URL],
    [{ ...OAUTH, MAKE_OAUTH_ISSUER: 'https://someone@make.example' }, ['--http'], PLAIN_URL],
    [{ ...OAUTH, MAKE_OAUTH_ISSUER: 'https://:secret@make.example' }, ['--http'], PLAIN_URL],
    [{ ...OAUTH, MAKE_REDIS_URL: 'redis://127.0.0.1:6379' }, ['--http'], /MAKE_MCP_TOKEN_KEY is not set/],
    [{ ...OAUTH, MAKE_MCP_TOKEN_KEY: 'short' }, ['--http'], /at least 32 characters/],
    [{ ...OAUTH, MAKE_MCP_TOKEN_KEY: 'k'.repeat(31) }, ['--http'], /at least 32 characters/],
    [{ ...OAUTH, MAKE_SCENARIO_TOOLS: 'all' }, ['--http'], /MAKE_SCENARIO_TOOLS is not available/],
    [{ ...OAUTH, MAKE_SCENARIO_TOOLS: '12' }, ['--http'], /MAKE_SCENARIO_TOOLS is not available/],
    [{ ...OAUTH, MAKE_OAUTH_CLIENT_ID: 'a b' }, ['--http'], /^MAKE_OAUTH_CLIENT_ID holds a character/],
    [{ ...OAUTH, MAKE_OAUTH_CLIENT_SECRET: 'a\nb' }, ['--http'], /^MAKE_OAUTH_CLIENT_SECRET holds a character/],
  ])('refuse to start, in one line: %#', (env, argv, message) => {
    const error = errorOf(() => load(env as Record<string, string>, argv));
    expect(error).toMatch(message);
    expect(error).not.toContain(SECRET);
  });

  it('take an issuer over https, or plain http on this machine, without trailing slashes', () => {
    const issuer = (url: string) => load({ ...OAUTH, MAKE_OAUTH_ISSUER: url }).oauth?.issuer;
    expect(issuer('https://make.example/base///')).toBe('https://make.example/base');
    expect(issuer('http://127.0.0.1:8080')).toBe('http://127.0.0.1:8080');
    expect(issuer('http://localhost:8080/base')).toBe('http://localhost:8080/base');
  });

  it('take a token key of exactly 32 characters, with or without Redis', () => {
    const key = 'k'.repeat(32);
    expect(load({ ...OAUTH, MAKE_MCP_TOKEN_KEY: key }).oauth?.tokenKey).toBe(key);
    expect(load({ ...OAUTH, MAKE_MCP_TOKEN_KEY: key, MAKE_REDIS_URL: 'redis://127.0.0.1:6379' }).oauth?.tokenKey).toBe(
      key,
    );
  });

  it('split MAKE_OAUTH_SCOPES at runs of spaces and commas', () => {
    expect(load({ ...OAUTH, MAKE_OAUTH_SCOPES: 'a:read ,  b:write,,c:read' }).oauth?.scopes).toEqual([
      'a:read',
      'b:write',
      'c:read',
    ]);
  });

  it('need no public URL in sandbox mode (then the address it listens on) and no issuer (the simulator)', () => {
    const config = load({ MAKE_OAUTH_CLIENT_ID: 'id', MAKE_OAUTH_CLIENT_SECRET: 'secret' }, ['--http', '--sandbox']);
    expect(config.oauth).toMatchObject({ publicUrl: undefined, issuer: undefined });
  });
});
