import { describe, expect, it } from 'vitest';
import { errorOf } from '../../helpers/config-error.js';
import { loadConfig } from '../../../src/config.js';

const catalogue = { toolsets: ['connections', 'scenarios'], tools: ['connections_list', 'scenarios_run'] };
const load = (env: Record<string, string>, argv: string[] = []) => loadConfig(argv, env, catalogue);
const base = { MAKE_API_KEY: 'k', MAKE_ZONE: 'eu1.make.com' };

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
