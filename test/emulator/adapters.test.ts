/**
 * The emulators driven through the real adapters, end to end: every page both ways, every sort and filter, create,
 * bulk, revoke, resend and each fault — with every exchange validated against the provider's OpenAPI document.
 */
import { expect } from '@open-wc/testing';
import { createEmulator, type Emulator } from '../../src/emulator/index.js';
import { InvitationError, type Invitation, type InvitationDraft, type ListQuery } from '../../src/model.js';
import type { InvitationAdapter, RequestContext } from '../../src/providers/adapter.js';
import { BUILTIN_ADAPTERS as adapters, PROVIDER_NAMES } from '../../src/providers/providers.js';
import { validateRequestBody } from '../support/specs.js';
import { NOW, validateExchange } from './exchange.js';

/** A request context whose fetcher validates every request and response against the spec. */
function context(emulator: Emulator, signal?: AbortSignal): RequestContext {
  return {
    endpoint: emulator.endpoint,
    now: () => NOW,
    signal,
    fetcher: async (input, init) => {
      const url = String(input);
      const method = init?.method ?? 'GET';
      if (typeof init?.body === 'string') validateRequestBody(emulator.provider, method, url, JSON.parse(init.body));
      const response = await emulator.fetch(input, init);
      const text = await response.clone().text();
      let body: unknown;
      try {
        body = text ? JSON.parse(text) : undefined;
      } catch {
        return response; // a malformed-json fault: off the spec on purpose
      }
      if (response.headers.get('content-type') === 'application/json') {
        validateExchange(emulator, method, url, response.status, body);
      }
      return response;
    },
  };
}

const q = (overrides: Partial<ListQuery> = {}): ListQuery => ({
  pageSize: 10,
  page: 0,
  statuses: [],
  search: '',
  ...overrides,
});

/** Walks every page forwards, then back again with the tokens (or the remembered ones); returns the pages. */
async function walk(adapter: InvitationAdapter, ctx: RequestContext, base: Partial<ListQuery>) {
  const pages: Invitation[][] = [];
  const tokens: (string | undefined)[] = [undefined];
  for (let page = 0; ; page++) {
    const result = await adapter.list(q({ ...base, page, cursor: tokens[page] }), ctx);
    pages.push(result.items);
    if (!result.next) break;
    tokens.push(result.next);
    expect(pages.length, 'pages').to.be.below(100);
  }
  for (let page = pages.length - 2; page >= 0; page--) {
    const current = await adapter.list(q({ ...base, page: page + 1, cursor: tokens[page + 1] }), ctx);
    const back = await adapter.list(q({ ...base, page, cursor: current.previous ?? tokens[page] }), ctx);
    expect(
      back.items.map((i) => i.id),
      `page ${page} again`,
    ).to.deep.equal(pages[page].map((i) => i.id));
  }
  return pages;
}

const sortKey = (field: string, inv: Invitation) =>
  field === 'email' ? inv.email : field === 'updated_at' ? inv.updatedAt!.getTime() : inv.createdAt!.getTime();

