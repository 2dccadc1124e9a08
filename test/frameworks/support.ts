/**
 * Shared by the framework tests (React, Vue, Svelte): each mounts its framework's app — the two elements wired the
 * way the README shows — against a Clerk emulator, then drives the elements like a user and checks that the rows
 * render and that `invitation-created` / `invitation-revoked` reach the framework's own handlers.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { createEmulator, type Emulator } from '../../src/emulator/index.js';
import type { InvitationCreatedEvent, InvitationRevokedEvent } from '../../src/events.js';
import type { RoleOption } from '../../src/providers/adapter.js';
import type { InvitationList } from '../../src/invitation-list/invitation-list.js';
import { InvitationListHarness } from '../../src/invitation-list/harness.js';
import type { InviteForm } from '../../src/invite-form/invite-form.js';

/** What every framework app takes: where the invitations live, how to reach them, and two handlers. */
export interface AppProps {
  endpoint: string;
  fetcher: Emulator['fetch'];
  roles: RoleOption[];
  onCreated: (event: InvitationCreatedEvent) => void;
  onRevoked: (event: InvitationRevokedEvent) => void;
}

export const SEEDED = 4;
export const NEW_EMAIL = 'new.person@example.com';

/** A Clerk emulator with a few invitations, and the props an app gets, recording what reached its handlers. */
export function setup() {
  const emulator = createEmulator({ provider: 'clerk', count: SEEDED, seed: 11 });
  const created: InvitationCreatedEvent[] = [];
  const revoked: InvitationRevokedEvent[] = [];
  const props: AppProps = {
    endpoint: emulator.endpoint,
    fetcher: emulator.fetch,
    roles: [...emulator.roles],
    onCreated: (e) => created.push(e),
    onRevoked: (e) => revoked.push(e),
  };
  return { emulator, props, created, revoked };
}

export const listIn = (root: ParentNode) => root.querySelector<InvitationList>('invitation-list')!;
export const formIn = (root: ParentNode) => root.querySelector<InviteForm>('invite-form')!;
const $ = <T extends Element>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
export const rowEmails = (list: InvitationList) => new InvitationListHarness(list).emails();
/** What the app printed from its handlers (its `<output>`). */
export const logOf = (root: ParentNode) => root.querySelector('output')?.textContent?.trim() ?? '';

/** Both elements are upgraded, and took `fetcher` and `roles` as properties, not as attributes. */
export async function expectWired(root: ParentNode, props: AppProps) {
  const upgraded = (tag: string) => {
    const el = root.querySelector(tag);
    const ctor = customElements.get(tag);
    return !!el && !!ctor && el instanceof ctor;
  };
  await waitUntil(() => upgraded('invitation-list') && upgraded('invite-form'), 'the elements were not upgraded', {
    timeout: 4000,
  });
  const list = listIn(root);
  const form = formIn(root);
  expect(list.fetcher === props.fetcher, 'list.fetcher is the fetcher given').to.equal(true);
  expect(form.fetcher === props.fetcher, 'form.fetcher is the fetcher given').to.equal(true);
  expect(form.roles, 'form.roles').to.deep.equal(props.roles);
  expect(list.hasAttribute('fetcher') || form.hasAttribute('fetcher') || form.hasAttribute('roles')).to.equal(false);
}

export async function untilRows(list: InvitationList, count: number) {
  await waitUntil(() => rowEmails(list).length === count, `expected ${count} rows, saw ${rowEmails(list).length}`, {
    timeout: 4000,
  });
}

/** Types an address, picks the first role and submits, as a user would. */
export async function invite(form: InviteForm, email: string) {
  await form.updateComplete;
  const input = $<HTMLInputElement>(form, '#emails-input')!;
  input.value = email;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await form.updateComplete;
  const select = $<HTMLSelectElement>(form, '#role-select')!;
  select.value = select.options[select.options.length - 1].value;
  select.dispatchEvent(new Event('change'));
  await form.updateComplete;
  $<HTMLButtonElement>(form, '[part="submit"]')!.click();
}

/** Revokes the row of `email`: the revoke button, then the inline confirmation. */
export async function revoke(list: InvitationList, email: string) {
  const row = new InvitationListHarness(list).rows().find((r) => InvitationListHarness.emailOf(r) === email)!;
  row.querySelector<HTMLButtonElement>('[data-action="revoke"]')!.click();
  await list.updateComplete;
  row.querySelector<HTMLButtonElement>('[data-action="confirm"]')!.click();
}

/**
 * The scenario every framework runs: rows from the emulator; an invitation created from the form reaches the
 * app's `onCreated` handler and appears in the list; revoking it reaches `onRevoked`.
 */
export async function runScenario(root: ParentNode, ctx: ReturnType<typeof setup>) {
  const { emulator, props, created, revoked } = ctx;
  await expectWired(root, props);
  const list = listIn(root);
  await untilRows(list, SEEDED);
  expect(emulator.requests[0].method).to.equal('GET');

  await invite(formIn(root), NEW_EMAIL);
  await waitUntil(() => created.length === 1, 'invitation-created did not reach the app handler', { timeout: 4000 });
  expect(created[0].detail.invitations.map((i) => i.email)).to.deep.equal([NEW_EMAIL]);
  await waitUntil(() => logOf(root).includes(`created ${NEW_EMAIL}`), `app log: "${logOf(root)}"`);
  await waitUntil(() => rowEmails(list).includes(NEW_EMAIL), 'the list did not show the new invitation');

  await revoke(list, NEW_EMAIL);
  await waitUntil(() => revoked.length === 1, 'invitation-revoked did not reach the app handler', { timeout: 4000 });
  expect(revoked[0].detail.invitation.email).to.equal(NEW_EMAIL);
  await waitUntil(() => logOf(root).includes(`revoked ${NEW_EMAIL}`), `app log: "${logOf(root)}"`);
  const wire = emulator.requests.filter((r) => r.method === 'POST').map((r) => new URL(r.url).pathname);
  expect(wire).to.have.length(2);
  expect(wire[1]).to.match(/\/revoke$/);
}
