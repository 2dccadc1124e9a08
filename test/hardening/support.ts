/**
 * Shared helpers of the hardening suites: fast-check arbitraries of surprising provider answers (bodies, statuses,
 * headers, encodings), a fetcher that answers with one of them, the oracles every outcome must satisfy, a watch on
 * uncaught errors and unhandled rejections, and the one-line count each suite prints.
 */
import * as fc from 'fast-check';
import { INVITATION_STATUSES, InvitationError, type Invitation, type Page } from '../../src/model.js';
import type { Fetcher } from '../../src/providers/adapter.js';
import { UPSUN_PERMISSIONS } from '../../src/providers/upsun.js';
import { type ProviderName } from '../invitation-list/helpers.js';

export { ADAPTERS, PROVIDERS, type ProviderName } from '../invitation-list/helpers.js';
export const ENDPOINTS: Record<ProviderName, string> = {
  auth0: 'https://tenant.example.com/api/v2/organizations/org_1/invitations',
  clerk: 'https://api.example.com/v1/organizations/org_1/invitations',
  upsun: 'https://api.example.com/organizations/01H0000000000000000000ORG/invitations',
};

/**
 * The seed of every property run: fixed, so CI is deterministic. fast-check prints seed and path of a failure; to
 * explore other cases locally, change it (or set `localStorage.hardeningSeed` in a debug browser).
 */
export const SEED = Number(globalThis.localStorage?.getItem('hardeningSeed') ?? 20261120);

// ---------------------------------------------------------------------------------------------------------------
// Uncaught errors, unhandled rejections, counts

/** Collects uncaught errors and unhandled rejections on `window` until `stop()`. */
export function watchGlobalErrors() {
  const errors: string[] = [];
  const onError = (e: ErrorEvent) => errors.push(`uncaught: ${e.message}`);
  const onRejection = (e: PromiseRejectionEvent) =>
    errors.push(`unhandled rejection: ${e.reason instanceof Error ? e.reason.stack : String(e.reason)}`);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    errors,
    stop() {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

/** Prints `name: N cases, N failures` (wtr shows browser logs), then fails with fast-check's report if one failed. */
export function report<T>(name: string, details: fc.RunDetails<T>, extra = '', started?: number): void {
  const time = started === undefined ? '' : ` in ${((performance.now() - started) / 1000).toFixed(1)} s`;
  console.log(`${name}: ${details.numRuns} cases, ${details.failed ? 1 : 0} failures${extra}${time}`);
  if (!details.failed) return;
  const short = (_key: string, value: unknown) =>
    typeof value === 'string' && value.length > 80 ? `${value.slice(0, 60)}…(${value.length} chars)` : value;
  const error = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
  throw new Error(
    `${name} failed after ${details.numRuns} cases (seed ${details.seed}, path "${details.counterexamplePath}"):\n${error}\n` +
      `counterexample: ${JSON.stringify(details.counterexample, short)}`,
  );
}

/** Lets timers, promises and renders settle. */
export const tick = (ms = 0) => new Promise((r) => setTimeout(r, ms));

// ---------------------------------------------------------------------------------------------------------------
// Surprising values

/** Strings that have broken parsers, renderers, URL builders and bidi layouts before. */
export const SURPRISING_STRINGS = [
  '',
  ' ',
  '\t\n',
  '\u202Egnp.exe',
  '\u2066\u202E\u2069',
  '\ud800',
  '\udfffx\ud800',
  '\u0000\u0007\u001b[31m',
  '<img src=x onerror="globalThis.__pwned=1">',
  '"><svg/onload=globalThis.__pwned=1>',
  'javascript:globalThis.__pwned=1',
  '__proto__',
  'constructor',
  'toString',
  'null',
  'undefined',
  'NaN',
  '-1',
  '1e400',
  '..',
  '.',
  '/',
  '%2e%2E',
  '?x=1#y',
  '👩‍👩‍👧‍👦',
  'Z̤͔ͧ̑̓ä͖̭̈̇lͮ̒ͫǒ̺̬',
  'مرحبا',
  'ﷺ',
];

/** Keys every object inherits: a lookup table indexed with one of them must not answer with a function. */
export const PROTOTYPE_KEYS = ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf'];

const hugeString = fc
  .tuple(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 3 }), fc.integer({ min: 2_000, max: 30_000 }))
  .map(([s, n]) => s.repeat(Math.ceil(n / s.length)));