for (const provider of PROVIDER_NAMES) {
  const adapter = adapters[provider];
  const caps = adapter.capabilities;

  describe(`the ${provider} emulator through the ${provider} adapter`, () => {
    let emulator: Emulator;
    beforeEach(() => {
      emulator = createEmulator({ provider, count: 45, seed: 3, now: NOW });
    });

    it('lists every invitation once, page by page, forwards and back', async () => {
      const pages = await walk(adapter, context(emulator), {});
      const ids = pages.flat().map((i) => i.id);
      expect(new Set(ids).size).to.equal(ids.length);
      const listable = emulator.store.all().length;
      expect(ids).to.have.length(listable);
      expect(pages.slice(0, -1).every((p) => p.length === 10)).to.be.true;
    });

    for (const field of caps.sortFields) {
      for (const direction of ['asc', 'desc'] as const) {
        it(`sorts by ${field} ${direction} across pages`, async () => {
          const items = (await walk(adapter, context(emulator), { sort: { field, direction } })).flat();
          const keys = items.map((i) => sortKey(field, i));
          const sorted = [...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
          expect(keys).to.deep.equal(direction === 'asc' ? sorted : sorted.reverse());
        });
      }
    }

    for (const status of caps.statuses) {
      it(`filters on ${status} without short pages`, async () => {
        const everything = (await walk(adapter, context(emulator), {})).flat();
        const expected = everything.filter((i) => i.status === status).map((i) => i.id);
        const pages = await walk(adapter, context(emulator), { statuses: [status] });
        expect(pages.flat().map((i) => i.id)).to.have.members(expected);
        expect(
          pages.slice(0, -1).every((p) => p.length === 10),
          'only the last page is short',
        ).to.be.true;
      });
    }

    if (caps.search) {
      it('searches by email', async () => {
        const target = (await adapter.list(q(), context(emulator))).items[3];
        const found = (await adapter.list(q({ search: target.email }), context(emulator))).items;
        expect(found.map((i) => i.id)).to.include(target.id);
        expect(found.every((i) => i.email.toLowerCase().includes(target.email.toLowerCase()))).to.be.true;
      });
    }

    it('creates an invitation that the next list shows, then revokes it', async () => {
      const ctx = context(emulator);
      const draft: InvitationDraft = {
        email: 'fresh.person@example.com',
        roles: caps.create.roles.min > 0 || provider === 'auth0' ? [emulator.roles[0].value] : [],
        inviterName: 'Ada Admin',
        clientId: 'AaiyAPdpYdesoKnqjj8HJqRn4T5titww',
        expiresInSeconds: caps.create.expiry ? caps.create.expiry.default : undefined,
        sendEmail: caps.create.sendEmail ? false : undefined,
      };
      const [created] = await adapter.create([draft], ctx);
      expect(created.email).to.equal('fresh.person@example.com');
      expect(created.status).to.equal('pending');
      const sort = { field: caps.sortFields[0], direction: 'desc' as const };
      const listed = (await walk(adapter, ctx, { sort })).flat();
      expect(listed.map((i) => i.id)).to.include(created.id);

      const revoked = await adapter.revoke(created, ctx);
      if (revoked) expect(revoked.status).to.equal('revoked');
      const after = (await walk(adapter, ctx, {})).flat().find((i) => i.id === created.id);
      // Auth0 purges revoked invitations; Clerk and Upsun keep them as revoked.
      if (provider === 'auth0') expect(after).to.be.undefined;
      else expect(after?.status).to.equal('revoked');
    });

    if (caps.bulkSize > 1) {
      it(`creates up to ${caps.bulkSize} invitations in one request`, async () => {
        const drafts = Array.from({ length: caps.bulkSize }, (_, n) => ({
          email: `bulk${n}@example.com`,
          roles: [emulator.roles[1].value],
        }));
        emulator.clearRequests();
        const created = await adapter.create(drafts, context(emulator));
        expect(created.map((i) => i.email)).to.deep.equal(drafts.map((d) => d.email));
        expect(emulator.requests).to.have.length(1);
        expect(new URL(emulator.requests[0].url).pathname).to.match(/\/bulk$/);
      });
    }

    if (caps.resend) {
      it('resends an invitation: a new one stands for it and the old one is gone or revoked', async () => {
        const ctx = context(emulator);
        const target = (await adapter.list(q({ statuses: ['pending'] }), ctx)).items[0];
        const fresh = await adapter.resend!(target, ctx);
        expect(fresh.email).to.equal(target.email);
        expect(fresh.id).not.to.equal(target.id);
        const all = (await walk(adapter, ctx, {})).flat();
        const old = all.find((i) => i.id === target.id);
        expect(old === undefined || old.status === 'revoked').to.be.true;
        expect(all.filter((i) => i.email === target.email && i.status === 'pending').map((i) => i.id)).to.deep.equal([
          fresh.id,
        ]);
      });
    }

    it('turns a duplicate invitation into an error on the email field (where the API refuses duplicates)', async () => {
      if (provider === 'auth0') return; // Auth0's Management API does not document duplicate refusal
      const target = (await adapter.list(q({ statuses: ['pending'] }), context(emulator))).items[0];
      const error = (await adapter
        .create([{ email: target.email, roles: target.roles.slice(0, 1) }], context(emulator))
        .catch((e) => e)) as InvitationError;
      expect(error).to.be.instanceOf(InvitationError);
      expect(error.field).to.equal('email');
    });

    describe('with faults', () => {
      const fails = async (ctx: RequestContext) => {
        try {
          await adapter.list(q(), ctx);
        } catch (e) {
          expect(e).to.be.instanceOf(InvitationError);
          return e as InvitationError;
        }
        throw new Error('expected an error');
      };

      it('a 500 becomes an http error with the provider message', async () => {
        emulator.fault({ kind: 'status', status: 500 });
        const error = await fails(context(emulator));
        expect([error.kind, error.status]).to.deep.equal(['http', 500]);
        expect(error.message).not.to.be.empty;
      });

      it('a 429 carries Retry-After', async () => {
        emulator.fault({ kind: 'rate-limit', retryAfter: 4 });
        const error = await fails(context(emulator));
        expect([error.status, error.retryAfter]).to.deep.equal([429, 4]);
      });

      it('malformed JSON, an HTML page and a network error are told apart', async () => {
        emulator.fault({ kind: 'malformed-json' });
        expect((await fails(context(emulator))).code).to.equal('invalid_json');
        emulator.fault({ kind: 'html', status: 502 });
        const html = await fails(context(emulator));
        expect([html.kind, html.status]).to.deep.equal(['http', 502]);
        expect(html.message).to.match(/HTML/);
        emulator.fault({ kind: 'network' });
        expect((await fails(context(emulator))).kind).to.equal('network');
      });

      it('a hung request ends when it is aborted', async () => {
        emulator.fault({ kind: 'hang' });
        const controller = new AbortController();
        const pending = fails(context(emulator, controller.signal));
        setTimeout(() => controller.abort(), 20);
        expect((await pending).kind).to.equal('abort');
      });
    });
  });
}
