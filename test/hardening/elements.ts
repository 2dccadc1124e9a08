/**
 * Element helpers of the hardening suites: mount an `<invitation-list>` or `<invite-form>` on a provider, wait for the
 * outcome of a load or a submission, and read what they show.
 */
import { fixture, html } from '@open-wc/testing';
import { InvitationList } from '../../src/elements/invitation-list/invitation-list.js';
import { InviteForm } from '../../src/elements/invite-form/invite-form.js';
import type { InvitationErrorEvent, InvitationsLoadedEvent } from '../../src/events.js';
import type { Fetcher } from '../../src/providers/adapter.js';
import { LIST_EVENTS, recordEvents, text } from '../elements/invitation-list-helpers.js';
import { alertText, pasteEmails, settled, submitButton } from '../elements/invite-form-support.js';
import { ADAPTERS, ENDPOINTS, type ProviderName } from './support.js';

export { alertText as formAlert, submitButton, text };

if (!customElements.get('invitation-list')) InvitationList.define();
if (!customElements.get('invite-form')) InviteForm.define();

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
  const events = recordEvents(el, LIST_EVENTS);
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
  const events = recordEvents(el, ['invitation-create', 'invitation-created', 'invitation-error']);
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
export const resultStates = (el: InviteForm) =>
  qa(el, '[part="results"] li').map((li) => ({
    state: li.dataset.state,
    email: text(li.querySelector('.result-email')),
  }));

/** Pastes the addresses, submits with the button and waits for the outcome. */
export async function submit(el: InviteForm, emails: string[]) {
  await pasteEmails(el, emails.join(', '));
  submitButton(el).click();
  await el.updateComplete;
  await settled(el);
}
