// Every failure becomes one message a model can act on: what happened, and what to do next.
import type { Failure, MakeErrorBody } from './http/client.js';
import { explainDisputedScope, spellingsOf } from './scopes.js';

export interface FailureContext {
  /** 'DELETE /connections/5', for the model to see what was attempted. */
  request: string;
  /** The tool that lists valid ids for this resource, when there is one. */
  listTool?: string;
  /** Make's own confirmation flag of this endpoint, if it has one. */
  makeConfirmFlag?: string;
  /** The scope the endpoint needs, for a 403 on a scope Make's documents dispute. */
  scope?: string | null;
  /** How to find out what happened when the outcome is unknown, where the endpoint knows better than in general. */
  ifUnknown?: string;
}

export function describeFailure(failure: Failure, ctx: FailureContext): string {
  switch (failure.kind) {
    case 'read-only':
      return `Refused: the server runs read-only (MAKE_READ_ONLY), so ${ctx.request} was not sent.`;
    case 'scope':
      return (
        `Refused before sending: this Make API token lacks the scope "${spellingsOf(failure.scope)[0]}" needed for ${ctx.request}. ` +
        `Create a token with that scope in Make (Profile → API access) and set it as MAKE_API_KEY.`
      );
    case 'rate-limited':
      return (
        `Not sent: Make's rate limit for this organization (${failure.limit} requests per minute) is used up. ` +
        `Wait ${failure.waitSeconds} s, then call again.`
      );
    case 'outcome-unknown':
      return (
        `Outcome unknown: ${failure.cause} after ${ctx.request} was sent, and it was not re-sent because Make may ` +
        `already have acted. ` +
        (ctx.ifUnknown ??
          'Check the current state first (for example list or get the resource, or list executions before running a ' +
            'scenario again), then decide whether to call again.')
      );
    case 'unavailable':
      return `Make is unavailable: ${failure.cause} (${plural(failure.attempts, 'attempt')}). Nothing needs undoing; try again later.`;
    case 'too-large': {
      const size = `${Math.round((failure.limitBytes / 1048576) * 10) / 10} MiB`;
      return ctx.request.startsWith('GET ')
        ? `Make's answer to ${ctx.request} was larger than ${size} and was dropped. Ask for less: fewer columns (cols), a smaller limit, or a filter.`
        : `Make accepted ${ctx.request} but its answer was larger than ${size} and was dropped. Check the result with a get or list tool before repeating it.`;
    }
    case 'bad-json':
      return `Make answered ${ctx.request} with HTTP ${failure.status} but the body was not readable JSON. The request was accepted; check its effect before repeating it.`;
    case 'not-api':
      return (
        `${ctx.request} was answered with HTTP ${failure.status} and a web page (${failure.contentType}), not Make's API data: a proxy, ` +
        `firewall or login page stands between this server and Make (check MAKE_ZONE or MAKE_API_URL).` +
        (ctx.request.startsWith('GET ')
          ? ''
          : ' Whether Make received the request is unknown; check its effect before repeating it.')
      );
    case 'not-sent':
      return `Not sent: ${failure.cause}. Nothing reached Make; correct the arguments and call again.`;
    case 'cancelled':
      return `Cancelled: ${ctx.request} was stopped and nothing was changed.`;
    case 'signed-out':
      return (
        `Not sent: your sign-in to Make has ended (revoked in Make, or expired), so ${ctx.request} was not sent. ` +
        'Sign in again: your MCP client is asked to on its next request.'
      );
    case 'http':
      return describeHttp(failure.status, failure.body, failure.attempts, ctx);
  }
}

function describeHttp(status: number, body: MakeErrorBody | undefined, attempts: number, ctx: FailureContext): string {
  const said = makeSaid(body);
  const head = `Make refused ${ctx.request} with HTTP ${status}${body?.code ? ` (${body.code})` : ''}${said ? `: ${said}` : '.'}`;
  const next = advice(status, body, attempts, ctx);
  return next ? `${head}\n${next}` : head;
}

function advice(status: number, body: MakeErrorBody | undefined, attempts: number, ctx: FailureContext): string {
  if (status === 406 || body?.code === 'IM004') {
    const flag = ctx.makeConfirmFlag ?? 'confirmed';
    return (
      `Make asks for its own confirmation: the resource is still in use (for example by scenarios, which would stop ` +
      `working). Tell the user what depends on it; only if they agree, call again with ${flag}: true.`
    );
  }
  switch (status) {
    case 400:
    case 422:
      return 'Correct the arguments Make named and call again.';
    case 401:
      return 'The API token was not accepted. Check MAKE_API_KEY, and that MAKE_ZONE is the zone the token was created in (a token only works in its own zone).';
    case 403:
      return (
        explainDisputedScope(ctx.scope) ??
        'The token or its user lacks the permission or scope for this. Use a token with the needed scope, or ask an admin of the team or organization.'
      );
    case 404: {
      const find = ctx.listTool ? ` Use ${ctx.listTool} to find valid ids.` : ' Check the ids.';
      const earlier = attempts > 1 ? ' An earlier attempt of this call may already have removed it.' : '';
      return `It does not exist or is not visible to this token.${find}${earlier}`;
    }
    case 413:
      return 'The answer is larger than the byte budget (maxBytes) allows, so Make did not send it. Ask for a summary instead (for a run: executions_get), or for less.';
    case 429:
      return "Make's rate limit is reached; wait a minute before calling again.";
    default:
      return status >= 500 ? 'Make had a problem on its side; try again later.' : '';
  }
}

/** Make's own words: message, detail and any field messages, in one line. */
function makeSaid(body: MakeErrorBody | undefined): string {
  if (!body) return '';
  const parts = [body.message, body.detail].filter((p): p is string => typeof p === 'string' && p.length > 0);
  const unique = parts.filter((p, i) => parts.indexOf(p) === i);
  // Stryker disable next-line ArrayDeclaration: a default holding one string has no message, so it adds no field, just like the empty default
  const fields = (body.suberrors ?? []).map((s) => (typeof s?.message === 'string' ? s.message : '')).filter(Boolean);
  if (fields.length) unique.push(`fields: ${fields.join('; ')}`);
  return unique.join(' — ');
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
