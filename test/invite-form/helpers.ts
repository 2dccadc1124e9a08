/**
 * Shared helpers of the `<invite-form>` tests: a fake adapter whose create() the test scripts (or holds), fixtures,
 * and mounting a form. What the form shows is read, and what a person does is done, through its harness
 * (`formOf(el)`, src/invite-form/harness.ts).
 */
import { fixture, html } from '@open-wc/testing';
import { InviteFormHarness } from '../../src/invite-form/harness.js';
import { InviteForm } from '../../src/invite-form/invite-form.js';
import { InvitationError, type Invitation, type InvitationDraft } from '../../src/model.js';
import type {
  AdapterCapabilities,
  CreateCapabilities,
  InvitationAdapter,
  RequestContext,
  RoleOption,
} from '../../src/providers/adapter.js';
import { createEmulator, type Emulator } from '../../src/emulator/index.js';
import { BUILTIN_ADAPTERS, type ProviderName } from '../../src/providers/providers.js';
import { deferred } from '../support/deferred.js';
import { validateRequestBody } from '../support/specs.js';

if (!customElements.get('invite-form')) InviteForm.define();

/** The harness of a form: reads it, and types, pastes, picks and submits as a person does. */
export const formOf = (el: InviteForm) => new InviteFormHarness(el);

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

/**
 * A form with `adapter` (pace 0) and `props`, attached to `parent` when given, else to a new fixture. Without an
 * adapter it stays unconfigured (the "not configured" state).
 */
export async function formWith(
  adapter: InvitationAdapter | undefined,
  props: Partial<InviteForm> = {},
  { parent }: { parent?: HTMLElement } = {},
): Promise<InviteForm> {
  let el: InviteForm;
  if (parent) {
    el = document.createElement('invite-form');
    el.endpoint = ENDPOINT;
    el.pace = 0;
    parent.append(el);
  } else {
    el = await fixture<InviteForm>(html`<invite-form endpoint=${ENDPOINT} pace="0"></invite-form>`);
  }
  if (adapter) el.adapter = adapter;
  Object.assign(el, props);
  await el.updateComplete;
  return el;
}

/** Pastes the addresses and submits with the button. */
export async function submitEmails(el: InviteForm, text: string) {
  await formOf(el).paste(text);
  await formOf(el).submit();
}

/** Each result row as `<state> <text>` (`sent a@b.co: Sent`). */
export const resultRows = (el: InviteForm) =>
  formOf(el)
    .results()
    .map((r) => `${r.state} ${r.text}`);

export { nextEvent } from '../../src/testing/dom.js';

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * A form (pace 0) on a fresh emulator of `provider`, with `attributes`, the emulated organization's roles (unless
 * `roles: false`: the provider's own set, where it has one) and, given `width`, in a wrapper that wide.
 */
export async function formOnEmulator(
  provider: ProviderName,
  attributes: Record<string, string> = {},
  { roles = true, width }: { roles?: boolean; width?: number } = {},
) {
  const emulator = createEmulator({ provider, count: 3, seed: 7 });
  const wrapper = await fixture<HTMLDivElement>(
    html`<div style=${width ? `width:${width}px` : ''}><invite-form pace="0"></invite-form></div>`,
  );
  const el = wrapper.querySelector('invite-form')!;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  Object.assign(el, {
    adapter: BUILTIN_ADAPTERS[provider],
    endpoint: emulator.endpoint,
    fetcher: emulator.fetch,
    ...(roles ? { roles: [...emulator.roles] } : {}),
  });
  await el.updateComplete;
  return { el, emulator };
}

/** The POSTs the emulator received, each validated against the provider's spec: path (from the endpoint) and body. */
export function posts(emulator: Emulator, provider: ProviderName) {
  return emulator.requests
    .filter((r) => r.method === 'POST')
    .map((r) => {
      validateRequestBody(provider, r.method, r.url, r.body);
      return { path: new URL(r.url).pathname.replace(new URL(emulator.endpoint).pathname, ''), body: r.body };
    });
}
