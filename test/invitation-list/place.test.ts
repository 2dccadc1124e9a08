/**
 * A place a host can keep and restore: `invitation-query-change` reports the query in the shape of the list's
 * attributes (`page` from 1, `page-cursor` where the provider pages by cursor), and a list given those attributes
 * asks the provider for the same page — the same request on the wire — and shows the same rows.
 */
import { expect } from '@open-wc/testing';
import type { InvitationQueryAttributes } from '../../src/events.js';
import type { InvitationList } from '../../src/invitation-list/invitation-list.js';
import { emulator, listOf, listRequests, PROVIDERS, renderList, textOf, withEmulator } from './helpers.js';

const next = (el: InvitationList) => listOf(el).$<HTMLButtonElement>('[part~="pager-next"]')!;
const previous = (el: InvitationList) => listOf(el).$<HTMLButtonElement>('[part~="pager-previous"]')!;

async function click(el: InvitationList, button: HTMLElement) {
  const loaded = listOf(el).loaded();
  button.click();
  await loaded;
  await el.updateComplete;
}

/** What says "page 3 of 10 rows" on each provider's wire. */
const THIRD_PAGE = {
  auth0: (url: URL) => url.searchParams.get('page') === '2',
  clerk: (url: URL) => url.searchParams.get('offset') === '20',
  upsun: (url: URL) => url.searchParams.has('page[after]'),
};

/** What says "the first page" on each provider's wire. */
const FIRST_PAGE = {
  auth0: (url: URL) => url.searchParams.get('page') === '0',
  clerk: (url: URL) => url.searchParams.get('offset') === '0',
  upsun: (url: URL) => !url.searchParams.has('page[after]') && !url.searchParams.has('page[before]'),
};

