/**
 * The Invite button: an `<invite-form slot="invite-form">` inside the list opens in a modal dialog from the list's
 * toolbar — focus in its email field and trapped in the dialog, Escape or Close shuts it and focus comes back to the
 * button, and a create that sent every address closes it and shows the new rows (one reload). The form takes the
 * list's endpoint, provider, fetcher and roles where it has none of its own. For every provider, on the wire.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/invite-form/define.js';
import type { InviteForm } from '../../src/invite-form/invite-form.js';
import type { InvitationList } from '../../src/invitation-list/invitation-list.js';
import { InviteFormHarness } from '../../src/invite-form/harness.js';
import { inviteDialogCode } from '../../src/invitation-list/internal/invite-dialog-code.js';
import { restoredAfterEach } from '../support/on-demand.js';
import {
  ADAPTERS,
  emulator,
  listOf,
  listRequests,
  PROVIDERS,
  renderList,
  textOf,
  withEmulator,
  type ProviderName,
} from './helpers.js';

const FORM_ATTRIBUTES: Record<ProviderName, Record<string, string>> = {
  auth0: { 'client-id': 'AaiyAPdpYdesoKnqjj8HJqRn4T5titww', 'inviter-name': 'Ada Admin' },
  clerk: {},
  upsun: { 'default-role': 'members' },
};

/** What says "the first page" on each provider's wire. */
const FIRST_PAGE: Record<ProviderName, (url: URL) => boolean> = {
  auth0: (url) => url.searchParams.get('page') === '0',
  clerk: (url) => url.searchParams.get('offset') === '0',
  upsun: (url) => !url.searchParams.has('page[after]') && !url.searchParams.has('page[before]'),
};

async function listWithForm(provider: ProviderName) {
  const em = emulator(provider, 25);
  const parent = await fixture<HTMLDivElement>(html`<div><button id="outside">Outside</button></div>`);
  const { el, events } = await renderList(
    (el) => {
      withEmulator(em, provider)(el);
      el.roles = [...em.roles];
      const form = document.createElement('invite-form');
      form.slot = 'invite-form';
      form.pace = 0;
      for (const [name, value] of Object.entries(FORM_ATTRIBUTES[provider])) form.setAttribute(name, value);
      el.append(form);
    },
    { parent },
  );
  await el.updateComplete;
  const form = el.querySelector('invite-form') as InviteForm;
  await form.updateComplete;
  return { em, el, events, form, parent };
}

