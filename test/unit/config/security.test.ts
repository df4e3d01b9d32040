// Where the token may be sent comes from configuration only: https, or plain http to this machine, a plain base
// URL, and nothing a look-alike host name could sneak past. Plus the HTTP transport's port.
import { describe, expect, it } from 'vitest';
import { errorOf } from '../../helpers/config-error.js';
import { loadConfig } from '../../../src/config/load.js';
import type { HttpTransport } from '../../../src/config/types.js';

const catalogue = { toolsets: ['connections'], tools: ['connections_list'] };
const withUrl = (url: string) => loadConfig([], { MAKE_API_KEY: 'secret-key', MAKE_API_URL: url }, catalogue);

const HTTPS_ONLY = (url: string) => `MAKE_API_URL must use https (plain http only for localhost/127.0.0.1): "${url}"`;
const PLAIN = 'MAKE_API_URL must be a plain base URL without query, fragment or credentials.';

describe('MAKE_API_URL: plain http only to this machine', () => {
  it.each([
    ['http://localhost:4010', 'http://localhost:4010/api/v2'],
    ['http://LOCALHOST:4010/', 'http://localhost:4010/api/v2'],
    ['http://127.0.0.1:4010', 'http://127.0.0.1:4010/api/v2'],
    ['http://127.10.100.254', 'http://127.10.100.254/api/v2'],
    ['http://[::1]:4010', 'http://[::1]:4010/api/v2'],
  ])('accepts %s', (url, base) => {
    expect(withUrl(url).baseUrl).toBe(base);
  });

  it.each([
    'http://localhost.attacker.example', // the loopback name as a prefix: the end anchor
    'http://evil-localhost', // … and as a suffix: the start anchor
    'http://attacker.example/localhost',
    'http://127.0.0.1.attacker.example',
    'http://127.a.b.c',
    'http://128.0.0.1',
    'http://[::2]',
    'http://10.0.0.5',
    'http://make.example.com',
    'ftp://localhost',
    'ws://127.0.0.1',
  ])('refuses %s, naming the URL', (url) => {
    expect(errorOf(() => withUrl(url))).toBe(HTTPS_ONLY(url));
  });

  it('takes https to any host', () => {
    expect(withUrl('https://make.example.com').baseUrl).toBe('https://make.example.com/api/v2');
  });
});

describe('MAKE_API_URL: a plain base URL', () => {
  it.each([
    'https://make.example.com/?token=1',
    'https://make.example.com/api/v2#frag',
    'https://user@make.example.com',
    'https://user:pass@make.example.com',
    'https://:pass@make.example.com', // a password without a user name
    'http://user@localhost:4010',
  ])('refuses %s', (url) => {
    const message = errorOf(() => withUrl(url));
    expect(message).toBe(PLAIN);
  });

  it('refuses what is not a URL', () => {
    expect(errorOf(() => withUrl('eu1.make.com'))).toBe(
      'MAKE_API_URL is not a URL (not shown, in case it holds a secret); expected e.g. https://eu1.make.com',
    );
  });

  it('keeps a base path and appends /api/v2 exactly once', () => {
    expect(withUrl('https://make.example.com/base/').baseUrl).toBe('https://make.example.com/base/api/v2');
    expect(withUrl('https://make.example.com/base//').baseUrl).toBe('https://make.example.com/base/api/v2');
    expect(withUrl('https://make.example.com/api/v2').baseUrl).toBe('https://make.example.com/api/v2');
    expect(withUrl('https://make.example.com/api/v2/').baseUrl).toBe('https://make.example.com/api/v2');
    expect(withUrl('https://make.example.com/api/v2/x').baseUrl).toBe('https://make.example.com/api/v2/x/api/v2');
    expect(withUrl('https://make.example.com/my/api/v2').baseUrl).toBe('https://make.example.com/my/api/v2');
  });

  it('takes --api-url over MAKE_API_URL, and the URL over the zone', () => {
    const c = loadConfig(
      ['--api-url', 'https://b.example.com'],
      { MAKE_API_KEY: 'k', MAKE_API_URL: 'https://a.example.com', MAKE_ZONE: 'eu1.make.com' },
      catalogue,
    );
    expect(c.baseUrl).toBe('https://b.example.com/api/v2');
  });

  it('never shows the token in a configuration error', () => {
    const message = errorOf(() =>
      loadConfig([], { MAKE_API_KEY: 'secret-key', MAKE_API_URL: 'http://evil.example' }, catalogue),
    );
    expect(message).not.toContain('secret-key');
  });
});

