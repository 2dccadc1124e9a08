import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { InvitationList } from '../../src/invitation-list/invitation-list.js';
import { InvitationError } from '../../src/model.js';
import { rowActionsRun } from '../../src/invitation-list/internal/row-actions.js';
import { restoredAfterEach } from '../support/on-demand.js';
import {
  PROVIDERS,
  deferred,
  emulator,
  fakeAdapter,
  holdingFetcher,
  invitation,
  invitations,
  renderList,
  withAdapter,
  withEmulator,
  type ProviderName,
  listOf,
  textOf,
} from './helpers.js';

const live = (el: InvitationList) => textOf(listOf(el).$('[role="status"]'));
const firstPendingId = (el: InvitationList) =>
  listOf(el)
    .rows()
    .find((r) => r.querySelector('[data-action="revoke"]'))!.dataset.id!;

/** What each provider's revoke looks like on the wire. */
const revokeWire: Record<ProviderName, (endpoint: string, id: string) => { method: string; url: string }> = {
  auth0: (endpoint, id) => ({ method: 'DELETE', url: `${endpoint}/${id}` }),
  clerk: (endpoint, id) => ({ method: 'POST', url: `${endpoint}/${id}/revoke` }),
  upsun: (endpoint, id) => ({ method: 'DELETE', url: `${endpoint}/${id}` }),
};

