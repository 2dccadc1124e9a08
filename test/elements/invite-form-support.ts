/**
 * Shared helpers of the `<invite-form>` tests: a fake adapter whose create() the test scripts (or holds), fixtures,
 * and shadow-DOM queries.
 */
import { fixture, html } from '@open-wc/testing';
import { InviteForm } from '../../src/elements/invite-form/invite-form.js';
import { InvitationError, type Invitation, type InvitationDraft } from '../../src/model.js';
import type {
  AdapterCapabilities,
  CreateCapabilities,
  InvitationAdapter,
  RequestContext,
  RoleOption,
} from '../../src/providers/adapter.js';
import { deferred } from '../support/deferred.js';

InviteForm.define();

export const ENDPOINT = 'https://api.test/orgs/org_1/invitations';

export const ROLES: RoleOption[] = [
  { value: 'member', label: 'Member', description: 'Sees projects' },
  { value: 'admin', label: 'Admin' },
  { value: 'billing', label: 'Billing' },
];

export type CreateImpl = (drafts: InvitationDraft[], ctx: RequestContext) => Promise<Invitation[]>;

export const invitationFor = (draft: InvitationDraft, n = 0): Invitation => ({
  id: `inv_${n}_${draft.email}`,
  email: draft.email,
  status: 'pending',
  roles: draft.roles,
  raw: {},
});

/** create() succeeds for every draft. */
export const succeed: CreateImpl = async (drafts) => drafts.map((d, i) => invitationFor(d, i));

export interface FakeAdapter extends InvitationAdapter {
  /** The drafts of every create() call, in order. */
  calls: InvitationDraft[][];
  /** When each call started (performance.now()). */
  times: number[];
  impl: CreateImpl;
}

/** An adapter with the given create capabilities; `impl` answers create() (default: every draft succeeds). */
export function fakeAdapter(
  create: Partial<CreateCapabilities> = {},
  options: { bulkSize?: number; impl?: CreateImpl } = {},
): FakeAdapter {
  const capabilities: AdapterCapabilities = {
    paging: 'offset',
    totals: true,
    maxPageSize: 100,
    defaultPageSize: 20,
    sortFields: ['created_at'],
    defaultSort: { field: 'created_at', direction: 'desc' },
    statuses: ['pending'],
    serverStatuses: ['pending'],
    search: false,
    columns: { roles: true, inviter: false, expires: false, url: false },
    revoke: false,
    resend: false,
    bulkSize: options.bulkSize ?? 1,
    create: { roles: { min: 0, max: 0 }, sendEmail: false, force: false, fields: {}, ...create },
  };
  const adapter: FakeAdapter = {
    name: 'fake',
    capabilities,
    calls: [],
    times: [],
    impl: options.impl ?? succeed,
    list: async () => ({ items: [] }),
    revoke: async () => undefined,
    create(drafts, ctx) {
      adapter.calls.push(drafts);
      adapter.times.push(performance.now());
      return adapter.impl(drafts, ctx);
    },
  };
  return adapter;
}

export { deferred };

export const httpError = (
  status: number,
  message: string,
  init: Partial<ConstructorParameters<typeof InvitationError>[1]> = {},
) => new InvitationError(message, { kind: 'http', status, ...init });

/** A form with a fake adapter (pace 0), attached to the document. */
export async function formWith(adapter: InvitationAdapter, props: Partial<InviteForm> = {}): Promise<InviteForm> {
  const el = await fixture<InviteForm>(html`<invite-form endpoint=${ENDPOINT} pace="0"></invite-form>`);
  el.adapter = adapter;
  Object.assign(el, props);
  await el.updateComplete;
  return el;
}

export const $ = <T extends Element = HTMLElement>(el: InviteForm, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
export const $$ = <T extends Element = HTMLElement>(el: InviteForm, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<T>(selector),
];

export const emailInput = (el: InviteForm) => $<HTMLInputElement>(el, '#emails-input')!;
export const submitButton = (el: InviteForm) => $<HTMLButtonElement>(el, '[part="submit"]')!;
export const chipTexts = (el: InviteForm) => $$(el, '.chip-text').map((c) => c.textContent!.trim());
export const alertText = (el: InviteForm) => $(el, '[part="error"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
export const statusText = (el: InviteForm) => $(el, '[part="status"]')!.textContent!.replace(/\s+/g, ' ').trim();
export const resultRows = (el: InviteForm) =>
  $$(el, '[part="results"] li').map((li) => `${li.dataset.state} ${li.textContent!.replace(/\s+/g, ' ').trim()}`);

/** Types text into the email input as the user would (input event), then lets the element render. */
export async function typeEmails(el: InviteForm, text: string) {
  const input = emailInput(el);
  input.value = text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

/** Pastes text into the email input. */
export async function pasteEmails(el: InviteForm, text: string) {
  const input = emailInput(el);
  const data = new DataTransfer();
  data.setData('text/plain', text);
  input.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  await el.updateComplete;
}

/** Adds addresses (pasted) and submits with the button. */
export async function submitEmails(el: InviteForm, text: string) {
  await pasteEmails(el, text);
  submitButton(el).click();
  await el.updateComplete;
}

/** Resolves on the next event of that type on `el`. */
export const nextEvent = <K extends keyof GlobalEventHandlersEventMap>(el: EventTarget, type: K) =>
  new Promise<GlobalEventHandlersEventMap[K]>((resolve) =>
    el.addEventListener(type, (e) => resolve(e as GlobalEventHandlersEventMap[K]), { once: true }),
  );

/** Waits until the form is no longer submitting. */
export async function settled(el: InviteForm, timeout = 5000) {
  const start = performance.now();
  while (submitButton(el).getAttribute('aria-busy') === 'true' || el.isUpdatePending) {
    if (performance.now() - start > timeout) throw new Error('the form did not settle');
    await new Promise((r) => setTimeout(r, 5));
  }
  await el.updateComplete;
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * What has focus inside the form, as a readable name (`#id`, else its aria-label, part or text), or null. Tests
 * compare these names, not elements: a failing assertion on an element makes the runner serialize the whole element
 * graph and hang.
 */
export function focusName(el: InviteForm): string | null {
  const active = el.shadowRoot!.activeElement as HTMLElement | null;
  if (!active) return null;
  if (active.id) return `#${active.id}`;
  return active.getAttribute('aria-label') ?? active.getAttribute('part') ?? active.textContent!.trim();
}
