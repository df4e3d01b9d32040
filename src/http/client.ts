// The one way to Make: every request passes the read-only (declared reads only) and scope checks, the organization's rate
// limiter, a bounded number of concurrent calls, undici with timeouts, and the retry policy.
import type { Dispatcher } from 'undici';
import type { Method } from '../endpoint.js';
import { systemClock, type Clock } from './clock.js';
import {
  boundedPauseMs,
  RateLimitWait,
  SlidingWindowLimiter,
  type LimiterOptions,
  type RateLimiter,
} from './rate-limit.js';
import type { MakeRequest } from './request.js';
import { VERSION } from '../version.js';
import { grants } from '../scopes.js';
import {
  backoffMs,
  defaultRetryPolicy,
  isSafeToResend,
  isTransient,
  parseRetryAfter,
  type AttemptFailure,
  type RetryPolicy,
} from './retry.js';

export interface MakeErrorBody {
  message?: string;
  detail?: string;
  code?: string;
  suberrors?: { message?: string; [key: string]: unknown }[];
}

/** Why a call produced no usable answer; src/errors.ts turns each into words for the model. */
export type Failure =
  | { kind: 'read-only' }
  | { kind: 'scope'; scope: string }
  | { kind: 'rate-limited'; waitSeconds: number; limit: number }
  | { kind: 'http'; status: number; body?: MakeErrorBody; attempts: number }
  /** The request may have reached Make and was not re-sent: nobody knows whether it took effect. */
  | { kind: 'outcome-unknown'; cause: string }
  /** Make could not be reached or kept failing; nothing was changed (or the call is safe to repeat). */
  | { kind: 'unavailable'; cause: string; attempts: number }
  | { kind: 'too-large'; limitBytes: number }
  | { kind: 'bad-json'; status: number }
  /** A 2xx that is no API answer at all: an HTML page (a proxy, a firewall, a login page in between). */
  | { kind: 'not-api'; status: number; contentType: string }
  /** The request could not even be built for the wire (arguments JSON cannot hold): nothing left this process. */
  | { kind: 'not-sent'; cause: string }
  | { kind: 'cancelled' }
  /** The user's Make sign-in ended (revoked at Make, or its refresh refused): nothing was sent. */
  | { kind: 'signed-out' };

export type Outcome = { ok: true; status: number; data: unknown; attempts: number } | { ok: false; failure: Failure };

export interface SendOptions {
  /** The scope the endpoint needs, or null. */
  scope: string | null;
  /** Cancellation from the MCP client. */
  signal?: AbortSignal;
  /** True when the endpoint is declared a read: in read-only mode nothing else is sent, whatever its method. */
  read?: boolean;
}

export interface ClientOptions {
  /** e.g. https://eu1.make.com/api/v2 — from configuration only, never from a tool argument. */
  baseUrl: string;
  apiKey: string;
  readOnly?: boolean;
  /** Granted scopes; null when unknown (then nothing is refused locally). */
  scopes?: ReadonlySet<string> | null;
  rateLimit?: number;
  windowMs?: number;
  maxWaitMs?: number;
  /** Pause after a 429 that carries no Retry-After. */
  rateLimitPauseMs?: number;
  maxConcurrent?: number;
  connectTimeoutMs?: number;
  headersTimeoutMs?: number;
  bodyTimeoutMs?: number;
  /** Deadline for a whole call, retries and waits included. */
  callTimeoutMs?: number;
  maxResponseBytes?: number;
  retry?: Partial<RetryPolicy>;
  clock?: Clock;
  /** Builds the rate limiter from these settings; default: an in-process sliding window. */
  limiter?: (options: LimiterOptions) => RateLimiter;
  /** A user's OAuth token instead of apiKey (hosted for a team): sent as Bearer, renewed by its owner. */
  credential?: Credential;
}

/** A Make token that can change while the client lives: an OAuth access token and its refresh. */
export interface Credential {
  /** The Authorization header value for the next request (renewed first when it is about to expire). */
  header(signal: AbortSignal): Promise<string>;
  /** Make answered 401 to `header`: renew it; true when a new one is ready to retry with. */
  rejected(header: string, signal: AbortSignal): Promise<boolean>;
}

/** Thrown by a Credential whose Make sign-in is over: the call ends as 'signed-out', nothing sent. */
export class SignedOut extends Error {}

const USER_AGENT = `make-mcp/${VERSION}`;

