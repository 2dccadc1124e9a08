/**
 * The adapter contract: one suite, run against every adapter, the built-in ones and yours. A fixture says what the
 * backend's wire looks like (its objects, its list and error bodies, the exact requests each operation must send);
 * the suite checks the requests sent and the normalized results, and the hardening every adapter owes the elements
 * (errors of every kind become one `InvitationError`, an abort never leaks an unhandled rejection, a wrong-typed
 * answer is refused rather than half-rendered).
 *
 * It runs with any test runner that has `describe` and `it` (mocha, node:test, Jest, Vitest, wtr): pass them, or it
 * takes the global ones.
 *
 * ```ts
 * import { adapterContract } from 'invitation-elements/testing';
 * adapterContract({ label: 'my backend', adapter: myAdapter, endpoint: 'https://api.example.com/invites', … });
 * ```
 */
import { InvitationError, type InvitationDraft, type InvitationStatus, type ListQuery } from '../model.js';
import type { InvitationAdapter, RequestContext } from '../providers/adapter.js';
import { deepEqual, equal, ok } from './assert.js';
import { pathOf, queryOf, scriptedFetcher, type Exchange, type Reply } from './fetcher.js';

/** The clock of every contract call (fixtures' dates are relative to it). */
export const CONTRACT_NOW = Date.parse('2026-11-20T12:00:00.000Z');

export interface WireReply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface ExpectedRequest {
  method: string;
  /** Path relative to the endpoint's path: '' for the collection, '/{id}', '/{id}/revoke', '/bulk'. */
  path: string;
  query?: Record<string, string | string[]>;
  body?: unknown;
}

export interface PageInfo {
  query: ListQuery;
  hasNext: boolean;
  hasPrevious: boolean;
  total: number;
}

export interface AdapterFixture {
  /** Names the suite: `adapter contract: <label>`. */
  label: string;
  adapter: InvitationAdapter;
  endpoint: string;
  /** The n-th wire invitation (email `user<n>@example.com`), in a state that normalizes to `status`. */
  raw(n: number, status: InvitationStatus): Record<string, unknown>;
  listReply(items: unknown[], page: PageInfo): WireReply;
  /** The request `list(query)` must send first. */
  listRequest(query: ListQuery): ExpectedRequest;
  /** A draft using every create field the backend has, and the request it must become. */
  fullDraft: InvitationDraft;
  fullDraftRequest: ExpectedRequest;
  createReply(raw: unknown): WireReply;
  revokeRequest(id: string): ExpectedRequest;
  /** The revoke's answer: with a body, the adapter must return the revoked invitation; without, nothing. */
  revokeReply(raw: Record<string, unknown>): WireReply;
  /** Requests a resend must send, in order, and the replies to give them (where the adapter resends). */
  resend?(raw: Record<string, unknown>): { requests: ExpectedRequest[]; replies: WireReply[] };
  /** The backend's error body for `status`, with `code` and `message` where the dialect carries them. */
  errorReply(status: number, code: string, message: string): WireReply;
  /** What the adapter reports as `code` for that error. */
  expectedCode(code: string, status: number): string;
  /**
   * Called with every exchange and the reply it gets, before the adapter sees it: validate both against the
   * backend's API description here (the built-in fixtures check the providers' OpenAPI documents).
   */
  check?(exchange: Exchange, reply: WireReply): void;
}

type Suite = (name: string, body: () => void) => void;
type Test = (name: string, body: () => Promise<void> | void) => void;
export interface Runner {
  describe: Suite;
  it: Test;
}

/** A list query with the contract's defaults (3 a page, first page, no filter). */
export function contractQuery(overrides: Partial<ListQuery> = {}): ListQuery {
  return { pageSize: 3, page: 0, statuses: [], search: '', ...overrides };
}

async function caught(promise: Promise<unknown>): Promise<InvitationError> {
  try {
    await promise;
  } catch (e) {
    ok(e instanceof InvitationError, `expected an InvitationError, got ${String(e)}`);
    return e;
  }
  throw new Error('expected the call to fail');
}

