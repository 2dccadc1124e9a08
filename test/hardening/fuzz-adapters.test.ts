/**
 * Fuzzed responses, adapters alone: thousands of malformed or surprising answers (missing, extra and wrong-typed
 * fields, huge and odd strings, nulls, empty and long arrays, any status, non-JSON, HTML pages, truncated JSON,
 * odd headers) go through each adapter's list, create, revoke and resend. Each call must give normalized data that
 * is safe to render, or one InvitationError — never another exception — and never send a request outside the
 * endpoint.
 */
import { expect } from '@open-wc/testing';
import * as fc from 'fast-check';
import type { Invitation, InvitationDraft, ListQuery } from '../../src/model.js';
import type { AdapterCapabilities } from '../../src/providers/adapter.js';
import {
  ADAPTERS,
  ENDPOINTS,
  INVITATION_ARBS,
  LIST_BODY_ARBS,
  PROTOTYPE_KEYS,
  PROVIDERS,
  SEED,
  anyString,
  checkError,
  checkInvitation,
  checkPage,
  fetcherFor,
  report,
  responseArb,
  watchGlobalErrors,
  type ProviderName,
  type ResponseSpec,
} from './support.js';

const LIST_CASES = 1000;
const ACTION_CASES = 300;

function queryArb(caps: AdapterCapabilities): fc.Arbitrary<ListQuery> {
  return fc.record(
    {
      pageSize: fc.oneof(
        { weight: 5, arbitrary: fc.integer({ min: 1, max: caps.maxPageSize }) },
        { weight: 1, arbitrary: fc.constantFrom(0, -1, 1.5, 1e9) },
      ),
      page: fc.oneof({ weight: 5, arbitrary: fc.nat({ max: 3 }) }, { weight: 1, arbitrary: fc.constantFrom(-1, 0.5) }),
      cursor: fc.option(fc.oneof(anyString(12), fc.constantFrom('after:abc', 'before:', 'i42', 'i999999')), {
        nil: undefined,
      }),
      sort: fc.option(
        fc.record({
          field: fc.constantFrom(...caps.sortFields, 'bogus', ...PROTOTYPE_KEYS),
          direction: fc.constantFrom<'asc' | 'desc'>('asc', 'desc'),
        }),
        { nil: undefined },
      ),
      statuses: fc.subarray(caps.statuses),
      search: fc.oneof({ weight: 3, arbitrary: fc.constant('') }, { weight: 1, arbitrary: anyString(10) }),
    },
    { requiredKeys: ['pageSize', 'page', 'statuses', 'search'] },
  );
}

/** Every request stays below the endpoint: a hostile id or link never sends the host's fetcher elsewhere. */
function checkRequests(provider: ProviderName, requests: { url: string }[]): void {
  const endpoint = new URL(ENDPOINTS[provider]);
  for (const { url } of requests) {
    const sent = new URL(url);
    if (decodeURIComponent(sent.search.replace(/\+/g, ' ')).includes('[native code]')) {
      throw new Error(`a function's source in a query: ${url}`);
    }
    if (sent.origin !== endpoint.origin) throw new Error(`a request to another origin: ${url}`);
    const below = sent.pathname === endpoint.pathname || sent.pathname.startsWith(`${endpoint.pathname}/`);
    if (!below) throw new Error(`a request outside the collection: ${url}`);
    if (sent.pathname.startsWith(`${endpoint.pathname}/`) && sent.pathname.length === endpoint.pathname.length + 1) {
      throw new Error(`an item request without an id: ${url}`);
    }
  }
}

const isError = (spec: ResponseSpec) => spec.status < 200 || spec.status > 299;

/** What a promise came to, without throwing. */
const settle = <T>(promise: Promise<T>): Promise<{ value: T } | { error: unknown }> =>
  promise.then(
    (value) => ({ value }),
    (error: unknown) => ({ error }),
  );

/**
 * Failure of a call whose answer was `spec`, after `sent` requests: an InvitationError of the kind the answer calls
 * for (a call that sent nothing refused its input: `config`, or `invalid-response` for an id it cannot use).
 */
function checkFailure(spec: ResponseSpec, error: unknown, sent: number): void {
  const e = checkError(error, sent ? ['http', 'invalid-response', 'config'] : ['config', 'invalid-response']);
  if (isError(spec) && sent) {
    expect(e.kind, e.message).to.equal('http');
    expect(e.status).to.equal(spec.status);
  }
  if (!isError(spec)) expect(e.kind, `${spec.status}: ${e.message}`).not.to.equal('http');
  if (e.retryAfter !== undefined && !(Number.isFinite(e.retryAfter) && e.retryAfter >= 0)) {
    throw new Error(`retryAfter ${e.retryAfter}`);
  }
}

