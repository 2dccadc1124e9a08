/**
 * Test helper: sends a request through an emulator's `fetch` and validates both directions against the provider's
 * OpenAPI document (test/support/specs.ts), so no emulator answer can drift from the real API unnoticed.
 */
import { expect } from '@open-wc/testing';
import type { Emulator } from '../../src/emulator/index.js';
import { validateRequestBody, validateResponse, validateSchema } from '../support/specs.js';

export const NOW = Date.UTC(2026, 10, 1, 12, 0, 0);

export interface Exchange<T = unknown> {
  status: number;
  headers: Headers;
  /** Parsed JSON, the text of a non-JSON body, or undefined when empty. */
  body: T;
  text: string;
  url: string;
  /** false when the status is not in the spec for this operation and only the provider's error shape was checked. */
  documented: boolean;
}

export interface CallOptions {
  /** Sent as JSON (`content-type: application/json`) and checked against the spec's request schema. */
  body?: unknown;
  /** The body breaks the spec on purpose: the test asserts the spec rejects it too, then sends it. */
  invalidRequest?: boolean;
  /** Sent as-is (for non-JSON bodies), with `contentType`. Not spec-checked. */
  raw?: string;
  contentType?: string;
  query?: Record<string, string | number | boolean | readonly (string | number)[]>;
  signal?: AbortSignal;
  /** A fault answer that breaks the spec on purpose (HTML page, truncated JSON): the spec check is skipped. */
  offSpec?: boolean;
}

/** The provider error shape, for statuses the spec does not document (and Auth0, whose spec has no error schema). */
function validateErrorShape(provider: Emulator['provider'], status: number, body: unknown): void {
  if (provider === 'auth0') {
    expect(body, 'Auth0 error body').to.be.an('object');
    const b = body as Record<string, unknown>;
    expect(Object.keys(b).sort()).to.deep.equal(['error', 'errorCode', 'message', 'statusCode']);
    expect(b.statusCode).to.equal(status);
    for (const key of ['error', 'message', 'errorCode']) expect(b[key], key).to.be.a('string').and.not.empty;
  } else if (provider === 'clerk') {
    validateSchema('clerk', '/components/schemas/ClerkErrors', body);
    expect((body as { errors: unknown[] }).errors).to.have.length.greaterThan(0);
    expect((body as { clerk_trace_id: unknown }).clerk_trace_id).to.be.a('string');
  } else {
    validateSchema('upsun', '/components/schemas/Error', body);
  }
}

/** Validates a response; returns whether the spec documents its status for this operation. */
export function validateExchange(
  emulator: Emulator,
  method: string,
  url: string,
  status: number,
  body: unknown,
): boolean {
  try {
    validateResponse(emulator.provider, method, url, status, body);
    // Specs often document error statuses without their body (Auth0 never has one): check the provider's shape.
    if (status >= 400 && body !== undefined) validateErrorShape(emulator.provider, status, body);
    return true;
  } catch (error) {
    const message = (error as Error).message;
    const outsideSpec = /does not document status|is not in the spec|no spec path matches|must have no body/.test(
      message,
    );
    if (status < 400 || !outsideSpec) throw error;
    // Auth0's spec documents its error statuses without a body schema: the status must be documented there.
    if (/must have no body/.test(message)) validateResponse(emulator.provider, method, url, status, undefined);
    validateErrorShape(emulator.provider, status, body);
    return /must have no body/.test(message);
  }
}

/** `call(method, '/id/revoke', { body })`: a path below the endpoint, or an absolute URL. */
export function exchange(emulator: Emulator) {
  return async function call<T = unknown>(method: string, path = '', options: CallOptions = {}): Promise<Exchange<T>> {
    const url = new URL(/^https?:/.test(path) ? path : `${emulator.endpoint}${path}`);
    for (const [key, value] of Object.entries(options.query ?? {})) {
      for (const v of Array.isArray(value) ? value : [value]) url.searchParams.append(key, String(v));
    }
    const init: RequestInit = { method, signal: options.signal, headers: { accept: 'application/json' } };
    if (options.body !== undefined) {
      if (options.invalidRequest) {
        expect(() => validateRequestBody(emulator.provider, method, url.href, options.body)).to.throw(/does not match/);
      } else {
        validateRequestBody(emulator.provider, method, url.href, options.body);
      }
      init.body = JSON.stringify(options.body);
      init.headers = { ...init.headers, 'content-type': 'application/json' };
    } else if (options.raw !== undefined) {
      init.body = options.raw;
      init.headers = { ...init.headers, 'content-type': options.contentType ?? 'text/plain' };
    }
    const response = await emulator.fetch(url.href, init);
    const text = await response.text();
    const type = response.headers.get('content-type') ?? '';
    let body: unknown;
    if (text !== '') {
      if (type === 'application/json' && !options.offSpec) body = JSON.parse(text);
      else body = text;
    }
    let documented = false;
    if (!options.offSpec) {
      if (text !== '') expect(type, 'content-type of a JSON answer').to.equal('application/json');
      documented = validateExchange(emulator, method, url.href, response.status, body);
    }
    return { status: response.status, headers: response.headers, body: body as T, text, url: url.href, documented };
  };
}

/** Parses an RFC 8288 Link header into `{ rel: url }`. */
export function parseLink(header: string | null): Record<string, string> {
  const links: Record<string, string> = {};
  for (const part of (header ?? '').split(/,\s*(?=<)/)) {
    const m = /^<([^>]*)>\s*;\s*rel="([^"]+)"/.exec(part.trim());
    if (m) links[m[2]] = m[1];
  }
  return links;
}
