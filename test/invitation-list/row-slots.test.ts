/**
 * Which table row shows which invitation: kept while the rows keep their order, reused in place when they are
 * reordered or all new (a sort, another page), with focus following its invitation, never left on another's button.
 */
import { expect } from '@open-wc/testing';
import { RowSlots } from '../../src/invitation-list/internal/rows.js';
import type { InvitationList } from '../../src/invitation-list/invitation-list.js';
import { fakeAdapter, invitation, invitations, listOf, renderList, withAdapter } from './helpers.js';

const ids = (...n: number[]) => n.map((i) => invitation(i));
const rowsOf = (el: InvitationList) => [...el.shadowRoot!.querySelectorAll<HTMLTableRowElement>('tbody tr[data-id]')];
const idsOf = (el: InvitationList) => rowsOf(el).map((r) => r.dataset.id);

async function sortBy(el: InvitationList, sort: string) {
  const loaded = listOf(el).loaded();
  el.sort = sort;
  await loaded;
  await el.updateComplete;
}

describe('<invitation-list> rows', () => {
  describe('RowSlots', () => {
    it('keeps each invitation in its row while the rows keep their order', () => {
      const slots = new RowSlots();
      const first = slots.assign(ids(1, 2, 3));
      const keys = ids(1, 2, 3).map(first.keyOf);
      expect(first.reused).to.equal(false);

      const added = slots.assign(ids(0, 1, 2, 3)); // one added on top
      expect(ids(1, 2, 3).map(added.keyOf)).to.deep.equal(keys);
      expect(keys).not.to.include(added.keyOf(invitation(0)));
      expect(added.reused).to.equal(false);

      const removed = slots.assign(ids(0, 1, 3)); // one removed
      expect([1, 3].map((n) => removed.keyOf(invitation(n)))).to.deep.equal([keys[0], keys[2]]);
      expect(removed.reused).to.equal(false);
    });

    it('reuses the rows in place, by position, when they are reordered or all new', () => {
      const slots = new RowSlots();
      const first = slots.assign(ids(1, 2, 3));
      const keys = ids(1, 2, 3).map(first.keyOf);

      const sorted = slots.assign(ids(3, 1, 2));
      expect(ids(3, 1, 2).map(sorted.keyOf)).to.deep.equal(keys);
      expect(sorted.reused).to.equal(true);

      const next = slots.assign(ids(7, 8, 9, 10)); // another page, one row longer
      const nextKeys = ids(7, 8, 9, 10).map(next.keyOf);
      expect(nextKeys.slice(0, 3)).to.deep.equal(keys);
      expect(keys).not.to.include(nextKeys[3]);
      expect(next.reused).to.equal(true);
    });
  });

  describe('when the sort changes', () => {
    it('updates the same row elements in place, in the new order, with one request', async () => {
      const fake = fakeAdapter({ items: invitations(20) });
      const { el } = await renderList(withAdapter(fake));
      const before = rowsOf(el);
      const calls = fake.calls.length;
      await sortBy(el, 'email:asc');
      expect(fake.calls.length - calls).to.equal(1);
      const expected = fake.pageFor(fake.calls.at(-1)!.query).items.map((i) => i.id);
      expect(idsOf(el)).to.deep.equal(expected);
      expect(rowsOf(el)).to.deep.equal(before, 'the same <tr> elements');
      await expect(el).to.be.accessible();
    });

    it('keeps focus with its invitation, not on the button now in its place', async () => {
      const fake = fakeAdapter({ items: invitations(20) });
      const { el } = await renderList(withAdapter(fake));
      const id = idsOf(el)[2]!;
      listOf(el).action(id, 'revoke')!.focus();
      await sortBy(el, 'email:asc');
      await el.updateComplete;
      const focused = listOf(el).focused();
      expect(focused?.closest('tr')?.dataset.id).to.equal(id);
      expect(focused?.getAttribute('data-action')).to.equal('revoke');
      expect(idsOf(el)[2]).not.to.equal(id, 'the invitation moved: the test can fail');
    });

    it('moves focus to the caption when its invitation left the page', async () => {
      const fake = fakeAdapter({ items: invitations(40) });
      const { el } = await renderList((list) => {
        withAdapter(fake)(list);
        list.pageSize = 10;
      });
      const id = idsOf(el)[0]!;
      listOf(el).action(id, 'revoke')!.focus();
      await sortBy(el, 'created_at:asc');
      await el.updateComplete;
      expect(idsOf(el)).not.to.include(id, 'the invitation left the page: the test can fail');
      expect(listOf(el).focused()?.tagName).to.equal('CAPTION');
    });
  });

  describe('when the list is refreshed with one invitation more', () => {
    it('keeps the row elements of the others', async () => {
      const fake = fakeAdapter({ items: invitations(5) });
      const { el } = await renderList(withAdapter(fake));
      const before = new Map(rowsOf(el).map((r) => [r.dataset.id, r]));
      fake.items.push(invitation(99, { createdAt: new Date(Date.UTC(2030, 0, 1)) }));
      const loaded = listOf(el).loaded();
      await el.refresh();
      await loaded;
      await el.updateComplete;
      expect(idsOf(el)[0]).to.equal(invitation(99).id, 'the new one is on top');
      for (const row of rowsOf(el).slice(1)) expect(row).to.equal(before.get(row.dataset.id));
    });
  });
});
