/**
 * The role filter (`role-filter` attribute, `roleFilter` property, a select where role values are known). None of
 * the three providers filters invitations by role, so the list reads their unfiltered pages in order, in batches of
 * up to 100, and keeps the rows with the role until a page is full — never a short page but the last one. Checked
 * against what the provider itself lists (the wire: no role parameter goes out), for every provider.
 */
import { expect } from '@open-wc/testing';
import type { Emulator } from '../../src/emulator/index.js';
import type { InvitationList } from '../../src/invitation-list/invitation-list.js';
import type { Invitation, ListQuery } from '../../src/model.js';
import {
  ADAPTERS,
  emulator,
  fakeAdapter,
  invitations,
  listOf,
  listRequests,
  PROVIDERS,
  renderList,
  textOf,
  withAdapter,
  withEmulator,
  type ProviderName,
} from './helpers.js';

const COUNT = 120;

const next = (el: InvitationList) => listOf(el).$<HTMLButtonElement>('[part~="pager-next"]')!;
const previous = (el: InvitationList) => listOf(el).$<HTMLButtonElement>('[part~="pager-previous"]')!;
const ids = (el: InvitationList) =>
  listOf(el)
    .rows()
    .map((r) => r.dataset.id);

async function click(el: InvitationList, button: HTMLElement) {
  const loaded = listOf(el).loaded();
  button.click();
  await loaded;
  await el.updateComplete;
}

/** Every invitation of a twin emulator (same seed, same data), in the provider's default order, through the adapter. */
async function everyInvitation(provider: ProviderName): Promise<Invitation[]> {
  const twin = emulator(provider, COUNT);
  const all: Invitation[] = [];
  let query: ListQuery = { pageSize: 100, page: 0, statuses: [], search: '' };
  for (;;) {
    const page = await ADAPTERS[provider].list(query, { endpoint: twin.endpoint, fetcher: twin.fetch });
    all.push(...page.items);
    if (!page.next && (page.total === undefined || all.length >= page.total)) return all;
    query = { ...query, page: query.page + 1, cursor: page.next };
  }
}