/** Registers the contract suite of `f`'s adapter with the runner's `describe`/`it` (default: the global ones). */
export function adapterContract(f: AdapterFixture, runner?: Runner): void {
  const { describe, it } = runner ?? (globalThis as unknown as Runner);
  if (typeof describe !== 'function' || typeof it !== 'function') {
    throw new TypeError('adapterContract needs describe() and it(): pass { describe, it } from your test runner.');
  }
  const { adapter } = f;
  const caps = adapter.capabilities;
  const query = contractQuery;
  const endpointPath = pathOf(f.endpoint);

  /** A fetcher answering with `replies` (each exchange checked by the fixture first). */
  function wire(...replies: WireReply[]) {
    const checked: Reply[] = replies.map((reply) => (exchange: Exchange) => {
      f.check?.(exchange, reply);
      return new Response(reply.status === 204 ? null : JSON.stringify(reply.body), {
        status: reply.status,
        headers: { 'content-type': 'application/json', ...reply.headers },
      });
    });
    const { fetcher, requests } = scriptedFetcher(...checked);
    const ctx: RequestContext = { endpoint: f.endpoint, fetcher, now: () => CONTRACT_NOW };
    return { ctx, requests };
  }

  function expectRequest(actual: Exchange | undefined, expected: ExpectedRequest) {
    ok(actual, `a ${expected.method} request was sent`);
    equal(actual.method, expected.method, 'method');
    equal(pathOf(actual.url), endpointPath + expected.path, 'path');
    deepEqual(queryOf(actual.url), expected.query ?? {}, 'query');
    deepEqual(actual.body, expected.body, 'body');
  }

  const rows = (statuses: InvitationStatus[], from = 0) => statuses.map((s, i) => f.raw(from + i, s));
  const first = caps.statuses[0];

  describe(`adapter contract: ${f.label}`, () => {
    it('declares coherent capabilities', () => {
      ok(caps.statuses.length > 0, 'at least one status');
      ok(
        caps.serverStatuses.every((s) => caps.statuses.includes(s)),
        'server-side statuses are among the statuses',
      );
      ok(caps.sortFields.includes(caps.defaultSort.field), 'the default sort is on a sort field');
      ok(
        caps.defaultPageSize >= 1 && caps.defaultPageSize <= caps.maxPageSize,
        'the default page size is within 1..max',
      );
      ok(caps.bulkSize >= 1, 'bulkSize ≥ 1');
      ok(caps.create.roles.min <= caps.create.roles.max, 'roles min ≤ max');
      equal(!!adapter.resend, caps.resend, 'resend() exists exactly when capabilities.resend');
    });

    describe('list', () => {
      it('sends the first page request and normalizes the rows', async () => {
        const q = query();
        const { ctx, requests } = wire(
          f.listReply(rows([first, first, first]), { query: q, hasNext: true, hasPrevious: false, total: 7 }),
        );
        const page = await adapter.list(q, ctx);
        expectRequest(requests[0], f.listRequest(q));
        equal(requests.length, 1, 'requests sent');
        deepEqual(
          page.items.map((i) => i.email),
          ['user0@example.com', 'user1@example.com', 'user2@example.com'],
          'emails',
        );
        for (const item of page.items) {
          equal(item.status, first, 'status');
          ok(typeof item.id === 'string' && item.id !== '', 'a non-empty string id');
          ok(Array.isArray(item.roles), 'roles is an array');
          ok(item.createdAt instanceof Date, 'createdAt is a Date');
          if (item.url) ok(/^https:\/\//.test(item.url), 'the url is https');
        }
        deepEqual(page.items[0].raw, f.raw(0, first), 'raw keeps the wire object');
        equal(typeof page.next, 'string', 'a next page token');
        equal(page.previous, undefined, 'no previous page');
        equal(page.total, caps.totals ? 7 : undefined, 'total');
      });

      it('pages forward and back with the tokens it returns', async () => {
        const q0 = query();
        const replies = [
          f.listReply(rows([first, first, first]), { query: q0, hasNext: true, hasPrevious: false, total: 9 }),
          f.listReply(rows([first, first, first], 3), {
            query: query({ page: 1 }),
            hasNext: true,
            hasPrevious: true,
            total: 9,
          }),
          f.listReply(rows([first, first, first]), { query: q0, hasNext: true, hasPrevious: false, total: 9 }),
        ];
        const { ctx, requests } = wire(...replies);
        const p0 = await adapter.list(q0, ctx);
        const q1 = query({ page: 1, cursor: p0.next });
        const p1 = await adapter.list(q1, ctx);
        expectRequest(requests[1], f.listRequest(q1));
        equal(p1.items[0].email, 'user3@example.com', 'first email of page 2');
        equal(typeof p1.previous, 'string', 'a previous page token');
        const qBack = query({ page: 0, cursor: p1.previous });
        const back = await adapter.list(qBack, ctx);
        expectRequest(requests[2], f.listRequest(qBack));
        equal(back.items[0].email, 'user0@example.com', 'first email back on page 1');
      });

      it('says there is no next page on the last page', async () => {
        const q = query({ page: 2, cursor: 'x' });
        const { ctx } = wire(
          f.listReply(rows([first, first]), { query: q, hasNext: false, hasPrevious: true, total: 8 }),
        );
        const page = await adapter.list(q, ctx);
        equal(page.items.length, 2, 'rows');
        equal(page.next, undefined, 'next');
      });

      for (const field of caps.sortFields) {
        for (const direction of ['asc', 'desc'] as const) {
          it(`sorts by ${field} ${direction}`, async () => {
            const q = query({ sort: { field, direction } });
            const { ctx, requests } = wire(f.listReply([], { query: q, hasNext: false, hasPrevious: false, total: 0 }));
            await adapter.list(q, ctx);
            expectRequest(requests[0], f.listRequest(q));
          });
        }
      }

      for (const status of caps.statuses) {
        const side = caps.serverStatuses.includes(status) ? 'server' : 'client';
        it(`filters on status ${status} (${side} side)`, async () => {
          const q = query({ statuses: [status] });
          const mixed = rows([...caps.statuses, status, ...caps.statuses]);
          const server = caps.serverStatuses.includes(status);
          const body = server
            ? mixed.filter((r, i) => i === caps.statuses.length || r === mixed[caps.statuses.indexOf(status)])
            : mixed;
          const { ctx, requests } = wire(
            f.listReply(body, { query: q, hasNext: false, hasPrevious: false, total: body.length }),
          );
          const page = await adapter.list(q, ctx);
          expectRequest(requests[0], f.listRequest(q));
          ok(page.items.length > 0, 'some rows');
          ok(
            page.items.every((i) => i.status === status),
            `every row is ${status}`,
          );
        });
      }

      if (caps.search) {
        it(`searches by email (${caps.search} side)`, async () => {
          const q = query({ search: 'user1@example.com' });
          const { ctx, requests } = wire(
            f.listReply(
              rows([first, first, first]).filter((_, i) => caps.search === 'client' || i === 1),
              { query: q, hasNext: false, hasPrevious: false, total: 1 },
            ),
          );
          const page = await adapter.list(q, ctx);
          expectRequest(requests[0], f.listRequest(q));
          deepEqual(
            page.items.map((i) => i.email),
            ['user1@example.com'],
            'emails',
          );
        });
      }
    });

    describe('create', () => {
      it('sends every create field the backend has', async () => {
        const raw = f.raw(50, 'pending');
        const { ctx, requests } = wire(f.createReply(raw));
        const [created] = await adapter.create([f.fullDraft], ctx);
        expectRequest(requests[0], f.fullDraftRequest);
        deepEqual(created.raw, raw, 'raw');
        equal(created.email, 'user50@example.com', 'email');
        equal(created.status, 'pending', 'status');
      });
    });

    describe('revoke', () => {
      it('sends the revoke request, and returns the revoked invitation exactly when the backend sends one', async () => {
        const raw = f.raw(4, 'pending');
        const { ctx: listCtx } = wire(
          f.listReply([raw], { query: query(), hasNext: false, hasPrevious: false, total: 1 }),
        );
        const [invitation] = (await adapter.list(query(), listCtx)).items;
        const reply = f.revokeReply(raw);
        const { ctx, requests } = wire(reply);
        const result = await adapter.revoke(invitation, ctx);
        expectRequest(requests[0], f.revokeRequest(invitation.id));
        equal(requests.length, 1, 'requests sent');
        if (reply.body === undefined) {
          equal(result, undefined, 'what revoke returns for a body-less answer');
        } else {
          ok(result, 'revoke returns the invitation the backend sent');
          equal(result.id, invitation.id, 'the revoked invitation');
          equal(result.status, 'revoked', 'status');
        }
      });
    });

    if (f.resend) {
      describe('resend', () => {
        it('sends the invitation again', async () => {
          const raw = f.raw(5, 'pending');
          const { ctx: listCtx } = wire(
            f.listReply([raw], { query: query(), hasNext: false, hasPrevious: false, total: 1 }),
          );
          const [invitation] = (await adapter.list(query(), listCtx)).items;
          const plan = f.resend!(raw);
          const { ctx, requests } = wire(...plan.replies);
          const fresh = await adapter.resend!(invitation, ctx);
          plan.requests.forEach((r, i) => expectRequest(requests[i], r));
          equal(requests.length, plan.requests.length, 'requests sent');
          equal(fresh.email, invitation.email, 'email');
          ok(fresh.id !== invitation.id, 'a new invitation id');
        });
      });
    }

    describe('errors', () => {
      for (const status of [400, 403, 404, 409, 500]) {
        it(`turns a ${status} error body into an InvitationError with the server's message`, async () => {
          const { ctx } = wire(f.errorReply(status, 'some_code', `Boom ${status}`));
          const error = await caught(adapter.list(query(), ctx));
          equal(error.kind, 'http', 'kind');
          equal(error.status, status, 'status');
          ok(error.message.includes(`Boom ${status}`), `the message carries the server's words: ${error.message}`);
          equal(error.code, f.expectedCode('some_code', status), 'code');
        });
      }

      it('reads Retry-After seconds on a 429', async () => {
        const reply = f.errorReply(429, 'too_many_requests', 'Slow down');
        const { ctx } = wire({ ...reply, headers: { 'retry-after': '7' } });
        const error = await caught(adapter.list(query(), ctx));
        equal(error.status, 429, 'status');
        equal(error.retryAfter, 7, 'retryAfter');
      });

      it('gives a distinct error for a network failure, an abort, non-JSON, an HTML page and a wrong shape', async () => {
        const network = await caught(
          adapter.list(query(), {
            endpoint: f.endpoint,
            fetcher: () => Promise.reject(new TypeError('Failed to fetch')),
          }),
        );
        equal(network.kind, 'network', 'kind of a network failure');

        const unhandled: unknown[] = [];
        const onRejection = (e: PromiseRejectionEvent) => {
          unhandled.push(e.reason);
          e.preventDefault();
        };
        const target = globalThis as unknown as EventTarget;
        const canWatch = typeof target.addEventListener === 'function';
        if (canWatch) target.addEventListener('unhandledrejection', onRejection as EventListener);
        const controller = new AbortController();
        controller.abort();
        const aborted = await caught(
          adapter.list(query(), {
            endpoint: f.endpoint,
            fetcher: scriptedFetcher({ status: 200, body: [] }).fetcher,
            signal: controller.signal,
          }),
        );
        equal(aborted.kind, 'abort', 'kind of an aborted call');
        // The fetcher's own AbortError, after the adapter gave up on it, is handled: no unhandled rejection.
        await new Promise((r) => setTimeout(r, 20));
        if (canWatch) target.removeEventListener('unhandledrejection', onRejection as EventListener);
        deepEqual(unhandled, [], 'unhandled rejections');

        const truncated = await caught(
          adapter.list(query(), {
            endpoint: f.endpoint,
            fetcher: scriptedFetcher({
              status: 200,
              text: '{"data": [',
              headers: { 'content-type': 'application/json' },
            }).fetcher,
          }),
        );
        equal(truncated.kind, 'invalid-response', 'kind of truncated JSON');
        equal(truncated.code, 'invalid_json', 'code of truncated JSON');

        const html = await caught(
          adapter.list(query(), {
            endpoint: f.endpoint,
            fetcher: scriptedFetcher({ status: 200, text: '<!doctype html><h1>Login</h1>' }).fetcher,
          }),
        );
        equal(html.kind, 'invalid-response', 'kind of an HTML page');
        ok(/HTML/.test(html.message), `the message says HTML: ${html.message}`);

        const htmlError = await caught(
          adapter.list(query(), {
            endpoint: f.endpoint,
            fetcher: scriptedFetcher({ status: 502, text: '<html>Bad gateway</html>' }).fetcher,
          }),
        );
        equal(htmlError.kind, 'http', 'kind of an HTML error page');
        equal(htmlError.status, 502, 'status of an HTML error page');

        const shape = await caught(
          adapter.list(query(), {
            endpoint: f.endpoint,
            fetcher: scriptedFetcher({ status: 200, body: { unexpected: true } }).fetcher,
          }),
        );
        equal(shape.kind, 'invalid-response', 'kind of a wrong shape');
      });

      it('rejects rows with wrong-typed fields instead of half-rendering them', async () => {
        const bad = {
          ...f.raw(0, first),
          ...Object.fromEntries(
            Object.keys(f.raw(0, first))
              .slice(0, 2)
              .map((k) => [k, 42]),
          ),
        };
        const { fetcher } = scriptedFetcher(
          f.listReply([bad], { query: query(), hasNext: false, hasPrevious: false, total: 1 }),
        );
        const error = await caught(adapter.list(query(), { endpoint: f.endpoint, fetcher }));
        equal(error.kind, 'invalid-response', 'kind');
      });
    });
  });
}