/** Any string: mostly short, sometimes unicode, control characters, lone surrogates, markup or huge. */
export const anyString = (maxLength = 24): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 16, arbitrary: fc.string({ unit: 'grapheme-ascii', maxLength }) },
    { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength }) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength }) },
    { weight: 4, arbitrary: fc.constantFrom(...SURPRISING_STRINGS) },
    { weight: 1, arbitrary: hugeString },
  );

/** A value of the wrong type (or the right type with a surprising value) for any field. */
export const wrongValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer(),
  fc.double(),
  fc.constantFrom(0, -1, 1e21, Number.MAX_SAFE_INTEGER + 2, -8.64e15 - 1),
  anyString(),
  fc.constant([]),
  fc.constant({}),
  fc.array(fc.jsonValue({ maxDepth: 1 }), { maxLength: 3 }),
  fc.jsonValue({ maxDepth: 2 }),
);

const email = fc.oneof(
  { weight: 5, arbitrary: fc.emailAddress() },
  { weight: 2, arbitrary: anyString() },
  { weight: 1, arbitrary: fc.constantFrom('\u202Emoc.elpmaxe@live', 'a@b.co\u0000', 'A@B.CO') },
);
const id = fc.oneof(
  { weight: 6, arbitrary: fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 16 }) },
  { weight: 2, arbitrary: fc.uuid() },
  { weight: 1, arbitrary: fc.constantFrom('', '.', '..', '%2e%2e', '.%2E', 'a/../../b', '\ud800', '?', '#') },
  { weight: 1, arbitrary: anyString() },
);
const url = fc.oneof(
  fc.webUrl({ validSchemes: ['https'] }),
  fc.webUrl({ validSchemes: ['http', 'ftp', 'https'] }),
  fc.constantFrom(
    'javascript:globalThis.__pwned=1',
    'JaVaScRiPt:globalThis.__pwned=1',
    ' javascript:globalThis.__pwned=1',
    'data:text/html,<script>globalThis.__pwned=1</script>',
    'http://insecure.example.com/accept',
    '//evil.example.com/accept',
    'https:evil.example.com',
    'https://user:pass@evil.example.com/',
    'vbscript:msgbox(1)',
  ),
  anyString(),
);
const isoDate = fc.oneof(
  { weight: 4, arbitrary: fc.date({ noInvalidDate: true }).map((d) => d.toISOString()) },
  { weight: 1, arbitrary: fc.constantFrom('2024-13-45', '0', 'yesterday', '+275760-09-13T00:00:00.001Z') },
  { weight: 1, arbitrary: anyString() },
);
const epochMs = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 0, max: 4102444800000 }) },
  { weight: 1, arbitrary: fc.constantFrom(0, -1, 8.64e15, 8.64e15 + 1, 1e20, -1e20, 0.5) },
  { weight: 1, arbitrary: fc.double() },
);
const nullable = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null, freq: 4 });
const metadata = fc.dictionary(anyString(8), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 3 });

const DROP = Symbol('drop');
type Mutation = [string, unknown];

