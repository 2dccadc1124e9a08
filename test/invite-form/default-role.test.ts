/**
 * The role a new invitation starts with: the provider's default (Clerk `org:member`) unless the host says otherwise
 * (`default-role`, empty = none), never forced back once the user chose; and a multiple select instead of a tall
 * stack of checkboxes when there are many roles. Checked on the wire against the emulators (bodies valid per spec).
 */
import { expect } from '@open-wc/testing';
import { createEmulator, type Emulator } from '../../src/emulator/index.js';
import type { InviteForm } from '../../src/invite-form/invite-form.js';
import { MANY_ROLES } from '../../src/invite-form/internal/fields.js';
import { textOf } from '../../src/testing/dom.js';
import { validateRequestBody, type Provider } from '../support/specs.js';
import { fakeAdapter, formOf, formOnEmulator, formWith, submitEmails } from './helpers.js';

/** Upsun's roles are its own permissions; the others get the emulated organization's. */
const formOn = (provider: Provider, attributes: Record<string, string> = {}) =>
  formOnEmulator(provider, attributes, { roles: provider !== 'upsun' });

/** The create bodies the emulator received, each valid per the provider's spec. */
function bodies(emulator: Emulator, provider: Provider): Record<string, unknown>[] {
  return emulator.requests
    .filter((r) => r.method === 'POST')
    .map((r) => {
      validateRequestBody(provider, r.method, r.url, r.body);
      return r.body as Record<string, unknown>;
    });
}

const roleSelect = (el: InviteForm) => formOf(el).$<HTMLSelectElement>('#role-select')!;
const checked = (el: InviteForm) =>
  formOf(el)
    .$$<HTMLInputElement>('[part="roles"] input[type="checkbox"]')
    .filter((i) => i.checked)
    .map((i) => i.value);

async function send(el: InviteForm, email: string) {
  await submitEmails(el, email);
  await formOf(el).settled();
}

describe('<invite-form> default role', () => {
  it('clerk: starts on org:member, sends it, and starts on it again after a reset', async () => {
    const { el, emulator } = await formOn('clerk');
    expect(roleSelect(el).value).to.equal('org:member');
    await send(el, 'a@b.co');
    expect(bodies(emulator, 'clerk').map((b) => b.role)).to.deep.equal(['org:member']);

    roleSelect(el).value = 'org:admin';
    roleSelect(el).dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(roleSelect(el).value).to.equal('org:admin');
    el.reset();
    await el.updateComplete;
    expect(roleSelect(el).value).to.equal('org:member');
  });

  it('clerk: default-role picks another one', async () => {
    const { el, emulator } = await formOn('clerk', { 'default-role': 'org:admin' });
    expect(roleSelect(el).value).to.equal('org:admin');
    await send(el, 'a@b.co');
    expect(bodies(emulator, 'clerk').map((b) => b.role)).to.deep.equal(['org:admin']);
  });

  for (const [what, value] of [
    ['an empty default-role', ''],
    ['a default-role that is not among the roles', 'org:nope'],
  ] as const) {
    it(`clerk: ${what} starts on "Choose a role", and nothing is sent without one`, async () => {
      const { el, emulator } = await formOn('clerk', { 'default-role': value });
      expect(roleSelect(el).value).to.equal('');
      expect(textOf(roleSelect(el).selectedOptions[0])).to.equal('Choose a role');
      await submitEmails(el, 'a@b.co');
      expect(bodies(emulator, 'clerk')).to.have.length(0);
      expect(textOf(formOf(el).$('#roles-error'))).to.equal('Choose a role.');
    });
  }

  it('auth0: no default role (roles are optional); default-role checks one, and unchecking it sends none', async () => {
    const plain = await formOn('auth0', { 'client-id': 'cli_1', 'inviter-name': 'Ada' });
    expect(checked(plain.el)).to.deep.equal([]);

    const [, member] = createEmulator({ provider: 'auth0', count: 0 }).roles;
    const { el, emulator } = await formOn('auth0', {
      'client-id': 'cli_1',
      'inviter-name': 'Ada',
      'default-role': member.value,
    });
    expect(checked(el)).to.deep.equal([member.value]);
    await send(el, 'a@b.co');
    formOf(el).$<HTMLInputElement>('#role-1')!.click(); // the user takes the default away
    await el.updateComplete;
    expect(checked(el)).to.deep.equal([]);
    await send(el, 'c@d.co');
    const sent = bodies(emulator, 'auth0');
    expect(sent[0].roles).to.deep.equal([member.value]);
    expect(sent[1]).not.to.have.property('roles');
  });

  it('upsun: default-role checks one of its permissions, and it goes out', async () => {
    const { el, emulator } = await formOn('upsun', { 'default-role': 'members' });
    expect(checked(el)).to.deep.equal(['members']);
    await send(el, 'a@b.co');
    expect(bodies(emulator, 'upsun').map((b) => b.permissions)).to.deep.equal([['members']]);
  });
});

describe('<invite-form> with many roles', () => {
  const many = Array.from({ length: MANY_ROLES }, (_, i) => ({ value: `role_${i}`, label: `Role ${i}` }));

  it(`chooses them in a multiple select from ${MANY_ROLES} on, and sends what was chosen`, async () => {
    const adapter = fakeAdapter({ roles: { min: 0, max: 50 } });
    const el = await formWith(adapter, { roles: many });
    expect(formOf(el).$$('[part="roles"] input[type="checkbox"]')).to.have.length(0);
    const select = formOf(el).$<HTMLSelectElement>('#role-multi')!;
    expect(select.multiple).to.equal(true);
    expect(select.options).to.have.length(MANY_ROLES);
    const hint = formOf(el).$(`#${select.getAttribute('aria-describedby')!.split(' ')[0]}`);
    expect(textOf(hint)).to.equal('Hold Ctrl (⌘ on a Mac) to choose several.');
    select.options[1].selected = true;
    select.options[4].selected = true;
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    await send(el, 'a@b.co');
    expect(adapter.calls[0][0].roles).to.deep.equal(['role_1', 'role_4']);
  });

  it('keeps checkboxes (with their descriptions) below that', async () => {
    const el = await formWith(fakeAdapter({ roles: { min: 0, max: 50 } }), { roles: many.slice(1) });
    expect(formOf(el).$('#role-multi')).to.equal(null);
    expect(formOf(el).$$('[part="roles"] input[type="checkbox"]')).to.have.length(MANY_ROLES - 1);
  });
});
