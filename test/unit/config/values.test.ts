// Each value checked on its own (src/config/values.ts) and the limits loadConfig applies to lengths: the edges, where
// a check that is off by one or looks at the wrong part of a value would let a bad setting through.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/load.js';
import { headerSafe, httpsUrl, scenarioTools } from '../../../src/config/values.js';
import { errorOf } from '../../helpers/config-error.js';

const catalogue = { toolsets: ['connections'], tools: ['connections_list'] };
const OAUTH = {
  MAKE_OAUTH_CLIENT_ID: 'make-mcp-client',
  MAKE_OAUTH_CLIENT_SECRET: 'client-secret-never-shown-0123',
  MAKE_MCP_PUBLIC_URL: 'https://mcp.example.com',
  MAKE_ZONE: 'eu1.make.com',
};
const oauth = (env: Record<string, string>) => loadConfig(['--http'], { ...OAUTH, ...env }, catalogue).oauth;

describe('httpsUrl', () => {
  it('takes https anywhere and plain http only on this machine', () => {
    expect(httpsUrl('oauthIssuer', 'https://www.make.com')).toBe('https://www.make.com');
    expect(httpsUrl('oauthIssuer', 'http://127.0.0.1:8080')).toBe('http://127.0.0.1:8080');
    expect(httpsUrl('oauthIssuer', 'http://localhost:8080/base')).toBe('http://localhost:8080/base');
    expect(errorOf(() => httpsUrl('oauthIssuer', 'http://www.make.com'))).toMatch(/must use https/);
    expect(errorOf(() => httpsUrl('oauthIssuer', 'ftp://127.0.0.1'))).toMatch(/must use https/);
  });

  it('refuses a query, a fragment, a user or a password, each on its own', () => {
    for (const url of [
      'https://www.make.com/?a=1',
      'https://www.make.com/#top',
      'https://someone@www.make.com/',
      'https://:secret@www.make.com/',
    ])
      expect(
        errorOf(() => httpsUrl('oauthIssuer', url)),
        url,
      ).toBe('MAKE_OAUTH_ISSUER must be a plain URL without query, fragment or credentials.');
  });

  it('drops every trailing slash of the path', () => {
    expect(httpsUrl('oauthIssuer', 'https://www.make.com/base///')).toBe('https://www.make.com/base');
  });
});

describe('scenarioTools', () => {
  it('splits at commas only, so an id with a space inside is refused, not read as two', () => {
    expect(scenarioTools(' 12 ,34,,12 ')).toEqual([12, 34]);
    expect(errorOf(() => scenarioTools('12 34'))).toMatch(/got "12 34"/);
  });

  it('refuses anything around the digits, and a leading zero', () => {
    for (const bad of ['x12', '12x', '0', '012'])
      expect(
        errorOf(() => scenarioTools(bad)),
        bad,
      ).toMatch(/comma list of scenario ids/);
  });
});

describe('headerSafe', () => {
  it('names the setting whose value an HTTP header cannot carry', () => {
    expect(headerSafe('apiKey', undefined)).toBeUndefined();
    expect(errorOf(() => headerSafe('apiKey', 'a b'))).toMatch(/^MAKE_API_KEY holds a character/);
  });

  it('checks the OAuth client id and secret under their own names', () => {
    expect(errorOf(() => oauth({ MAKE_OAUTH_CLIENT_ID: 'a b' }))).toMatch(/^MAKE_OAUTH_CLIENT_ID holds a character/);
    expect(errorOf(() => oauth({ MAKE_OAUTH_CLIENT_SECRET: 'a\nb' }))).toMatch(
      /^MAKE_OAUTH_CLIENT_SECRET holds a character/,
    );
  });
});

describe('lengths at their limits', () => {
  it('takes MAKE_MCP_HTTP_TOKEN of exactly 16 characters, refuses 15', () => {
    const http = (token: string) =>
      loadConfig(['--http'], { MAKE_API_KEY: 'k', MAKE_ZONE: 'eu1.make.com', MAKE_MCP_HTTP_TOKEN: token }, catalogue);
    expect(http('x'.repeat(16)).transport).toMatchObject({ token: 'x'.repeat(16) });
    expect(errorOf(() => http('x'.repeat(15)))).toBe('MAKE_MCP_HTTP_TOKEN must be at least 16 characters long.');
  });

  it('takes MAKE_MCP_TOKEN_KEY of exactly 32 characters, refuses 31, and needs one with Redis', () => {
    expect(oauth({ MAKE_MCP_TOKEN_KEY: 'k'.repeat(32) })?.tokenKey).toBe('k'.repeat(32));
    expect(errorOf(() => oauth({ MAKE_MCP_TOKEN_KEY: 'k'.repeat(31) }))).toMatch(/at least 32 characters/);
    expect(errorOf(() => oauth({ MAKE_REDIS_URL: 'redis://127.0.0.1:6379' }))).toMatch(
      /^MAKE_MCP_TOKEN_KEY is not set/,
    );
    expect(oauth({ MAKE_REDIS_URL: 'redis://127.0.0.1:6379', MAKE_MCP_TOKEN_KEY: 'k'.repeat(32) })?.tokenKey).toBe(
      'k'.repeat(32),
    );
  });

  it('splits MAKE_OAUTH_SCOPES at runs of spaces and commas', () => {
    expect(oauth({ MAKE_OAUTH_SCOPES: 'a:read ,  b:write,,c:read' })?.scopes).toEqual(['a:read', 'b:write', 'c:read']);
  });
});

describe('MAKE_SCENARIO_TOOLS with OAuth', () => {
  it('is refused, whether all or a list of ids: each signed-in user has other scenarios', () => {
    for (const tools of ['all', '12'])
      expect(
        errorOf(() => oauth({ MAKE_SCENARIO_TOOLS: tools })),
        tools,
      ).toMatch(/^MAKE_SCENARIO_TOOLS is not available with MAKE_OAUTH_CLIENT_ID/);
    expect(oauth({})?.clientId).toBe('make-mcp-client');
  });
});

describe('an argument that is no option', () => {
  it('is quoted only when it is shaped like an option name from start to end', () => {
    const unknown = (arg: string) => errorOf(() => loadConfig([arg], { MAKE_ZONE: 'eu1.make.com' }, catalogue));
    expect(unknown('--no-such-option')).toMatch(/^Unknown option --no-such-option\./);
    for (const arg of ['secret--token', '--token-with-a-dot.5'])
      expect(unknown(arg), arg).toMatch(/^Unexpected argument at position 1 \(not shown/);
  });
});
