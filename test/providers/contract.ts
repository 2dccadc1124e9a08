/**
 * The adapter contract: one suite, run against every adapter (built-in and custom). Each fixture says what its
 * provider's wire looks like; the suite checks the exact requests sent and the normalized results, and validates
 * every wire object against the provider's OpenAPI document.
 */
import { expect } from '@open-wc/testing';
import { InvitationError, type Invitation, type InvitationStatus, type ListQuery } from '../../src/model.js';
import type { RequestContext } from '../../src/providers/adapter.js';
import { pathOf, queryOf, scriptedFetcher, type Exchange, type Reply } from '../support/fetcher.js';
import { validateRequestBody, validateResponse, validateSchema } from '../support/specs.js';
import { NOW, type AdapterFixture, type ExpectedRequest, type WireReply } from './fixtures.js';

export function query(overrides: Partial<ListQuery> = {}): ListQuery {
  return { pageSize: 3, page: 0, statuses: [], search: '', ...overrides };
}

async function caught(promise: Promise<unknown>): Promise<InvitationError> {
  try {
    await promise;
  } catch (e) {
    expect(e).to.be.instanceOf(InvitationError);
    return e as InvitationError;
  }
  throw new Error('expected the call to fail');
}

export function adapterContract(f: AdapterFixture) {
  const { adapter } = f;
  const caps = adapter.capabilities;
  const endpointPath = pathOf(f.endpoint);

  /** A fetcher answering with `replies`, validating every exchange against the spec. */
  function wire(...replies: WireReply[]) {
    const checked: Reply[] = replies.map((reply) => (exchange: Exchange) => {
      if (f.spec && exchange.body !== undefined)
        validateRequestBody(f.spec, exchange.method, exchange.url, exchange.body);
      if (f.spec && reply.status < 400)
        validateResponse(f.spec, exchange.method, exchange.url, reply.status, reply.body);
      if (f.errorSchema && reply.status >= 400 && reply.body !== undefined)
        validateSchema(f.spec!, f.errorSchema, reply.body);
      return new Response(reply.status === 204 ? null : JSON.stringify(reply.body), {
        status: reply.status,
        headers: { 'content-type': 'application/json', ...reply.headers },
      });
    });
    const { fetcher, requests } = scriptedFetcher(...checked);
    const ctx: RequestContext = { endpoint: f.endpoint, fetcher, now: () => NOW };
    return { ctx, requests };
  }

  function expectRequest(actual: Exchange | undefined, expected: ExpectedRequest) {
    expect(actual, 'a request was sent').to.exist;
    expect(actual!.method).to.equal(expected.method);
    expect(pathOf(actual!.url)).to.equal(endpointPath + expected.path);
    expect(queryOf(actual!.url)).to.deep.equal(expected.query ?? {});
    expect(actual!.body).to.deep.equal(expected.body);
  }

  const rows = (statuses: InvitationStatus[], from = 0) => statuses.map((s, i) => f.raw(from + i, s));
  const first = caps.statuses[0];

  describe(`adapter contract: ${f.label}`, () => {
    it('declares coherent capabilities', () => {
      expect(caps.statuses.length).to.be.greaterThan(0);
      expect(caps.serverStatuses.every((s) => caps.statuses.includes(s))).to.be.true;
      expect(caps.sortFields).to.include(caps.defaultSort.field);
      expect(caps.defaultPageSize).to.be.within(1, caps.maxPageSize);
      expect(caps.bulkSize).to.be.at.least(1);
      expect(caps.create.roles.min).to.be.at.most(caps.create.roles.max);
      expect(!!adapter.resend).to.equal(caps.resend);
    });

    describe('list', () => {
      it('sends the first page request and normalizes the rows', async () => {
        const q = query();
        const { ctx, requests } = wire(
          f.listReply(rows([first, first, first]), { query: q, hasNext: true, hasPrevious: false, total: 7 }),
        );
        const page = await adapter.list(q, ctx);
        expectRequest(requests[0], f.listRequest(q));
        expect(requests).to.have.length(1);
        expect(page.items.map((i) => i.email)).to.deep.equal([
          'user0@example.com',
          'user1@example.com',
          'user2@example.com',
        ]);
        for (const item of page.items) {
          expect(item.status).to.equal(first);
          expect(item.id).to.be.a('string').and.not.empty;
          expect(item.roles).to.be.an('array');
          expect(item.createdAt).to.be.instanceOf(Date);
          if (item.url) expect(item.url).to.match(/^https:\/\//);
        }
        expect(page.items[0].raw).to.deep.equal(f.raw(0, first));
        expect(page.next, 'a next page').to.be.a('string');
        expect(page.previous).to.be.undefined;
        if (caps.totals) expect(page.total).to.equal(7);
        else expect(page.total).to.be.undefined;
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
        expect(p1.items[0].email).to.equal('user3@example.com');
        expect(p1.previous, 'a previous page').to.be.a('string');
        const qBack = query({ page: 0, cursor: p1.previous });
        const back = await adapter.list(qBack, ctx);
        expectRequest(requests[2], f.listRequest(qBack));
        expect(back.items[0].email).to.equal('user0@example.com');
      });

      it('says there is no next page on the last page', async () => {
        const q = query({ page: 2, cursor: 'x' });
        const { ctx } = wire(
          f.listReply(rows([first, first]), { query: q, hasNext: false, hasPrevious: true, total: 8 }),
        );
        const page = await adapter.list(q, ctx);
        expect(page.items).to.have.length(2);
        expect(page.next).to.be.undefined;
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
        it(`filters on status ${status} (${caps.serverStatuses.includes(status) ? 'server' : 'client'} side)`, async () => {
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
          expect(page.items.length).to.be.greaterThan(0);
          expect(page.items.every((i) => i.status === status)).to.be.true;
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
          expect(page.items.map((i) => i.email)).to.deep.equal(['user1@example.com']);
        });
      }
    });

    describe('create', () => {
      it('sends every create field the provider has', async () => {
        const raw = f.raw(50, 'pending');
        const { ctx, requests } = wire(f.createReply(raw));
        const [created] = await adapter.create([f.fullDraft], ctx);
        expectRequest(requests[0], f.fullDraftRequest);
        expect(created.raw).to.deep.equal(raw);
        expect(created.email).to.equal('user50@example.com');
        expect(created.status).to.equal('pending');
      });
    });

    describe('revoke', () => {
      it('sends the revoke request', async () => {
        const raw = f.raw(4, 'pending');
        const { ctx: listCtx } = wire(
          f.listReply([raw], { query: query(), hasNext: false, hasPrevious: false, total: 1 }),
        );
        const [invitation] = (await adapter.list(query(), listCtx)).items;
        const { ctx, requests } = wire(f.revokeReply(raw));
        const result = await adapter.revoke(invitation, ctx);
        expectRequest(requests[0], f.revokeRequest(invitation.id));
        if (result) expect(result.status).to.equal('revoked');
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
          expect(requests).to.have.length(plan.requests.length);
          expect(fresh.email).to.equal(invitation.email);
          expect(fresh.id).not.to.equal(invitation.id);
        });
      });
    }

    describe('errors', () => {
      for (const status of [400, 403, 404, 409, 500]) {
        it(`turns a ${status} error body into an InvitationError with the server's message`, async () => {
          const { ctx } = wire(f.errorReply(status, 'some_code', `Boom ${status}`));
          const error = await caught(adapter.list(query(), ctx));
          expect(error.kind).to.equal('http');
          expect(error.status).to.equal(status);
          expect(error.message).to.contain(`Boom ${status}`);
          expect(error.code).to.equal(f.expectedCode('some_code', status));
        });
      }

      it('reads Retry-After seconds on a 429', async () => {
        const reply = f.errorReply(429, 'too_many_requests', 'Slow down');
        const { ctx } = wire({ ...reply, headers: { 'retry-after': '7' } });
        const error = await caught(adapter.list(query(), ctx));
        expect(error.status).to.equal(429);
        expect(error.retryAfter).to.equal(7);
      });

      it('gives a distinct error for a network failure, an abort, non-JSON, an HTML page and a wrong shape', async () => {
        const network = await caught(
          adapter.list(query(), {
            endpoint: f.endpoint,
            fetcher: () => Promise.reject(new TypeError('Failed to fetch')),
          }),
        );
        expect(network.kind).to.equal('network');

        const unhandled: unknown[] = [];
        const onRejection = (e: PromiseRejectionEvent) => {
          unhandled.push(e.reason);
          e.preventDefault();
        };
        window.addEventListener('unhandledrejection', onRejection);
        const controller = new AbortController();
        controller.abort();
        const aborted = await caught(
          adapter.list(query(), {
            endpoint: f.endpoint,
            fetcher: scriptedFetcher({ status: 200, body: [] }).fetcher,
            signal: controller.signal,
          }),
        );
        expect(aborted.kind).to.equal('abort');
        // The fetcher's own AbortError, after the adapter gave up on it, is handled: no unhandled rejection.
        await new Promise((r) => setTimeout(r, 20)).finally(() =>
          window.removeEventListener('unhandledrejection', onRejection),
        );
        expect(unhandled, 'unhandled rejections').to.deep.equal([]);

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
        expect(truncated.kind).to.equal('invalid-response');
        expect(truncated.code).to.equal('invalid_json');

        const html = await caught(
          adapter.list(query(), {
            endpoint: f.endpoint,
            fetcher: scriptedFetcher({ status: 200, text: '<!doctype html><h1>Login</h1>' }).fetcher,
          }),
        );
        expect(html.kind).to.equal('invalid-response');
        expect(html.message).to.match(/HTML/);

        const htmlError = await caught(
          adapter.list(query(), {
            endpoint: f.endpoint,
            fetcher: scriptedFetcher({ status: 502, text: '<html>Bad gateway</html>' }).fetcher,
          }),
        );
        expect(htmlError.kind).to.equal('http');
        expect(htmlError.status).to.equal(502);

        const shape = await caught(
          adapter.list(query(), {
            endpoint: f.endpoint,
            fetcher: scriptedFetcher({ status: 200, body: { unexpected: true } }).fetcher,
          }),
        );
        expect(shape.kind).to.equal('invalid-response');
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
        expect(error.kind).to.equal('invalid-response');
      });
    });
  });
}

export type { Invitation };