/** Applies up to two mutations to an object: a field dropped, set to a wrong value, or an extra field added. */
function mutated<T>(arb: fc.Arbitrary<T>, keys: string[]): fc.Arbitrary<T> {
  const mutation = fc.tuple(
    fc.constantFrom(...keys, '__proto__', 'extra_field'),
    fc.oneof({ weight: 1, arbitrary: fc.constant<unknown>(DROP) }, { weight: 3, arbitrary: wrongValue }),
  );
  return fc
    .tuple(
      arb,
      fc.oneof(
        { weight: 3, arbitrary: fc.constant<Mutation[]>([]) },
        fc.array(mutation, { minLength: 1, maxLength: 2 }),
      ),
    )
    .map(([value, mutations]) => {
      if (!mutations.length || !value || typeof value !== 'object' || Array.isArray(value)) return value;
      const copy: Record<string, unknown> = { ...(value as Record<string, unknown>) };
      for (const [key, v] of mutations) {
        if (v === DROP) delete copy[key];
        else Object.defineProperty(copy, key, { value: v, enumerable: true, writable: true, configurable: true });
      }
      return copy as T;
    });
}

// ---------------------------------------------------------------------------------------------------------------
// Provider wire objects

const auth0Clean = fc.record(
  {
    id,
    invitee: mutated(fc.record({ email }), ['email']),
    inviter: fc.record({ name: nullable(anyString()) }, { requiredKeys: [] }),
    invitation_url: nullable(url),
    created_at: nullable(isoDate),
    expires_at: nullable(isoDate),
    client_id: nullable(anyString()),
    connection_id: nullable(anyString()),
    roles: nullable(fc.array(anyString(), { maxLength: 4 })),
    app_metadata: nullable(metadata),
    user_metadata: nullable(metadata),
  },
  { requiredKeys: ['id', 'invitee'] },
);
const auth0Invitation = mutated(auth0Clean, [
  'id',
  'invitee',
  'inviter',
  'invitation_url',
  'created_at',
  'expires_at',
  'roles',
  'app_metadata',
]);

const clerkClean = fc.record(
  {
    object: fc.constant('organization_invitation'),
    id,
    email_address: email,
    role: anyString(),
    role_name: nullable(anyString()),
    status: fc.oneof(
      { weight: 8, arbitrary: fc.constantFrom('pending', 'accepted', 'revoked', 'expired', 'completed') },
      { weight: 1, arbitrary: fc.constantFrom(...PROTOTYPE_KEYS) },
      { weight: 1, arbitrary: anyString() },
    ),
    inviter_id: nullable(anyString()),
    public_inviter_data: nullable(
      fc.record(
        {
          user_id: nullable(anyString()),
          first_name: nullable(anyString()),
          last_name: nullable(anyString()),
          identifier: nullable(anyString()),
        },
        { requiredKeys: [] },
      ),
    ),
    url: nullable(url),
    expires_at: nullable(epochMs),
    created_at: epochMs,
    updated_at: epochMs,
  },
  { requiredKeys: ['id', 'email_address', 'role', 'created_at'] },
);
const clerkInvitation = mutated(clerkClean, [
  'id',
  'email_address',
  'role',
  'status',
  'public_inviter_data',
  'url',
  'expires_at',
  'created_at',
]);

const upsunClean = fc.record(
  {
    id,
    email,
    state: fc.oneof(
      { weight: 8, arbitrary: fc.constantFrom('pending', 'processing', 'accepted', 'cancelled', 'error') },
      { weight: 1, arbitrary: anyString() },
    ),
    owner: nullable(
      fc.record({ id: nullable(anyString()), display_name: nullable(anyString()) }, { requiredKeys: [] }),
    ),
    created_at: nullable(isoDate),
    updated_at: nullable(isoDate),
    finished_at: nullable(isoDate),
    permissions: nullable(
      fc.array(fc.oneof(fc.constantFrom(...UPSUN_PERMISSIONS.map((p) => p.value)), anyString()), { maxLength: 4 }),
    ),
  },
  { requiredKeys: ['id', 'email', 'state'] },
);
const upsunInvitation = mutated(upsunClean, ['id', 'email', 'state', 'owner', 'permissions', 'updated_at']);

