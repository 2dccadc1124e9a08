/**
 * End to end against the emulators: what each provider's form sends over the wire (checked against the provider's
 * OpenAPI spec), and what it makes of the answers.
 */
import { expect } from '@open-wc/testing';
import type { InviteForm } from '../../src/invite-form/invite-form.js';
import { createEmulator } from '../../src/emulator/index.js';
import type { InvitationCreatedEvent, InvitationErrorEvent } from '../../src/events.js';
import type { Provider } from '../support/specs.js';
import { formOnEmulator, nextEvent, posts, submitEmails, formOf } from './helpers.js';
import { textOf } from '../../src/testing/dom.js';

const DAY = 86400;

const formOn = (provider: Provider, attributes: Record<string, string> = {}) => formOnEmulator(provider, attributes);

const check = (el: InviteForm, selector: string) => {
  formOf(el).$<HTMLInputElement>(selector)!.click();
  return el.updateComplete;
};

describe('<invite-form>', () => {
  describe('when it invites through Auth0', () => {
    it('sends one spec-valid POST per address with the inviter, client, connection, roles, TTL and email choice', async () => {
      const { el, emulator } = await formOn('auth0', {
        'client-id': 'cli_1',
        'inviter-name': 'Ada Admin',
        'connection-id': 'con_1',
      });
      await check(el, '#role-0');
      await check(el, '#role-2');
      formOf(el).$$<HTMLButtonElement>('[part="expiry-preset"]')[2].click(); // 30 days
      await check(el, '#send-email');
      const created = nextEvent(el, 'invitation-created');
      await submitEmails(el, 'a@b.co, c@d.co');
      const event = (await created) as InvitationCreatedEvent;
      await formOf(el).settled();

      const [admin, , billing] = emulator.roles;
      const body = (email: string) => ({
        inviter: { name: 'Ada Admin' },
        invitee: { email },
        client_id: 'cli_1',
        connection_id: 'con_1',
        roles: [admin.value, billing.value],
        ttl_sec: 30 * DAY,
        send_invitation_email: false,
      });
      expect(posts(emulator, 'auth0')).to.deep.equal([
        { path: '', body: body('a@b.co') },
        { path: '', body: body('c@d.co') },
      ]);
      expect(event.detail.invitations.map((i) => i.email)).to.deep.equal(['a@b.co', 'c@d.co']);
      expect(event.detail.invitations[0].id).to.match(/^uinv_/);
      expect(event.detail.endpoint).to.equal(emulator.endpoint);
      expect(formOf(el).statusText()).to.equal('2 invitations sent');
    });

    it('leaves roles out when none is chosen (Auth0 rejects an empty list) and sends the default 7-day TTL', async () => {
      const { el, emulator } = await formOn('auth0', { 'client-id': 'cli_1', 'inviter-name': 'Ada' });
      await submitEmails(el, 'a@b.co');
      await formOf(el).settled();
      expect(posts(emulator, 'auth0')[0].body).to.deep.equal({
        inviter: { name: 'Ada' },
        invitee: { email: 'a@b.co' },
        client_id: 'cli_1',
        ttl_sec: 7 * DAY,
        send_invitation_email: true,
      });
    });

    it('puts an invalid_body about roles next to the roles', async () => {
      const { el, emulator } = await formOn('auth0', { 'client-id': 'cli_1', 'inviter-name': 'Ada' });
      el.roles = [{ value: 'rol_gone', label: 'Gone' }];
      await el.updateComplete;
      await check(el, '#role-0');
      const failed = nextEvent(el, 'invitation-error');
      await submitEmails(el, 'a@b.co');
      const error = ((await failed) as InvitationErrorEvent).detail.error;
      await formOf(el).settled();
      expect(error.code).to.equal('invalid_body');
      expect(posts(emulator, 'auth0')).to.have.length(1);
      expect(formOf(el).$('#roles-error')!.textContent).to.contain('One or more of the specified roles do not exist');
      expect(formOf(el).$<HTMLInputElement>('#role-0')!.getAttribute('aria-invalid')).to.equal('true');
      expect(formOf(el).chips()).to.deep.equal(['a@b.co']);
      await expect(el).to.be.accessible();
    });
  });

  describe('when it invites through Clerk', () => {
    it('sends a single spec-valid POST for one address, with role, days, notify, redirect and inviter', async () => {
      const { el, emulator } = await formOn('clerk', {
        'redirect-url': 'https://app.test/welcome',
        'inviter-id': emulator0InviterId(),
      });
      const select = formOf(el).$<HTMLSelectElement>('#role-select')!;
      select.value = 'org:member';
      select.dispatchEvent(new Event('change'));
      formOf(el).$$<HTMLButtonElement>('[part="expiry-preset"]')[1].click(); // 7 days
      await el.updateComplete;
      await submitEmails(el, 'Jane <jane@x.io>');
      await formOf(el).settled();
      expect(posts(emulator, 'clerk')).to.deep.equal([
        {
          path: '',
          body: {
            email_address: 'jane@x.io',
            role: 'org:member',
            expires_in_days: 7,
            notify: true,
            redirect_url: 'https://app.test/welcome',
            inviter_user_id: emulator0InviterId(),
          },
        },
      ]);
      expect(formOf(el).statusText()).to.equal('Invitation sent to jane@x.io');
    });

    it('keeps the options in place once a required role is chosen: the placeholder hides, no option moves', async () => {
      // Removing the placeholder shifted the options under the selection; WebKit then fired no change when the next
      // option was chosen with ArrowDown (it landed on the index of the previous choice).
      const { el } = await formOn('clerk');
      const select = formOf(el).$<HTMLSelectElement>('#role-select')!;
      const before = [...select.options].map((o) => o.value);
      select.value = 'org:admin';
      select.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect([...select.options].map((o) => o.value)).to.deep.equal(before);
      expect(select.selectedIndex).to.equal(before.indexOf('org:admin'));
      const placeholder = select.options[0];
      expect([placeholder.value, placeholder.hidden, placeholder.disabled]).to.deep.equal(['', true, true]);
      await expect(el).to.be.accessible();
    });

    it('sends many addresses through the bulk endpoint, at most 10 per call', async () => {
      const { el, emulator } = await formOn('clerk');
      const select = formOf(el).$<HTMLSelectElement>('#role-select')!;
      select.value = 'org:admin';
      select.dispatchEvent(new Event('change'));
      await el.updateComplete;
      const emails = Array.from({ length: 12 }, (_, i) => `user${i}@x.io`);
      const created = nextEvent(el, 'invitation-created');
      await submitEmails(el, emails.join('\n'));
      const event = (await created) as InvitationCreatedEvent;
      await formOf(el).settled();
      const sent = posts(emulator, 'clerk');
      expect(sent.map((p) => p.path)).to.deep.equal(['/bulk', '/bulk']);
      expect((sent[0].body as unknown[]).length).to.equal(10);
      expect(sent[1].body).to.deep.equal(
        emails
          .slice(10)
          .map((email) => ({ email_address: email, role: 'org:admin', expires_in_days: 30, notify: true })),
      );
      expect(event.detail.invitations.map((i) => i.email)).to.deep.equal(emails);
      expect(formOf(el).statusText()).to.equal('12 invitations sent');
      expect(formOf(el).chips()).to.deep.equal([]);
    });
  });

  describe('when it invites through Upsun', () => {
    it('sends one spec-valid POST per address with the permissions', async () => {
      const { el, emulator } = await formOn('upsun');
      await check(el, 'input[value="billing"]');
      await check(el, 'input[value="members"]');
      await submitEmails(el, 'a@b.co c@d.co');
      await formOf(el).settled();
      expect(posts(emulator, 'upsun')).to.deep.equal([
        { path: '', body: { email: 'a@b.co', permissions: ['billing', 'members'] } },
        { path: '', body: { email: 'c@d.co', permissions: ['billing', 'members'] } },
      ]);
    });
  });

  describe('when allowed-domains is set', () => {
    const ATTRIBUTES: Record<Provider, Record<string, string>> = {
      auth0: { 'client-id': 'cli_1', 'inviter-name': 'Ada Admin' },
      clerk: {},
      upsun: {},
    };
    const ROLE: Record<Provider, string | undefined> = { auth0: undefined, clerk: 'org:member', upsun: 'billing' };
    for (const provider of ['auth0', 'clerk', 'upsun'] as const) {
      it(`refuses other domains on their chip before any request, then sends the rest (${provider})`, async () => {
        const { el, emulator } = await formOn(provider, {
          ...ATTRIBUTES[provider],
          'allowed-domains': 'Example.com,  example.org;',
        });
        if (ROLE[provider]) await formOf(el).chooseRole(ROLE[provider]);
        await submitEmails(el, 'ada@EXAMPLE.com, eve@evil.test, bob@example.org, sub@mail.example.com');
        await formOf(el).settled();
        expect(posts(emulator, provider), 'nothing sent').to.deep.equal([]);
        const refused = ['eve@evil.test', 'sub@mail.example.com'];
        const marked = formOf(el)
          .$$('[part~="chip"]')
          .filter((chip) => chip.textContent!.includes('not an allowed domain'))
          .map((chip) => refused.find((e) => chip.textContent!.includes(e)));
        expect(marked).to.deep.equal(refused);
        expect(textOf(formOf(el).$('#emails-error'))).to.contain(
          'eve@evil.test: invitations go to example.com or example.org addresses only.',
        );
        expect(formOf(el).emailInput().getAttribute('aria-invalid')).to.equal('true');
        expect(formOf(el).focusName()).to.equal('#emails-input');
        await expect(el).to.be.accessible();

        // the refused chips removed, the others go
        for (const email of refused) {
          formOf(el).$<HTMLButtonElement>(`button[data-chip][aria-label="Remove ${email}"]`)!.click();
          await el.updateComplete;
        }
        await formOf(el).submit();
        await formOf(el).settled();
        const sent = posts(emulator, provider).flatMap((p) => (Array.isArray(p.body) ? p.body : [p.body]));
        expect(
          sent.map((b) =>
            JSON.stringify(b)
              .match(/[\w.]+@[\w.]+/)![0]
              .toLowerCase(),
          ),
        ).to.deep.equal(['ada@example.com', 'bob@example.org']);
      });
    }

    it('says it in the page’s language (de)', async () => {
      const { el } = await formOn('upsun', { 'allowed-domains': 'example.com', lang: 'de' });
      await submitEmails(el, 'eve@evil.test');
      await formOf(el).settled();
      expect(textOf(formOf(el).$('#emails-error'))).to.contain(
        'eve@evil.test: Einladungen gehen nur an Adressen von example.com.',
      );
    });
  });

  describe('when the emulator answers 429 with Retry-After', () => {
    it('keeps the refused address, shows the countdown, and sends the next address after it', async () => {
      const { el, emulator } = await formOn('upsun');
      await check(el, 'input[value="admin"]');
      emulator.fault({ kind: 'rate-limit', retryAfter: 1, method: 'POST' });
      await formOf(el).paste('a@b.co, c@d.co');
      formOf(el).submitButton().click();
      const start = performance.now();
      while (!formOf(el).$('[role="timer"]') && performance.now() - start < 2000)
        await new Promise((r) => setTimeout(r, 10));
      expect(formOf(el).$('[role="timer"]')!.textContent).to.equal('Sending resumes in 1 s…');
      await formOf(el).settled();
      expect(performance.now() - start).to.be.greaterThan(900);
      expect(posts(emulator, 'upsun').map((p) => (p.body as { email: string }).email)).to.deep.equal([
        'a@b.co',
        'c@d.co',
      ]);
      expect(formOf(el).chips()).to.deep.equal(['a@b.co']);
    });
  });
});

function emulator0InviterId() {
  return createEmulator({ provider: 'clerk', count: 0 }).inviters[0].id;
}