describe('MAKE_ZONE', () => {
  it('builds https://{zone}/api/v2 for each zone, and refuses anything else', () => {
    const zone = (z: string) => loadConfig([], { MAKE_API_KEY: 'k', MAKE_ZONE: z }, catalogue).baseUrl;
    expect(zone('us2.make.com')).toBe('https://us2.make.com/api/v2');
    expect(zone('eu1.make.celonis.com')).toBe('https://eu1.make.celonis.com/api/v2');
    expect(errorOf(() => zone('eu1.make.com.attacker.example'))).toBe(
      'MAKE_ZONE "eu1.make.com.attacker.example" is not a Make zone. Valid zones: eu1.make.com, eu2.make.com, us1.make.com, us2.make.com, eu1.make.celonis.com, us1.make.celonis.com',
    );
  });
  it('needs a zone or a URL', () => {
    expect(errorOf(() => loadConfig([], { MAKE_API_KEY: 'k' }, catalogue))).toBe(
      'Set MAKE_ZONE to your Make zone (eu1.make.com, eu2.make.com, us1.make.com, us2.make.com, eu1.make.celonis.com, us1.make.celonis.com), or MAKE_API_URL for a private instance.',
    );
  });
  it('has no base URL in sandbox mode, whatever the URL says', () => {
    expect(loadConfig(['--sandbox'], { MAKE_API_URL: 'http://evil.example' }, catalogue).baseUrl).toBe('');
  });
});

describe('--port', () => {
  const transport = (argv: string[]) =>
    loadConfig(['--http', ...argv], { MAKE_API_KEY: 'k', MAKE_ZONE: 'eu1.make.com' }, catalogue).transport;

  it('takes 0 to 65535, defaults to 3000 on 127.0.0.1', () => {
    expect(transport([])).toEqual({ kind: 'http', port: 3000, host: '127.0.0.1' });
    expect(transport(['--port', '0'])).toEqual({ kind: 'http', port: 0, host: '127.0.0.1' });
    expect(transport(['--port', '65535', '--host', 'localhost'])).toEqual({
      kind: 'http',
      port: 65535,
      host: 'localhost',
    });
  });
  it.each(['65536', '-1', '1.5', 'abc', '99999999', '0x50', '1e3', '+80'])('refuses %s', (value) => {
    expect(errorOf(() => transport(['--port', value]))).toBe(
      `--port must be a port number from 0 to 65535, got "${value}".`,
    );
  });
  it('needs a value', () => {
    expect(errorOf(() => transport(['--port']))).toBe('Option --port needs a value.');
  });
});

describe('HTTP bearer token and bind address', () => {
  const load = (argv: string[], env: Record<string, string> = {}) =>
    loadConfig(['--http', ...argv], { MAKE_API_KEY: 'k', MAKE_ZONE: 'eu1.make.com', ...env }, catalogue)
      .transport as HttpTransport;
  const token = 'a-token-of-twenty-chars';

  it('refuses to bind beyond loopback without MAKE_MCP_HTTP_TOKEN, naming the fix', () => {
    for (const host of ['0.0.0.0', '::', '192.168.1.5', 'mcp.example.com']) {
      expect(errorOf(() => load(['--host', host]))).toBe(
        `--host ${host} is reachable from other machines: set MAKE_MCP_HTTP_TOKEN so clients must authenticate.`,
      );
    }
  });
  it('binds beyond loopback with a token, and takes host and port from the environment too', () => {
    expect(load([], { MAKE_MCP_HOST: '0.0.0.0', MAKE_MCP_PORT: '8080', MAKE_MCP_HTTP_TOKEN: token })).toEqual({
      kind: 'http',
      port: 8080,
      host: '0.0.0.0',
      token,
    });
  });
  it('makes the token optional on loopback, and refuses a short one', () => {
    for (const host of ['127.0.0.1', 'localhost', '::1', '[::1]']) expect(load(['--host', host]).token).toBeUndefined();
    expect(errorOf(() => load([], { MAKE_MCP_HTTP_TOKEN: 'short' }))).toBe(
      'MAKE_MCP_HTTP_TOKEN must be at least 16 characters long.',
    );
    expect(load([], { MAKE_MCP_HTTP_TOKEN: 'x'.repeat(16) }).token).toBe('x'.repeat(16));
    expect(errorOf(() => load([], { MAKE_MCP_HTTP_TOKEN: 'x'.repeat(15) }))).toMatch(/at least 16 characters/);
  });
  it('has no flag for the token, so it never shows in a process list', () => {
    expect(errorOf(() => load(['--http-token', token]))).toMatch(/^Unknown option --http-token\. /);
  });
});

describe('boolean flags with an inline value', () => {
  const load = (argv: string[]) => loadConfig(argv, { MAKE_API_KEY: 'k', MAKE_ZONE: 'eu1.make.com' }, catalogue);
  it('read true and false, and refuse anything else', () => {
    expect(load(['--read-only=false']).readOnly).toBe(false);
    expect(load(['--read-only=true']).readOnly).toBe(true);
    expect(load(['--read-only']).readOnly).toBe(true);
    expect(load(['--sandbox=false']).sandbox).toBe(false);
    expect(load(['--http=no']).transport).toEqual({ kind: 'stdio' });
    expect(errorOf(() => load(['--sandbox=maybe']))).toBe('--sandbox must be true or false, got "maybe".');
  });
});