export class MakeClient {
  readonly limiter: RateLimiter;
  scopes: ReadonlySet<string> | null;
  /** undici is loaded on the first request, so starting the server does not wait for it. */
  private http?: Promise<{ dispatcher: Dispatcher; request: typeof import('./undici-lite.js').request }>;
  private readonly retry: RetryPolicy;
  private readonly clock: Clock;
  private readonly o: Required<
    Omit<ClientOptions, 'scopes' | 'retry' | 'clock' | 'readOnly' | 'limiter' | 'credential'>
  > & {
    readOnly: boolean;
  };
  private readonly credential: Credential;
  private active = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(options: ClientOptions) {
    this.o = {
      readOnly: false,
      rateLimit: 60,
      windowMs: 60_000,
      maxWaitMs: 20_000,
      rateLimitPauseMs: 60_000,
      maxConcurrent: 6,
      connectTimeoutMs: 10_000,
      headersTimeoutMs: 60_000,
      bodyTimeoutMs: 60_000,
      callTimeoutMs: 120_000,
      maxResponseBytes: 10 * 1024 * 1024,
      ...stripUndefined(options),
      apiKey: options.apiKey,
      baseUrl: options.baseUrl.replace(/\/+$/, ''),
    };
    this.scopes = options.scopes ?? null;
    // an API token never changes: Make refusing it is final
    this.credential = options.credential ?? {
      header: async () => `Token ${this.o.apiKey}`,
      rejected: async () => false,
    };
    this.clock = options.clock ?? systemClock;
    this.retry = { ...defaultRetryPolicy, ...stripUndefined(options.retry ?? {}) };
    const limiterOptions = {
      limit: this.o.rateLimit,
      windowMs: this.o.windowMs,
      maxWaitMs: this.o.maxWaitMs,
      clock: this.clock,
    };
    this.limiter = options.limiter ? options.limiter(limiterOptions) : new SlidingWindowLimiter(limiterOptions);
  }

  private loadHttp() {
    return (this.http ??= import('./undici-lite.js').then(({ Agent, request }) => ({
      request,
      dispatcher: new Agent({
        connect: { timeout: this.o.connectTimeoutMs },
        headersTimeout: this.o.headersTimeoutMs,
        bodyTimeout: this.o.bodyTimeoutMs,
      }),
    })));
  }

  /** Whether the token may call an endpoint needing `scope` (true when the scopes are unknown). */
  allows(scope: string | null): boolean {
    return scope === null || this.scopes === null || grants(this.scopes, scope);
  }

  async send(req: MakeRequest, options: SendOptions): Promise<Outcome> {
    if (this.o.readOnly && options.read !== true) return fail({ kind: 'read-only' });
    if (!this.allows(options.scope)) return fail({ kind: 'scope', scope: options.scope! });

    let body: string | undefined;
    try {
      body = req.body === undefined || typeof req.body === 'string' ? req.body : JSON.stringify(req.body);
    } catch (err) {
      const why = (err instanceof Error ? err.message : String(err)).split('\n')[0];
      return fail({ kind: 'not-sent', cause: `the arguments could not be written as JSON (${why})` });
    }

    const deadline = AbortSignal.timeout(this.o.callTimeoutMs);
    const signal = options.signal ? AbortSignal.any([options.signal, deadline]) : deadline;

    let renewed = false; // a user's token is renewed at most once per call
    for (let attempt = 1; ; attempt++) {
      let result: AttemptResult;
      let authorization = '';
      let waitingFor = `one of the ${this.o.maxConcurrent} connections to Make (that many calls were in flight)`;
      try {
        // The rate-limit slot is taken only once a connection slot is free, so a request is sent when its
        // slot says, never later than the limiter counted it.
        result = await this.withSlot(signal, async () => {
          waitingFor = 'a slot of the rate limit';
          await this.limiter.acquire(signal);
          signal.throwIfAborted(); // stopped before sending: nothing reached Make
          authorization = await this.credential.header(signal);
          return this.attempt(req, body, signal, authorization);
        });
      } catch (err) {
        if (err instanceof SignedOut) return fail({ kind: 'signed-out' });
        if (err instanceof RateLimitWait) {
          return fail({ kind: 'rate-limited', waitSeconds: Math.ceil(err.waitMs / 1000), limit: err.limit });
        }
        // Stopped while queued: nothing was sent.
        return options.signal?.aborted
          ? fail({ kind: 'cancelled' })
          : fail({
              kind: 'unavailable',
              cause: `the call timed out while waiting for ${waitingFor}`,
              attempts: attempt - 1,
            });
      }
      if ('final' in result) {
        // Make refused the token and did nothing: with a renewed one any call is safe to send again
        const refused = !result.final.ok && result.final.failure.kind === 'http' && result.final.failure.status === 401;
        if (refused && !renewed) {
          const renewal = await this.credential.rejected(authorization, signal).catch((err: unknown) => err);
          if (renewal instanceof SignedOut) return fail({ kind: 'signed-out' });
          if (renewal === true) {
            renewed = true;
            attempt--;
            continue;
          }
        }
        return withAttempts(result.final, attempt);
      }

      const failure = result.failed;
      if (failure.kind === 'status' && failure.status === 429) {
        const pause = boundedPauseMs(parseRetryAfter(result.retryAfter, this.clock.now()) ?? this.o.rateLimitPauseMs);
        this.limiter.pause(pause);
        if (attempt < this.retry.maxAttempts) continue; // Make did not act on a 429: always safe to send again
        return fail({ kind: 'rate-limited', waitSeconds: Math.ceil(pause / 1000), limit: this.limiter.limit });
      }
      if (options.signal?.aborted) {
        return fail(
          mayHaveActed(req.method, failure)
            ? { kind: 'outcome-unknown', cause: 'the call was cancelled while in flight' }
            : { kind: 'cancelled' },
        );
      }
      const retryable = isTransient(failure) && isSafeToResend(req.method, failure) && !signal.aborted;
      if (retryable && attempt < this.retry.maxAttempts) {
        try {
          await this.clock.sleep(backoffMs(attempt, this.retry), signal);
          continue;
        } catch {
          // the deadline passed during the backoff: report the last failure below
        }
      }
      return fail(finalFailure(req.method, failure, result.body, attempt));
    }
  }

