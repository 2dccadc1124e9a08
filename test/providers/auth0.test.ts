import { expect } from '@open-wc/testing';
import { auth0Adapter, AUTH0_RECORD_LIMIT } from '../../src/providers/auth0.js';
import { InvitationError } from '../../src/model.js';
import { queryOf, scriptedFetcher, type Exchange } from '../../src/testing/fetcher.js';
import { validateResponse } from '../support/specs.js';
import { contractQuery as query } from '../../src/testing/contract.js';
import { auth0Fixture as f, NOW } from './fixtures.js';

/** An Auth0 tenant of `total` invitations (every `expiredEvery`-th expired) that answers like the API. */
function tenant(total: number, expiredEvery = 0, bare = false) {
  const all = Array.from({ length: total }, (_, n) =>
    f.raw(n, expiredEvery && n % expiredEvery === 0 ? 'expired' : 'pending'),
  );
  return scriptedFetcher((ex: Exchange) => {
    const q = queryOf(ex.url);
    const page = Number(q.page);
    const perPage = Number(q.per_page);
    if ((page + 1) * perPage > 1000) {
      return Response.json(
        {
          statusCode: 400,
          error: 'Bad Request',
          message: 'Requesting page exceeds the allowed maximum of 1000 records',
          errorCode: 'invalid_query_string',
        },
        { status: 400 },
      );
    }
    const slice = all.slice(page * perPage, (page + 1) * perPage);
    const body = bare ? slice : { start: page * perPage, limit: perPage, invitations: slice };
    validateResponse('auth0', 'GET', ex.url, 200, body);
    return Response.json(body);
  });
}

const ctx = (fetcher: ReturnType<typeof tenant>['fetcher']) => ({ endpoint: f.endpoint, fetcher, now: () => NOW });