/** Provider invitations as documented (odd values, but no field missing or of the wrong type). */
const CLEAN_ARBS: Record<ProviderName, fc.Arbitrary<unknown>> = {
  auth0: auth0Clean,
  clerk: clerkClean,
  upsun: upsunClean,
};

export const INVITATION_ARBS: Record<ProviderName, fc.Arbitrary<unknown>> = {
  auth0: auth0Invitation,
  clerk: clerkInvitation,
  upsun: upsunInvitation,
};

const items = (provider: ProviderName) =>
  fc.oneof(
    { weight: 1, arbitrary: fc.constant([]) },
    { weight: 2, arbitrary: fc.array(INVITATION_ARBS[provider], { maxLength: 12 }) },
    { weight: 4, arbitrary: fc.array(CLEAN_ARBS[provider], { maxLength: 12 }) },
    { weight: 1, arbitrary: fc.array(CLEAN_ARBS[provider], { minLength: 40, maxLength: 120 }) },
  );

const linkHref = fc.oneof(
  fc.string({ unit: 'grapheme-ascii', maxLength: 12 }).map((c) => `https://api.example.com/x?page[after]=${c}`),
  fc.constantFrom('https://evil.example.com/steal?page[after]=x', 'javascript:alert(1)', '::', ''),
  anyString(),
);

/** List bodies: the documented shapes (mutated) or anything at all. */
export const LIST_BODY_ARBS: Record<ProviderName, fc.Arbitrary<unknown>> = {
  auth0: fc.oneof(
    { weight: 4, arbitrary: items('auth0') },
    {
      weight: 4,
      arbitrary: mutated(
        fc.record({ start: fc.nat(), limit: fc.nat(), total: fc.nat(), invitations: items('auth0') }),
        ['start', 'limit', 'total', 'invitations'],
      ),
    },
    { weight: 1, arbitrary: wrongValue },
  ),
  clerk: fc.oneof(
    {
      weight: 8,
      arbitrary: mutated(
        fc
          .tuple(items('clerk'), fc.oneof(fc.nat({ max: 1000 }), fc.constantFrom(-5, 0, 1e12, 2.5)))
          .map(([data, total]) => ({ data, total_count: total })),
        ['data', 'total_count'],
      ),
    },
    { weight: 1, arbitrary: wrongValue },
  ),
  upsun: fc.oneof(
    { weight: 4, arbitrary: items('upsun') },
    {
      weight: 4,
      arbitrary: mutated(
        fc.record(
          {
            items: items('upsun'),
            _links: fc.record(
              { next: nullable(fc.record({ href: linkHref })), previous: nullable(fc.record({ href: linkHref })) },
              { requiredKeys: [] },
            ),
          },
          { requiredKeys: ['items'] },
        ),
        ['items', '_links'],
      ),
    },
    { weight: 1, arbitrary: wrongValue },
  ),
};

/** Error bodies in each provider's dialect, possibly mutated, or anything. */
export const ERROR_BODY_ARBS: Record<ProviderName, fc.Arbitrary<unknown>> = {
  auth0: fc.oneof(
    mutated(fc.record({ statusCode: fc.nat(), error: anyString(), message: anyString(), errorCode: anyString() }), [
      'message',
      'errorCode',
      'error',
    ]),
    wrongValue,
  ),
  clerk: fc.oneof(
    mutated(
      fc.record({
        errors: fc.array(
          mutated(
            fc.record(
              {
                message: nullable(anyString()),
                long_message: nullable(anyString()),
                code: nullable(anyString()),
                meta: nullable(
                  fc.record(
                    { param_name: fc.oneof(fc.constantFrom('email_address', 'role', ...PROTOTYPE_KEYS), wrongValue) },
                    { requiredKeys: [] },
                  ),
                ),
              },
              { requiredKeys: [] },
            ),
            ['message', 'long_message', 'code', 'meta'],
          ),
          { maxLength: 3 },
        ),
        clerk_trace_id: nullable(anyString()),
      }),
      ['errors', 'clerk_trace_id'],
    ),
    wrongValue,
  ),
  upsun: fc.oneof(
    fc.record(
      { error: anyString(), message: anyString(), detail: anyString(), title: anyString(), code: anyString() },
      { requiredKeys: [] },
    ),
    wrongValue,
  ),
};

