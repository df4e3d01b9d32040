// Every failure → one exact message: what happened and what to do next. Each case pins the whole text, so
// advice that goes missing, or shows up where it does not belong, fails here.
import { describe, expect, it } from 'vitest';
import type { MakeErrorBody } from '../../src/http/client.js';
import { describeFailure, type FailureContext } from '../../src/errors.js';

const get: FailureContext = { request: 'GET /connections/5', listTool: 'connections_list' };
const del: FailureContext = {
  request: 'DELETE /connections/5',
  listTool: 'connections_list',
  makeConfirmFlag: 'confirmed',
};
const http = (status: number, body?: MakeErrorBody, attempts = 1, ctx: FailureContext = get) =>
  describeFailure({ kind: 'http', status, body, attempts }, ctx);

const CONFIRM_ADVICE = (flag: string) =>
  'Make asks for its own confirmation: the resource is still in use (for example by scenarios, which would stop ' +
  `working). Tell the user what depends on it; only if they agree, call again with ${flag}: true.`;

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
      { ...get, makeConfirmFlag: 'confirmed' },
    );
    expect(text).toMatch(/IM004[\s\S]*in use[\s\S]*confirmed: true/);
  });
  it('429, 5xx, unavailable, outcome unknown, too large, bad JSON, cancelled, scope, read-only', () => {
    expect(describeFailure({ kind: 'rate-limited', waitSeconds: 12, limit: 60 }, get)).toContain('Wait 12 s');
    expect(http(500, { message: 'Internal error' })).toContain('Make had a problem');
    expect(describeFailure({ kind: 'unavailable', cause: 'Make could not be reached', attempts: 3 }, get)).toContain(
      '3 attempts',
    );
    expect(
      describeFailure({ kind: 'outcome-unknown', cause: 'the connection broke' }, { request: 'POST /scenarios/1/run' }),
    ).toMatch(/Outcome unknown[\s\S]*list executions/);
    expect(describeFailure({ kind: 'too-large', limitBytes: 10 * 1048576 }, get)).toContain('larger than 10 MiB');
    expect(describeFailure({ kind: 'bad-json', status: 200 }, get)).toContain('not readable JSON');
    expect(describeFailure({ kind: 'cancelled' }, get)).toContain('nothing was changed');
    expect(describeFailure({ kind: 'scope', scope: 'scenarios:run' }, get)).toContain('"scenarios:run"');
    expect(describeFailure({ kind: 'read-only' }, get)).toContain('MAKE_READ_ONLY');
  });
});

describe("Make's own confirmation flag (406 / IM004)", () => {
  it('names the flag of the endpoint, and only that one', () => {
    const text = http(406, { code: 'IM004', message: 'Confirmation required' }, 1, {
      ...del,
      makeConfirmFlag: 'force',
    });
    expect(text).toBe(
      `Make refused DELETE /connections/5 with HTTP 406 (IM004): Confirmation required\n${CONFIRM_ADVICE('force')}`,
    );
    expect(text).not.toContain('confirmed: true');
  });
  it('says "confirmed" when the endpoint declares no flag of its own', () => {
    expect(http(406, { code: 'IM004' }, 1, { request: 'DELETE /connections/5' })).toBe(
      `Make refused DELETE /connections/5 with HTTP 406 (IM004).\n${CONFIRM_ADVICE('confirmed')}`,
    );
  });
  it('asks for the confirmation on a 406 that carries no IM004', () => {
    expect(http(406, undefined, 1, del)).toBe(
      `Make refused DELETE /connections/5 with HTTP 406.\n${CONFIRM_ADVICE('confirmed')}`,
    );
  });
  it("asks for the confirmation on IM004 under another status, instead of that status's advice", () => {
    const text = http(400, { code: 'IM004', message: 'In use' }, 1, del);
    expect(text).toBe(
      `Make refused DELETE /connections/5 with HTTP 400 (IM004): In use\n${CONFIRM_ADVICE('confirmed')}`,
    );
    expect(text).not.toContain('Correct the arguments');
  });
  it('gives no confirmation advice for another code under another status', () => {
    expect(http(400, { code: 'IM005', message: 'Cannot edit this connection.' })).toBe(
      'Make refused GET /connections/5 with HTTP 400 (IM005): Cannot edit this connection.\nCorrect the arguments Make named and call again.',
    );
  });
});

