/**
 * The shared runner: sends one request through the host's fetcher and turns every outcome into a parsed JSON body or
 * one `InvitationError`. Every adapter made with `defineAdapter` (kit.ts) sends through it.
 */
import type * as z from 'zod/mini';
import { InvitationError, displayText } from '../model.js';
import type { RequestContext } from './adapter.js';

/** A request as an adapter builds it, before anything is sent (so it can be tested on its own). */
export interface WireRequest {
  method: 'GET' | 'POST' | 'DELETE';
  url: string;
  /** Sent as JSON when present. */
  body?: unknown;
}

export interface WireResponse {
  status: number;
  headers: Headers;
  /** Parsed JSON; undefined for an empty body (204). */
  body: unknown;
}

/** What a dialect can read out of its own error body. */
export interface ErrorDetails {
  message?: string;
  code?: string;
  field?: string;
  traceId?: string;
}

export interface Dialect {
  /** Provider name for messages, e.g. "Auth0". */
  label: string;
  parseError(status: number, body: unknown): ErrorDetails;
}

/**
 * Seconds to wait, from `Retry-After` (seconds or an HTTP-date) or else, on a 429, `X-RateLimit-Reset` (Unix
 * seconds, Auth0). Undefined when the server said nothing usable.
 */
export function retryAfterSeconds(headers: Headers, status: number, now: number): number | undefined {
  const retryAfter = headers.get('retry-after')?.trim();
  if (retryAfter) {
    if (/^\d+$/.test(retryAfter)) return Number(retryAfter);
    const date = Date.parse(retryAfter);
    if (!Number.isNaN(date)) return Math.max(0, Math.ceil((date - now) / 1000));
  }
  const reset = headers.get('x-ratelimit-reset')?.trim();
  if (status === 429 && reset && /^\d+$/.test(reset)) return Math.max(0, Number(reset) - Math.floor(now / 1000));
  return undefined;
}

function abortError(signal: AbortSignal | undefined, cause: unknown): InvitationError | undefined {
  if (!signal?.aborted) {
    if (cause instanceof DOMException && cause.name === 'TimeoutError') return InvitationError.from(cause);
    return undefined;
  }
  const reason: unknown = signal.reason;
  if (reason instanceof InvitationError) return reason;
  return InvitationError.from(
    reason instanceof DOMException ? reason : new DOMException('The request was cancelled.', 'AbortError'),
  );
}

const looksLikeHtml = (text: string) => /^\s*</.test(text);

/**
 * `promise`, or the signal's reason as soon as it aborts. A host fetcher that drops the signal (`fetch(input)` instead
 * of `fetch(input, init)`), or a body that never ends, must not outlive the timeout or a superseded query.
 */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return Promise.resolve(promise);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    // The handlers below are attached even when the signal has already aborted: the fetcher's own rejection (an
    // AbortError, usually) must not surface as an unhandled rejection in the host page.
    if (signal.aborted) onAbort();
    else signal.addEventListener('abort', onAbort, { once: true });
    Promise.resolve(promise).then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}

/**
 * Sends a request through the host's fetcher and turns every outcome into either a parsed JSON body or one
 * InvitationError: network failure, abort, timeout, error status (read with the dialect), HTML page, non-JSON.
 */
export async function send(request: WireRequest, ctx: RequestContext, dialect: Dialect): Promise<WireResponse> {
  const init: RequestInit = {
    method: request.method,
    headers: {
      Accept: 'application/json',
      ...(request.body === undefined ? {} : { 'Content-Type': 'application/json' }),
    },
    signal: ctx.signal,
  };
  if (request.body !== undefined) init.body = JSON.stringify(request.body);

  let response: Response;
  let text: string;
  try {
    response = await untilAborted(ctx.fetcher(request.url, init), ctx.signal);
    text = await untilAborted(response.text(), ctx.signal);
  } catch (cause) {
    throw (
      abortError(ctx.signal, cause) ??
      new InvitationError(`Could not reach the ${dialect.label} server. Check the connection and try again.`, {
        kind: 'network',
        cause,
      })
    );
  }

  let body: unknown;
  let jsonOk = true;
  if (text.trim() !== '') {
    try {
      body = JSON.parse(text);
    } catch {
      jsonOk = false;
    }
  }

  if (!response.ok) {
    const details = jsonOk ? dialect.parseError(response.status, body) : {};
    const now = (ctx.now ?? Date.now)();
    const fallback =
      response.status === 429
        ? `Too many requests to ${dialect.label}. Wait a moment and try again.`
        : !jsonOk && looksLikeHtml(text)
          ? `${dialect.label} answered ${response.status} with an HTML page instead of JSON.`
          : `${dialect.label} answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}.`;
    // The server's words when it has any a person can read (not blank, not only bidi controls); else ours.
    const message = details.message && displayText(details.message).trim() ? details.message : fallback;
    throw new InvitationError(message, {
      kind: 'http',
      status: response.status,
      code: details.code,
      field: details.field,
      traceId: details.traceId,
      retryAfter: retryAfterSeconds(response.headers, response.status, now),
    });
  }

  if (!jsonOk) {
    throw new InvitationError(
      looksLikeHtml(text)
        ? `${dialect.label} answered with an HTML page instead of JSON. Is the endpoint URL right?`
        : `${dialect.label} answered with a body that is not valid JSON.`,
      { kind: 'invalid-response', status: response.status, code: 'invalid_json' },
    );
  }
  return { status: response.status, headers: response.headers, body };
}

/** Validates a response body; a mismatch is an InvitationError naming the first offending path. */
export function parseBody<T>(schema: z.ZodMiniType<T>, body: unknown, label: string): T {
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const path = issue && issue.path.length ? issue.path.join('.') : 'body';
  const expected = issue && 'expected' in issue ? `: expected ${String(issue.expected)}` : '';
  throw new InvitationError(`${label} sent an answer this library does not understand (${path}${expected}).`, {
    kind: 'invalid-response',
    code: 'invalid_response',
    cause: result.error,
  });
}