  async close(): Promise<void> {
    await this.limiter.close?.();
    if (this.http) await (await this.http).dispatcher.close();
  }

  /** Bounded concurrency: at most maxConcurrent requests in flight, the rest wait in order. */
  private async withSlot<T>(signal: AbortSignal, work: () => Promise<T>): Promise<T> {
    if (this.active >= this.o.maxConcurrent) {
      await new Promise<void>((resolve, reject) => {
        if (signal.aborted) return reject(signal.reason);
        const wake = () => {
          signal.removeEventListener('abort', onAbort);
          resolve();
        };
        const onAbort = () => {
          this.waiting.splice(this.waiting.indexOf(wake), 1);
          reject(signal.reason);
        };
        this.waiting.push(wake);
        // Stryker disable next-line ObjectLiteral,BooleanLiteral: an AbortSignal fires 'abort' at most once; { once: true } changes nothing
        signal.addEventListener('abort', onAbort, { once: true });
      });
    }
    this.active++;
    try {
      return await work();
    } finally {
      this.active--;
      this.waiting.shift()?.();
    }
  }

  /** `body`: the request's body as sent, serialised once for every attempt. */
  private async attempt(
    req: MakeRequest,
    payload: string | undefined,
    signal: AbortSignal,
    authorization: string,
  ): Promise<AttemptResult> {
    const { dispatcher, request } = await this.loadHttp();
    let response: Dispatcher.ResponseData;
    try {
      response = await request(dispatcher, `${this.o.baseUrl}${req.path}`, {
        method: req.method,
        signal,
        headers: {
          authorization,
          accept: typeof req.body === 'string' ? '*/*' : 'application/json',
          'user-agent': USER_AGENT,
          ...(req.body === undefined ? {} : { 'content-type': req.contentType ?? 'application/json' }),
        },
        body: payload,
      });
    } catch (err) {
      return attemptFailed(classifyError(err));
    }

    const status = response.statusCode;
    const ok = status >= 200 && status < 300;
    let text: string;
    try {
      text = await readCapped(response.body, this.o.maxResponseBytes);
    } catch (err) {
      if (!(err instanceof TooLarge)) return attemptFailed(classifyError(err));
      if (ok) return { final: fail({ kind: 'too-large', limitBytes: this.o.maxResponseBytes }) };
      text = ''; // a failure's oversized body is dropped: its status still says what happened
    }

    if (ok) {
      const contentType = headerValue(response.headers['content-type']);
      if (isHtml(contentType))
        return { final: fail({ kind: 'not-api', status, contentType: contentType!.split(';')[0].trim() }) };
      // text that is not JSON (a custom app's jsonc section, a readme, code) is the answer as it is
      if (!isJson(contentType)) return { final: { ok: true, status, data: text, attempts: 1 } };
      try {
        return { final: { ok: true, status, data: text.trim() === '' ? null : JSON.parse(text), attempts: 1 } };
      } catch {
        return { final: fail({ kind: 'bad-json', status }) };
      }
    }
    const body = parseErrorBody(text);
    const retryAfter = headerValue(response.headers['retry-after']);
    // 502/503/504 come from gateways and say nothing of whether Make acted; other statuses are Make's answer.
    if (status === 429 || isTransient({ kind: 'status', status }))
      return attemptFailed({ kind: 'status', status }, body, retryAfter);
    return { final: fail({ kind: 'http', status, body, attempts: 1 }) };
  }
}