describe('<invitation-list>', () => {
  describe('when a listener of invitation-revoke tries to change the invitation', () => {
    it('cannot: the detail is a deeply frozen copy, and the revoke goes to the id the row had', async () => {
      const em = emulator('auth0');
      const { el } = await renderList(withEmulator(em, 'auth0'));
      const id = firstPendingId(el);
      let refused = 0;
      el.addEventListener('invitation-revoke', (e) => {
        const invitation = e.detail.invitation as { id: string; raw: { id: string } };
        for (const attempt of [() => (invitation.id = '..'), () => (invitation.raw.id = '..')]) {
          try {
            attempt();
          } catch (error) {
            if (error instanceof TypeError) refused++;
          }
        }
      });
      listOf(el).action(id, 'revoke')!.click();
      await el.updateComplete;
      const reloaded = listOf(el).loaded();
      listOf(el).action(id, 'confirm')!.click();
      await reloaded;
      expect(refused, 'both assignments throw').to.equal(2);
      const deletes = em.requests.filter((r) => r.method === 'DELETE').map((r) => r.url);
      expect(deletes).to.deep.equal([`${em.endpoint}/${id}`]);
    });
  });

  describe('when the user revokes an invitation', () => {
    for (const provider of PROVIDERS) {
      it(`asks to confirm in the row, removes it at once and sends the ${provider} revoke`, async () => {
        const em = emulator(provider);
        const held = holdingFetcher(em, { hold: (method) => method !== 'GET' });
        const { el, events } = await renderList((el) => {
          withEmulator(em, provider)(el);
          el.fetcher = held.fetcher;
        });
        const id = firstPendingId(el);
        const email = textOf(listOf(el).row(id)!.querySelector('[part~="cell-email"]'));

        listOf(el).action(id, 'revoke')!.click();
        await el.updateComplete;
        const confirm = listOf(el).part('confirm')!;
        expect(textOf(confirm)).to.equal('Really revoke? Revoke Cancel');
        expect(confirm.getAttribute('role')).to.equal('group');
        expect(confirm.getAttribute('aria-label')).to.equal(`Revoke the invitation for ${email}?`);
        expect(listOf(el).focused()).to.equal(listOf(el).action(id, 'confirm'));
        await expect(el).to.be.accessible();

        listOf(el).action(id, 'confirm')!.click();
        await el.updateComplete;
        expect(listOf(el).row(id), 'removed before the server answers').to.equal(null);
        const [revoke] = held.held;
        expect({ method: revoke.method, url: revoke.url.href }).to.deep.equal(revokeWire[provider](em.endpoint, id));
        expect(events.of('invitation-revoke').map((e) => e.detail.invitation.id)).to.deep.equal([id]);
        expect(events.of('invitation-revoked')).to.have.length(0);

        const before = em.requests.length;
        const reloaded = listOf(el).loaded();
        revoke.release();
        await reloaded;
        expect(em.requests[before].method).to.equal(revoke.method);
        expect(em.requests[before + 1].method, 'the page reloads from the server').to.equal('GET');
        expect(events.of('invitation-revoked').map((e) => e.detail.invitation.id)).to.deep.equal([id]);
        expect(live(el)).to.equal(`Invitation for ${email} revoked.`);
        const record = em.store.get(id) as { status?: string; state?: string } | undefined;
        expect(record === undefined || record.status === 'revoked' || record.state === 'cancelled').to.equal(true);
        // Auth0 deletes the record; Clerk and Upsun keep it as revoked, which the unfiltered list shows as such.
        const after = listOf(el).row(id);
        if (provider === 'auth0') expect(after).to.equal(null);
        else expect(after?.dataset.status).to.equal('revoked');
        expect(listOf(el).action(id, 'revoke')).to.equal(null);
      });
    }

    it('puts focus back on the revoke button when cancelled, with the mouse or Escape', async () => {
      const fake = fakeAdapter();
      const { el } = await renderList(withAdapter(fake));
      listOf(el).action('inv_2', 'revoke')!.click();
      await el.updateComplete;
      listOf(el).action('inv_2', 'cancel')!.click();
      await el.updateComplete;
      expect(listOf(el).part('confirm')).to.equal(null);
      expect(listOf(el).focused()).to.equal(listOf(el).action('inv_2', 'revoke'));
      listOf(el).action('inv_2', 'revoke')!.click();
      await el.updateComplete;
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(listOf(el).part('confirm')).to.equal(null);
      expect(listOf(el).focused()).to.equal(listOf(el).action('inv_2', 'revoke'));
      expect(fake.revoked).to.have.length(0);
    });

    it('works by keyboard alone and moves focus to the next row', async () => {
      const fake = fakeAdapter({ items: invitations(3) });
      const { el } = await renderList(withAdapter(fake));
      listOf(el).action('inv_0', 'revoke')!.focus();
      // from the first row's revoke to its copy and details buttons, then the next row
      for (let i = 0; i < 3; i++) await sendKeys({ press: 'Tab' });
      expect(listOf(el).focused()).to.equal(listOf(el).action('inv_1', 'revoke'));
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(listOf(el).focused()).to.equal(listOf(el).action('inv_1', 'confirm'));
      const reloaded = listOf(el).loaded();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(listOf(el).row('inv_1')).to.equal(null);
      expect(listOf(el).focused(), 'the next row, not the previous one').to.equal(listOf(el).action('inv_2', 'revoke'));
      await reloaded;
      expect(fake.revoked.map((i) => i.id)).to.deep.equal(['inv_1']);
      expect(listOf(el).focused()).to.equal(listOf(el).action('inv_2', 'revoke'));
      // Space works as well as Enter.
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(listOf(el).focused()).to.equal(listOf(el).action('inv_2', 'confirm'));
    });

    it('moves focus to the previous row when the last row is revoked', async () => {
      const fake = fakeAdapter({ items: invitations(3) });
      const { el } = await renderList(withAdapter(fake));
      listOf(el).action('inv_2', 'revoke')!.click();
      await el.updateComplete;
      listOf(el).action('inv_2', 'confirm')!.click();
      await el.updateComplete;
      expect(listOf(el).focused()).to.equal(listOf(el).action('inv_1', 'revoke'));
    });

    it('focuses the caption when no row is left', async () => {
      const fake = fakeAdapter({ items: [invitation(1)] });
      const { el } = await renderList(withAdapter(fake));
      listOf(el).action('inv_1', 'revoke')!.click();
      await el.updateComplete;
      listOf(el).action('inv_1', 'confirm')!.click();
      await el.updateComplete;
      expect(listOf(el).focused()).to.equal(listOf(el).part('caption'));
    });

    it('keeps the invitation when a listener cancels invitation-revoke', async () => {
      const fake = fakeAdapter();
      const { el } = await renderList(withAdapter(fake));
      el.addEventListener('invitation-revoke', (e) => e.preventDefault());
      listOf(el).action('inv_1', 'revoke')!.click();
      await el.updateComplete;
      listOf(el).action('inv_1', 'confirm')!.click();
      await listOf(el).settle();
      expect(listOf(el).row('inv_1')).not.to.equal(null);
      expect(fake.revoked).to.have.length(0);
      expect(listOf(el).focused()).to.equal(listOf(el).action('inv_1', 'revoke'));
    });

    for (const provider of PROVIDERS) {
      it(`brings the row back with the ${provider} server message when the server refuses`, async () => {
        const em = emulator(provider);
        const { el, events } = await renderList(withEmulator(em, provider));
        const id = firstPendingId(el);
        em.fault({ kind: 'status', status: 403, method: provider === 'clerk' ? 'POST' : 'DELETE' });
        listOf(el).action(id, 'revoke')!.click();
        await el.updateComplete;
        listOf(el).action(id, 'confirm')!.click();
        await el.updateComplete;
        expect(listOf(el).row(id)).to.equal(null);
        await waitUntil(() => listOf(el).row(id), 'the row comes back');
        const notice = listOf(el).part('notice')!;
        expect(notice.getAttribute('role')).to.equal('alert');
        expect(textOf(notice)).to.match(/was not revoked: .*injected fault/);
        const [error] = events.of('invitation-error');
        expect(error.detail.action).to.equal('revoke');
        expect(error.detail.invitation.id).to.equal(id);
        expect(error.detail.error.status).to.equal(403);
        expect(events.of('invitation-revoked')).to.have.length(0);
        await expect(el).to.be.accessible();
        listOf(el).$<HTMLButtonElement>('[part="notice"] button')!.click();
        await el.updateComplete;
        expect(listOf(el).part('notice')).to.equal(null);
      });
    }

    it('offers revoke only for outstanding invitations', async () => {
      const fake = fakeAdapter({
        items: [invitation(1), invitation(2, { status: 'accepted' }), invitation(3, { status: 'revoked' })],
      });
      const { el } = await renderList(withAdapter(fake));
      expect(
        listOf(el)
          .rows()
          .map((r) => !!r.querySelector('[data-action="revoke"]')),
      ).to.deep.equal([true, false, false]);
    });
  });

  describe('when the user resends an invitation', () => {
    it('offers resend only where the adapter can resend', async () => {
      for (const provider of PROVIDERS) {
        const { el } = await renderList(withAdapter(fakeAdapter({ provider, items: [invitation(1)] })));
        expect(!!listOf(el).action('inv_1', 'resend'), provider).to.equal(provider !== 'clerk');
      }
      const fake = fakeAdapter({ provider: 'upsun', items: [invitation(1)] });
      delete fake.adapter.resend;
      const { el } = await renderList(withAdapter(fake));
      expect(listOf(el).action('inv_1', 'resend')).to.equal(null);
    });

    it('sends the Upsun invitation again with force, fires resend/resent and keeps focus on the new row', async () => {
      const em = emulator('upsun');
      const { el, events } = await renderList(withEmulator(em, 'upsun'));
      const id = firstPendingId(el);
      const email = textOf(listOf(el).row(id)!.querySelector('[part~="cell-email"]'));
      listOf(el).action(id, 'resend')!.focus();
      const reloaded = listOf(el).loaded();
      await sendKeys({ press: 'Enter' });
      await reloaded;
      const post = em.requests.find((r) => r.method === 'POST')!;
      expect(post.body).to.deep.include({ email, force: true });
      expect(events.of('invitation-resend')[0].detail.invitation.id).to.equal(id);
      const [resent] = events.of('invitation-resent');
      expect(resent.detail.previous.id).to.equal(id);
      expect(resent.detail.invitation.email).to.equal(email);
      expect(live(el)).to.equal(`Invitation sent again to ${email}.`);
      await waitUntil(() => listOf(el).focused()?.dataset.action === 'resend', 'focus stays on a resend button');
      expect(listOf(el).focused()!.closest('tr')!.dataset.id).to.equal(resent.detail.invitation.id);
    });

    it('marks the button busy, and reports a failure', async () => {
      const fake = fakeAdapter({ provider: 'auth0', items: [invitation(1)] });
      const gate = deferred<never>();
      fake.onResend = () => gate.promise;
      const { el, events } = await renderList(withAdapter(fake));
      listOf(el).action('inv_1', 'resend')!.click();
      await el.updateComplete;
      expect(listOf(el).action('inv_1', 'resend')!.getAttribute('aria-disabled')).to.equal('true');
      expect(live(el)).to.equal('Sending the invitation to person1@example.com again…');
      gate.reject(new InvitationError('Quota exceeded.', { kind: 'http', status: 402 }));
      await waitUntil(() => listOf(el).part('notice'), 'the failure shows');
      expect(textOf(listOf(el).part('notice'))).to.include('was not sent again: Quota exceeded.');
      expect(events.of('invitation-error')[0].detail).to.deep.include({ action: 'resend' });
      expect(listOf(el).action('inv_1', 'resend')!.getAttribute('aria-disabled')).to.equal('false');
    });

    it('sends nothing when a listener cancels invitation-resend', async () => {
      const fake = fakeAdapter({ provider: 'auth0', items: [invitation(1)] });
      const { el, events } = await renderList(withAdapter(fake));
      el.addEventListener('invitation-resend', (e) => e.preventDefault());
      listOf(el).action('inv_1', 'resend')!.click();
      await listOf(el).settle();
      expect(fake.resent).to.have.length(0);
      expect(events.of('invitation-resent')).to.have.length(0);
    });
  });

  describe('when the code of the row actions is not loaded yet', () => {
    const { code: run, saved } = restoredAfterEach(rowActionsRun);

    it('loads it on the press, then sends: the events fire and the row says so', async () => {
      const fake = fakeAdapter({ provider: 'auth0', items: [invitation(1)] });
      const gate = deferred<unknown>();
      const answer = deferred<never>();
      fake.onResend = () => answer.promise;
      run.loaded = undefined;
      run.load = () => gate.promise.then(() => saved().load());
      const { el, events } = await renderList(withAdapter(fake));
      listOf(el).action('inv_1', 'resend')!.click();
      await new Promise((resolve) => setTimeout(resolve, 20)); // (updateComplete would wait for the code)
      expect(events.of('invitation-resend'), 'nothing before the code is there').to.have.length(0);
      gate.resolve(undefined);
      await el.updateComplete; // (waits for the code and the render it brings)
      expect(events.of('invitation-resend')).to.have.length(1);
      expect(listOf(el).action('inv_1', 'resend')!.getAttribute('aria-disabled')).to.equal('true');
      answer.reject(new InvitationError('Quota exceeded.', { kind: 'http', status: 402 }));
      await waitUntil(() => events.of('invitation-error').length === 1, 'the answer arrives');
    });

    it('says so in the notice when it cannot be loaded, sends nothing, and loads it again on the next press', async () => {
      const fake = fakeAdapter({ provider: 'auth0', items: [invitation(1)] });
      run.loaded = undefined;
      run.load = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
      const { el, events } = await renderList(withAdapter(fake));
      listOf(el).action('inv_1', 'resend')!.click();
      await el.updateComplete;
      expect(textOf(listOf(el).part('notice'))).to.include('The code of this action could not be loaded.');
      expect(events.of('invitation-resend')).to.have.length(0);
      expect(fake.resent).to.have.length(0);
      await expect(el).to.be.accessible();

      run.load = saved().load;
      listOf(el).action('inv_1', 'resend')!.click();
      await waitUntil(() => fake.resent.length === 1, 'sent on the next press');
      expect(events.of('invitation-resend')).to.have.length(1);
    });
  });

  describe('when the user copies an invitation link', () => {
    let writes: string[];
    let original: PropertyDescriptor | undefined;
    let fail = false;
    beforeEach(() => {
      writes = [];
      fail = false;
      original = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
      Object.defineProperty(navigator, 'clipboard', {
        configurable: true,
        value: {
          writeText: async (value: string) => {
            if (fail) throw new DOMException('Denied', 'NotAllowedError');
            writes.push(value);
          },
        },
      });
    });
    afterEach(() => {
      if (original) Object.defineProperty(navigator, 'clipboard', original);
      else delete (navigator as { clipboard?: unknown }).clipboard;
    });

    it('copies the https link and says "Copied" on the button for a moment', async () => {
      const em = emulator('clerk');
      const { el } = await renderList(withEmulator(em, 'clerk'));
      const row = listOf(el)
        .rows()
        .find((r) => r.querySelector('[data-action="copy"]'))!;
      const id = row.dataset.id!;
      listOf(el).action(id, 'copy')!.click();
      await waitUntil(() => textOf(listOf(el).action(id, 'copy')) === 'Copied', 'the button says Copied');
      expect(writes).to.deep.equal([(em.store.get(id) as { url: string }).url]);
      expect(listOf(el).action(id, 'copy')!.getAttribute('aria-label')).to.match(/^Copied link/);
      expect(live(el)).to.match(/^Copied link of the invitation for /);
      await waitUntil(() => textOf(listOf(el).action(id, 'copy')) === 'Copy link', 'it reverts', { timeout: 3000 });
    });

    it('says so when the browser refuses the clipboard', async () => {
      fail = true;
      const { el } = await renderList(withAdapter(fakeAdapter({ items: [invitation(1)] })));
      listOf(el).action('inv_1', 'copy')!.click();
      await waitUntil(() => listOf(el).part('notice'), 'the failure shows');
      expect(textOf(listOf(el).part('notice'))).to.match(/could not be copied/);
    });

    it('offers no copy for Upsun, which has no links', async () => {
      const em = emulator('upsun');
      const { el } = await renderList(withEmulator(em, 'upsun'));
      expect(listOf(el).$('[data-action="copy"]')).to.equal(null);
    });
  });
});
