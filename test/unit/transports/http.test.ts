// DNS rebinding protection of the HTTP transport, as a table: which Host and Origin headers reach MCP, by bind address.
import { describe, expect, it } from 'vitest';
import { hostOrOriginRefused } from '../../../src/transports/http.js';

const PORT = 3000;

describe('bound to loopback: only loopback names with our port', () => {
  it.each([
    ['127.0.0.1:3000', undefined],
    ['localhost:3000', undefined],
    ['LOCALHOST:3000', undefined],
    ['[::1]:3000', undefined],
    ['127.0.0.2:3000', undefined],
    ['127.0.0.1:3000', 'http://127.0.0.1:3000'],
    ['127.0.0.1:3000', 'http://localhost:3000'],
    ['127.0.0.1:3000', 'https://[::1]:3000'],
  ])('accepts Host %s, Origin %s', (host, origin) => {
    expect(hostOrOriginRefused({ host, origin }, { host: '127.0.0.1', port: PORT })).toBeUndefined();
  });

  it('takes a Host without a port as port 80, and an origin without one by its scheme', () => {
    expect(
      hostOrOriginRefused({ host: 'localhost', origin: 'http://localhost' }, { host: '127.0.0.1', port: 80 }),
    ).toBeUndefined();
    expect(
      hostOrOriginRefused({ host: 'localhost', origin: 'https://localhost' }, { host: '127.0.0.1', port: 80 }),
    ).toMatch(/^Origin /);
    expect(
      hostOrOriginRefused({ host: 'localhost:443', origin: 'https://localhost' }, { host: '127.0.0.1', port: 443 }),
    ).toBeUndefined();
  });

  it.each([
    [undefined, undefined, 'Host ""'],
    ['evil.example.com:3000', undefined, 'Host "evil.example.com:3000"'],
    ['localhost.evil.example.com:3000', undefined, 'Host'],
    ['127.0.0.1.evil.example.com:3000', undefined, 'Host'],
    ['localhost:3001', undefined, 'Host'],
    ['localhost', undefined, 'Host'], // port 80, not ours
    ['user@localhost:3000', undefined, 'Host'],
    ['localhost:3000/path', undefined, 'Host'],
    ['localhost:3000', 'http://evil.example.com', 'Origin "http://evil.example.com"'],
    ['localhost:3000', 'http://localhost:3001', 'Origin'],
    ['localhost:3000', 'http://localhost', 'Origin'],
    ['localhost:3000', 'null', 'Origin "null"'],
    ['localhost:3000', 'file://localhost:3000', 'Origin'],
    ['localhost:3000', 'http://localhost:3000/path', 'Origin'],
    ['localhost:3000', '', 'Origin ""'],
  ])('refuses Host %s, Origin %s', (host, origin, reason) => {
    expect(hostOrOriginRefused({ host, origin }, { host: '127.0.0.1', port: PORT })?.slice(0, reason.length)).toBe(
      reason,
    );
  });

  it('treats every loopback bind address alike', () => {
    for (const bound of ['localhost', '::1', '127.0.0.1']) {
      expect(
        hostOrOriginRefused({ host: '[::1]:3000', origin: undefined }, { host: bound, port: PORT }),
        bound,
      ).toBeUndefined();
      expect(
        hostOrOriginRefused({ host: 'evil.example.com:3000', origin: undefined }, { host: bound, port: PORT }),
        bound,
      ).toBeDefined();
    }
  });
});

describe('bound elsewhere (the bearer token is required there): any Host, and an Origin of that same Host', () => {
  it.each(['0.0.0.0', '::', 'mcp.internal'])('bound to %s', (bound) => {
    expect(
      hostOrOriginRefused({ host: 'mcp.example.com', origin: undefined }, { host: bound, port: PORT }),
    ).toBeUndefined();
    expect(
      hostOrOriginRefused({ host: '10.0.0.5:3000', origin: undefined }, { host: bound, port: PORT }),
    ).toBeUndefined();
    expect(
      hostOrOriginRefused({ host: 'mcp.example.com', origin: 'http://mcp.example.com' }, { host: bound, port: PORT }),
    ).toBeUndefined();
    expect(
      hostOrOriginRefused(
        { host: 'mcp.example.com:443', origin: 'https://mcp.example.com' },
        { host: bound, port: PORT },
      ),
    ).toBeUndefined();
    expect(
      hostOrOriginRefused({ host: 'mcp.example.com', origin: 'http://evil.example.com' }, { host: bound, port: PORT }),
    ).toMatch(/^Origin /);
    expect(
      hostOrOriginRefused({ host: 'mcp.example.com', origin: 'https://mcp.example.com' }, { host: bound, port: PORT }),
    ).toMatch(/^Origin /);
    expect(hostOrOriginRefused({ host: undefined, origin: undefined }, { host: bound, port: PORT })).toMatch(/^Host /);
    expect(hostOrOriginRefused({ host: 'bad host', origin: undefined }, { host: bound, port: PORT })).toMatch(/^Host /);
  });
});