/** One attempt either settles the call or fails in a way the retry policy weighs. */
type AttemptResult = { final: Outcome } | { failed: AttemptFailure; body?: MakeErrorBody; retryAfter?: string };

function attemptFailed(failed: AttemptFailure, body?: MakeErrorBody, retryAfter?: string): AttemptResult {
  return { failed, body, retryAfter };
}

function withAttempts(outcome: Outcome, attempts: number): Outcome {
  if (outcome.ok) return { ...outcome, attempts };
  return outcome.failure.kind === 'http' ? fail({ ...outcome.failure, attempts }) : outcome;
}

function fail(failure: Failure): { ok: false; failure: Failure } {
  return { ok: false, failure };
}

function mayHaveActed(method: Method, failure: AttemptFailure): boolean {
  return method !== 'GET' && !(failure.kind === 'network' && !failure.sent);
}

/** The failure reported once no further attempt will be made. */
function finalFailure(
  method: Method,
  failure: AttemptFailure,
  body: MakeErrorBody | undefined,
  attempts: number,
): Failure {
  if (!isSafeToResend(method, failure) && mayHaveActed(method, failure)) {
    return { kind: 'outcome-unknown', cause: describeAttempt(failure) };
  }
  if (failure.kind === 'status') return { kind: 'http', status: failure.status, body, attempts };
  return { kind: 'unavailable', cause: describeAttempt(failure), attempts };
}

function describeAttempt(failure: AttemptFailure): string {
  switch (failure.kind) {
    case 'status':
      return `Make answered HTTP ${failure.status}`;
    case 'timeout':
      return 'Make did not answer in time';
    case 'network':
      return failure.sent ? 'the connection broke before Make answered' : 'Make could not be reached';
  }
}

const NOT_SENT_CODES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'UND_ERR_CONNECT_TIMEOUT',
]);

function classifyError(err: unknown): AttemptFailure {
  const e = err as { code?: string; name?: string; cause?: { code?: string } };
  if (e?.code === 'UND_ERR_HEADERS_TIMEOUT' || e?.code === 'UND_ERR_BODY_TIMEOUT') return { kind: 'timeout' };
  if (e?.name === 'AbortError' || e?.name === 'TimeoutError' || e?.code === 'UND_ERR_ABORTED')
    return { kind: 'timeout' };
  const code = e?.code ?? e?.cause?.code;
  return { kind: 'network', sent: !(code && NOT_SENT_CODES.has(code)) };
}

class TooLarge extends Error {}

async function readCapped(body: Dispatcher.ResponseData['body'], maxBytes: number): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body) {
    size += chunk.length;
    if (size > maxBytes) {
      body.destroy();
      throw new TooLarge();
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function parseErrorBody(text: string): MakeErrorBody | undefined {
  try {
    const parsed = JSON.parse(text);
    return parsed && typeof parsed === 'object' ? (parsed as MakeErrorBody) : undefined;
  } catch {
    return undefined;
  }
}

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** A web page: Make's API answers with JSON or a section's text, never HTML — that comes from something in between. */
function isHtml(contentType: string | undefined): boolean {
  const type = contentType?.split(';')[0].trim().toLowerCase();
  return type === 'text/html' || type === 'application/xhtml+xml';
}

/** JSON proper: application/json or a +json type, not application/jsonc; a missing type is read as JSON, as Make sends it. */
function isJson(contentType: string | undefined): boolean {
  const type = contentType?.split(';')[0].trim().toLowerCase();
  return type === undefined || type === '' || type === 'application/json' || type.endsWith('+json');
}