// ---------------------------------------------------------------------------------------------------------------
// Responses

export type Encoding = 'json' | 'truncated' | 'html' | 'empty' | 'text' | 'big-number';

export interface ResponseSpec {
  status: number;
  statusText: string;
  encoding: Encoding;
  /** Where truncated JSON is cut (modulo its length). */
  cut: number;
  text: string;
  headers: Record<string, string>;
  body: unknown;
  /** The body is one the generator did not mutate (a documented shape). */
  documented: boolean;
}

const ERROR_STATUSES = [301, 302, 304, 400, 401, 403, 404, 405, 409, 410, 422, 429, 500, 502, 503, 504];
const headerValue = fc.string({ unit: fc.constantFrom(...'abcXYZ019 -:;,=<>"/.'.split('')), maxLength: 30 });

const headers = (provider: ProviderName) =>
  fc.record(
    {
      'content-type': fc.constantFrom('application/json', 'text/html', 'text/plain', 'application/problem+json', ''),
      'retry-after': fc.oneof(
        fc.nat({ max: 120 }).map(String),
        fc.constantFrom('Wed, 21 Oct 2015 07:28:00 GMT', 'soon', '-1', '99999999999999999999'),
        headerValue,
      ),
      'x-ratelimit-reset': fc.oneof(fc.nat().map(String), headerValue),
      ...(provider === 'upsun'
        ? {
            link: fc.oneof(
              fc.constant('<https://api.example.com/x?page[after]=abc>; rel="next"'),
              fc.constant('<https://evil.example.com/?page[before]=z>; rel="previous prev", <>; rel=next'),
              headerValue,
            ),
          }
        : {}),
    },
    { requiredKeys: [] },
  ) as fc.Arbitrary<Record<string, string>>;

/** What a server may answer, around a body arbitrary: status, status text, headers and the body's encoding. */
export function responseArb(provider: ProviderName, bodyArb: fc.Arbitrary<unknown>): fc.Arbitrary<ResponseSpec> {
  const status = fc.oneof(
    { weight: 8, arbitrary: fc.constant(200) },
    { weight: 1, arbitrary: fc.constantFrom(201, 202, 203, 204, 206) },
    { weight: 3, arbitrary: fc.constantFrom(...ERROR_STATUSES) },
    { weight: 1, arbitrary: fc.integer({ min: 200, max: 599 }) },
  );
  const encoding = fc.oneof(
    { weight: 10, arbitrary: fc.constant<Encoding>('json') },
    { weight: 1, arbitrary: fc.constantFrom<Encoding>('truncated', 'html', 'empty', 'text', 'big-number') },
  );
  return fc
    .record({
      status,
      statusText: fc.oneof(fc.constant(''), fc.string({ unit: 'grapheme-ascii', maxLength: 20 })),
      encoding,
      cut: fc.nat(),
      text: anyString(),
      headers: headers(provider),
      documented: fc.constant(false),
    })
    .chain((spec) =>
      (spec.status >= 200 && spec.status < 300 ? bodyArb : ERROR_BODY_ARBS[provider]).map((body) => ({
        ...spec,
        body,
      })),
    );
}

const htmlPage = (status: number) =>
  `<!DOCTYPE html><html><head><title>${status}</title></head><body><h1>${status} Bad Gateway</h1><script>globalThis.__pwned=1</script></body></html>`;