/** The role the most invitations carry (a filter with several pages). */
function commonRole(all: Invitation[]): string {
  const counts = new Map<string, number>();
  for (const inv of all) for (const role of inv.roles) counts.set(role, (counts.get(role) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0][0];
}

const ROLE_OPTIONS = (em: Emulator) => [...em.roles];

describe('<invitation-list> role filter', () => {
  for (const provider of PROVIDERS) {
    describe(provider, () => {
      it('shows only that role, full pages in the provider’s order, and pages by "next" and back', async () => {
        const all = await everyInvitation(provider);
        const role = commonRole(all);
        const matches = all.filter((i) => i.roles.includes(role)).map((i) => i.id);
        expect(matches.length, 'enough for three pages').to.be.above(20);
        const em = emulator(provider, COUNT);
        const { el, events } = await renderList((el) => {
          withEmulator(em, provider)(el);
          el.pageSize = 10;
          el.setAttribute('role-filter', role);
        });
        expect(ids(el)).to.deep.equal(matches.slice(0, 10));
        // the wire: the provider's own unfiltered list, in batches of up to 100, nothing about roles
        for (const url of listRequests(em)) {
          expect([...url.searchParams.keys()].join(), url.href).not.to.match(/role|permission/i);
        }
        const size = { auth0: 'per_page', clerk: 'limit', upsun: 'page[size]' }[provider];
        expect(listRequests(em)[0].searchParams.get(size)).to.equal('100');
        expect(textOf(listOf(el).part('range'))).to.equal('Page 1');
        expect(listOf(el).$$('[part~="pager-page"]')).to.have.length(0);

        let shown = 10;
        for (let page = 2; shown < matches.length; page++) {
          await click(el, next(el));
          expect(ids(el), `page ${page}`).to.deep.equal(matches.slice(shown, shown + 10));
          expect(textOf(listOf(el).part('range'))).to.equal(`Page ${page}`);
          shown += 10;
        }
        expect(next(el).getAttribute('aria-disabled'), 'no page after the last match').to.equal('true');
        await click(el, previous(el));
        expect(ids(el)).to.deep.equal(matches.slice(shown - 20, shown - 10));
        expect(events.of('invitation-query-change').at(-1)!.detail.query.role).to.equal(role);
      });

      it('offers the roles it knows in a select; choosing one fires invitation-query-change, "Clear filters" empties it', async () => {
        const em = emulator(provider, COUNT);
        const { el, events } = await renderList((el) => {
          withEmulator(em, provider)(el);
          el.pageSize = 10;
          if (provider !== 'upsun') el.roles = ROLE_OPTIONS(em); // Upsun's permissions are the adapter's own
        });
        const select = listOf(el).part('role-filter') as HTMLSelectElement;
        expect(select, 'a role select').to.exist;
        const options = [...select.options].map((o) => o.value);
        expect(options).to.deep.equal(['', ...em.roles.map((r) => r.value)]);
        expect(textOf(select.options[0])).to.equal('All roles');

        const role = em.roles.at(-1)!.value;
        select.value = role;
        const loaded = listOf(el).loaded();
        select.dispatchEvent(new Event('change'));
        await loaded;
        await el.updateComplete;
        expect(el.roleFilter).to.equal(role);
        const change = events.of('invitation-query-change').at(-1)!.detail;
        expect(change.query).to.deep.include({ page: 0, role });
        expect(change.attributes['role-filter']).to.equal(role);
        const shown = listOf(el).rows();
        if (shown.length) {
          const loadedRows = events.of('invitation-loaded').at(-1)!.detail.invitations as Invitation[];
          expect(loadedRows.every((i) => i.roles.includes(role))).to.equal(true);
        }
      });

      it('a role no invitation has: the filtered empty state, and "Clear filters" shows them all again', async () => {
        const em = emulator(provider, 30);
        const { el } = await renderList((el) => {
          withEmulator(em, provider)(el);
          el.roleFilter = 'nobody-has-this-role';
        });
        expect(listOf(el).rows()).to.have.length(0);
        const clear = listOf(el).$<HTMLButtonElement>('[part~="clear-filters"]')!;
        expect(textOf(clear)).to.equal('Clear filters');
        const loaded = listOf(el).loaded();
        clear.click();
        await loaded;
        expect(el.roleFilter).to.equal('');
        expect(listOf(el).rows().length).to.be.above(0);
      });
    });
  }

  it('restores a filtered page from the attributes it reported (the token says where to resume)', async () => {
    const all = await everyInvitation('clerk');
    const role = commonRole(all);
    const matches = all.filter((i) => i.roles.includes(role)).map((i) => i.id);
    const em = emulator('clerk', COUNT);
    const { el, events } = await renderList((el) => {
      withEmulator(em, 'clerk')(el);
      el.pageSize = 10;
      el.roleFilter = role;
    });
    await click(el, next(el));
    const attributes = events.of('invitation-query-change').at(-1)!.detail.attributes as Record<string, string>;
    expect(attributes).to.deep.include({ page: '2', 'role-filter': role });
    expect(attributes['page-cursor']).to.match(/^r\d+\.\d+\./);
    const restored = await renderList((list) => {
      withEmulator(em, 'clerk')(list);
      for (const [name, value] of Object.entries(attributes)) list.setAttribute(name, value);
    });
    expect(ids(restored.el)).to.deep.equal(matches.slice(10, 20));
  });

  it('leaves the filter to an adapter whose server filters by role (capabilities.roleFilter)', async () => {
    const fake = fakeAdapter({ caps: { roleFilter: 'server' }, items: invitations(30) });
    const { el } = await renderList((el) => {
      withAdapter(fake)(el);
      el.pageSize = 10;
      el.roleFilter = 'admin';
    });
    expect(fake.calls[0].query).to.deep.include({ role: 'admin', pageSize: 10, page: 0 });
    expect(listOf(el).$$('[part~="pager-page"]').length, 'numbered pages, as the adapter pages').to.be.above(0);
  });

  it('has no role control where no role values are known, and none where the provider has no roles column', async () => {
    const em = emulator('clerk', 12);
    const { el } = await renderList(withEmulator(em, 'clerk'));
    expect(listOf(el).part('role-filter')).to.equal(null);
    const fake = fakeAdapter({ caps: { columns: { roles: false, inviter: true, expires: true, url: true } } });
    const other = await renderList((list) => {
      withAdapter(fake)(list);
      list.roles = [{ value: 'admin', label: 'Admin' }];
    });
    expect(listOf(other.el).part('role-filter')).to.equal(null);
  });
});
