// Reading each setting from flags and environment: precedence, trimming, defaults, and one exact line for
// each bad value. The read-only setting in particular: a misread "false" would hide every write tool, a misread
// "true" would list them all.
import { describe, expect, it } from 'vitest';
import { errorOf } from '../../helpers/config-error.js';
import { ConfigError } from '../../../src/config/types.js';
import { loadConfig } from '../../../src/config/load.js';
import { usage } from '../../../src/config/settings.js';
import { allEndpoints } from '../../../src/pipeline/select.js';
import { toolsets } from '../../../tools/index.js';

const catalogue = { toolsets: ['connections', 'scenarios'], tools: ['connections_list', 'scenarios_run'] };
const base = { MAKE_API_KEY: 'k', MAKE_ZONE: 'eu1.make.com' };
const load = (env: Record<string, string>, argv: string[] = []) => loadConfig(argv, env, catalogue);
const readOnly = (env: Record<string, string>, argv: string[] = []) => load({ ...base, ...env }, argv).readOnly;

describe('loadConfig', () => {
  it('builds the base URL from the zone and applies defaults', () => {
    const c = load(base);
    expect(c.baseUrl).toBe('https://eu1.make.com/api/v2');
    expect(c.toolsets).toBe('default');
    expect(c.readOnly).toBe(false);
    expect(c.maxWaitSeconds).toBe(20);
    expect(c.transport).toEqual({ kind: 'stdio' });
  });
  it('reads every setting, flags over environment', () => {
    const c = load(
      {
        ...base,
        MAKE_TEAM: '22',
        MAKE_ORGANIZATION: '11',
        MAKE_TOOLSETS: 'all',
        MAKE_READ_ONLY: 'true',
        MAKE_SCOPES: 'a:read, b:write',
        MAKE_RATE_LIMIT: '240',
      },
      ['--team', '33', '--tools=scenarios_run', '--http', '--port', '8080'],
    );
    expect(c).toMatchObject({
      team: 33,
      organization: 11,
      toolsets: 'all',
      tools: ['scenarios_run'],
      readOnly: true,
      scopes: ['a:read', 'b:write'],
      rateLimit: 240,
    });
    expect(c.transport).toEqual({ kind: 'http', port: 8080, host: '127.0.0.1' });
  });
  it('accepts MAKE_API_URL on loopback over http and appends /api/v2 once', () => {
    expect(load({ MAKE_API_KEY: 'k', MAKE_API_URL: 'http://127.0.0.1:4010' }).baseUrl).toBe(
      'http://127.0.0.1:4010/api/v2',
    );
    expect(load({ MAKE_API_KEY: 'k', MAKE_API_URL: 'https://make.example.com/api/v2/' }).baseUrl).toBe(
      'https://make.example.com/api/v2',
    );
  });
  it('needs no key in sandbox mode', () => {
    expect(load({}, ['--sandbox']).sandbox).toBe(true);
  });
  it('explains a missing key, and mentions --sandbox', () => {
    const message = errorOf(() => load({ MAKE_ZONE: 'eu1.make.com' }));
    expect(message).toContain('MAKE_API_KEY');
    expect(message).toContain('--sandbox');
  });
  it('rejects bad values with one line naming the setting', () => {
    expect(errorOf(() => load({ ...base, MAKE_ZONE: 'eu9.make.com' }))).toMatch(/MAKE_ZONE .*eu1\.make\.com/);
    expect(errorOf(() => load({ MAKE_API_KEY: 'k' }))).toContain('MAKE_ZONE');
    expect(errorOf(() => load({ MAKE_API_KEY: 'k', MAKE_API_URL: 'http://make.example.com' }))).toContain('https');
    expect(errorOf(() => load({ MAKE_API_KEY: 'k', MAKE_API_URL: 'http://10.0.0.5' }))).toContain('https');
    expect(errorOf(() => load({ ...base, MAKE_TOOLSETS: 'connections,nope' }))).toMatch(
      /unknown toolset "nope".*Valid: all, default, connections, scenarios/,
    );
    expect(errorOf(() => load({ ...base, MAKE_TOOLS: 'x_y' }))).toMatch(
      /unknown tool "x_y"\. Every name: make-mcp tools --toolsets all$/,
    );
    expect(errorOf(() => load({ ...base, MAKE_RATE_LIMIT: 'fast' }))).toContain('MAKE_RATE_LIMIT');
    expect(errorOf(() => load({ ...base, MAKE_RATE_LIMIT: '0' }))).toContain('MAKE_RATE_LIMIT');
    expect(errorOf(() => load({ ...base, MAKE_TEAM: '1.5' }))).toContain('MAKE_TEAM');
    expect(errorOf(() => load({ ...base, MAKE_READ_ONLY: 'maybe' }))).toContain('MAKE_READ_ONLY');
    expect(errorOf(() => load(base, ['--bogus']))).toContain('Unknown option --bogus');
  });
});

