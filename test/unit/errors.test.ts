import { describe, expect, it } from 'vitest';
import { describeFailure } from '../../src/errors.js';

const ctx = { request: 'GET /connections/5', listTool: 'connections_list' };
const http = (status: number, body?: object, attempts = 1) =>
  describeFailure({ kind: 'http', status, body, attempts }, ctx);

describe('describeFailure', () => {
  it("keeps Make's code, message, detail and field messages for 400/422", () => {
    const text = http(400, {
      code: 'SC400',
      message: 'Validation failed',
      detail: 'Bad body',
      suberrors: [{ message: 'name is required' }, { message: 'teamId must be a number' }],
    });
    expect(text).toContain(
      'HTTP 400 (SC400): Validation failed — Bad body — fields: name is required; teamId must be a number',
    );
    expect(text).toContain('Correct the arguments');
    expect(http(422, { message: 'Unprocessable' })).toContain('Correct the arguments');
  });
  it('401 → check the key and the zone', () => {
    expect(http(401, { code: 'SC401', message: 'Invalid access token.' })).toMatch(/MAKE_API_KEY.*MAKE_ZONE.*own zone/);
  });
  it('403 → the missing permission or scope', () => {
    expect(
      http(403, { code: 'SC403', message: 'Permission denied', detail: 'Missing scope connections:write' }),
    ).toMatch(/connections:write[\s\S]*scope/);
  });
  it('404 → the list tool that finds valid ids, and a note when an earlier attempt may have removed it', () => {
    expect(http(404)).toContain('Use connections_list to find valid ids.');
    expect(http(404, undefined, 2)).toContain('earlier attempt');
  });
  it("406 / IM004 → Make's own confirmation flag and what it protects", () => {
    const text = describeFailure(
      { kind: 'http', status: 406, body: { code: 'IM004' }, attempts: 1 },
      { ...ctx, makeConfirmFlag: 'confirmed' },
    );
    expect(text).toMatch(/IM004[\s\S]*in use[\s\S]*confirmed: true/);
  });
  it('429, 5xx, unavailable, outcome unknown, too large, bad JSON, cancelled, scope, read-only', () => {
    expect(describeFailure({ kind: 'rate-limited', waitSeconds: 12, limit: 60 }, ctx)).toContain('Wait 12 s');
    expect(http(500, { message: 'Internal error' })).toContain('Make had a problem');
    expect(describeFailure({ kind: 'unavailable', cause: 'Make could not be reached', attempts: 3 }, ctx)).toContain(
      '3 attempts',
    );
    expect(
      describeFailure({ kind: 'outcome-unknown', cause: 'the connection broke' }, { request: 'POST /scenarios/1/run' }),
    ).toMatch(/Outcome unknown[\s\S]*list executions/);
    expect(describeFailure({ kind: 'too-large', limitBytes: 10 * 1048576 }, ctx)).toContain('larger than 10 MiB');
    expect(describeFailure({ kind: 'bad-json', status: 200 }, ctx)).toContain('not readable JSON');
    expect(describeFailure({ kind: 'cancelled' }, ctx)).toContain('nothing was changed');
    expect(describeFailure({ kind: 'scope', scope: 'scenarios:run' }, ctx)).toContain('"scenarios:run"');
    expect(describeFailure({ kind: 'read-only' }, ctx)).toContain('MAKE_READ_ONLY');
  });
});