export function bodyText(spec: ResponseSpec): string {
  const json = JSON.stringify(spec.body) ?? '';
  switch (spec.encoding) {
    case 'json':
      return json;
    case 'truncated':
      return json.slice(0, json.length ? spec.cut % json.length : 0);
    case 'html':
      return htmlPage(spec.status);
    case 'empty':
      return '';
    case 'text':
      return spec.text;
    case 'big-number':
      return json.replace(/\d+/, '1e400');
  }
}

const NULL_BODY = new Set([101, 103, 204, 205, 304]);

/** A fresh Response for the spec (a body can be read once: build one per request). */
export function toResponse(spec: ResponseSpec): Response {
  const statusText = /^[\t\x20-\x7e]*$/.test(spec.statusText) ? spec.statusText : '';
  return new Response(NULL_BODY.has(spec.status) ? null : bodyText(spec), {
    status: spec.status,
    statusText,
    headers: spec.headers,
  });
}

/** A fetcher answering every request with the spec's response, recording what was asked. */
export function fetcherFor(spec: ResponseSpec) {
  const requests: { url: string; method: string }[] = [];
  const fetcher: Fetcher = async (input, init) => {
    requests.push({ url: String(input), method: init?.method ?? 'GET' });
    return toResponse(spec);
  };
  return { fetcher, requests };
}

// ---------------------------------------------------------------------------------------------------------------
// Oracles

const KINDS = ['http', 'network', 'abort', 'timeout', 'invalid-response', 'config'];

/** An error as every failure must be: an InvitationError with a kind, a code and a message for people. */
export function checkError(error: unknown, allowed: string[] = KINDS): InvitationError {
  if (!(error instanceof InvitationError)) {
    throw new Error(`not an InvitationError: ${error instanceof Error ? error.stack : String(error)}`);
  }
  if (!allowed.includes(error.kind)) throw new Error(`unexpected kind ${error.kind}: ${error.message}`);
  if (typeof error.message !== 'string' || !error.message.trim()) throw new Error('an error without a message');
  if (error.message.length > 2000) throw new Error(`a message of ${error.message.length} characters`);
  if (typeof error.code !== 'string') throw new Error('an error without a code');
  for (const key of ['field', 'traceId'] as const) {
    if (error[key] !== undefined && typeof error[key] !== 'string')
      throw new Error(`${key} of type ${typeof error[key]}`);
  }
  return error;
}

const isValidDate = (d: unknown) => d === undefined || (d instanceof Date && !Number.isNaN(d.getTime()));

/** An invitation as the elements may render it. */
export function checkInvitation(inv: Invitation): void {
  const where = `invitation ${JSON.stringify(inv.id)}`;
  if (typeof inv.id !== 'string') throw new Error(`${where}: id is not a string`);
  if (typeof inv.email !== 'string') throw new Error(`${where}: email is not a string`);
  if (!(INVITATION_STATUSES as readonly string[]).includes(inv.status))
    throw new Error(`${where}: status ${inv.status}`);
  if (!Array.isArray(inv.roles) || inv.roles.some((r) => typeof r !== 'string')) throw new Error(`${where}: roles`);
  if (inv.url !== undefined && !/^https:\/\//.test(inv.url)) throw new Error(`${where}: url ${inv.url}`);
  if (![inv.createdAt, inv.updatedAt, inv.expiresAt].every(isValidDate)) throw new Error(`${where}: an invalid date`);
  if (inv.inviter && ![inv.inviter.id, inv.inviter.name].every((v) => v === undefined || typeof v === 'string')) {
    throw new Error(`${where}: inviter`);
  }
}

export function checkPage(page: Page): void {
  if (!Array.isArray(page.items)) throw new Error('page.items is not an array');
  page.items.forEach(checkInvitation);
  if (page.total !== undefined && !Number.isFinite(page.total)) throw new Error(`total ${page.total}`);
  for (const token of [page.next, page.previous]) {
    if (token !== undefined && typeof token !== 'string') throw new Error(`a page token of type ${typeof token}`);
  }
}
