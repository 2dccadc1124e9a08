import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import type { InvitationList } from '../src/elements/invitation-list/invitation-list.js';
import { createEmulator, type Fault, type ProviderName } from '../src/emulator/index.js';
import { auth0Adapter } from '../src/providers/auth0.js';
import { clerkAdapter } from '../src/providers/clerk.js';
import { upsunAdapter } from '../src/providers/upsun.js';

const adapters = { auth0: auth0Adapter, clerk: clerkAdapter, upsun: upsunAdapter };

interface Args {
  provider: ProviderName;
  /** Invitations the emulator starts with. */
  count: number;
  /** Faults the emulator answers the first matching requests with. */
  faults: Fault[];
  latency: number;
  pageSize: number;
  sort: string;
  status: string;
  search: string;
  lang: string;
  /** Width of the container, to see the card layout below 40rem. */
  width: string;
}

/** A list wired to a fresh in-browser emulator of the provider (nothing leaves the page). */
function renderList({ provider, count, faults, latency, pageSize, sort, status, search, lang, width }: Args) {
  const emulator = createEmulator({ provider, count });
  emulator.latency(latency);
  for (const fault of faults) emulator.fault(fault);
  const props = (el: Element | undefined) => {
    if (!el) return;
    const list = el as InvitationList;
    list.adapter = adapters[provider];
    list.fetcher = emulator.fetch;
  };
  return html`<div style="max-width: ${width}">
    <invitation-list
      endpoint=${emulator.endpoint}
      page-size=${pageSize}
      sort=${sort}
      status=${status}
      search=${search}
      lang=${lang}
      ${ref(props)}
    ></invitation-list>
  </div>`;
}

const meta: Meta<Args> = {
  title: 'Elements/invitation-list',
  component: 'invitation-list',
  tags: ['autodocs'],
  args: {
    provider: 'clerk',
    count: 45,
    faults: [],
    latency: 300,
    pageSize: 10,
    sort: '',
    status: '',
    search: '',
    lang: 'en',
    width: '100%',
  },
  argTypes: {
    provider: { control: 'inline-radio', options: ['auth0', 'clerk', 'upsun'] },
    latency: { control: { type: 'range', min: 0, max: 3000, step: 100 } },
    count: { control: { type: 'range', min: 0, max: 1200, step: 5 } },
    faults: { control: 'object' },
    width: { control: 'inline-radio', options: ['100%', '640px', '320px'] },
  },
  render: renderList,
  parameters: {
    docs: {
      description: {
        component:
          'Lists an organization’s invitations from Auth0, Clerk or Upsun (here: the built-in emulators), with ' +
          'the paging, sort, filters, columns and row actions each provider supports.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<Args>;

/** Clerk: numbered pages with totals, status filter on the server, email search, sort by date or email. */
export const Clerk: Story = {};

/** Auth0: previous/next without totals, client-side status filter and search, resend (re-create), copy link. */
export const Auth0: Story = { args: { provider: 'auth0' } };

/** Upsun: cursor pages, permissions as roles, no expiry column, no search; resend with `force`. */
export const Upsun: Story = { args: { provider: 'upsun' } };

/** Auth0 lists at most 1,000 records: on page 10 of 100 the list says so instead of offering "next". */
export const Auth0RecordLimit: Story = { args: { provider: 'auth0', count: 1100, pageSize: 100, latency: 100 } };

/** Nothing to show, then filters that hide everything (with "Clear filters"). */
export const Empty: Story = { args: { count: 0 } };
export const FilteredEmpty: Story = { args: { count: 5, status: 'pending', search: 'nobody@example.com' } };

/** The server answers 503 first: the message and a Retry button. */
export const ServerError: Story = { args: { faults: [{ kind: 'status', status: 503, method: 'GET' }] } };

/** Revoking is refused once: the row comes back with the server's reason. */
export const RevokeRefused: Story = { args: { faults: [{ kind: 'status', status: 403, method: 'POST' }] } };

/** A slow server: skeleton rows first, then the thin progress bar on later pages. */
export const Slow: Story = { args: { latency: 2500 } };

/** Rows become cards in a 320px container. */
export const Narrow: Story = { args: { width: '320px' } };

/** German dates and numbers (`lang="de"`); texts fall back to English until a `de` catalogue is registered. */
export const German: Story = { args: { lang: 'de' } };