describe('MAKE_REDIS_URL', () => {
  const load = (url: string) =>
    loadConfig([], { MAKE_API_KEY: 'k', MAKE_ZONE: 'eu1.make.com', MAKE_REDIS_URL: url }, catalogue).redisUrl;
  it('takes redis:// and rediss:// URLs, password included', () => {
    expect(load('redis://127.0.0.1:6379')).toBe('redis://127.0.0.1:6379');
    expect(load('rediss://:secret@cache.example:6380/2')).toBe('rediss://:secret@cache.example:6380/2');
  });
  it('refuses anything else without echoing the value (it may hold a password)', () => {
    for (const bad of ['http://:hunter2@x', 'hunter2', 'redis://']) {
      const message = errorOf(() => load(bad));
      expect(message).toBe('MAKE_REDIS_URL must be a redis:// or rediss:// URL, e.g. redis://127.0.0.1:6379.');
    }
  });
});

describe('MAKE_SCENARIO_TOOLS', () => {
  const load = (value?: string) =>
    loadConfig(
      value === undefined ? [] : ['--scenario-tools', value],
      { MAKE_API_KEY: 'k', MAKE_ZONE: 'eu1.make.com' },
      catalogue,
    ).scenarioTools;
  it('is none by default, all, or a list of ids without repeats or empty entries', () => {
    expect(load()).toEqual([]);
    expect(load('ALL')).toBe('all');
    expect(load(' 501, 502,,501 ')).toEqual([501, 502]);
  });
  it('refuses what is not an id', () => {
    expect(errorOf(() => load('501,abc,0'))).toBe(
      'MAKE_SCENARIO_TOOLS must be all or a comma list of scenario ids, got "abc", "0".',
    );
    // split at commas only, and the whole of each part must be an id
    for (const bad of ['12 34', 'x12', '12x', '012'])
      expect(
        errorOf(() => load(bad)),
        bad,
      ).toMatch(/comma list of scenario ids, got "/);
  });
});

describe('a configuration error never prints a secret', () => {
  it.each([
    ['http://user:pw-hunter2@evil.example/base?key=q-hunter2#f-hunter2', 'http://evil.example/base'],
    ['ftp://user:pw-hunter2@localhost?x=q-hunter2', 'ftp://localhost'],
  ])('shows %s without userinfo, query or fragment', (url, shown) => {
    const message = errorOf(() => withUrl(url));
    expect(message).toBe(HTTPS_ONLY(shown));
    expect(message).not.toMatch(/hunter2/);
  });

  it('does not echo an unparsable URL', () => {
    const message = errorOf(() => withUrl('pw-hunter2@@::'));
    expect(message).toMatch(/^MAKE_API_URL is not a URL/);
    expect(message).not.toContain('hunter2');
  });

  it('names an unexpected bare argument by position, not by value (a token pasted without its option)', () => {
    const message = errorOf(() => loadConfig(['--sandbox', 'a1b2c3d4-token-hunter2'], {}, catalogue));
    expect(message).toMatch(/^Unexpected argument at position 2 /);
    expect(message).not.toContain('hunter2');
    // something that is not shaped like an option name is not echoed either
    expect(errorOf(() => loadConfig(['--key=value-hunter2\n'], {}, catalogue))).not.toContain('hunter2');
    expect(errorOf(() => loadConfig(['--0hunter2'], {}, catalogue))).toMatch(/^Unexpected argument at position 1 /);
    // shaped like an option name from start to end, or not quoted
    for (const arg of ['secret--token', '--token-with-a-dot.5'])
      expect(
        errorOf(() => loadConfig([arg], {}, catalogue)),
        arg,
      ).toMatch(/^Unexpected argument at position 1 /);
    expect(errorOf(() => loadConfig(['--no-such-option'], {}, catalogue))).toMatch(
      /^Unknown option --no-such-option\./,
    );
  });

  it.each([
    ['a line break', 'abc\r\ndef-hunter2'],
    ['a space inside', 'abc def-hunter2'],
    ['a control character', 'abc\u0000def-hunter2'],
    ['a non-ASCII character', 'abcé-hunter2'],
  ])('refuses a key holding %s at start, in one line, without showing it', (_, key) => {
    const message = errorOf(() => loadConfig([], { MAKE_API_KEY: key, MAKE_ZONE: 'eu1.make.com' }, catalogue));
    expect(message).toMatch(/^MAKE_API_KEY holds a character an HTTP header cannot carry/);
    expect(message).not.toContain('hunter2');
  });

  it('refuses a header-unsafe MAKE_MCP_HTTP_TOKEN too', () => {
    const message = errorOf(() =>
      loadConfig(['--sandbox', '--http'], { MAKE_MCP_HTTP_TOKEN: 'long-enough-token\nhunter2' }, catalogue),
    );
    expect(message).toMatch(/^MAKE_MCP_HTTP_TOKEN holds a character/);
  });
});
