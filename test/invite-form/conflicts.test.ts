/**
 * Conflicts caught before sending: addresses with a pending invitation (looked up on the wire: Clerk's email filter,
 * Auth0's and Upsun's pending list read once), members' addresses (`members`), and the provider's own duplicate
 * errors mapped to the same message with the fix the provider allows (Upsun `force`, Clerk and Auth0 revoke + create).
 */
import { expect } from '@open-wc/testing';
import { formOnEmulator, fakeAdapter, formWith, formOf, httpError, resultRows, submitEmails } from './helpers.js';
import type { Emulator } from '../../src/emulator/index.js';
import type { InviteForm } from '../../src/invite-form/invite-form.js';
import type { Invitation } from '../../src/model.js';
import { BUILTIN_ADAPTERS, type ProviderName } from '../../src/providers/providers.js';
import { validateQuery, validateRequestBody } from '../support/specs.js';
import { deferred } from '../support/deferred.js';

const ATTRIBUTES: Record<ProviderName, Record<string, string>> = {
  auth0: { 'client-id': 'cli_1', 'inviter-name': 'Ada Admin' },
  clerk: {},
  upsun: {},
};
const ROLE: Record<ProviderName, string | undefined> = { auth0: undefined, clerk: 'org:member', upsun: 'billing' };

/** A form on a fresh emulator, and one of the emulator's pending invitations. */
async function formWithPending(provider: ProviderName, attributes: Record<string, string> = {}) {
  const { el, emulator } = await formOnEmulator(provider, { ...ATTRIBUTES[provider], ...attributes });
  if (ROLE[provider]) await formOf(el).chooseRole(ROLE[provider]);
  const draft = {
    email: 'dup@x.io',
    roles: ROLE[provider] ? [ROLE[provider]] : [],
    clientId: 'cli_1',
    inviterName: 'Ada Admin',
  };
  const [pending] = await BUILTIN_ADAPTERS[provider].create([draft], {
    endpoint: emulator.endpoint,
    fetcher: emulator.fetch,
  });
  emulator.clearRequests();
  return { el, emulator, pending };
}

/** Every request since the last clear, as `METHOD path?query` (checked against the spec), bodies apart. */
function wire(emulator: Emulator, provider: ProviderName) {
  const base = new URL(emulator.endpoint).pathname;
  return emulator.requests.map((r) => {
    validateQuery(provider, r.method, r.url);
    if (r.body !== undefined) validateRequestBody(provider, r.method, r.url, r.body);
    const url = new URL(r.url);
    return `${r.method} ${url.pathname.replace(base, '')}${url.search}`;
  });
}

/** Clicks "Resend instead" (on the first address that has it) and submits. */
async function resendInsteadAndSubmit(el: InviteForm) {
  formOf(el).$<HTMLButtonElement>('[part="resend-instead"]')!.click();
  await el.updateComplete;
  await formOf(el).submit();
  await formOf(el).settled();
}

const invalidChips = (el: InviteForm) =>
  formOf(el)
    .$$('[part~="chip-invalid"]')
    .map((c) => c.textContent ?? '');

