import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { can, setMedia } from '../support/engines.js';
import type { InvitationList } from '../../src/invitation-list/invitation-list.js';
import { InvitationError } from '../../src/model.js';
import {
  PROVIDERS,
  emulator,
  fakeAdapter,
  invitation,
  invitations,
  listRequests,
  renderList,
  withAdapter,
  withEmulator,
  listOf,
  textOf,
} from './helpers.js';

const table = (el: InvitationList) => listOf(el).part('table')!;
const skeletons = (el: InvitationList) => listOf(el).$$('[part~="skeleton"]');
const progress = (el: InvitationList) => listOf(el).part('progress')!;

describe('<invitation-list>', () => {
  describe('while the first page loads', () => {
    it('shows skeleton rows of the same height as the rows that replace them, marked busy', async () => {
      const fake = fakeAdapter({ hold: true, items: invitations(5) });
      const { el } = await renderList(
        (el) => {
          withAdapter(fake)(el);
          el.pageSize = 5;
        },
        { wait: false, width: 1100 },
      );
      expect(skeletons(el)).to.have.length(5);
      expect(table(el).getAttribute('aria-busy')).to.equal('true');
      expect(skeletons(el).every((r) => r.getAttribute('aria-hidden') === 'true')).to.equal(true);
      expect(progress(el).hidden, 'no extra progress bar over skeletons').to.equal(true);
      await expect(el).to.be.accessible();

      const before = skeletons(el).map((r) => r.getBoundingClientRect());
      const loaded = listOf(el).loaded();
      fake.calls[0].resolve();
      await loaded;
      const after = listOf(el)
        .rows()
        .map((r) => r.getBoundingClientRect());
      expect(after.map((r) => Math.round(r.top))).to.deep.equal(before.map((r) => Math.round(r.top)));
      expect(after.map((r) => Math.round(r.height))).to.deep.equal(before.map((r) => Math.round(r.height)));
      expect(table(el).getAttribute('aria-busy')).to.equal('false');
    });
  });

  describe('while a later page loads', () => {
    it('keeps the current rows, sets aria-busy and shows the thin progress bar', async () => {
      const fake = fakeAdapter({ hold: true });
      const { el } = await renderList(withAdapter(fake), { wait: false });
      const first = listOf(el).loaded();
      fake.calls[0].resolve();
      await first;
      const shown = listOf(el).rows().length;
      el.sort = 'email:asc';
      await el.updateComplete;
      expect(listOf(el).rows()).to.have.length(shown);
      expect(skeletons(el)).to.have.length(0);
      expect(table(el).getAttribute('aria-busy')).to.equal('true');
      expect(progress(el).hidden).to.equal(false);
      expect(progress(el).getAttribute('role')).to.equal('progressbar');
      await expect(el).to.be.accessible();
      const loaded = listOf(el).loaded();
      fake.calls.at(-1)!.resolve();
      await loaded;
      expect(progress(el).hidden).to.equal(true);
      expect(table(el).getAttribute('aria-busy')).to.equal('false');
    });
  });

  describe('when a page is populated', () => {
    for (const provider of PROVIDERS) {
      it(`passes axe with the ${provider} emulator`, async () => {
        const em = emulator(provider);
        const { el } = await renderList(withEmulator(em, provider));
        await expect(el).to.be.accessible();
      });
    }

    it('shows relative times with the full date in the title and for assistive technology', async () => {
      const created = new Date(Date.now() - 2 * 86400000);
      const fake = fakeAdapter({
        items: [invitation(1, { createdAt: created, expiresAt: new Date(Date.now() - 86400000), status: 'expired' })],
      });
      const { el } = await renderList(withAdapter(fake));
      const time = listOf(el).$<HTMLTimeElement>('[part~="cell-created"] time')!;
      expect(time.dateTime).to.equal(created.toISOString());
      const full = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' }).format(created);
      expect(time.title).to.equal(full);
      expect(textOf(time)).to.equal(`2 days ago, ${full}`);
      expect(textOf(time.querySelector('.visually-hidden'))).to.equal(`, ${full}`);
      const expires = listOf(el).$<HTMLTimeElement>('[part~="cell-expires"] time')!;
      expect(textOf(expires)).to.match(/^Expired yesterday/);
      expect(expires.classList.contains('expired')).to.equal(true);
      expect(textOf(listOf(el).$('[part~="status"]'))).to.equal('Expired');
      expect(listOf(el).$('[part~="status"]')!.getAttribute('part')).to.equal('status status-expired');
    });
  });

  describe('when there are no invitations', () => {
    it('says so, without a clear-filters button', async () => {
      const { el } = await renderList(withAdapter(fakeAdapter({ items: [] })));
      expect(textOf(listOf(el).part('empty'))).to.equal('No invitations yet.');
      expect(listOf(el).part('clear-filters')).to.equal(null);
      expect(listOf(el).part('table')).to.equal(null);
      await expect(el).to.be.accessible();
    });
  });

  describe('when the filters hide every invitation', () => {
    it('says so and clears the filters on request, with focus on the caption', async () => {
      const em = emulator('clerk', 30);
      const { el, events } = await renderList((el) => {
        withEmulator(em, 'clerk')(el);
        el.status = 'accepted';
        el.search = 'nobody@nowhere.test';
      });
      expect(textOf(listOf(el).part('empty'))).to.equal('No invitations match these filters. Clear filters');
      await expect(el).to.be.accessible();
      const loaded = listOf(el).loaded();
      listOf(el).part('clear-filters')!.click();
      await loaded;
      expect(el.status).to.equal('');
      expect(el.search).to.equal('');
      const last = listRequests(em)
        .filter((u) => u.searchParams.get('offset') === '0')
        .at(-1)!;
      expect(last.searchParams.has('email_address')).to.equal(false);
      expect(last.searchParams.getAll('status')).to.have.length(4);
      expect(listOf(el).rows()).to.have.length(20);
      expect(listOf(el).focused()).to.equal(listOf(el).part('caption'));
      expect(events.of('invitation-query-change').at(-1)!.detail.query).to.deep.include({ statuses: [], search: '' });
    });
  });

  describe('when the server fails', () => {
    for (const provider of PROVIDERS) {
      it(`shows the ${provider} server message, fires invitation-error and retries on request`, async () => {
        const em = emulator(provider);
        em.fault({ kind: 'status', status: 503, method: 'GET' });
        const { el, events } = await renderList(withEmulator(em, provider), { wait: false });
        await waitUntil(() => listOf(el).part('error'), 'the error state shows');
        expect(listOf(el).part('error')!.getAttribute('role')).to.equal('alert');
        expect(textOf(listOf(el).part('error'))).to.match(/could not be loaded.*injected fault.*Retry/);
        const [error] = events.of('invitation-error');
        expect(error.detail.action).to.equal('list');
        expect(error.detail.error).to.be.instanceOf(InvitationError);
        expect(error.detail.error.status).to.equal(503);
        await expect(el).to.be.accessible();
        const loaded = listOf(el).loaded();
        listOf(el).part('retry')!.click();
        await loaded;
        expect(listOf(el).part('error')).to.equal(null);
        expect(listOf(el).rows()).to.have.length(20);
        expect(listRequests(em).length).to.be.at.least(2);
      });
    }

    it('says how long the server asks to wait after a 429', async () => {
      const em = emulator('clerk');
      em.fault({ kind: 'rate-limit', retryAfter: 30 });
      const { el } = await renderList(withEmulator(em, 'clerk'), { wait: false });
      await waitUntil(() => listOf(el).part('error'), 'the error state shows');
      expect(textOf(listOf(el).part('error'))).to.include('wait 30 s');
    });

    it('shows the error of a later page and keeps the toolbar', async () => {
      const fake = fakeAdapter({ hold: true });
      const { el } = await renderList(withAdapter(fake), { wait: false });
      fake.calls[0].resolve();
      await listOf(el).loaded();
      el.sort = 'email:asc';
      await el.updateComplete;
      fake.calls.at(-1)!.reject(new InvitationError('Forbidden by policy.', { kind: 'http', status: 403 }));
      await waitUntil(() => listOf(el).part('error'), 'the error state shows');
      expect(textOf(listOf(el).part('error'))).to.include('Forbidden by policy.');
      expect(listOf(el).part('toolbar')).not.to.equal(null);
    });
  });

  describe('when the container is 320 px wide', () => {
    for (const provider of PROVIDERS) {
      it(`turns ${provider} rows into cards without horizontal scrolling`, async () => {
        const em = emulator(provider);
        const { el } = await renderList(withEmulator(em, provider), { width: 320 });
        expect(getComputedStyle(listOf(el).rows()[0]).display).to.equal('block');
        expect(el.scrollWidth).to.be.at.most(320);
        const wrapper = listOf(el).part('table-wrapper')!;
        expect(wrapper.scrollWidth).to.be.at.most(wrapper.clientWidth);
        for (const button of listOf(el).$$('button')) {
          const box = button.getBoundingClientRect();
          expect(box.right, textOf(button)).to.be.at.most(el.getBoundingClientRect().right + 0.5);
        }
        await expect(el).to.be.accessible();
      });
    }

    it('keeps a table on a wide container', async () => {
      const { el } = await renderList(withAdapter(fakeAdapter()), { width: 1100 });
      expect(getComputedStyle(listOf(el).rows()[0]).display).to.equal('table-row');
    });
  });

  describe('when it is themed', () => {
    afterEach(() => setMedia({ colorScheme: 'light' }));

    // (media emulation: Chromium only, see test/support/engines.ts)
    if (can('mediaEmulation'))
      it('follows a dark colour scheme out of the box', async () => {
        const { el } = await renderList(withAdapter(fakeAdapter()));
        await setMedia({ colorScheme: 'light' });
        const light = getComputedStyle(el).backgroundColor;
        await setMedia({ colorScheme: 'dark' });
        const dark = getComputedStyle(el).backgroundColor;
        expect(light).to.equal('rgb(255, 255, 255)');
        expect(dark).to.equal('rgb(22, 24, 29)');
      });

    it('reads --invitations-* custom properties from any ancestor', async () => {
      const fake = fakeAdapter();
      const { el } = await renderList(withAdapter(fake));
      el.parentElement!.style.setProperty('--invitations-accent', 'rgb(200, 0, 100)');
      el.parentElement!.style.setProperty('--invitations-row-height', '80px');
      const current = listOf(el).$('[aria-current="page"]')!;
      expect(getComputedStyle(current).backgroundColor).to.equal('rgb(200, 0, 100)');
      expect(Math.round(listOf(el).rows()[0].getBoundingClientRect().height)).to.equal(80);
    });
  });

  describe('when it is used with a keyboard or a finger', () => {
    it('gives every control a target of at least 24 by 24 px', async () => {
      const { el } = await renderList(withAdapter(fakeAdapter({ provider: 'auth0' })), { width: 1100 });
      // (the Invite dialog's controls are checked with the dialog open, test/invitation-list/invite-dialog.test.ts)
      const targets = listOf(el)
        .$$('button, select, input[type="search"], .chip')
        .filter((t) => !t.closest('dialog:not([open])'));
      expect(targets.length).to.be.greaterThan(10);
      for (const t of targets) {
        const box = t.getBoundingClientRect();
        expect(box.width, t.outerHTML.slice(0, 60)).to.be.at.least(24);
        expect(box.height, t.outerHTML.slice(0, 60)).to.be.at.least(24);
      }
    });

    it('shows a visible focus ring', async () => {
      const { el } = await renderList(withAdapter(fakeAdapter()));
      listOf(el).part('sort')!.focus();
      await sendKeys({ press: 'Tab' });
      const active = listOf(el).focused()!;
      expect(active).not.to.equal(null);
      // An outline (kept by forced-colors mode), not a box-shadow (dropped by it): see test/a11y.
      expect(getComputedStyle(active).outlineStyle).to.equal('solid');
      expect(parseFloat(getComputedStyle(active).outlineWidth)).to.be.at.least(2);
    });

    it('reports a configuration error accessibly', async () => {
      const { el } = await renderList(() => undefined, { wait: false });
      await listOf(el).settle();
      await expect(el).to.be.accessible();
    });
  });
});
