import { aTimeout, expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { InvitationList } from '../../src/invitation-list/invitation-list.js';
import {
  ADAPTERS,
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

const sortSelect = (el: InvitationList) => listOf(el).part('sort') as HTMLSelectElement;
const checkboxes = (el: InvitationList) =>
  listOf(el).$$<HTMLInputElement>('[part="status-filter"] input[type="checkbox"]');
const searchInput = (el: InvitationList) => listOf(el).part('search') as HTMLInputElement | null;

async function choose(el: InvitationList, select: HTMLSelectElement, value: string) {
  select.value = value;
  const loaded = listOf(el).loaded();
  select.dispatchEvent(new Event('change'));
  return loaded;
}

async function toggle(el: InvitationList, box: HTMLInputElement) {
  const loaded = listOf(el).loaded();
  box.click();
  return loaded;
}

describe('<invitation-list>', () => {
  describe('when the user sorts', () => {
    const options: Record<ProviderName, string[]> = {
      auth0: ['created_at:desc', 'created_at:asc'],
      clerk: ['created_at:desc', 'created_at:asc', 'email:asc', 'email:desc'],
      upsun: ['updated_at:desc', 'updated_at:asc'],
    };
    const wire: Record<ProviderName, [string, string]> = {
      auth0: ['sort', 'created_at:1'],
      clerk: ['order_by', 'created_at'],
      upsun: ['sort', 'updated_at'],
    };

    for (const provider of PROVIDERS) {
      it(`offers only the ${provider} sort fields and sends the chosen order`, async () => {
        const em = emulator(provider);
        const { el, events } = await renderList(withEmulator(em, provider));
        const select = sortSelect(el);
        expect([...select.options].map((o) => o.value)).to.deep.equal(options[provider]);
        expect(select.value).to.equal(options[provider][0]);
        await choose(el, select, options[provider][1]);
        const [key, value] = wire[provider];
        expect(listRequests(em).at(-2)!.searchParams.get(key)?.replace(/^\+/, '')).to.equal(value);
        expect(el.sort).to.equal(options[provider][1]);
        const [change] = events.of('invitation-query-change');
        expect(change.detail.query.sort).to.deep.equal({ field: options[provider][1].split(':')[0], direction: 'asc' });
        expect(change.detail.query.page).to.equal(0);
      });
    }

    it('shows a sort and a page size the host sets after the user chose others', async () => {
      // Firefox keeps a select on the user's choice when only the `selected` attribute of another option changes
      const em = emulator('clerk');
      const { el } = await renderList(withEmulator(em, 'clerk'));
      await choose(el, sortSelect(el), 'email:asc');
      const size = listOf(el).part('page-size') as HTMLSelectElement;
      await choose(el, size, '50');
      let loaded = listOf(el).loaded();
      el.sort = 'created_at:asc';
      await loaded;
      expect(sortSelect(el).value).to.equal('created_at:asc');
      loaded = listOf(el).loaded();
      el.pageSize = 10;
      await loaded;
      expect((listOf(el).part('page-size') as HTMLSelectElement).value).to.equal('10');
    });

    it('marks the sorted column with aria-sort', async () => {
      const em = emulator('clerk');
      const { el } = await renderList(withEmulator(em, 'clerk'));
      expect(listOf(el).$('[part~="header-created"]')!.getAttribute('aria-sort')).to.equal('descending');
      await choose(el, sortSelect(el), 'email:asc');
      expect(listOf(el).$('[part~="header-email"]')!.getAttribute('aria-sort')).to.equal('ascending');
      expect(listOf(el).$('[part~="header-created"]')!.hasAttribute('aria-sort')).to.equal(false);
      const shown = listOf(el).emails();
      expect(shown).to.deep.equal([...shown].sort());
    });
  });

  describe('when the user filters by status', () => {
    for (const provider of PROVIDERS) {
      it(`offers the ${provider} statuses and asks for the chosen ones`, async () => {
        const em = emulator(provider, 60);
        const { el, events } = await renderList(withEmulator(em, provider));
        expect(checkboxes(el).map((c) => c.value)).to.deep.equal(ADAPTERS[provider].capabilities.statuses);
        const box = checkboxes(el).find((c) => c.value === 'pending')!;
        await toggle(el, box);
        const last = listRequests(em).filter((u) => !u.searchParams.has('page[after]'));
        const sent = last.at(-1)!;
        if (provider === 'clerk') expect(sent.searchParams.getAll('status')).to.deep.equal(['pending']);
        if (provider === 'upsun') expect(sent.searchParams.get('filter[state][eq]')).to.equal('pending');
        // Auth0 cannot filter: the adapter scans pages and filters them itself.
        if (provider === 'auth0') expect(sent.searchParams.get('per_page')).to.equal('100');
        expect(listOf(el).rows().length).to.be.greaterThan(0);
        expect(
          listOf(el)
            .rows()
            .every((r) => r.dataset.status === 'pending'),
        ).to.equal(true);
        expect(el.status).to.equal('pending');
        expect(events.of('invitation-query-change').at(-1)!.detail.query.statuses).to.deep.equal(['pending']);
      });
    }

    it('combines several statuses in the adapter order, and unchecking all shows every status', async () => {
      const fake = fakeAdapter();
      const { el } = await renderList(withAdapter(fake));
      const [pending, accepted, revoked, expired] = checkboxes(el);
      await toggle(el, expired);
      await toggle(el, pending);
      expect(el.status).to.equal('pending,expired');
      expect(fake.calls.at(-2)!.query.statuses).to.deep.equal(['pending', 'expired']);
      expect(accepted.checked || revoked.checked).to.equal(false);
      await toggle(el, pending);
      await toggle(el, expired);
      expect(el.status).to.equal('');
      expect(checkboxes(el).some((c) => c.checked)).to.equal(false);
      expect(textOf(listOf(el).part('range'))).to.equal('1–20 of 25');
    });

    it('starts again on the first page', async () => {
      const fake = fakeAdapter({ items: Array.from({ length: 30 }, (_, i) => invitation(i)) });
      const { el } = await renderList((el) => {
        withAdapter(fake)(el);
        el.pageSize = 10;
      });
      const loaded = listOf(el).loaded();
      listOf(el).$<HTMLButtonElement>('[part~="pager-next"]')!.click();
      await loaded;
      await toggle(el, checkboxes(el)[0]);
      expect(textOf(listOf(el).part('range'))).to.equal('1–10 of 30');
    });
  });

  describe('when the user searches by email', () => {
    it('offers search only where the adapter can search', async () => {
      for (const provider of PROVIDERS) {
        const { el } = await renderList(withAdapter(fakeAdapter({ provider })));
        expect(!!searchInput(el), provider).to.equal(provider !== 'upsun');
      }
    });

    it('waits for a pause in typing, then sends one request (Clerk email_address)', async () => {
      const em = emulator('clerk', 60);
      const { el, events } = await renderList(withEmulator(em, 'clerk'));
      const target = em.store.all()[5].email_address;
      const before = listRequests(em).length;
      const input = searchInput(el)!;
      // Keystrokes 100 ms apart: the debounce timer (300 ms) can never fire between them, as timers run in order.
      for (const n of [2, 4, 6, 9]) {
        input.value = target.slice(0, n);
        input.dispatchEvent(new Event('input'));
        await aTimeout(100);
        expect(listRequests(em).length, 'no request while typing').to.equal(before);
      }
      const loaded = listOf(el).loaded();
      const typed = performance.now();
      input.value = target;
      input.dispatchEvent(new Event('input'));
      await loaded;
      expect(performance.now() - typed).to.be.at.least(290);
      const sent = listRequests(em).slice(before);
      expect(sent.filter((u) => u.searchParams.get('offset') === '0')).to.have.length(1);
      expect(sent[0].searchParams.get('email_address')).to.equal(target);
      expect(listOf(el).emails()).to.deep.equal([target]);
      expect(el.search).to.equal(target);
      expect(events.of('invitation-query-change')).to.have.length(1);
      expect(events.of('invitation-query-change')[0].detail.query.search).to.equal(target);
    });

    it('searches at once on Enter (Auth0 filters on the client)', async () => {
      const fake = fakeAdapter({ provider: 'auth0' });
      const { el } = await renderList(withAdapter(fake));
      searchInput(el)!.focus();
      await sendKeys({ type: 'person1' });
      const loaded = listOf(el).loaded();
      await sendKeys({ press: 'Enter' });
      await loaded;
      expect(fake.calls.at(-1)!.query.search).to.equal('person1');
      expect(
        listOf(el)
          .emails()
          .every((e) => e.startsWith('person1')),
      ).to.equal(true);
    });

    it('does not search again for the same text', async () => {
      const fake = fakeAdapter();
      const { el, events } = await renderList((el) => {
        withAdapter(fake)(el);
        el.search = 'person';
      });
      const input = searchInput(el)!;
      expect(input.value).to.equal('person');
      input.focus();
      await sendKeys({ type: ' ' });
      await aTimeout(400);
      await listOf(el).settle();
      expect(events.of('invitation-query-change')).to.have.length(0);
    });
  });
});