describe('<invite-form> conflicts', () => {
  for (const provider of ['auth0', 'clerk', 'upsun'] as const) {
    describe(provider, () => {
      it('marks an address with a pending invitation before sending, sends nothing, and "Resend instead" replaces it', async () => {
        const { el, emulator, pending } = await formWithPending(provider);
        await formOf(el).paste(`${pending.email.toUpperCase()}, fresh@x.io`);
        await formOf(el).checked();

        const lookups = wire(emulator, provider);
        expect(lookups.every((r) => r.startsWith('GET '))).to.equal(true);
        if (provider === 'clerk') {
          // one request per address, through Clerk's email filter
          expect(lookups.map((r) => new URLSearchParams(r.split('?')[1]).get('email_address'))).to.deep.equal([
            pending.email.toLowerCase(),
            'fresh@x.io',
          ]);
        } else {
          // the pending invitations, read once for both addresses
          expect(lookups).to.have.length(1);
          expect(lookups[0]).not.to.contain(encodeURIComponent('fresh@x.io'));
        }
        expect(invalidChips(el)).to.have.length(1);
        expect(invalidChips(el)[0]).to.contain('already has a pending invitation');
        expect(formOf(el).$('#emails-error')!.textContent).to.contain(
          `${pending.email.toUpperCase()}: This address already has a pending invitation.`,
        );
        await expect(el).to.be.accessible();

        emulator.clearRequests();
        await formOf(el).submit();
        await formOf(el).settled();
        expect(wire(emulator, provider)).to.deep.equal([]);
        expect(formOf(el).focusName()).to.equal('#emails-input');

        formOf(el).$<HTMLButtonElement>('[part="resend-instead"]')!.click();
        await el.updateComplete;
        expect(invalidChips(el)).to.deep.equal([]);
        expect(formOf(el).$('[part="replacing"]')!.textContent).to.contain('will be replaced');
        expect(formOf(el).focusName()).to.equal('#emails-input');
        await expect(el).to.be.accessible();

        await formOf(el).submit();
        await formOf(el).settled();
        const sent = wire(emulator, provider);
        const bodies = emulator.requests.filter((r) => r.method === 'POST' && r.body).map((r) => r.body);
        if (provider === 'upsun') {
          // Upsun replaces it itself: `force` for that address only
          expect(sent).to.deep.equal(['POST ', 'POST ']);
          expect(bodies).to.deep.equal([
            { email: pending.email.toUpperCase(), permissions: ['billing'], force: true },
            { email: 'fresh@x.io', permissions: ['billing'] },
          ]);
        } else if (provider === 'clerk') {
          // revoked first (Clerk refuses a second pending invitation), then both created in one bulk request
          expect(sent).to.deep.equal([`POST /${pending.id}/revoke`, 'POST /bulk']);
        } else {
          expect(sent).to.deep.equal([`DELETE /${pending.id}`, 'POST ', 'POST ']);
        }
        expect(formOf(el).statusText()).to.equal('2 invitations sent');
        expect(formOf(el).chips()).to.deep.equal([]);
        const after = await BUILTIN_ADAPTERS[provider].list(
          { pageSize: 100, page: 0, statuses: ['pending'], search: '' },
          { endpoint: emulator.endpoint, fetcher: emulator.fetch },
        );
        const to = after.items.filter((i) => i.email.toLowerCase() === pending.email.toLowerCase());
        expect(to.length).to.equal(1);
        expect(to[0].id === pending.id).to.equal(false);
      });

      it('knows what it just created: the same address typed again is marked without a request', async () => {
        const { el, emulator } = await formWithPending(provider);
        await submitEmails(el, 'new@x.io');
        await formOf(el).settled();
        expect(formOf(el).statusText()).to.equal('Invitation sent to new@x.io');
        emulator.clearRequests();
        await formOf(el).paste('new@x.io');
        await formOf(el).checked();
        expect(wire(emulator, provider)).to.deep.equal([]);
        expect(invalidChips(el)).to.have.length(1);
      });
    });
  }

  describe('the provider says so after sending (no-conflict-check)', () => {
    it('clerk: 400 organization_invitation_not_unique gives the same message and fix; the fix looks the invitation up, revokes it, creates', async () => {
      const { el, emulator, pending } = await formWithPending('clerk', { 'no-conflict-check': '' });
      await submitEmails(el, pending.email);
      await formOf(el).settled();
      expect(wire(emulator, 'clerk')).to.deep.equal(['POST ']); // no look-up before
      expect(formOf(el).chips()).to.deep.equal([pending.email]);
      expect(invalidChips(el)[0]).to.contain('already has a pending invitation');
      expect(formOf(el).$('#emails-error')!.textContent).to.contain('already has a pending invitation');
      expect(formOf(el).alertText()).to.contain('The invitation could not be sent.');
      expect(formOf(el).$('[part="force"]')).to.equal(null); // Clerk has no force option
      await expect(el).to.be.accessible();

      emulator.clearRequests();
      await resendInsteadAndSubmit(el);
      const sent = wire(emulator, 'clerk');
      expect(sent.map((r) => r.split('?')[0])).to.deep.equal(['GET ', `POST /${pending.id}/revoke`, 'POST ']);
      expect(new URLSearchParams(sent[0].split('?')[1]).get('email_address')).to.equal(pending.email.toLowerCase());
      expect(formOf(el).statusText()).to.equal(`Invitation sent to ${pending.email}`);
    });

    it('upsun: a 409 gives the same message, the per-address fix and the force suggestion; the fix sends force: true', async () => {
      const { el, emulator, pending } = await formWithPending('upsun', { 'no-conflict-check': '' });
      await submitEmails(el, `new@x.io, ${pending.email}`);
      await formOf(el).settled();
      expect(wire(emulator, 'upsun')).to.deep.equal(['POST ', 'POST ']);
      expect(formOf(el).chips()).to.deep.equal([pending.email]);
      expect(invalidChips(el)[0]).to.contain('already has a pending invitation');
      expect(formOf(el).$('#force-suggest')!.textContent).to.contain('Resend if already invited');
      expect(resultRows(el)).to.deep.equal([
        'sent ✓ new@x.io: sent',
        `failed ✗ ${pending.email}: not sent: This address already has a pending invitation.`,
      ]);
      await expect(el).to.be.accessible();

      emulator.clearRequests();
      await resendInsteadAndSubmit(el);
      expect(wire(emulator, 'upsun')).to.deep.equal(['POST ']);
      expect(emulator.requests[0].body).to.deep.equal({ email: pending.email, permissions: ['billing'], force: true });
      expect(formOf(el).chips()).to.deep.equal([]);
    });

    it('upsun: the "Resend if already invited" option sends force: true for every address, then resets', async () => {
      const { el, emulator, pending } = await formWithPending('upsun', { 'no-conflict-check': '' });
      formOf(el).$<HTMLInputElement>('#force')!.click();
      await el.updateComplete;
      await submitEmails(el, pending.email);
      await formOf(el).settled();
      expect(emulator.requests.map((r) => r.body)).to.deep.equal([
        { email: pending.email, permissions: ['billing'], force: true },
      ]);
      expect(formOf(el).chips()).to.deep.equal([]);
      expect(formOf(el).$<HTMLInputElement>('#force')!.checked).to.equal(false);
    });

    it('"Keep the pending one" takes the fix back', async () => {
      const { el, pending } = await formWithPending('upsun', { 'no-conflict-check': '' });
      await submitEmails(el, pending.email);
      await formOf(el).settled();
      formOf(el).$<HTMLButtonElement>('[part="resend-instead"]')!.click();
      await el.updateComplete;
      formOf(el).$<HTMLButtonElement>('[part="keep-pending"]')!.click();
      await el.updateComplete;
      expect(invalidChips(el)).to.have.length(1);
      expect(formOf(el).$('[part="replacing"]')).to.equal(null);
    });
  });

  describe('members', () => {
    it('refuses a member address given as a list, without a request, case aside', async () => {
      const adapter = fakeAdapter({ roles: { min: 0, max: 0 } });
      let lists = 0;
      adapter.list = async () => (lists++, { items: [] });
      const el = await formWith(adapter, { members: ['Boss@X.io'] });
      await submitEmails(el, 'boss@x.io a@b.co');
      await formOf(el).settled();
      expect(adapter.calls).to.have.length(0);
      expect(invalidChips(el)).to.have.length(1);
      expect(formOf(el).$('#emails-error')!.textContent).to.contain(
        'boss@x.io: This address already belongs to a member.',
      );
      expect(formOf(el).$('[part="resend-instead"]')).to.equal(null);
      expect(lists).to.equal(1); // a@b.co only
      await expect(el).to.be.accessible();
    });

    it('asks a loader about the addresses typed together, once, and forgets its answers when `members` changes', async () => {
      const asked: string[][] = [];
      const el = await formWith(fakeAdapter(), {
        members: async (emails: string[]) => (asked.push(emails), ['b@x.io']),
      });
      await formOf(el).paste('a@x.io B@x.io');
      await formOf(el).checked();
      expect(asked).to.deep.equal([['a@x.io', 'b@x.io']]);
      expect(invalidChips(el)).to.have.length(1);
      el.members = [];
      await el.updateComplete;
      await formOf(el).checked();
      expect(invalidChips(el)).to.deep.equal([]);
    });

    it("maps the provider's already_a_member_in_organization to the member message", async () => {
      const adapter = fakeAdapter(
        {},
        {
          impl: async () => {
            throw httpError(400, 'Already a member.', { code: 'already_a_member_in_organization' });
          },
        },
      );
      const el = await formWith(adapter);
      await submitEmails(el, 'm@x.io');
      await formOf(el).settled();
      expect(formOf(el).$('#emails-error')!.textContent).to.contain(
        'm@x.io: This address already belongs to a member.',
      );
      expect(formOf(el).$('[part="resend-instead"]')).to.equal(null);
    });
  });

  it('says it in Arabic, right to left, with the fix named for its address (axe)', async () => {
    const { el, pending } = await formWithPending('upsun', { lang: 'ar' });
    el.members = ['member@x.io'];
    await el.updateComplete;
    await formOf(el).paste(`${pending.email} member@x.io`);
    await formOf(el).checked();
    const errors = formOf(el).$('#emails-error')!.textContent ?? '';
    expect(errors).to.contain('هذا العنوان يخص عضوًا بالفعل.');
    const fix = formOf(el).$<HTMLButtonElement>('[part="resend-instead"]')!;
    expect(fix.textContent!.trim()).to.equal('أعد الإرسال بدلًا من ذلك');
    expect(fix.getAttribute('aria-label')).to.contain(pending.email);
    expect(getComputedStyle(formOf(el).$('form')!).direction).to.equal('rtl');
    await expect(el).to.be.accessible();
    fix.click();
    await el.updateComplete;
    expect(formOf(el).$('[part="replacing"]')!.textContent).to.contain('ستحلّ هذه الدعوة محلّ دعوته المعلّقة.');
    await expect(el).to.be.accessible();
  });

  describe('when a look-up fails or is slow', () => {
    it('says nothing when the list cannot be read, and sends', async () => {
      const adapter = fakeAdapter();
      adapter.list = async () => Promise.reject(httpError(500, 'Down.'));
      const el = await formWith(adapter);
      await submitEmails(el, 'a@b.co');
      await formOf(el).settled();
      expect(adapter.calls).to.have.length(1);
      expect(formOf(el).statusText()).to.equal('Invitation sent to a@b.co');
    });

    it('sends after 3 s when the look-up hangs, and the chip is not left checking', async () => {
      const adapter = fakeAdapter();
      const held = deferred<never>();
      adapter.list = () => held.promise;
      const el = await formWith(adapter);
      await formOf(el).paste('a@b.co');
      formOf(el).submitButton().click();
      await el.updateComplete;
      expect(formOf(el).busy).to.equal(true);
      expect(adapter.calls).to.have.length(0);
      await formOf(el).checked(5000);
      await formOf(el).settled();
      expect(adapter.calls).to.have.length(1);
    });

    it('keeps the address, with the reason, when its pending invitation cannot be revoked', async () => {
      const pending: Invitation = { id: 'inv_1', email: 'dup@x.io', status: 'pending', roles: [], raw: {} };
      const adapter = fakeAdapter();
      adapter.list = async () => ({ items: [pending], total: 1 });
      adapter.revoke = async () => Promise.reject(httpError(403, 'Not allowed to revoke.'));
      const el = await formWith(adapter);
      await formOf(el).paste('dup@x.io ok@x.io');
      await formOf(el).checked();
      formOf(el).$<HTMLButtonElement>('[part="resend-instead"]')!.click();
      await el.updateComplete;
      await formOf(el).submit();
      await formOf(el).settled();
      expect(adapter.calls.map((c) => c.map((d) => d.email))).to.deep.equal([['ok@x.io']]);
      expect(formOf(el).chips()).to.deep.equal(['dup@x.io']);
      expect(resultRows(el)).to.deep.equal([
        'failed ✗ dup@x.io: not sent: Not allowed to revoke.',
        'sent ✓ ok@x.io: sent',
      ]);
    });
  });
});

describe('<invite-form> conflicts in a CSV import', () => {
  for (const provider of ['auth0', 'clerk', 'upsun'] as const) {
    it(`${provider}: looks the rows up in one read of the pending invitations and says which are already invited`, async () => {
      const { el, emulator, pending } = await formWithPending(provider);
      const role = ROLE[provider] ?? '';
      const fresh = Array.from({ length: 7 }, (_, i) => `fresh${i}@x.io`);
      await formOf(el).importFile(
        ['email,role', `${pending.email},${role}`, ...fresh.map((e) => `${e},${role}`)].join('\n'),
      );
      await formOf(el).checked();
      // one look-up for all eight rows (Clerk too: more than a few addresses read the pending list, not one each)
      const lookups = wire(emulator, provider);
      expect(lookups).to.have.length(1);
      expect(lookups[0].startsWith('GET ')).to.equal(true);
      const rows = formOf(el).previewRows();
      expect(rows.map((r) => r.status)).to.deep.equal([
        'This address already has a pending invitation.',
        ...fresh.map(() => 'Ready'),
      ]);
      expect(rows[0].state).to.equal('problem');
      await expect(el).to.be.accessible();
    });
  }
});