describe('flags', () => {
  it('take their value inline or as the next argument, and win over the environment', () => {
    const c = load({ ...base, MAKE_TEAM: '1', MAKE_ORGANIZATION: '2' }, ['--team=5', '--organization', '6']);
    expect([c.team, c.organization]).toEqual([5, 6]);
  });
  it('keep everything after the first "=", across lines', () => {
    expect(load(base, ['--scopes=a=b\nc']).scopes).toEqual(['a=b\nc']);
    expect(load({ MAKE_API_KEY: 'k' }, ['--api-url=https://x.example/base']).baseUrl).toBe(
      'https://x.example/base/api/v2',
    );
  });
  it('take every setting by its flag', () => {
    const c = loadConfig(
      [
        '--api-key',
        'key',
        '--zone',
        'us1.make.com',
        '--toolsets',
        'scenarios',
        '--tools',
        'connections_list',
        '--scopes',
        'a:read',
        '--rate-limit',
        '30',
        '--max-wait',
        '5',
        '--timeout',
        '9',
      ],
      {},
      catalogue,
    );
    expect(c).toMatchObject({
      apiKey: 'key',
      baseUrl: 'https://us1.make.com/api/v2',
      toolsets: ['scenarios'],
      tools: ['connections_list'],
      scopes: ['a:read'],
      rateLimit: 30,
      maxWaitSeconds: 5,
      timeoutSeconds: 9,
    });
  });
  it('refuse an unknown option, listing the known ones', () => {
    expect(errorOf(() => load(base, ['--bogus=1']))).toBe(
      'Unknown option --bogus. Options: --api-key, --api-url, --help, --host, --http, --max-wait, --organization, --port, --rate-limit, ' +
        '--read-only, --redis-url, --sandbox, --scenario-tools, --scopes, --team, --timeout, --tools, --toolsets, --zone',
    );
    expect(errorOf(() => load(base, ['connections']))).toMatch(
      /^Unexpected argument at position 1 \(not shown, in case it is a secret\)/,
    );
  });
  it('refuse a missing value', () => {
    expect(errorOf(() => load(base, ['--team']))).toBe('Option --team needs a value.');
  });
  it('a value may itself start with dashes', () => {
    expect(load(base, ['--api-key', '--sandbox']).apiKey).toBe('--sandbox');
  });
});

describe('values', () => {
  it('are trimmed; blank counts as unset', () => {
    const c = load({
      MAKE_API_KEY: '  k  ',
      MAKE_ZONE: ' eu2.make.com ',
      MAKE_TEAM: ' 7 ',
      MAKE_ORGANIZATION: '   ',
      MAKE_RATE_LIMIT: '',
    });
    expect(c).toMatchObject({ apiKey: 'k', baseUrl: 'https://eu2.make.com/api/v2', team: 7 });
    expect(c.organization).toBeUndefined();
    expect(c.rateLimit).toBeUndefined();
    expect(errorOf(() => load({ MAKE_API_KEY: '   ', MAKE_ZONE: 'eu1.make.com' }))).toMatch(/^MAKE_API_KEY is not set/);
  });
  it('a flag given blank counts as unset, over the environment', () => {
    expect(load({ ...base, MAKE_TEAM: '4' }, ['--team', ' ']).team).toBeUndefined();
  });
  it('defaults', () => {
    const c = load(base);
    expect(c).toEqual({
      apiKey: 'k',
      baseUrl: 'https://eu1.make.com/api/v2',
      sandbox: false,
      team: undefined,
      organization: undefined,
      toolsets: 'default',
      tools: [],
      readOnly: false,
      scopes: undefined,
      redisUrl: undefined,
      scenarioTools: [],
      rateLimit: undefined,
      maxWaitSeconds: 20,
      timeoutSeconds: 120,
      transport: { kind: 'stdio' },
    });
  });
});

