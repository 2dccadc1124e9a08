import { can } from '../support/engines.js';
import { expect, fixture, html } from '@open-wc/testing';
import { InviteForm } from '../../src/invite-form/invite-form.js';
import { auth0Adapter } from '../../src/providers/auth0.js';
import { clerkAdapter } from '../../src/providers/clerk.js';
import { upsunAdapter } from '../../src/providers/upsun.js';
import { registerAdapter } from '../../src/providers/adapter.js';
import { registerLocale } from '../../src/internal/localize.js';
import { ENDPOINT, ROLES, deferred, fakeAdapter, formWith, formOf } from './helpers.js';

const labelOf = (el: InviteForm, id: string) => formOf(el).$(`label[for="${id}"]`)?.textContent?.trim();

describe('<invite-form>', () => {
  describe('when it is defined', () => {
    it('registers under invite-form, and under another tag in another registry', () => {
      expect(customElements.get('invite-form')).to.equal(InviteForm);
      // another registry where the engine has scoped registries, else the global one (test/support/engines.ts)
      const registry = can('scopedRegistries') ? new CustomElementRegistry() : customElements;
      InviteForm.define('my-invite-form', registry);
      const Defined = registry.get('my-invite-form')!;
      expect(new Defined()).to.be.instanceOf(InviteForm);
      InviteForm.define('my-invite-form', registry); // a second call is a no-op, not an error
    });

    it('is a real form in its shadow root, with a label for every control', async () => {
      const el = await formWith(fakeAdapter({ roles: { min: 1, max: 3, options: ROLES }, sendEmail: true }));
      expect(formOf(el).$('form[part="form"]')).to.exist;
      for (const input of formOf(el).$$<HTMLInputElement>('input, select')) {
        expect(labelOf(el, input.id), `label of #${input.id}`).to.be.a('string').and.not.be.empty;
      }
      expect(formOf(el).submitButton().type).to.equal('submit');
      await expect(el).to.be.accessible();
    });
  });

  describe('when the configuration is incomplete', () => {
    it('says so when neither provider nor adapter is set', async () => {
      const el = await fixture<InviteForm>(html`<invite-form endpoint=${ENDPOINT}></invite-form>`);
      expect(formOf(el).$('[part="error"][role="alert"]')!.textContent).to.contain('No provider is set');
      expect(formOf(el).$('form')).to.be.null;
      await expect(el).to.be.accessible();
    });

    it('names an unknown provider', async () => {
      const el = await fixture<InviteForm>(html`<invite-form provider="nope" endpoint=${ENDPOINT}></invite-form>`);
      expect(formOf(el).alertText()).to.contain('Unknown provider "nope"');
    });

    it('says so when there is no endpoint', async () => {
      const el = await fixture<InviteForm>(html`<invite-form></invite-form>`);
      el.adapter = fakeAdapter();
      await el.updateComplete;
      expect(formOf(el).alertText()).to.contain('No endpoint is set');
    });

    it('names the Auth0 attributes it needs (client-id, inviter-name) and shows the form once they are set', async () => {
      const el = await fixture<InviteForm>(html`<invite-form endpoint=${ENDPOINT}></invite-form>`);
      el.adapter = auth0Adapter;
      await el.updateComplete;
      expect(formOf(el).alertText()).to.contain('the client-id and inviter-name attributes');
      el.setAttribute('inviter-name', 'Ada');
      await el.updateComplete;
      expect(formOf(el).alertText()).to.contain('client-id');
      el.setAttribute('client-id', 'cli_1');
      await el.updateComplete;
      expect(formOf(el).$('form')).to.exist;
      await expect(el).to.be.accessible();
    });

    it('restores the empty default when a field attribute is removed', async () => {
      const el = await fixture<InviteForm>(
        html`<invite-form endpoint=${ENDPOINT} client-id="cli_1" inviter-name="Ada" list="l"></invite-form>`,
      );
      el.adapter = auth0Adapter;
      await el.updateComplete;
      expect(el.clientId).to.equal('cli_1');
      el.removeAttribute('client-id');
      el.removeAttribute('list');
      await el.updateComplete;
      expect(el.clientId).to.equal('');
      expect(el.list).to.equal('');
      expect(formOf(el).alertText()).to.contain('client-id');
    });

    it('falls back to the default pace when the pace attribute is removed', async () => {
      const el = await fixture<InviteForm>(html`<invite-form pace="10"></invite-form>`);
      expect(el.pace).to.equal(10);
      el.removeAttribute('pace');
      expect((el as unknown as { pacing: number }).pacing).to.equal(250);
    });
  });

  describe('when the provider is Auth0', () => {
    it('shows emails, expiry (1/7/30 days, 7 by default) and send-email; no role picker without roles, no force', async () => {
      const el = await formWith(auth0Adapter, { clientId: 'cli_1', inviterName: 'Ada' });
      expect(formOf(el).$('[part="emails"]')).to.exist;
      expect(formOf(el).$('[part="roles"]')).to.be.null;
      expect(
        formOf(el)
          .$$('[part="expiry-preset"]')
          .map((b) => b.textContent!.trim()),
      ).to.deep.equal(['1 day', '7 days', '30 days']);
      expect(formOf(el).$<HTMLInputElement>('#expiry-input')!.value).to.equal('7');
      expect(formOf(el).$<HTMLInputElement>('#expiry-input')!.max).to.equal('30');
      expect(formOf(el).$<HTMLInputElement>('#send-email')!.checked).to.be.true;
      expect(formOf(el).$('[part="force"]')).to.be.null;
    });

    it('offers the roles given as a property, as checkboxes with their descriptions', async () => {
      const el = await formWith(auth0Adapter, { clientId: 'cli_1', inviterName: 'Ada', roles: ROLES });
      const boxes = formOf(el).$$<HTMLInputElement>('[part="roles"] input[type="checkbox"]');
      expect(boxes.map((b) => b.value)).to.deep.equal(['member', 'admin', 'billing']);
      expect(formOf(el).$('[part="roles"] legend')!.textContent).to.equal('Roles');
      expect(formOf(el).$(`#${boxes[0].getAttribute('aria-describedby')}`)!.textContent).to.equal('Sees projects');
      await expect(el).to.be.accessible();
    });

    it('shows the date the invitation would expire, and updates it with the presets', async () => {
      const el = await formWith(auth0Adapter, { clientId: 'cli_1', inviterName: 'Ada' });
      const day = (n: number) => new Intl.DateTimeFormat('en', { dateStyle: 'medium' }).format(Date.now() + n * 864e5);
      expect(formOf(el).$('#expiry-date')!.textContent).to.contain(day(7));
      formOf(el).$$<HTMLButtonElement>('[part="expiry-preset"]')[2].click();
      await el.updateComplete;
      expect(formOf(el).$('#expiry-date')!.textContent).to.contain(day(30));
      expect(formOf(el).$$('[part="expiry-preset"]')[2].getAttribute('aria-pressed')).to.equal('true');
      expect(formOf(el).$<HTMLInputElement>('#expiry-input')!.value).to.equal('30');
    });
  });

  describe('when the provider is Clerk', () => {
    it('shows a single role select (one role exactly), expiry up to 365 days (30 by default) and send-email', async () => {
      const el = await formWith(clerkAdapter, { roles: [ROLES[0], ROLES[1]] });
      const select = formOf(el).$<HTMLSelectElement>('[part="roles"] select')!;
      expect(labelOf(el, select.id)).to.equal('Role');
      expect([...select.options].map((o) => o.value)).to.deep.equal(['', 'member', 'admin']);
      expect(formOf(el).$<HTMLInputElement>('#expiry-input')!.value).to.equal('30');
      expect(formOf(el).$<HTMLInputElement>('#expiry-input')!.max).to.equal('365');
      expect(formOf(el).$('[part="send-email"]')).to.exist;
      expect(formOf(el).$('[part="force"]')).to.be.null;
      await expect(el).to.be.accessible();
    });

    it('asks for a role key in a text input when no role list is given', async () => {
      const el = await formWith(clerkAdapter);
      expect(labelOf(el, 'role-input')).to.equal('Role');
    });

    it('loads the roles with the loader function, showing progress, then the options', async () => {
      const load = deferred<typeof ROLES>();
      let signal: AbortSignal | undefined;
      const el = await formWith(clerkAdapter, {
        roles: (s: AbortSignal) => ((signal = s), load.promise),
      });
      expect(formOf(el).$('[part="roles"]')!.textContent).to.contain('Loading roles');
      expect(signal).to.be.instanceOf(AbortSignal);
      await expect(el).to.be.accessible();
      load.resolve(ROLES);
      await load.promise;
      await el.updateComplete;
      await el.updateComplete;
      expect(
        formOf(el)
          .$$<HTMLOptionElement>('#role-select option')
          .map((o) => o.value),
      ).to.deep.equal(['', 'member', 'admin', 'billing']);
    });

    it('says when the loader fails, and loads again on request', async () => {
      let attempts = 0;
      const el = await formWith(clerkAdapter, {
        roles: async () => {
          if (attempts++ === 0) throw new Error('offline');
          return ROLES;
        },
      });
      await new Promise((r) => setTimeout(r));
      await el.updateComplete;
      expect(formOf(el).$('[part="roles"]')!.textContent).to.contain(
        'The roles could not be loaded: Unexpected failure: offline',
      );
      formOf(el).$<HTMLButtonElement>('[part="roles"] button')!.click();
      await new Promise((r) => setTimeout(r));
      await el.updateComplete;
      expect(formOf(el).$('#role-select')).to.exist;
    });
  });

  describe('when the provider is Upsun', () => {
    it('offers its permissions as checkboxes and the resend (force) option; no expiry, no send-email', async () => {
      const el = await formWith(upsunAdapter);
      const boxes = formOf(el).$$<HTMLInputElement>('[part="roles"] input[type="checkbox"]');
      expect(boxes.map((b) => b.value)).to.include.members(['admin', 'billing', 'members']);
      expect(labelOf(el, boxes[1].id)).to.equal('Manage billing');
      expect(labelOf(el, 'force')).to.equal('Resend if already invited');
      expect(formOf(el).$('[part="expiry"]')).to.be.null;
      expect(formOf(el).$('[part="send-email"]')).to.be.null;
      await expect(el).to.be.accessible();
    });
  });

  describe('when the provider is chosen by name', () => {
    it('uses the adapter registered under the provider attribute', async () => {
      registerAdapter('invite-form-test', fakeAdapter({ force: true }));
      const el = await fixture<InviteForm>(
        html`<invite-form provider="invite-form-test" endpoint=${ENDPOINT}></invite-form>`,
      );
      expect(formOf(el).$('[part="force"]')).to.exist;
    });
  });

  describe('when focus() and reset() are called', () => {
    it('focus() focuses the email input', async () => {
      const el = await formWith(fakeAdapter());
      el.focus();
      expect(formOf(el).focusName()).to.equal('#emails-input');
    });

    it('reset() empties the addresses and restores every choice', async () => {
      const el = await formWith(
        fakeAdapter({ roles: { min: 0, max: 3, options: ROLES }, sendEmail: true, force: true }),
      );
      await formOf(el).paste('a@b.co, c@d.co');
      formOf(el).$<HTMLInputElement>('#role-0')!.click();
      formOf(el).$<HTMLInputElement>('#send-email')!.click();
      formOf(el).$<HTMLInputElement>('#force')!.click();
      await el.updateComplete;
      expect(formOf(el).chips()).to.have.length(2);
      el.reset();
      await el.updateComplete;
      expect(formOf(el).chips()).to.deep.equal([]);
      expect(formOf(el).$<HTMLInputElement>('#role-0')!.checked).to.be.false;
      expect(formOf(el).$<HTMLInputElement>('#send-email')!.checked).to.be.true;
      expect(formOf(el).$<HTMLInputElement>('#force')!.checked).to.be.false;
    });
  });

  describe('when the language changes', () => {
    it('re-renders in the language of its lang attribute', async () => {
      registerLocale('fr', { formEmailsLabel: 'Adresses e-mail' });
      const el = await formWith(fakeAdapter());
      expect(labelOf(el, 'emails-input')).to.equal('Email addresses');
      el.setAttribute('lang', 'fr');
      await el.updateComplete;
      expect(labelOf(el, 'emails-input')).to.equal('Adresses e-mail');
      el.removeAttribute('lang');
      await el.updateComplete;
      expect(labelOf(el, 'emails-input')).to.equal('Email addresses');
    });

    it('honours the messages property', async () => {
      const el = await formWith(fakeAdapter(), { messages: { formSubmit: () => 'Invite' } });
      expect(formOf(el).submitButton().textContent!.trim()).to.equal('Invite');
    });
  });

  describe('when its container is 320 px wide', () => {
    it('wraps long addresses and every field inside it: nothing reaches past its edge', async () => {
      const parent = await fixture<HTMLDivElement>(html`<div style="width:320px"></div>`);
      const el = await formWith(clerkAdapter, {}, { parent });
      await formOf(el).paste(
        'margaret.hamilton@apollo-guidance.example.org, grace.hopper@navy.example.org, katherine.johnson@nasa.example',
      );
      expect(formOf(el).chips()).to.have.length(3);
      const edge = parent.getBoundingClientRect().right;
      const past = [...el.shadowRoot!.querySelectorAll<HTMLElement>('*')]
        .filter((node) => node.getClientRects().length && node.getBoundingClientRect().right > edge + 0.5)
        .map((node) => node.getAttribute('part') ?? node.id ?? node.localName);
      expect(past).to.deep.equal([]);
      expect(el.scrollWidth).to.be.at.most(320);
    });
  });

  describe('when provider data is shown', () => {
    it('renders role labels and server messages as text, never as HTML', async () => {
      const el = await formWith(
        fakeAdapter(
          { roles: { min: 0, max: 1, options: [{ value: 'x', label: '<img src=x onerror=alert(1)>' }] } },
          { impl: async () => Promise.reject(new Error('<b>boom</b>')) },
        ),
      );
      expect(formOf(el).$('img')).to.be.null;
      expect(formOf(el).$('#role-select')!.textContent).to.contain('<img src=x onerror=alert(1)>');
      await formOf(el).paste('a@b.co');
      await formOf(el).submit();
      await formOf(el).settled();
      expect(formOf(el).$('b')).to.be.null;
      expect(formOf(el).alertText()).to.contain('<b>boom</b>');
    });
  });
});