const dialogOf = (el: InvitationList) => el.shadowRoot!.querySelector('dialog')!;
const inviteButton = (el: InvitationList) => listOf(el).part('invite') as HTMLButtonElement;
/** The element focus is in, through shadow roots. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

describe('<invitation-list> Invite dialog', () => {
  it('has no Invite button without a slotted form', async () => {
    const em = emulator('clerk', 5);
    const { el } = await renderList(withEmulator(em, 'clerk'));
    expect(listOf(el).part('invite')).to.equal(null);
    expect(dialogOf(el).open).to.equal(false);
  });

  for (const provider of PROVIDERS) {
    it(`${provider}: opens the form modally, creates through it, closes, and shows the new row after one reload`, async () => {
      const { em, el, form } = await listWithForm(provider);
      expect(form.endpoint, 'the form had no endpoint of its own: it takes the list’s').to.equal(em.endpoint);
      expect(form.fetcher === el.fetcher, 'and its fetcher').to.equal(true);
      inviteButton(el).click();
      await el.updateComplete;
      const dialog = dialogOf(el);
      expect(dialog.open).to.equal(true);
      expect(dialog.matches(':modal')).to.equal(true);
      expect(deepActive()?.id, 'focus in the email field').to.equal('emails-input');
      for (const target of [inviteButton(el), listOf(el).part('invite-close')!]) {
        const box = target.getBoundingClientRect();
        expect(Math.min(box.width, box.height), 'a target of at least 24 by 24 px').to.be.at.least(24);
      }
      await expect(el).to.be.accessible();

      const harness = new InviteFormHarness(form);
      await harness.paste('new.person@example.org');
      await harness.checked(); // the form's look-up of pending invitations is not a load of the list
      const before = listRequests(em).length;
      const reloaded = listOf(el).loaded();
      await harness.submit();
      await harness.settled();
      await reloaded;
      await el.updateComplete;
      expect(dialog.open, 'every address sent: the dialog closed').to.equal(false);
      expect(deepActive()?.getAttribute('part'), 'focus back on the Invite button').to.equal('invite');
      const post = em.requests.find((r) => r.method === 'POST')!;
      expect(JSON.stringify(post.body)).to.contain('new.person@example.org');
      expect(listOf(el).emails()).to.include('new.person@example.org');
      const reloads = listRequests(em).slice(before);
      const firstPages = reloads.filter(FIRST_PAGE[provider]);
      expect(firstPages.length, 'the first page was loaded once').to.equal(1);
    });
  }

  it('traps focus in the dialog; Escape closes it and gives focus back to the Invite button', async () => {
    const { el } = await listWithForm('clerk');
    inviteButton(el).click();
    await el.updateComplete;
    const outside = document.getElementById('outside')!;
    outside.focus();
    expect(document.activeElement === outside, 'the page behind is inert').to.equal(false);
    for (let i = 0; i < 15; i++) {
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement === outside, `Tab ${i + 1} stays in the dialog`).to.equal(false);
    }
    // Firefox lets Tab leave a modal dialog for the browser's own controls (the page behind stays inert): Tab back
    // into the page, else the window's keyboard focus stays there and the next test files get no keys.
    for (let i = 0; i < 3 && document.activeElement === document.body; i++) await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(dialogOf(el).open).to.equal(false);
    expect(deepActive()?.getAttribute('part')).to.equal('invite');
  });

  it('closes with its Close button, keeps what was typed, and keeps refused addresses open in the form', async () => {
    const { em, el, form } = await listWithForm('clerk');
    inviteButton(el).click();
    await el.updateComplete;
    const harness = new InviteFormHarness(form);
    await harness.paste('kept@example.org');
    (listOf(el).part('invite-close') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(dialogOf(el).open).to.equal(false);
    expect(form.emails, 'nothing typed is lost').to.deep.equal(['kept@example.org']);

    inviteButton(el).click();
    em.fault({ kind: 'status', status: 422, method: 'POST' });
    await harness.submit();
    await harness.settled();
    await el.updateComplete;
    expect(dialogOf(el).open, 'an address was refused: the dialog stays').to.equal(true);
    expect(form.emails).to.deep.equal(['kept@example.org']);
  });

  it('makes the form compact when it arrives, once: a host may turn it off', async () => {
    const { el, form } = await listWithForm('upsun');
    expect(form.compact).to.equal(true);
    expect(form.hasAttribute('compact')).to.equal(true);
    form.compact = false;
    await form.updateComplete;
    el.requestUpdate();
    await el.updateComplete;
    expect(form.compact).to.equal(false);
    // the same form slotted again is not made compact again
    form.remove();
    await el.updateComplete;
    el.append(form);
    await el.updateComplete;
    await form.updateComplete;
    expect(form.compact).to.equal(false);
  });

  it('leaves a form’s own settings alone', async () => {
    const em = emulator('clerk', 5);
    const { el } = await renderList((el) => {
      withEmulator(em, 'clerk')(el);
      const form = document.createElement('invite-form');
      form.slot = 'invite-form';
      form.endpoint = 'https://elsewhere.example/invitations';
      el.append(form);
    });
    await el.updateComplete;
    const form = el.querySelector('invite-form')!;
    expect(form.endpoint).to.equal('https://elsewhere.example/invitations');
    expect(form.provider).to.equal('clerk');
  });

  it('lends provider and adapter as a pair: a form with its own provider keeps it, next to a list’s adapter', async () => {
    const em = emulator('clerk', 5);
    const { el } = await renderList((el) => {
      el.adapter = ADAPTERS.clerk;
      el.endpoint = em.endpoint;
      el.fetcher = em.fetch;
      const form = document.createElement('invite-form');
      form.slot = 'invite-form';
      form.provider = 'upsun';
      el.append(form);
    });
    await el.updateComplete;
    const form = el.querySelector('invite-form')!;
    expect(form.provider).to.equal('upsun');
    expect(form.adapter, 'the list’s adapter would win over the form’s provider').to.equal(undefined);
    expect(form.endpoint).to.equal(em.endpoint);
  });

  describe('when the dialog’s code cannot be loaded', () => {
    const { code, saved } = restoredAfterEach(inviteDialogCode);

    it('says so in the notice when Invite is pressed, and opens on the next press', async () => {
      code.loaded = undefined;
      code.load = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
      const em = emulator('clerk', 5);
      const { el } = await renderList((el) => {
        withEmulator(em, 'clerk')(el);
        const form = document.createElement('invite-form');
        form.slot = 'invite-form';
        el.append(form);
      });
      await el.updateComplete;
      const form = el.querySelector('invite-form') as InviteForm;
      inviteButton(el).click();
      await el.updateComplete;
      expect(dialogOf(el).open).to.equal(false);
      expect(textOf(listOf(el).part('notice'))).to.include('The code of this action could not be loaded.');
      await expect(el).to.be.accessible();

      code.load = saved().load;
      inviteButton(el).click();
      await el.updateComplete;
      expect(dialogOf(el).open).to.equal(true);
      expect(form.endpoint, 'lent before it opens').to.equal(em.endpoint);
      expect(form.compact).to.equal(true);
      dialogOf(el).close();
    });
  });
});