describe('<invitation-list> page and query a host can restore', () => {
  for (const provider of PROVIDERS) {
    describe(provider, () => {
      it('reports the place in attribute shape; a list given those attributes asks for the same page and shows it', async () => {
        const em = emulator(provider, 45);
        const { el, events } = await renderList((el) => {
          withEmulator(em, provider)(el);
          el.pageSize = 10;
        });
        await click(el, next(el));
        const secondPage = listOf(el).emails();
        await click(el, next(el));
        const thirdPage = listOf(el).emails();
        const attributes = events.of('invitation-query-change').at(-1)!.detail.attributes as InvitationQueryAttributes;
        expect(attributes).to.deep.include({ page: '3', 'page-size': '10', status: '', search: '' });
        expect(attributes.sort).to.match(/^[a-z_]+:(asc|desc)$/);
        if (provider === 'upsun') expect(attributes['page-cursor']).to.match(/^after:/);
        else expect(attributes).not.to.have.property('page-cursor');
        expect(el.page).to.equal(3);
        expect(el.pageCursor).to.equal(attributes['page-cursor'] ?? '');

        // a second list, restored from what the first reported, as a host would from its URL
        const from = em.requests.length;
        const restored = await renderList((list) => {
          withEmulator(em, provider)(list);
          for (const [name, value] of Object.entries(attributes)) list.setAttribute(name, value);
        });
        const wire = em.requests.slice(from).filter((r) => r.method === 'GET');
        const first = new URL(wire[0].url);
        expect(THIRD_PAGE[provider](first), first.href).to.equal(true);
        const before = em.requests.slice(0, from).filter((r) => r.method === 'GET');
        expect(
          before.map((r) => r.url),
          'the first list asked for the same URL',
        ).to.include(wire[0].url);
        expect(listOf(restored.el).emails()).to.deep.equal(thirdPage);
        expect(restored.events.of('invitation-query-change')).to.have.length(0);
        expect(restored.el.page).to.equal(3);

        // and "previous" works from there (Upsun: with the page's own previous cursor)
        await click(restored.el, previous(restored.el));
        expect(listOf(restored.el).emails()).to.deep.equal(secondPage);
        expect(restored.el.page).to.equal(2);
        expect(restored.events.of('invitation-query-change').at(-1)!.detail.attributes.page).to.equal('2');
      });

      it('starts again on page 1 when the user changes a filter, and says so', async () => {
        const em = emulator(provider, 45);
        const { el, events } = await renderList((el) => {
          withEmulator(em, provider)(el);
          el.pageSize = 10;
        });
        await click(el, next(el));
        expect(el.page).to.equal(2);
        const select = listOf(el).part('page-size') as HTMLSelectElement;
        select.value = '20';
        const loaded = listOf(el).loaded();
        select.dispatchEvent(new Event('change'));
        await loaded;
        await el.updateComplete;
        expect(el.page).to.equal(1);
        expect(el.pageCursor).to.equal('');
        const attributes = events.of('invitation-query-change').at(-1)!.detail.attributes;
        expect(attributes).to.deep.include({ page: '1', 'page-size': '20' });
        expect(attributes).not.to.have.property('page-cursor');
      });
    });
  }

  for (const provider of ['auth0', 'clerk'] as const) {
    it(`${provider}: setting page on a live list loads it, with no invitation-query-change`, async () => {
      const em = emulator(provider, 45);
      const { el, events } = await renderList((el) => {
        withEmulator(em, provider)(el);
        el.pageSize = 10;
      });
      const loaded = listOf(el).loaded();
      el.page = 3;
      await loaded;
      expect(listRequests(em).some(THIRD_PAGE[provider])).to.equal(true);
      expect(textOf(listOf(el).part('range'))).to.match(provider === 'clerk' ? /^21–30 of 45$/ : /^Page 3$/);
      expect(events.of('invitation-query-change')).to.have.length(0);
    });

    it(`${provider}: a page past the end starts again on the first page, without asking page by page`, async () => {
      const em = emulator(provider, 45);
      const { el, events } = await renderList((el) => {
        withEmulator(em, provider)(el);
        el.pageSize = 10;
        el.setAttribute('page', '40');
      });
      const asked = listRequests(em);
      // page 40 (empty), then the first page (and its prefetch of page 2)
      expect(asked.length).to.be.at.most(3);
      expect(FIRST_PAGE[provider](asked[1])).to.equal(true);
      expect(el.page).to.equal(1);
      expect(listOf(el).rows()).to.have.length(10);
      expect(events.of('invitation-query-change')).to.have.length(0);
    });
  }

  for (const value of ['abc', '0', '-2', '1.5', '']) {
    it(`page="${value}" is the first page`, async () => {
      const em = emulator('clerk', 45);
      const { el } = await renderList((el) => {
        withEmulator(em, 'clerk')(el);
        el.setAttribute('page', value);
      });
      expect(FIRST_PAGE.clerk(listRequests(em)[0])).to.equal(true);
      expect(el.page).to.equal(1);
    });
  }

  it('upsun: a later page without its cursor is the first page (a cursor-paged API has no page numbers)', async () => {
    const em = emulator('upsun', 45);
    const { el } = await renderList((el) => {
      withEmulator(em, 'upsun')(el);
      el.setAttribute('page', '3');
    });
    expect(FIRST_PAGE.upsun(listRequests(em)[0])).to.equal(true);
    expect(el.page).to.equal(1);
  });

  it('keeps a page set together with filters (the host restoring both at once)', async () => {
    const em = emulator('clerk', 45);
    const { el } = await renderList((el) => {
      withEmulator(em, 'clerk')(el);
      el.pageSize = 10;
    });
    const loaded = listOf(el).loaded();
    el.sort = 'created_at:asc';
    el.page = 2;
    await loaded;
    await el.updateComplete;
    const last = listRequests(em).filter((u) => u.searchParams.get('order_by') === '+created_at')[0];
    expect(last.searchParams.get('offset')).to.equal('10');
    expect(el.page).to.equal(2);
  });
});