describe('404', () => {
  it('on a first attempt: the list tool, and no word of an earlier attempt', () => {
    const text = http(404, { code: 'SC404', message: 'Not found' });
    expect(text).toBe(
      'Make refused GET /connections/5 with HTTP 404 (SC404): Not found\n' +
        'It does not exist or is not visible to this token. Use connections_list to find valid ids.',
    );
    expect(text).not.toContain('earlier attempt');
  });
  it('after a retry: adds that an earlier attempt may already have removed it', () => {
    expect(http(404, undefined, 2, del)).toBe(
      'Make refused DELETE /connections/5 with HTTP 404.\n' +
        'It does not exist or is not visible to this token. Use connections_list to find valid ids. ' +
        'An earlier attempt of this call may already have removed it.',
    );
  });
  it('without a list tool: asks to check the ids', () => {
    expect(http(404, undefined, 1, { request: 'GET /users/me' })).toBe(
      'Make refused GET /users/me with HTTP 404.\nIt does not exist or is not visible to this token. Check the ids.',
    );
  });
});

describe("statuses that are Make's answer, not its availability", () => {
  for (const [status, message] of [
    [409, 'Conflict'],
    [405, 'Method not allowed'],
    [499, 'Client closed'],
  ] as const) {
    it(`${status}: Make's words and no advice about Make having a problem`, () => {
      const text = http(status, { message });
      expect(text).toBe(`Make refused GET /connections/5 with HTTP ${status}: ${message}`);
      expect(text).not.toContain('try again later');
    });
  }
  it('500 and above: Make had a problem', () => {
    expect(http(500)).toBe(
      'Make refused GET /connections/5 with HTTP 500.\nMake had a problem on its side; try again later.',
    );
    expect(http(503, { code: 'SC503', message: 'Service Unavailable', detail: 'Simulated 503 fault.' }, 3)).toBe(
      'Make refused GET /connections/5 with HTTP 503 (SC503): Service Unavailable — Simulated 503 fault.\n' +
        'Make had a problem on its side; try again later.',
    );
  });
  it('400 and 422: correct the arguments', () => {
    expect(http(422)).toBe(
      'Make refused GET /connections/5 with HTTP 422.\nCorrect the arguments Make named and call again.',
    );
    expect(http(400)).toBe(
      'Make refused GET /connections/5 with HTTP 400.\nCorrect the arguments Make named and call again.',
    );
  });
  it('401: the key and the zone', () => {
    expect(http(401, { code: 'SC401', message: 'Unauthorized', detail: 'Invalid access token.' })).toBe(
      'Make refused GET /connections/5 with HTTP 401 (SC401): Unauthorized — Invalid access token.\n' +
        'The API token was not accepted. Check MAKE_API_KEY, and that MAKE_ZONE is the zone the token was created in ' +
        '(a token only works in its own zone).',
    );
  });
  it('403: the permission or scope', () => {
    expect(http(403)).toBe(
      'Make refused GET /connections/5 with HTTP 403.\nThe token or its user lacks the permission or scope for this. ' +
        'Use a token with the needed scope, or ask an admin of the team or organization.',
    );
  });
  it('429 that reached the model: wait a minute', () => {
    expect(http(429)).toBe(
      "Make refused GET /connections/5 with HTTP 429.\nMake's rate limit is reached; wait a minute before calling again.",
    );
  });
});

