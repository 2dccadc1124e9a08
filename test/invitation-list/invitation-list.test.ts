import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { registerLocale } from '../../src/internal/localize.js';
import { InvitationList } from '../../src/invitation-list/invitation-list.js';
import { InvitationCreatedEvent } from '../../src/events.js';
import { commonMessages } from '../../src/i18n/en-common.js';
import { adapterNames, registerAdapter, unregisterAdapter } from '../../src/providers/adapter.js';
import {
  PROVIDERS,
  emulator,
  fakeAdapter,
  invitation,
  listRequests,
  renderList,
  withAdapter,
  withEmulator,
  type ProviderName,
  listOf,
  textOf,
} from './helpers.js';

/** The registered adapters as the English message lists them. */
const registeredNames = () => new Intl.ListFormat('en', { type: 'disjunction' }).format(adapterNames());

const headers = (el: InvitationList) =>
  listOf(el)
    .$$('thead th')
    .map((th) => textOf(th));

describe('<invitation-list>', () => {
  describe('when it is defined', () => {
    it('is registered by the test helper under invitation-list and upgrades to the class', async () => {
      const el = await fixture(html`<invitation-list></invitation-list>`);
      expect(el).to.be.instanceOf(InvitationList);
    });

    it('registers under another tag with define(tag), and a second define of the same tag is a no-op', () => {
      InvitationList.define('acme-invitation-list');
      expect(() => InvitationList.define('acme-invitation-list')).not.to.throw();
      const Ctor = customElements.get('acme-invitation-list')!;
      expect(new Ctor()).to.be.instanceOf(InvitationList);
    });
  });

  describe('when it is not configured', () => {
    it('says that no provider is set, and requests nothing', async () => {
      let calls = 0;
      const { el } = await renderList(
        (el) => {
          el.endpoint = 'https://api.example.com/invitations';
          el.fetcher = async () => (calls++, new Response('[]'));
        },
        { wait: false },
      );
      await listOf(el).settle();
      expect(listOf(el).part('error')!.getAttribute('role')).to.equal('alert');
      expect(textOf(listOf(el).part('error'))).to.equal(commonMessages.noAdapter('', registeredNames()));
      expect(calls).to.equal(0);
      await expect(el).to.be.accessible();
    });

    it('names an unknown provider', async () => {
      const { el } = await renderList((el) => (el.provider = 'okta'), { wait: false });
      expect(textOf(listOf(el).part('error'))).to.equal(commonMessages.noAdapter('okta', registeredNames()));
    });

    it('names the adapters registered at run time, a host adapter too, and none that is not registered', async () => {
      registerAdapter('acme', fakeAdapter().adapter);
      try {
        const { el } = await renderList((el) => (el.provider = 'okta'), { wait: false });
        expect(textOf(listOf(el).part('error'))).to.equal(
          'Unknown provider "okta". Use auth0, clerk, upsun, or acme, or set the adapter property.',
        );
      } finally {
        unregisterAdapter('acme');
      }
    });

    it('asks for the endpoint when only the provider is set, and loads once it is set', async () => {
      const em = emulator('clerk');
      const { el } = await renderList(
        (el) => {
          el.provider = 'clerk';
          el.fetcher = em.fetch;
        },
        { wait: false },
      );
      await listOf(el).settle();
      expect(textOf(listOf(el).part('error'))).to.equal(commonMessages.noEndpoint);
      expect(em.requests).to.have.length(0);
      const loaded = listOf(el).loaded();
      el.endpoint = em.endpoint;
      await loaded;
      expect(listOf(el).rows()).to.have.length(20);
    });
  });

  for (const provider of PROVIDERS) {
    describe(`with the ${provider} emulator`, () => {
      it('sends the list request of the provider dialect and renders its first page', async () => {
        const em = emulator(provider);
        const { el } = await renderList(withEmulator(em, provider));
        const [first] = listRequests(em);
        const expected: Record<ProviderName, Record<string, string | string[]>> = {
          auth0: { page: '0', per_page: '20', include_totals: 'true', sort: 'created_at:-1' },
          clerk: {
            limit: '20',
            offset: '0',
            status: ['pending', 'accepted', 'revoked', 'expired'],
            order_by: '-created_at',
          },
          upsun: {
            'page[size]': '20',
            sort: '-updated_at',
            'filter[state][in]': 'pending,processing,accepted,cancelled,error',
          },
        };
        for (const [key, value] of Object.entries(expected[provider])) {
          if (Array.isArray(value)) expect(first.searchParams.getAll(key), key).to.deep.equal(value);
          else expect(first.searchParams.get(key), key).to.equal(value);
        }
        expect(listOf(el).rows().length).to.equal(20);
        expect(
          listOf(el)
            .emails()
            .every((e) => e.includes('@')),
        ).to.equal(true);
      });

      it('shows only the columns the provider ever has data for', async () => {
        const em = emulator(provider);
        const { el } = await renderList(withEmulator(em, provider));
        const base = ['Email', 'Status', 'Roles', 'Invited by', 'Sent'];
        const expected = provider === 'upsun' ? [...base, 'Actions'] : [...base, 'Expires', 'Actions'];
        expect(headers(el)).to.deep.equal(expected);
        expect(listOf(el).rows()[0].children).to.have.length(expected.length);
      });
    });
  }

  describe('when the adapter labels roles', () => {
    it('shows the labels (Upsun permissions) instead of the raw values', async () => {
      const em = emulator('upsun');
      const { el } = await renderList(withEmulator(em, 'upsun'));
      const roles = listOf(el)
        .$$('[part~="cell-roles"]')
        .map((c) => textOf(c));
      expect(roles.join(' ')).to.match(/Manage (billing|users|plans)|List projects|Create projects|Admin/);
      expect(roles.join(' ')).not.to.match(/projects:list|members\b/);
    });

    it('calls roleLabel with the role and the invitation', async () => {
      const fake = fakeAdapter({ items: [invitation(1, { roles: ['a', 'b'] })] });
      const seen: unknown[] = [];
      fake.adapter.roleLabel = (role, inv) => (seen.push([role, inv?.id]), role.toUpperCase());
      const { el } = await renderList(withAdapter(fake));
      expect(textOf(el.shadowRoot!.querySelector('[part~="cell-roles"]'))).to.equal('A, B');
      expect(seen).to.deep.include(['a', 'inv_1']);
    });

    it('prefers the labels the host gives in the roles property (Auth0 role ids → names)', async () => {
      const em = emulator('auth0');
      const { el } = await renderList((list) => {
        withEmulator(em, 'auth0')(list);
        list.roles = em.roles.map((r) => ({ value: r.value, label: r.label }));
      });
      const roles = listOf(el)
        .$$('[part~="cell-roles"]')
        .map((c) => textOf(c))
        .join(' ');
      expect(roles).to.match(/Admin|Member|Billing|Support|Viewer/);
      expect(roles).not.to.match(/rol_/);
    });
  });

  describe('when provider data holds markup or unsafe links', () => {
    it('renders it as text and links nothing but https', async () => {
      const fake = fakeAdapter({
        items: [
          invitation(1, {
            email: '<img src=x onerror="window.__pwned=1">@evil.test',
            inviter: { name: '<b>Mallory</b>' },
            roles: ['<script>alert(1)</script>'],
            url: 'javascript:alert(1)',
          }),
          invitation(2, { url: 'http://plain.example.com/accept' }),
          invitation(3),
        ],
      });
      const { el } = await renderList(withAdapter(fake));
      expect(el.shadowRoot!.querySelector('img, b, script')).to.equal(null);
      expect(listOf(el).emails()[0]).to.equal('<img src=x onerror="window.__pwned=1">@evil.test');
      expect(textOf(el.shadowRoot!.querySelector('[part~="cell-inviter"]'))).to.equal('<b>Mallory</b>');
      // Only the https invitation can have its link copied; nothing is rendered as an anchor with another scheme.
      const copyable = listOf(el)
        .rows()
        .map((r) => !!r.querySelector('[data-action="copy"]'));
      expect(copyable).to.deep.equal([false, false, true]);
      for (const a of listOf(el).$$<HTMLAnchorElement>('a')) expect(a.protocol).to.equal('https:');
    });
  });

  describe('when attributes are set', () => {
    it('turns page-size, sort, status and search into the adapter query', async () => {
      const fake = fakeAdapter();
      await renderList((el) => {
        withAdapter(fake)(el);
        el.setAttribute('page-size', '5');
        el.setAttribute('sort', 'email:asc');
        el.setAttribute('status', 'expired, pending,bogus');
        el.setAttribute('search', ' person1 ');
      });
      expect(fake.calls[0].query).to.deep.equal({
        pageSize: 5,
        page: 0,
        sort: { field: 'email', direction: 'asc' },
        statuses: ['pending', 'expired'],
        search: 'person1',
      });
    });

    it('clamps page-size to the adapter maximum and falls back to its default for nonsense', async () => {
      const fake = fakeAdapter({ provider: 'auth0' });
      const { el } = await renderList((el) => {
        withAdapter(fake)(el);
        el.setAttribute('page-size', '1000');
      });
      expect(fake.calls[0].query.pageSize).to.equal(100);
      el.setAttribute('page-size', 'many');
      await listOf(el).loaded();
      expect(fake.calls.at(-1)!.query.pageSize).to.equal(20);
    });

    it('ignores a sort field the adapter cannot sort by', async () => {
      const fake = fakeAdapter({ provider: 'auth0' });
      await renderList((el) => {
        withAdapter(fake)(el);
        el.sort = 'email:asc';
      });
      expect(fake.calls[0].query.sort).to.deep.equal({ field: 'created_at', direction: 'desc' });
    });

    it('restores the defaults when the attributes are removed', async () => {
      const fake = fakeAdapter();
      const { el } = await renderList((el) => {
        withAdapter(fake)(el);
        el.setAttribute('page-size', '5');
        el.setAttribute('sort', 'email:asc');
        el.setAttribute('status', 'pending');
        el.setAttribute('search', 'x');
      });
      const loaded = listOf(el).loaded();
      for (const name of ['page-size', 'sort', 'status', 'search']) el.removeAttribute(name);
      await loaded;
      expect(fake.calls.filter((c) => c.query.page === 0).at(-1)!.query).to.deep.equal({
        pageSize: fake.adapter.capabilities.defaultPageSize,
        page: 0,
        sort: { field: 'created_at', direction: 'desc' },
        statuses: [],
        search: '',
      });
    });

    it('sends one request for changes made together, and fires no query-change for property sets', async () => {
      const fake = fakeAdapter();
      const { el, events } = await renderList(withAdapter(fake));
      const before = fake.calls.length;
      const loaded = listOf(el).loaded();
      el.pageSize = 5;
      el.sort = 'email:desc';
      el.status = 'pending';
      el.search = 'person';
      await loaded;
      await listOf(el).settle();
      const lists = fake.calls.slice(before).filter((c) => c.query.page === 0);
      expect(lists).to.have.length(1);
      expect(events.of('invitation-query-change')).to.have.length(0);
    });
  });

  describe('when lang is set', () => {
    before(() => registerLocale('de', { listCaption: 'Einladungen', listColumnEmail: 'E-Mail' }));

    it('renders texts, dates and numbers in that language, and follows a change', async () => {
      const fake = fakeAdapter({ items: [invitation(1, { createdAt: new Date(Date.now() - 3 * 86400000) })] });
      const { el } = await renderList((el) => {
        withAdapter(fake)(el);
        el.setAttribute('lang', 'de');
      });
      expect(textOf(listOf(el).part('caption'))).to.equal('Einladungen');
      expect(textOf(el.shadowRoot!.querySelector('[part~="cell-created"] time'))).to.match(/^vor 3 Tagen/);
      el.lang = 'en';
      await el.updateComplete;
      expect(textOf(listOf(el).part('caption'))).to.equal('Invitations');
      expect(textOf(el.shadowRoot!.querySelector('[part~="cell-created"] time'))).to.match(/^3 days ago/);
    });
  });

  describe('when an invitation is created for the same endpoint', () => {
    it('refreshes on invitation-created from anywhere in the document, without host code', async () => {
      const em = emulator('clerk', 3);
      const { el } = await renderList(withEmulator(em, 'clerk'));
      expect(listOf(el).rows()).to.have.length(3);
      await em.fetch(em.endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email_address: 'new.person@example.com', role: 'org:member' }),
      });
      const form = await fixture(html`<div></div>`);
      const loaded = listOf(el).loaded();
      form.dispatchEvent(new InvitationCreatedEvent([invitation(99)], em.endpoint));
      await loaded;
      expect(listOf(el).rows()).to.have.length(4);
      expect(listOf(el).emails()).to.include('new.person@example.com');
    });

    it('ignores invitations created in another collection', async () => {
      const em = emulator('clerk', 3);
      const { el } = await renderList(withEmulator(em, 'clerk'));
      const before = em.requests.length;
      document.body.dispatchEvent(new InvitationCreatedEvent([invitation(99)], 'https://elsewhere.test/invitations'));
      await listOf(el).settle();
      expect(em.requests.length).to.equal(before);
    });

    it('reloads from the server on refresh(), not from the cache', async () => {
      const em = emulator('auth0', 30);
      const { el } = await renderList(withEmulator(em, 'auth0'));
      await listOf(el).settle();
      const before = listRequests(em).length;
      await el.refresh();
      await el.updateComplete;
      const after = listRequests(em).slice(before);
      expect(after[0].searchParams.get('page')).to.equal('0');
    });
  });

  describe('when it loads a page', () => {
    it('fires invitation-loaded with the normalized invitations and the total', async () => {
      const fake = fakeAdapter({ items: [invitation(1), invitation(2)] });
      const el = document.createElement('invitation-list');
      withAdapter(fake)(el);
      const loaded = oneEvent(el, 'invitation-loaded');
      await fixture(html`<div>${el}</div>`);
      const event = await loaded;
      expect(event.detail.invitations.map((i: { id: string }) => i.id)).to.deep.equal(['inv_1', 'inv_2']);
      expect(event.detail.total).to.equal(2);
      expect(event.bubbles && event.composed).to.equal(true);
    });

    it('fires the deprecated invitations-loaded right after, with the same detail, once per page', async () => {
      const fake = fakeAdapter({ items: [invitation(1), invitation(2)] });
      const { el, events } = await renderList(withAdapter(fake));
      const names = events.filter((e) => e.type.endsWith('-loaded')).map((e) => e.type);
      expect(names).to.deep.equal(['invitation-loaded', 'invitations-loaded']);
      const [current, legacy] = events.filter((e) => e.type.endsWith('-loaded'));
      expect(legacy.detail).to.deep.equal(current.detail);
      expect(el.shadowRoot).to.exist;
    });
  });
});
