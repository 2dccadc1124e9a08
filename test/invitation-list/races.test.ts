import { expect, waitUntil } from '@open-wc/testing';
import type { InvitationList } from '../../src/invitation-list/invitation-list.js';
import {
  PROVIDERS,
  emulator,
  fakeAdapter,
  holdingFetcher,
  invitation,
  invitations,
  renderList,
  withAdapter,
  withEmulator,
  listOf,
  textOf,
} from './helpers.js';

const next = (el: InvitationList) => listOf(el).$<HTMLButtonElement>('[part~="pager-next"]')!;

describe('<invitation-list>', () => {
  describe('when several properties change in the same update', () => {
    it('sends one request, and aborts none', async () => {
      const fake = fakeAdapter({ hold: true });
      const { el } = await renderList(
        (el) => {
          withAdapter(fake)(el);
          el.pageSize = 5;
          el.sort = 'email:asc';
          el.status = 'pending';
          el.search = 'person';
        },
        { wait: false },
      );
      await listOf(el).settle();
      expect(fake.calls).to.have.length(1);
      expect(fake.calls[0].query).to.deep.include({ pageSize: 5, search: 'person' });
      expect(fake.calls[0].aborted).to.equal(false);
    });
  });

  describe('when a newer query supersedes a pending one', () => {
    for (const provider of PROVIDERS) {
      it(`aborts the ${provider} request and never lets its late answer overwrite the newer page`, async () => {
        const em = emulator(provider, 60);
        const wire = holdingFetcher(em, { ignoreAbort: true });
        const { el, events } = await renderList(
          (el) => {
            withEmulator(em, provider)(el);
            el.fetcher = wire.fetcher;
          },
          { wait: false },
        );
        await waitUntil(() => wire.held.length === 1, 'the first request is sent');
        el.pageSize = 5;
        await waitUntil(() => wire.held.length === 2, 'the second request is sent');
        const [older, newer] = wire.held;
        expect(older.signal!.aborted, 'the superseded request is aborted').to.equal(true);
        expect(newer.signal!.aborted).to.equal(false);

        const loaded = listOf(el).loaded();
        newer.release();
        await loaded;
        expect(listOf(el).rows()).to.have.length(5);
        const shown = listOf(el).emails();
        older.release(); // the server answers the abandoned request after all
        await listOf(el).settle(5);
        expect(listOf(el).rows()).to.have.length(5);
        expect(listOf(el).emails()).to.deep.equal(shown);
        expect(events.of('invitation-loaded')).to.have.length(1);
        expect(events.of('invitation-error'), 'an abort is no error to report').to.have.length(0);
      });
    }

    it('keeps the newest page when answers arrive in reverse order (held adapter)', async () => {
      const fake = fakeAdapter({ hold: true, ignoreAbort: true });
      const { el } = await renderList(withAdapter(fake), { wait: false });
      el.search = 'person1';
      await el.updateComplete;
      el.search = 'person2';
      await el.updateComplete;
      expect(fake.calls.map((c) => c.query.search)).to.deep.equal(['', 'person1', 'person2']);
      expect(fake.calls.map((c) => c.aborted)).to.deep.equal([true, true, false]);
      const loaded = listOf(el).loaded();
      fake.calls[2].resolve();
      await loaded;
      fake.calls[1].resolve();
      fake.calls[0].resolve();
      await listOf(el).settle();
      expect(
        listOf(el)
          .emails()
          .every((e) => e.startsWith('person2')),
      ).to.equal(true);
    });

    it('aborts a pending load when refresh() is called', async () => {
      const fake = fakeAdapter({ hold: true });
      const { el } = await renderList(withAdapter(fake), { wait: false });
      void el.refresh();
      await el.updateComplete;
      expect(fake.calls).to.have.length(2);
      expect(fake.calls[0].aborted).to.equal(true);
      fake.calls[1].resolve();
      await listOf(el).loaded();
      expect(listOf(el).rows().length).to.be.greaterThan(0);
    });
  });

  describe('when the next page is prefetched', () => {
    it('aborts the prefetch when the element is disconnected', async () => {
      const em = emulator('clerk');
      const wire = holdingFetcher(em);
      const { el } = await renderList(
        (el) => {
          withEmulator(em, 'clerk')(el);
          el.fetcher = wire.fetcher;
        },
        { wait: false },
      );
      await waitUntil(() => wire.held.length === 1, 'the first page is asked for');
      const loaded = listOf(el).loaded();
      wire.held[0].release();
      await loaded;
      await waitUntil(() => wire.held.length === 2, 'the next page is prefetched');
      const prefetch = wire.held[1];
      expect(prefetch.url.searchParams.get('offset')).to.equal('20');
      expect(prefetch.signal!.aborted).to.equal(false);
      el.remove();
      expect(prefetch.signal!.aborted).to.equal(true);
    });

    it('drops the cache after a revoke: next shows fresh data', async () => {
      const fake = fakeAdapter({ items: invitations(15) });
      const { el } = await renderList((el) => {
        withAdapter(fake)(el);
        el.pageSize = 10;
      });
      await waitUntil(() => fake.calls.length === 2, 'the next page is prefetched');
      expect(fake.calls[1].query.page).to.equal(1);
      fake.items.push(invitation(100, { createdAt: new Date(0) })); // lands on page 2 on the server
      const reloaded = listOf(el).loaded();
      listOf(el).action('inv_0', 'revoke')!.click();
      await el.updateComplete;
      listOf(el).action('inv_0', 'confirm')!.click();
      await reloaded;
      await waitUntil(() => fake.calls.filter((c) => c.query.page === 1).length === 2, 'page 2 is prefetched again');
      const moved = listOf(el).loaded();
      next(el).click();
      await moved;
      expect(listOf(el).emails()).to.include('person100@example.com');
      expect(listOf(el).emails()).not.to.include('person10@example.com'); // moved up to page 1 after the revoke
      expect(textOf(listOf(el).part('range'))).to.equal('11–15 of 15');
    });

    it('does not keep a prefetch answer that arrives after the cache was dropped', async () => {
      const fake = fakeAdapter({ hold: true, ignoreAbort: true, items: invitations(15) });
      const { el } = await renderList(
        (el) => {
          withAdapter(fake)(el);
          el.pageSize = 10;
        },
        { wait: false },
      );
      fake.calls[0].resolve();
      await listOf(el).loaded();
      await waitUntil(() => fake.calls.length === 2, 'the next page is prefetched');
      const stalePrefetch = fake.calls[1];
      void el.refresh();
      await el.updateComplete;
      expect(stalePrefetch.aborted).to.equal(true);
      const reloaded = listOf(el).loaded();
      fake.calls[2].resolve();
      await reloaded;
      await waitUntil(() => fake.calls.length === 4, 'the next page is prefetched again');
      stalePrefetch.resolve({ items: [invitation(666)], total: 15 });
      await listOf(el).settle();
      const moved = listOf(el).loaded();
      next(el).click();
      await el.updateComplete;
      fake.calls[3].resolve();
      await moved;
      expect(listOf(el).emails()).not.to.include('person666@example.com');
      expect(listOf(el).rows()).to.have.length(5);
    });
  });
});