describe("Make's own words", () => {
  it('joins message, detail and field messages, once each, skipping empty and non-text parts', () => {
    const body = {
      code: 'SC400',
      message: 'Validation failed',
      detail: 'Validation failed',
      suberrors: [
        { message: 'name is required' },
        { message: 42 as unknown as string },
        {},
        null as never,
        { message: 'teamId must be a number' },
      ],
    };
    expect(http(400, body)).toBe(
      'Make refused GET /connections/5 with HTTP 400 (SC400): Validation failed — fields: name is required; teamId must be a number\n' +
        'Correct the arguments Make named and call again.',
    );
  });
  it('keeps the detail when the message is empty, and adds no "fields:" without field messages', () => {
    expect(http(409, { message: '', detail: 'Name taken', suberrors: [] })).toBe(
      'Make refused GET /connections/5 with HTTP 409: Name taken',
    );
    expect(http(409, { message: 'A', detail: 'B', suberrors: [{ message: '' }] })).toBe(
      'Make refused GET /connections/5 with HTTP 409: A — B',
    );
  });
});

describe('failures that are not an HTTP answer', () => {
  it('read-only and scope refusals name the request and the fix', () => {
    expect(describeFailure({ kind: 'read-only' }, del)).toBe(
      'Refused: the server runs read-only (MAKE_READ_ONLY), so DELETE /connections/5 was not sent.',
    );
    expect(describeFailure({ kind: 'scope', scope: 'connections:write' }, del)).toBe(
      'Refused before sending: this Make API token lacks the scope "connections:write" needed for DELETE /connections/5. ' +
        'Create a token with that scope in Make (Profile → API access) and set it as MAKE_API_KEY.',
    );
  });
  it('rate limited: the limit and the seconds to wait', () => {
    expect(describeFailure({ kind: 'rate-limited', waitSeconds: 12, limit: 60 }, get)).toBe(
      "Not sent: Make's rate limit for this organization (60 requests per minute) is used up. Wait 12 s, then call again.",
    );
  });
  it('outcome unknown: the cause, the request, and to check before calling again', () => {
    expect(
      describeFailure(
        { kind: 'outcome-unknown', cause: 'Make did not answer in time' },
        { request: 'POST /connections?teamId=22' },
      ),
    ).toBe(
      'Outcome unknown: Make did not answer in time after POST /connections?teamId=22 was sent, and it was not re-sent because ' +
        'Make may already have acted. Check the current state first (for example list or get the resource, or list ' +
        'executions before running a scenario again), then decide whether to call again.',
    );
  });
  it('unavailable: the cause and the number of attempts, singular and plural', () => {
    expect(describeFailure({ kind: 'unavailable', cause: 'Make could not be reached', attempts: 1 }, get)).toBe(
      'Make is unavailable: Make could not be reached (1 attempt). Nothing needs undoing; try again later.',
    );
    expect(describeFailure({ kind: 'unavailable', cause: 'Make could not be reached', attempts: 3 }, get)).toBe(
      'Make is unavailable: Make could not be reached (3 attempts). Nothing needs undoing; try again later.',
    );
    expect(describeFailure({ kind: 'unavailable', cause: 'x', attempts: 0 }, get)).toContain('(0 attempts)');
  });
  it('too large: the cap in MiB, and advice that fits a read or a write', () => {
    expect(describeFailure({ kind: 'too-large', limitBytes: 1.5 * 1048576 }, get)).toBe(
      "Make's answer to GET /connections/5 was larger than 1.5 MiB and was dropped. Ask for less: fewer columns (cols), a smaller limit, or a filter.",
    );
    expect(describeFailure({ kind: 'too-large', limitBytes: 10 * 1048576 + 60_000 }, del)).toBe(
      'Make accepted DELETE /connections/5 but its answer was larger than 10.1 MiB and was dropped. Check the result with a get or list tool before repeating it.',
    );
    // a path that merely contains "GET " is no read
    expect(describeFailure({ kind: 'too-large', limitBytes: 1048576 }, { request: 'POST /x/GET /y' })).toMatch(
      /^Make accepted/,
    );
  });
  it('bad JSON and cancelled', () => {
    expect(describeFailure({ kind: 'bad-json', status: 201 }, del)).toBe(
      'Make answered DELETE /connections/5 with HTTP 201 but the body was not readable JSON. The request was accepted; check its effect before repeating it.',
    );
    expect(describeFailure({ kind: 'cancelled' }, del)).toBe(
      'Cancelled: DELETE /connections/5 was stopped and nothing was changed.',
    );
  });
});