describe('the key', () => {
  it('is required outside sandbox mode, with the way to get one and the way to do without', () => {
    expect(errorOf(() => load({ MAKE_ZONE: 'eu1.make.com' }))).toBe(
      'MAKE_API_KEY is not set. Create a token in Make (Profile → API access) and set MAKE_API_KEY and MAKE_ZONE; ' +
        'or try the server without an account: make-mcp --sandbox',
    );
  });
  it('is kept in sandbox mode when given', () => {
    expect(load({ MAKE_API_KEY: 'k' }, ['--sandbox'])).toMatchObject({ apiKey: 'k', sandbox: true, baseUrl: '' });
    expect(load({}, ['--sandbox']).apiKey).toBe('');
  });
});

describe('whole numbers', () => {
  it.each([
    ['MAKE_TEAM', 'team'],
    ['MAKE_ORGANIZATION', 'organization'],
    ['MAKE_RATE_LIMIT', 'rateLimit'],
    ['MAKE_MAX_WAIT', 'maxWaitSeconds'],
    ['MAKE_TIMEOUT', 'timeoutSeconds'],
  ] as const)('%s takes a positive whole number and refuses anything else', (name, key) => {
    expect(load({ ...base, [name]: '42' })[key]).toBe(42);
    expect(load({ ...base, [name]: '007' })[key]).toBe(7);
    // past 2^53 a number can no longer be told from its neighbours: an id would silently become another one
    for (const bad of ['0', '-3', '1.5', '1e3', 'fast', '12abc', 'abc12', '9007199254740993']) {
      expect(errorOf(() => load({ ...base, [name]: bad }))).toBe(
        `${name} must be a positive whole number, got "${bad}".`,
      );
    }
  });
});

describe('toolsets and tools', () => {
  it('"all" in any case', () => {
    expect(load({ ...base, MAKE_TOOLSETS: 'ALL' }).toolsets).toBe('all');
  });
  it('comma lists, trimmed, blanks dropped', () => {
    expect(load({ ...base, MAKE_TOOLSETS: ' scenarios , ,connections,' }).toolsets).toEqual([
      'scenarios',
      'connections',
    ]);
    expect(load({ ...base, MAKE_TOOLS: 'scenarios_run,, connections_list ' }).tools).toEqual([
      'scenarios_run',
      'connections_list',
    ]);
    expect(load({ ...base, MAKE_SCOPES: ' a:read ,, b:write,' }).scopes).toEqual(['a:read', 'b:write']);
  });
  it('unknown toolsets are refused, each named, with the valid ones', () => {
    expect(errorOf(() => load({ ...base, MAKE_TOOLSETS: 'connections,nope,zip,scenario' }))).toBe(
      'MAKE_TOOLSETS: unknown toolset "nope", "zip", "scenario" (closest: scenarios). Valid: all, default, connections, scenarios',
    );
  });
  it('an unknown tool is answered with the closest names, not with every name', () => {
    expect(errorOf(() => load({ ...base, MAKE_TOOLS: 'x_y' }))).toBe(
      'MAKE_TOOLS: unknown tool "x_y". Every name: make-mcp tools --toolsets all',
    );
    const every = { toolsets: Object.keys(toolsets), tools: allEndpoints(toolsets).map((e) => e.name) };
    const message = errorOf(() =>
      loadConfig([], { ...base, MAKE_TOOLS: 'scenarios_list,hook_list,connections_delet' }, every),
    );
    expect(message).toBe(
      'MAKE_TOOLS: unknown tool "hook_list" (closest: hooks_list), "connections_delet" ' +
        '(closest: connections_delete, connections_get, connections_list). Every name: make-mcp tools --toolsets all',
    );
  });
  it('"default" among toolsets keeps the core set and the catalogue beside them; alone it is the default', () => {
    expect(load({ ...base, MAKE_TOOLSETS: 'default,scenarios' }).toolsets).toEqual(['default', 'scenarios']);
    expect(load({ ...base, MAKE_TOOLSETS: 'default' }).toolsets).toBe('default');
    expect(load({ ...base, MAKE_TOOLSETS: 'default,default' }).toolsets).toBe('default');
    expect(Object.keys(toolsets)).not.toContain('default'); // the word cannot name a toolset
  });
});

