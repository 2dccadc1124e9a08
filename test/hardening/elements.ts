/**
 * Element helpers of the hardening suites: mount an `<invitation-list>` or `<invite-form>` on a provider, wait for the
 * outcome of a load or a submission, and read what they show.
 */
import { fixture, html } from '@open-wc/testing';
import { InvitationList } from '../../src/elements/invitation-list/invitation-list.js';
import { InviteForm } from '../../src/elements/invite-form/invite-form.js';
import type { InvitationErrorEvent, InvitationsLoadedEvent } from '../../src/events.js';
import type { Fetcher } from '../../src/providers/adapter.js';
import { ADAPTERS, ENDPOINTS, type ProviderName } from './support.js';

if (!customElements.get('invitation-list')) InvitationList.define();
if (!customElements.get('invite-form')) InviteForm.define();

export const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Every event an element fired, by type. */
export function recordAll(el: HTMLElement, types: string[]) {
  const events: CustomEvent[] = [];
  for (const type of types) el.addEventListener(type, (e) => events.push(e as CustomEvent));
  return Object.assign(events, { of: (type: string) => events.filter((e) => e.type === type) });
}

export const LIST_EVENTS = [
  'invitation-revoke',
  'invitation-revoked',
  'invitation-resend',
  'invitation-resent',
  'invitation-error',
  'invitation-query-change',
  'invitations-loaded',
];
export const FORM_EVENTS = ['invitation-create', 'invitation-created', 'invitation-error'];

/** A connected `<invitation-list>` on a provider's adapter; `setup` runs before it connects. */
export async function mountList(
  provider: ProviderName,
  fetcher: Fetcher,
  setup: (el: InvitationList) => void = () => undefined,
  { hidden = false } = {},
) {
  const el = document.createElement('invitation-list');
  el.adapter = ADAPTERS[provider];
  el.endpoint = ENDPOINTS[provider];
  el.fetcher = fetcher;
  setup(el);
  const events = recordAll(el, LIST_EVENTS);
  // `hidden`: no layout (fuzzed pages of huge strings would spend seconds in it, which is not what is tested)
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1000px" ?hidden=${hidden}></div>`);
  wrapper.append(el);
  await el.updateComplete;
  return { el, events };
}

/** The next load's outcome: `invitations-loaded` or `invitation-error`, whichever comes first. */
export function nextListOutcome(el: InvitationList, timeout = 3000) {
  return new Promise<InvitationsLoadedEvent | InvitationErrorEvent>((resolve, reject) => {
    const done = (e: Event) => {
      el.removeEventListener('invitations-loaded', done);
      el.removeEventListener('invitation-error', done);
      clearTimeout(timer);
      resolve(e as InvitationsLoadedEvent | InvitationErrorEvent);
    };
    const timer = setTimeout(() => {
      el.removeEventListener('invitations-loaded', done);
      el.removeEventListener('invitation-error', done);
      reject(new Error(`no outcome within ${timeout} ms`));
    }, timeout);
    el.addEventListener('invitations-loaded', done);
    el.addEventListener('invitation-error', done);
  });
}

const q = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const qa = <T extends Element = HTMLElement>(el: Element, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<T>(selector),
];

export const listRows = (el: InvitationList) => qa(el, 'tbody tr[data-id]');
export const listPart = (el: InvitationList, name: string) => q(el, `[part~="${name}"]`);
export const listEmails = (el: InvitationList) =>
  listRows(el).map((r) => text(r.querySelector('[part~="cell-email"]')));
export const rowAction = (el: InvitationList, id: string, action: string) =>
  q<HTMLButtonElement>(el, `tr[data-id="${CSS.escape(id)}"] [data-action="${action}"]`);

/** A connected `<invite-form>` on a provider's adapter, with the attributes it needs and a role chosen. */
export async function mountForm(provider: ProviderName, fetcher: Fetcher) {
  const el = await fixture<InviteForm>(
    html`<invite-form pace="0" client-id="client_1" inviter-name="Ada Admin"></invite-form>`,
  );
  el.adapter = ADAPTERS[provider];
  el.endpoint = ENDPOINTS[provider];
  el.fetcher = fetcher;
  if (provider === 'clerk') el.roles = [{ value: 'org:member', label: 'Member' }];
  await el.updateComplete;
  await chooseRole(el, provider);
  const events = recordAll(el, FORM_EVENTS);
  return { el, events };
}

/** Chooses the first role where the provider needs one (Clerk: the select; Upsun: a permission checkbox). */
export async function chooseRole(el: InviteForm, provider: ProviderName) {
  if (provider === 'clerk') {
    const select = q<HTMLSelectElement>(el, '#role-select')!;
    select.value = 'org:member';
    select.dispatchEvent(new Event('change'));
  } else if (provider === 'upsun') {
    const box = q<HTMLInputElement>(el, 'input[name="role"]')!;
    if (!box.checked) box.click();
  }
  await el.updateComplete;
}

export const chips = (el: InviteForm) => qa(el, '.chip-text').map((c) => text(c));
export const formAlert = (el: InviteForm) => text(q(el, '[part="error"]'));
export const resultStates = (el: InviteForm) =>
  qa(el, '[part="results"] li').map((li) => ({
    state: li.dataset.state,
    email: text(li.querySelector('.result-email')),
  }));
export const submitButton = (el: InviteForm) => q<HTMLButtonElement>(el, '[part="submit"]')!;

/** Pastes addresses into the email field. */
export async function paste(el: InviteForm, value: string) {
  const input = q<HTMLInputElement>(el, '#emails-input')!;
  const data = new DataTransfer();
  data.setData('text/plain', value);
  input.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  await el.updateComplete;
}

/** Waits until the form is no longer submitting. */
export async function formSettled(el: InviteForm, timeout = 5000) {
  const start = performance.now();
  while (submitButton(el).getAttribute('aria-busy') === 'true' || el.isUpdatePending) {
    if (performance.now() - start > timeout) throw new Error('the form did not settle');
    await new Promise((r) => setTimeout(r, 2));
  }
  await el.updateComplete;
}

/** Pastes the addresses, submits with the button and waits for the outcome. */
export async function submit(el: InviteForm, emails: string[]) {
  await paste(el, emails.join(', '));
  submitButton(el).click();
  await el.updateComplete;
  await formSettled(el);
}
