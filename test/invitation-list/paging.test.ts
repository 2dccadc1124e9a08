import { expect, waitUntil } from '@open-wc/testing';
import type { InvitationList } from '../../src/invitation-list/invitation-list.js';
import {
  emulator,
  fakeAdapter,
  invitations,
  listRequests,
  renderList,
  withAdapter,
  withEmulator,
  listOf,
  textOf,
} from './helpers.js';

const next = (el: InvitationList) => listOf(el).$<HTMLButtonElement>('[part~="pager-next"]')!;
const previous = (el: InvitationList) => listOf(el).$<HTMLButtonElement>('[part~="pager-previous"]')!;
const pageButtons = (el: InvitationList) => listOf(el).$$<HTMLButtonElement>('[part~="pager-page"]');
const live = (el: InvitationList) => textOf(listOf(el).$('[role="status"]'));

async function click(el: InvitationList, button: HTMLElement) {
  const loaded = listOf(el).loaded();
  button.click();
  return loaded;
}

describe('<invitation-list>', () => {
  describe('when the adapter reports totals (Clerk, numbered pages)', () => {
    it('shows "x–y of N" and a button per page, the current one marked', async () => {
      const em = emulator('clerk', 45);
      const { el } = await renderList((el) => {
        withEmulator(em, 'clerk')(el);
        el.pageSize = 10;
      });
      expect(textOf(listOf(el).part('range'))).to.equal('1–10 of 45');
      expect(pageButtons(el).map((b) => textOf(b))).to.deep.equal(['1', '2', '3', '4', '5']);
      expect(pageButtons(el)[0].getAttribute('aria-current')).to.equal('page');
      expect(previous(el).getAttribute('aria-disabled')).to.equal('true');
    });

    it('jumps to a page with its offset, announces it and fires invitation-query-change', async () => {
      const em = emulator('clerk', 45);
      const { el, events } = await renderList((el) => {
        withEmulator(em, 'clerk')(el);
        el.pageSize = 10;
      });
      await click(el, pageButtons(el)[2]);
      expect(listRequests(em).at(-2)!.searchParams.get('offset')).to.equal('20');
      expect(textOf(listOf(el).part('range'))).to.equal('21–30 of 45');
      expect(pageButtons(el)[2].getAttribute('aria-current')).to.equal('page');
      expect(live(el)).to.equal('Page 3 of 5, 10 invitations');
      const [change] = events.of('invitation-query-change');
      expect(change.detail.query).to.deep.include({ page: 2, pageSize: 10, statuses: [], search: '' });
    });

    it('shows the next page from the prefetch, without another round trip', async () => {
      const em = emulator('clerk', 45);
      const { el } = await renderList((el) => {
        withEmulator(em, 'clerk')(el);
        el.pageSize = 10;
      });
      await waitUntil(() => listRequests(em).length === 2, 'the next page is prefetched');
      expect(listRequests(em)[1].searchParams.get('offset')).to.equal('10');
      // The same seed gives the same data: ask a twin emulator what page 2 holds.
      const twin = emulator('clerk', 45);
      const page2 = await (await twin.fetch(listRequests(em)[1].href)).json();
      const firstOfPage2 = page2.data[0].email_address;
      em.latency(60000); // a request now would hang: the page must come from the cache
      const started = performance.now();
      await click(el, next(el));
      expect(performance.now() - started).to.be.below(200);
      expect(listOf(el).emails()[0]).to.equal(firstOfPage2);
      expect(listRequests(em).filter((u) => u.searchParams.get('offset') === '10')).to.have.length(1);
      expect(textOf(listOf(el).part('range'))).to.equal('11–20 of 45');
    });

    it('windows the page buttons when there are many pages', async () => {
      const em = emulator('clerk', 200);
      const { el } = await renderList((el) => {
        withEmulator(em, 'clerk')(el);
        el.pageSize = 10;
      });
      expect(pageButtons(el).map((b) => textOf(b))).to.deep.equal(['1', '2', '3', '4', '5', '20']);
      expect(listOf(el).$$('.gap')).to.have.length(1);
    });
  });

  describe('when the adapter pages without totals (Auth0, previous/next)', () => {
    it('asks for page=1 on next and page=0 on previous, and shows the page number', async () => {
      const em = emulator('auth0', 45);
      const { el, events } = await renderList((el) => {
        withEmulator(em, 'auth0')(el);
        el.pageSize = 10;
      });
      expect(pageButtons(el)).to.have.length(0);
      expect(textOf(listOf(el).part('range'))).to.equal('Page 1');
      await click(el, next(el));
      const pages = listRequests(em).map((u) => u.searchParams.get('page'));
      expect(pages.slice(0, 2)).to.deep.equal(['0', '1']);
      expect(textOf(listOf(el).part('range'))).to.equal('Page 2');
      expect(live(el)).to.equal('Page 2, 10 invitations');
      await click(el, previous(el));
      expect(textOf(listOf(el).part('range'))).to.equal('Page 1');
      expect(events.of('invitation-query-change').map((e) => e.detail.query.page)).to.deep.equal([1, 0]);
    });

    it('says the provider lists no further instead of offering next at the 1,000-record limit', async () => {
      const em = emulator('auth0', 1010);
      const { el } = await renderList((el) => {
        withEmulator(em, 'auth0')(el);
        el.pageSize = 100;
      });
      for (let page = 1; page < 9; page++) await click(el, next(el));
      expect(listOf(el).part('limit')).to.equal(null);
      await click(el, next(el));
      expect(textOf(listOf(el).part('range'))).to.equal('Page 10');
      expect(textOf(listOf(el).part('limit'))).to.match(/no further invitations/);
      expect(next(el).getAttribute('aria-disabled')).to.equal('true');
      const pages = listRequests(em).map((u) => Number(u.searchParams.get('page')));
      expect(Math.max(...pages)).to.equal(9);
    });

    it('offers no next page once the adapter says the limit is reached, even with a next token', async () => {
      const fake = fakeAdapter({ provider: 'auth0', items: invitations(10) });
      fake.pageFor = () => ({ items: fake.items, next: '1', limitReached: true });
      const { el } = await renderList((el) => {
        withAdapter(fake)(el);
        el.pageSize = 10;
      });
      expect(textOf(listOf(el).part('limit'))).to.match(/no further invitations/);
      expect(next(el).getAttribute('aria-disabled')).to.equal('true');
      next(el).click();
      await listOf(el).settle();
      expect(fake.calls.map((c) => c.query.page)).to.deep.equal([0]);
    });

    it('disables next when the prefetched next page turns out empty', async () => {
      const fake = fakeAdapter({ provider: 'auth0', items: invitations(10) });
      // A full page makes "more" likely but not certain (Auth0 has no totals): the prefetch tells.
      fake.pageFor = (q) => ({ items: q.page === 0 ? fake.items : [], next: q.page === 0 ? '1' : undefined });
      const { el } = await renderList((el) => {
        withAdapter(fake)(el);
        el.pageSize = 10;
      });
      await waitUntil(() => next(el).getAttribute('aria-disabled') === 'true', 'next is disabled');
      expect(fake.calls.map((c) => c.query.page)).to.deep.equal([0, 1]);
      next(el).click();
      await listOf(el).settle();
      expect(textOf(listOf(el).part('range'))).to.equal('Page 1');
    });
  });

  describe('when the adapter pages by cursor (Upsun)', () => {
    it('follows the next cursor and comes back to the first page without one', async () => {
      const em = emulator('upsun', 45);
      const { el } = await renderList((el) => {
        withEmulator(em, 'upsun')(el);
        el.pageSize = 10;
      });
      const page1 = listOf(el).emails();
      await click(el, next(el));
      const [first, second] = listRequests(em);
      expect(first.searchParams.has('page[after]')).to.equal(false);
      expect(second.searchParams.get('page[after]')).to.be.a('string').and.not.equal('');
      expect(listOf(el).emails()).not.to.deep.equal(page1);
      await click(el, previous(el));
      expect(listOf(el).emails()).to.deep.equal(page1);
      expect(previous(el).getAttribute('aria-disabled')).to.equal('true');
    });

    it('keeps a stack of tokens for previous when the adapter gives none', async () => {
      const fake = fakeAdapter({ provider: 'upsun', items: invitations(35) });
      const { el } = await renderList((el) => {
        withAdapter(fake)(el);
        el.pageSize = 10;
      });
      await click(el, next(el));
      await click(el, next(el));
      expect(textOf(listOf(el).part('range'))).to.equal('Page 3');
      await click(el, previous(el));
      // The cache answered; a refresh shows which token page 2 is asked for again.
      let before = fake.calls.length;
      await el.refresh();
      expect(fake.calls[before].query).to.deep.include({ page: 1, cursor: 'c10' });
      await click(el, previous(el));
      before = fake.calls.length;
      await el.refresh();
      expect(fake.calls[before].query.page).to.equal(0);
      expect(fake.calls[before].query.cursor).to.equal(undefined);
      expect(listOf(el).emails()[0]).to.equal('person0@example.com');
    });
  });

  describe('while a page loads', () => {
    it('waits: a second click cannot build on a page not shown yet', async () => {
      const fake = fakeAdapter({ provider: 'upsun', hold: true, items: invitations(40) });
      const { el } = await renderList(
        (el) => {
          withAdapter(fake)(el);
          el.pageSize = 10;
        },
        { wait: false },
      );
      const first = listOf(el).loaded();
      fake.calls[0].resolve();
      await first;
      const second = listOf(el).loaded();
      fake.calls[1].resolve(); // the prefetch of page 2
      await listOf(el).settle();
      el.sort = 'updated_at:asc';
      await el.updateComplete;
      expect(next(el).getAttribute('aria-disabled')).to.equal('true');
      next(el).click();
      previous(el).click();
      await listOf(el).settle();
      expect(fake.calls.map((c) => [c.query.page, c.query.cursor ?? null])).to.deep.equal([
        [0, null],
        [1, 'c10'],
        [0, null],
      ]);
      fake.calls[2].resolve();
      await second;
      expect(next(el).getAttribute('aria-disabled')).to.equal('false');
    });
  });

  describe('when the page size changes', () => {
    it('offers only sizes up to the adapter maximum', async () => {
      const fake = fakeAdapter({ caps: { maxPageSize: 30, defaultPageSize: 15 } });
      const { el } = await renderList(withAdapter(fake));
      const options = listOf(el)
        .$$<HTMLOptionElement>('[part="page-size"] option')
        .map((o) => o.value);
      expect(options).to.deep.equal(['10', '15', '20']);
    });

    for (const provider of ['clerk', 'auth0', 'upsun'] as const) {
      it(`asks ${provider} for the first page in the new size and fires invitation-query-change`, async () => {
        const em = emulator(provider, 60);
        const { el, events } = await renderList(withEmulator(em, provider));
        await click(el, next(el));
        const select = listOf(el).part('page-size') as HTMLSelectElement;
        select.value = '50';
        const loaded = listOf(el).loaded();
        select.dispatchEvent(new Event('change'));
        await loaded;
        const last = listRequests(em)
          .filter((u) => !u.searchParams.has('page[after]'))
          .at(-1)!;
        const size = { clerk: 'limit', auth0: 'per_page', upsun: 'page[size]' }[provider];
        expect(last.searchParams.get(size)).to.equal('50');
        expect(listOf(el).rows()).to.have.length(50);
        expect(el.pageSize).to.equal(50);
        expect(events.of('invitation-query-change').at(-1)!.detail.query).to.deep.include({ page: 0, pageSize: 50 });
      });
    }
  });

  describe('when the host changes a filter while the user is on a later page', () => {
    it('starts again on the first page, without firing invitation-query-change', async () => {
      const fake = fakeAdapter({ items: invitations(30) });
      const { el, events } = await renderList((el) => {
        withAdapter(fake)(el);
        el.pageSize = 10;
      });
      await click(el, next(el));
      expect(textOf(listOf(el).part('range'))).to.equal('11–20 of 30');
      events.clear();
      const loaded = listOf(el).loaded();
      el.status = 'pending';
      await loaded;
      expect(fake.calls.filter((c) => c.query.statuses.length).map((c) => c.query.page)[0]).to.equal(0);
      expect(textOf(listOf(el).part('range'))).to.equal('1–10 of 30');
      expect(events.of('invitation-query-change')).to.have.length(0);
    });
  });

  describe('when the last rows of a page are revoked', () => {
    it('steps back to the previous page', async () => {
      const fake = fakeAdapter({ items: invitations(11) });
      const { el } = await renderList((el) => {
        withAdapter(fake)(el);
        el.pageSize = 10;
      });
      await click(el, next(el));
      expect(listOf(el).rows()).to.have.length(1);
      fake.items = fake.items.slice(0, 10);
      await el.refresh();
      await waitUntil(() => textOf(listOf(el).part('range')) === '1–10 of 10', 'back on page 1');
      expect(listOf(el).rows()).to.have.length(10);
    });
  });
});
