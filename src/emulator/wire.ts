/** What the provider handlers share: the parsed request, response builders and the provider definition contract. */
import type { RoleOption } from '../providers/adapter.js';
import type { ProviderName } from '../providers/providers.js';
import type { AuthDefinition, EmulatorCredentials } from './auth.js';
import type { Random } from './random.js';
import type { RecordStore } from './store.js';

export type { ProviderName, RoleOption };

/** A person the emulated org knows as an admin (Clerk `inviter_user_id` / Upsun `owner`); Auth0 inviters are free text. */
export interface EmulatorInviter {
  id: string;
  name: string;
  email: string;
}

export type RequestBody =
  /** No body (or an empty one). */
  | { kind: 'none' }
  | { kind: 'json'; value: unknown }
  /** A body that is not JSON, or not sent as `application/json`. */
  | { kind: 'invalid'; reason: string };

export interface EmulatorRequest {
  method: string;
  url: URL;
  /** Decoded path segments below the collection endpoint: `[]` for the collection, `[id]`, `[id, 'revoke']`. */
  segments: string[];
  body: RequestBody;
}

export interface HandlerContext<T> {
  readonly orgId: string;
  now(): number;
  /** The runtime PRNG (ids, tickets, trace ids of new objects). */
  readonly random: Random;
  readonly store: RecordStore<T>;
}

/** One wire dialect: how to seed it, route it, shape its errors and check its credentials. */
export interface ProviderDefinition<T, P extends ProviderName = ProviderName> {
  readonly name: P;
  readonly defaultOrgId: string;
  readonly roles: readonly RoleOption[];
  /** The org's admins, as this provider identifies them. */
  readonly inviters: readonly EmulatorInviter[];
  /** Path of the collection below the emulator origin, e.g. `/auth0/api/v2/organizations/org_demo/invitations`. */
  endpointPath(orgId: string): string;
  /** Path of the API's base below `{origin}/{name}` (Auth0 `/api/v2`, Clerk `/v1`, Upsun ``). */
  readonly apiPath: string;
  /** How the provider authenticates, when the emulator is given credentials. */
  readonly auth: AuthDefinition<EmulatorCredentials[P]>;
  idOf(record: T): string;
  /** `count` raw objects, created relative to `now`. */
  seed(random: Random, count: number, now: number, orgId: string): T[];
  route(request: EmulatorRequest, ctx: HandlerContext<T>): Response;
  /** The provider's error body for a status (used by faults and unknown routes). */
  errorBody(status: number, message: string, code: string | undefined, ctx: HandlerContext<T>): unknown;
  /** Extra headers on a 429 (Auth0: `X-RateLimit-*`). */
  rateLimitHeaders?(retryAfter: number, now: number): Record<string, string>;
}

const REASONS: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  402: 'Payment Required',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  422: 'Unprocessable Entity',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

/** The HTTP reason phrase of a status ("Not Found"), or "Error". */
export const reasonPhrase = (status: number): string => REASONS[status] ?? (status >= 500 ? 'Server Error' : 'Error');

/** A JSON response with `content-type: application/json`. */
export function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    statusText: reasonPhrase(status),
    headers: { 'content-type': 'application/json', ...headers },
  });
}

/** A response without a body (204, Upsun's 404). */
export function empty(status: number, headers: Record<string, string> = {}): Response {
  return new Response(null, { status, statusText: reasonPhrase(status), headers });
}

/** Reads a request body: JSON when sent as `application/json` (or `…+json`) and parseable, else `invalid`. */
export function parseBody(text: string, contentType: string | null): RequestBody {
  if (text.trim() === '') return { kind: 'none' };
  const type = (contentType ?? '').split(';')[0].trim().toLowerCase();
  if (type !== 'application/json' && !type.endsWith('+json')) {
    return { kind: 'invalid', reason: `Content-Type must be application/json (got ${type || 'none'}).` };
  }
  try {
    return { kind: 'json', value: JSON.parse(text) as unknown };
  } catch {
    return { kind: 'invalid', reason: 'The request body is not valid JSON.' };
  }
}

export type Json = Record<string, unknown>;

export const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A pragmatic email check (one `@`, a dot in the domain, no spaces). */
export const isEmail = (value: unknown): value is string =>
  typeof value === 'string' && value.length <= 320 && /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/.test(value);

/** Parses a query integer: `undefined` when absent, `NaN` when present but not a plain integer. */
export function queryInt(params: URLSearchParams, name: string): number | undefined {
  const raw = params.get(name);
  if (raw === null) return undefined;
  return /^-?\d+$/.test(raw.trim()) ? Number(raw.trim()) : Number.NaN;
}

/** Compares two values for sorting (strings lexicographically, numbers numerically). */
export function compare(a: string | number, b: string | number): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