describe('auth0Adapter', () => {
  describe('when listing without a filter', () => {
    it('reads the bare-array body as well as {start, limit, invitations}', async () => {
      const { fetcher } = tenant(5, 0, true);
      const page = await auth0Adapter.list(query({ pageSize: 3 }), ctx(fetcher));
      expect(page.items.map((i) => i.id)).to.deep.equal([0, 1, 2].map((n) => f.raw(n, 'pending').id));
    });

    it('derives the status from expires_at', async () => {
      const { fetcher } = tenant(4, 2);
      const page = await auth0Adapter.list(query({ pageSize: 4 }), ctx(fetcher));
      expect(page.items.map((i) => i.status)).to.deep.equal(['expired', 'pending', 'expired', 'pending']);
    });

    it('offers no next page past the 1,000-record ceiling and says so', async () => {
      const { fetcher, requests } = tenant(2500);
      const page = await auth0Adapter.list(query({ pageSize: 100, page: 9, cursor: '9' }), ctx(fetcher));
      expect(queryOf(requests[0].url)).to.include({ page: '9', per_page: '100' });
      expect(page.items).to.have.length(100);
      expect(page.next).to.be.undefined;
      expect(page.limitReached).to.be.true;
    });

    it('refuses a page beyond the ceiling with a clear error, without a request', async () => {
      const { fetcher, requests } = tenant(2500);
      try {
        await auth0Adapter.list(query({ pageSize: 100, page: 10 }), ctx(fetcher));
        expect.fail('should throw');
      } catch (e) {
        expect(e).to.be.instanceOf(InvitationError);
        expect((e as InvitationError).code).to.equal('page_limit');
        expect((e as InvitationError).message).to.match(/at most 1,000/);
      }
      expect(requests).to.have.length(0);
    });

    it("maps the server's own 1,000-record error to the same clear error", async () => {
      const { fetcher } = scriptedFetcher({
        status: 400,
        body: {
          statusCode: 400,
          error: 'Bad Request',
          message: 'Requesting page exceeds the allowed maximum of 1000 records',
          errorCode: 'invalid_query_string',
        },
      });
      const error = await auth0Adapter.list(query(), ctx(fetcher)).catch((e: InvitationError) => e);
      expect((error as InvitationError).code).to.equal('page_limit');
      expect(AUTH0_RECORD_LIMIT).to.equal(1000);
    });
  });

  describe('when filtering on the client', () => {
    it('fills the page by scanning server pages instead of returning a short page', async () => {
      // every 10th of 250 is expired: 25 expired, spread over three server pages of 100
      const { fetcher, requests } = tenant(250, 10);
      const p0 = await auth0Adapter.list(query({ pageSize: 12, statuses: ['expired'] }), ctx(fetcher));
      expect(p0.items).to.have.length(12);
      expect(p0.items.every((i) => i.status === 'expired')).to.be.true;
      expect(p0.items.map((i) => i.email)).to.deep.equal(
        Array.from({ length: 12 }, (_, k) => `user${k * 10}@example.com`),
      );
      expect(requests.map((r) => queryOf(r.url).page)).to.deep.equal(['0', '1']);
      expect(requests.every((r) => queryOf(r.url).per_page === '100')).to.be.true;

      const p1 = await auth0Adapter.list(
        query({ pageSize: 12, page: 1, cursor: p0.next, statuses: ['expired'] }),
        ctx(fetcher),
      );
      expect(p1.items.map((i) => i.email)[0]).to.equal('user120@example.com');
      expect(p1.items).to.have.length(12);

      const p2 = await auth0Adapter.list(
        query({ pageSize: 12, page: 2, cursor: p1.next, statuses: ['expired'] }),
        ctx(fetcher),
      );
      expect(p2.items.map((i) => i.email)).to.deep.equal(['user240@example.com']);
      expect(p2.next).to.be.undefined;
    });

    it('searches emails on the client the same way', async () => {
      const { fetcher } = tenant(150);
      const page = await auth0Adapter.list(query({ pageSize: 5, search: 'USER14' }), ctx(fetcher));
      expect(page.items.map((i) => i.email)).to.deep.equal([
        'user14@example.com',
        'user140@example.com',
        'user141@example.com',
        'user142@example.com',
        'user143@example.com',
      ]);
      expect(page.next).to.be.a('string');
    });

    it('stops at the 1,000-record ceiling and flags it', async () => {
      const { fetcher, requests } = tenant(2500, 1000);
      const page = await auth0Adapter.list(query({ pageSize: 5, statuses: ['expired'] }), ctx(fetcher));
      expect(page.items.map((i) => i.email)).to.deep.equal(['user0@example.com']);
      expect(page.limitReached).to.be.true;
      expect(page.next).to.be.undefined;
      expect(requests).to.have.length(10);
    });
  });

  describe('when creating', () => {
    it('needs a client id and an inviter name before sending anything', async () => {
      const { fetcher, requests } = scriptedFetcher({ status: 200, body: {} });
      const error = (await auth0Adapter
        .create([{ email: 'a@b.co', roles: [], inviterName: 'Ada' }], ctx(fetcher))
        .catch((e) => e)) as InvitationError;
      expect(error.kind).to.equal('config');
      expect(error.field).to.equal('clientId');
      expect(requests).to.have.length(0);
    });

    it('omits roles when there are none, and maps an invalid_body about roles to the roles field', async () => {
      const { fetcher, requests } = scriptedFetcher({
        status: 400,
        body: {
          statusCode: 400,
          error: 'Bad Request',
          message: 'One or more of the specified roles do not exist',
          errorCode: 'invalid_body',
        },
      });
      const error = (await auth0Adapter
        .create([{ email: 'a@b.co', roles: [], inviterName: 'Ada', clientId: 'cid' }], ctx(fetcher))
        .catch((e) => e)) as InvitationError;
      expect(requests[0].body).to.deep.equal({
        inviter: { name: 'Ada' },
        invitee: { email: 'a@b.co' },
        client_id: 'cid',
      });
      expect(error.code).to.equal('invalid_body');
      expect(error.field).to.equal('roles');
    });

    it('reads X-RateLimit-Reset (epoch seconds) on a 429', async () => {
      const { fetcher } = scriptedFetcher({
        status: 429,
        body: {
          statusCode: 429,
          error: 'Too Many Requests',
          message: 'Global limit has been reached',
          errorCode: 'too_many_requests',
        },
        headers: {
          'x-ratelimit-limit': '10',
          'x-ratelimit-remaining': '0',
          'x-ratelimit-reset': String(NOW / 1000 + 12),
        },
      });
      const error = (await auth0Adapter.list(query(), ctx(fetcher)).catch((e) => e)) as InvitationError;
      expect(error.retryAfter).to.equal(12);
    });
  });

  describe('when resending', () => {
    it('reports a partial resend when the old invitation cannot be removed', async () => {
      const raw = f.raw(1, 'pending');
      const { fetcher: listFetcher } = scriptedFetcher({ status: 200, body: [raw] });
      const [inv] = (await auth0Adapter.list(query(), ctx(listFetcher))).items;
      const { fetcher } = scriptedFetcher(
        { status: 200, body: { ...raw, id: 'uinv_ffffffffffffffff' } },
        { status: 500, body: { statusCode: 500, error: 'Internal Server Error', message: 'oops' } },
      );
      const error = (await auth0Adapter.resend!(inv, ctx(fetcher)).catch((e) => e)) as InvitationError;
      expect(error.code).to.equal('resend_partial');
      expect(error.message).to.match(/sent again/);
    });
  });
});