describe('usage', () => {
  it('opens with what the server is and how settings are given', () => {
    const lines = usage().split('\n');
    expect(lines.slice(0, 5)).toEqual([
      'make-mcp — an MCP server for the Make (make.com) API, on stdio or Streamable HTTP.',
      '',
      'Usage: make-mcp [options]        settings come from the environment or the matching flag',
      '       make-mcp tools [--json] [options]   print what these settings list and its size in bytes; no key needed',
      '',
    ]);
  });
  it('has one aligned row per setting: variable, flag, help', () => {
    const rows = usage().split('\n').slice(5);
    const names = [
      ...['MAKE_API_KEY', 'MAKE_ZONE', 'MAKE_API_URL', 'MAKE_TEAM', 'MAKE_ORGANIZATION', 'MAKE_TOOLSETS', 'MAKE_TOOLS'],
      ...['MAKE_READ_ONLY', 'MAKE_SCOPES', 'MAKE_RATE_LIMIT', 'MAKE_MAX_WAIT', 'MAKE_TIMEOUT', 'MAKE_SCENARIO_TOOLS'],
      ...['MAKE_MCP_PORT', 'MAKE_MCP_HOST', 'MAKE_REDIS_URL', 'MAKE_MCP_HTTP_TOKEN', 'MAKE_OAUTH_CLIENT_ID'],
      ...[
        'MAKE_OAUTH_CLIENT_SECRET',
        'MAKE_OAUTH_ISSUER',
        'MAKE_MCP_PUBLIC_URL',
        'MAKE_OAUTH_SCOPES',
        'MAKE_MCP_TOKEN_KEY',
      ],
    ];
    // secrets, and the settings that go with them
    const environmentOnly = names.slice(names.indexOf('MAKE_MCP_HTTP_TOKEN'));
    expect(rows).toHaveLength(names.length + 4);
    for (const [i, row] of rows.entries()) {
      const env = names[i] ?? '';
      expect(row.slice(0, 27)).toBe(`  ${env.padEnd(24)} `);
      const flag = row.slice(27, 45).trim();
      expect(row[45]).toBe(' ');
      expect(row.slice(46).trim().length).toBeGreaterThan(5);
      if (environmentOnly.includes(env)) expect(flag).toBe('');
      else if (env)
        expect(flag).toBe(
          `--${env
            .replace(/^MAKE_(MCP_)?/, '')
            .toLowerCase()
            .replace(/_/g, '-')}`,
        ); // MAKE_RATE_LIMIT ↔ --rate-limit
      else expect(flag).toMatch(/^--[a-z-]+$/);
    }
    expect(rows.at(-3)).toBe(
      `  ${''.padEnd(24)} ${'--sandbox'.padEnd(18)} use the built-in Make simulator; no account or key needed`,
    );
    expect(rows.at(-2)).toBe(`  ${''.padEnd(24)} ${'--version'.padEnd(18)} print the version`);
    expect(rows.at(-1)).toBe(`  ${''.padEnd(24)} ${'--help'.padEnd(18)} this text`);
  });
});

describe('read-only setting', () => {
  it.each(['true', 'TRUE', '1', 'yes', 'Yes', ' true '])('MAKE_READ_ONLY=%j is read-only', (value) => {
    expect(readOnly({ MAKE_READ_ONLY: value })).toBe(true);
  });
  it.each(['false', 'FALSE', '0', 'no', 'No', ' no ', '', '   '])('MAKE_READ_ONLY=%j is not', (value) => {
    expect(readOnly({ MAKE_READ_ONLY: value })).toBe(false);
  });
  it('is off when nothing says otherwise', () => {
    expect(readOnly({})).toBe(false);
  });
  it('--read-only turns it on, with or without the variable, and wins over MAKE_READ_ONLY=false', () => {
    expect(readOnly({}, ['--read-only'])).toBe(true);
    expect(readOnly({ MAKE_READ_ONLY: 'false' }, ['--read-only'])).toBe(true);
    expect(readOnly({ MAKE_READ_ONLY: 'no' }, ['--zone', 'eu1.make.com', '--read-only'])).toBe(true);
  });
  it('refuses anything else, naming the variable and the value', () => {
    for (const value of ['maybe', 'on', 'y', 'truee']) {
      let error: unknown;
      try {
        readOnly({ MAKE_READ_ONLY: value });
      } catch (err) {
        error = err;
      }
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as Error).message).toBe(`MAKE_READ_ONLY must be true or false, got "${value}".`);
    }
  });
});