function draftsArb(provider: ProviderName): fc.Arbitrary<InvitationDraft[]> {
  const roles =
    provider === 'clerk'
      ? fc.tuple(anyString(10)).map((r) => [...r])
      : provider === 'upsun'
        ? fc.array(fc.constantFrom('admin', 'billing', 'members'), { minLength: 1, maxLength: 3 })
        : fc.array(anyString(10), { maxLength: 3 });
  const draft = fc.record({
    email: fc.emailAddress(),
    roles,
    inviterName: fc.constant('Ada'),
    clientId: fc.constant('client_1'),
    expiresInSeconds: fc.option(fc.integer({ min: 60, max: 86400 * 30 }), { nil: undefined }),
  });
  return fc.array(draft, { minLength: 1, maxLength: provider === 'clerk' ? 3 : 1 });
}

/** A normalized invitation as the list holds it, around a fuzzed raw object (Auth0's resend reads it). */
const heldInvitation = (provider: ProviderName): fc.Arbitrary<Invitation> =>
  fc
    .record({
      id: fc.oneof(
        fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 12 }),
        fc.constantFrom('', '.', '..', '%2e%2e', '%2E.', './', 'a/../..', '\ud800', '?x', '#y', ' '),
        anyString(),
      ),
      email: fc.emailAddress(),
      roles: fc.array(fc.constantFrom('admin', 'members'), { minLength: 1, maxLength: 2 }),
      raw: INVITATION_ARBS[provider],
    })
    .map((i) => ({ ...i, status: 'pending' as const }));

describe('hardening: fuzzed responses through the adapters', function () {
  this.timeout(60_000);
  let watch: ReturnType<typeof watchGlobalErrors>;
  beforeEach(() => (watch = watchGlobalErrors()));
  afterEach(() => {
    watch.stop();
    expect(watch.errors).to.deep.equal([]);
  });

  for (const provider of PROVIDERS) {
    const adapter = ADAPTERS[provider];
    const endpoint = ENDPOINTS[provider];

    it(`${provider}: every list answer gives a renderable page or an InvitationError`, async () => {
      const started = performance.now();
      const details = await fc.check(
        fc.asyncProperty(
          responseArb(provider, LIST_BODY_ARBS[provider]),
          queryArb(adapter.capabilities),
          async (spec, query) => {
            const { fetcher, requests } = fetcherFor(spec);
            const outcome = await settle(adapter.list(query, { endpoint, fetcher }));
            if ('error' in outcome) checkFailure(spec, outcome.error, requests.length);
            else {
              if (isError(spec) && requests.length) throw new Error(`a ${spec.status} answer gave a page`);
              checkPage(outcome.value);
            }
            checkRequests(provider, requests);
          },
        ),
        { numRuns: LIST_CASES, seed: SEED },
      );
      report(`fuzz ${provider} list (adapter)`, details, '', started);
    });

    it(`${provider}: every create answer gives invitations or an InvitationError`, async () => {
      const started = performance.now();
      const details = await fc.check(
        fc.asyncProperty(
          draftsArb(provider).chain((drafts) =>
            responseArb(provider, drafts.length > 1 ? LIST_BODY_ARBS[provider] : INVITATION_ARBS[provider]).map(
              (spec) => [drafts, spec] as const,
            ),
          ),
          async ([drafts, spec]) => {
            const { fetcher, requests } = fetcherFor(spec);
            const outcome = await settle(adapter.create(drafts, { endpoint, fetcher }));
            if ('error' in outcome) checkFailure(spec, outcome.error, requests.length);
            else {
              if (isError(spec)) throw new Error(`a ${spec.status} answer created invitations`);
              outcome.value.forEach(checkInvitation);
            }
            checkRequests(provider, requests);
          },
        ),
        { numRuns: ACTION_CASES, seed: SEED },
      );
      report(`fuzz ${provider} create (adapter)`, details, '', started);
    });

    it(`${provider}: revoke${adapter.resend ? ' and resend' : ''} stay below the endpoint, whatever the id`, async () => {
      const started = performance.now();
      const details = await fc.check(
        fc.asyncProperty(
          heldInvitation(provider),
          fc.boolean(),
          responseArb(provider, INVITATION_ARBS[provider]),
          async (invitation, resend, spec) => {
            const { fetcher, requests } = fetcherFor(spec);
            const action = resend && adapter.resend ? adapter.resend : adapter.revoke;
            const outcome = await settle(action(invitation, { endpoint, fetcher }));
            if ('error' in outcome) checkFailure(spec, outcome.error, requests.length);
            else {
              if (isError(spec)) throw new Error(`a ${spec.status} answer succeeded`);
              if (outcome.value) checkInvitation(outcome.value);
            }
            checkRequests(provider, requests);
          },
        ),
        { numRuns: ACTION_CASES, seed: SEED },
      );
      report(`fuzz ${provider} revoke/resend (adapter)`, details, '', started);
    });
  }
});
