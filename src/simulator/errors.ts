// Make-style error bodies: { detail, message, code } (+ suberrors for validation failures).
//
// Where the codes come from:
// - SC403 / "Permission denied": the example on developers.make.com "HTTP status error codes".
// - SC400 / "Bad Request" with a suberrors array: the body shape Make shows for bad requests.
// - IM004 with HTTP 406: Make's OpenAPI document says calls that need `confirmed=true` answer
//   "the error IM004 (406)" without it.
// - The 429 message is the one quoted in Make's "Rate limiting" page.
// ASSUMPTIONS (not confirmed by a public document, chosen to follow the SCxxx pattern):
// SC401, SC404, SC429, SC500, SC502/503/504, and IM005 for "Cannot edit this connection."
// - State conflicts: the words are Make's own, as its SDK's tool descriptions quote them ("Scenario is not
//   activated", "Scenario is already running", "Scenario is not running", "Scenario is already being executed");
//   the status (400), the code (SC400) and the hooks' words ("Hook is already enabled/disabled") are ASSUMPTIONS.
// SIM501 is the simulator's own code for routes it knows but does not simulate.

export interface MakeSuberror {
  message: string;
  [k: string]: unknown;
}

export interface MakeErrorBody {
  detail: string;
  message: string;
  code: string;
  suberrors?: MakeSuberror[];
}

export class SimError extends Error {
  constructor(
    public readonly status: number,
    public readonly body: MakeErrorBody,
    public readonly headers: Record<string, string> = {},
  ) {
    super(body.message);
  }
}

export const RATE_LIMIT_MESSAGE = 'Requests limit for organization exceeded, please try again later.';

export function errorBody(code: string, message: string, detail: string, suberrors?: MakeSuberror[]): MakeErrorBody {
  const b: MakeErrorBody = { detail, message, code };
  if (suberrors) b.suberrors = suberrors;
  return b;
}

export const errors = {
  unauthorized(detail = 'Invalid access token.'): SimError {
    return new SimError(401, errorBody('SC401', 'Unauthorized', detail));
  },
  forbidden(detail: string): SimError {
    return new SimError(403, errorBody('SC403', 'Permission denied', detail));
  },
  missingScope(scope: string): SimError {
    return new SimError(
      403,
      errorBody('SC403', 'Permission denied', `The token is missing the required scope '${scope}'.`),
    );
  },
  notFound(detail: string): SimError {
    return new SimError(404, errorBody('SC404', 'Not found', detail));
  },
  routeNotFound(method: string, path: string): SimError {
    return new SimError(404, errorBody('SC404', 'Not found', `No API route for ${method} ${path}.`));
  },
  badRequest(detail: string, suberrors: MakeSuberror[] = []): SimError {
    return new SimError(400, errorBody('SC400', 'Bad Request', detail, suberrors));
  },
  validation(suberrors: MakeSuberror[]): SimError {
    return new SimError(
      400,
      errorBody('SC400', 'Validation failed', suberrors.map((s) => s.message).join(' '), suberrors),
    );
  },
  /** The resource is not in a state the request needs (or already in the one it asks for). */
  stateConflict(words: string): SimError {
    return new SimError(400, errorBody('SC400', words, words));
  },
  /** An answer larger than the byte budget asked for (maxBytes); status from Make's client, code an ASSUMPTION. */
  tooLarge(detail: string): SimError {
    return new SimError(413, errorBody('SC413', 'Payload Too Large', detail));
  },
  confirmationRequired(detail: string): SimError {
    return new SimError(406, errorBody('IM004', 'Confirmation required', detail));
  },
  cannotEdit(connectionId: number): SimError {
    return new SimError(
      400,
      errorBody(
        'IM005',
        'Cannot edit this connection.',
        `Connection ${connectionId} cannot be edited through the API; create a new connection instead.`,
      ),
    );
  },
  rateLimited(retryAfterSeconds: number | null, detail = RATE_LIMIT_MESSAGE): SimError {
    const headers: Record<string, string> = {};
    if (retryAfterSeconds !== null) headers['retry-after'] = String(retryAfterSeconds);
    return new SimError(429, errorBody('SC429', RATE_LIMIT_MESSAGE, detail), headers);
  },
  notSimulated(routeKey: string): SimError {
    return new SimError(
      501,
      errorBody('SIM501', 'Not simulated yet', `The simulator knows ${routeKey} but does not simulate it yet.`),
    );
  },
  upstream(status: 502 | 503 | 504): SimError {
    const msg = status === 502 ? 'Bad Gateway' : status === 503 ? 'Service Unavailable' : 'Gateway Timeout';
    return new SimError(status, errorBody(`SC${status}`, msg, `Simulated ${status} fault.`));
  },
};
