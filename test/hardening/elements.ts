/**
 * Element helpers of the hardening suites: mount an `<invitation-list>` or `<invite-form>` on a provider's adapter
 * with a hostile fetcher. Mounting and reading go through the element test helpers and harnesses.
 */
import type { InvitationList } from '../../src/invitation-list/invitation-list.js';
import type { InviteForm } from '../../src/invite-form/invite-form.js';
import type { Fetcher } from '../../src/providers/adapter.js';
import { LIST_EVENTS, listOf, recordEvents, renderList } from '../invitation-list/helpers.js';
import { formOf, formWith, submitEmails } from '../invite-form/helpers.js';
import { ADAPTERS, ENDPOINTS, type ProviderName } from './support.js';

export { listOf, formOf };
export { textOf } from '../../src/testing/dom.js';

/** A connected `<invitation-list>` on a provider's adapter; `setup` runs before it connects. */
export async function mountList(
  provider: ProviderName,
  fetcher: Fetcher,
  setup: (el: InvitationList) => void = () => undefined,
  { hidden = false } = {},
) {
  return renderList(
    (el) => {
      el.adapter = ADAPTERS[provider];
      el.endpoint = ENDPOINTS[provider];
      el.fetcher = fetcher;
      setup(el);
    },
    { wait: false, width: 1000, hidden },
  );
}

/** The role each provider's form gets chosen (Auth0 needs none). */
const ROLE: Partial<Record<ProviderName, string>> = { clerk: 'org:member', upsun: 'admin' };

/** A connected `<invite-form>` on a provider's adapter, with the attributes it needs and a role chosen. */
export async function mountForm(provider: ProviderName, fetcher: Fetcher) {
  const el = await formWith(ADAPTERS[provider], {
    clientId: 'client_1',
    inviterName: 'Ada Admin',
    endpoint: ENDPOINTS[provider],
    fetcher,
    ...(provider === 'clerk' ? { roles: [{ value: 'org:member', label: 'Member' }] } : {}),
  });
  await chooseRole(el, provider);
  const events = recordEvents(el, ['invitation-create', 'invitation-created', 'invitation-error']);
  return { el, events };
}

/** Chooses the role the provider's form needs (after a reset too); Auth0 needs none. */
export async function chooseRole(el: InviteForm, provider: ProviderName) {
  const role = ROLE[provider];
  if (role) await formOf(el).chooseRole(role);
}

/** Pastes the addresses, submits with the button and waits for the outcome. */
export async function submit(el: InviteForm, emails: string[]) {
  await submitEmails(el, emails.join(', '));
  await formOf(el).settled();
}

export { LIST_EVENTS, recordEvents };
