/**
 * The `<invitation-list>` story kit: args (the element's attributes, its events as spies, and the emulator's set-up),
 * the render, and the play helpers. The stories themselves are in stories/invitation-list.stories.ts.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { ref } from 'lit/directives/ref.js';
import { expect, fn, userEvent } from 'storybook/test';
import '../../src/define.js';
import {
  emulate,
  emulatorArgTypes,
  fetcherFor,
  withoutControls,
  type Emulator,
  type EmulatorArgs,
  type ProviderName,
} from './emulator.js';
import { until, type ListInStory, type Listener } from './play.js';
import { InvitationListHarness } from '../../src/invitation-list/harness.js';

export interface ListArgs extends EmulatorArgs {
  'page-size'?: number;
  sort: string;
  status: string;
  search: string;
  'role-filter': string;
  timeout: number;
  lang: string;
  dir: string;
  selectable?: boolean;
  pace?: number;
  onInvitationRevoke: Listener;
  onInvitationRevoked: Listener;
  onInvitationResend: Listener;
  onInvitationResent: Listener;
  onInvitationBulkRevoke: Listener;
  onInvitationBulkRevoked: Listener;
  onInvitationBulkResend: Listener;
  onInvitationBulkResent: Listener;
  onInvitationError: Listener;
  onInvitationQueryChange: Listener;
  onInvitationLoaded: Listener;
  onInvitationsLoaded: Listener;
}

export type ListStory = StoryObj<ListArgs>;

/**
 * An `<invitation-list>` on a fresh emulator of `args.provider` (or on `shared`, the form's, in combined stories);
 * every attribute comes from the args.
 */
export function renderList(args: ListArgs, shared?: Emulator, id?: string) {
  const made = shared ?? emulate(args);
  const { fetcher, remember } = fetcherFor(made, args);
  return html`<invitation-list
    id=${ifDefined(id)}
    provider=${args.provider}
    endpoint=${made.endpoint}
    page-size=${ifDefined(args['page-size'])}
    sort=${args.sort}
    status=${args.status}
    search=${args.search}
    role-filter=${args['role-filter'] ?? ''}
    timeout=${args.timeout}
    lang=${ifDefined(args.lang || undefined)}
    dir=${ifDefined(args.dir || undefined)}
    ?selectable=${!!args.selectable}
    pace=${ifDefined(args.pace)}
    .fetcher=${fetcher}
    .roles=${[...made.roles]}
    @invitation-revoke=${args.onInvitationRevoke}
    @invitation-revoked=${args.onInvitationRevoked}
    @invitation-resend=${args.onInvitationResend}
    @invitation-resent=${args.onInvitationResent}
    @invitation-bulk-revoke=${args.onInvitationBulkRevoke}
    @invitation-bulk-revoked=${args.onInvitationBulkRevoked}
    @invitation-bulk-resend=${args.onInvitationBulkResend}
    @invitation-bulk-resent=${args.onInvitationBulkResent}
    @invitation-error=${args.onInvitationError}
    @invitation-query-change=${args.onInvitationQueryChange}
    @invitation-loaded=${args.onInvitationLoaded}
    @invitations-loaded=${args.onInvitationsLoaded}
    ${ref(remember)}
  ></invitation-list>`;
}

const SORTS = ['', 'created_at:desc', 'created_at:asc', 'email:asc', 'email:desc', 'updated_at:desc', 'updated_at:asc'];

/** Everything of the meta but the title. */
export function listMeta(provider: ProviderName = 'clerk'): Omit<Meta<ListArgs>, 'title'> {
  return {
    component: 'invitation-list',
    render: (args) => renderList(args),
    args: {
      provider,
      count: 120,
      latency: 150,
      faults: [],
      'page-size': 10,
      sort: '',
      status: '',
      search: '',
      'role-filter': '',
      timeout: 30000,
      lang: '',
      dir: '',
      onInvitationRevoke: fn(),
      onInvitationRevoked: fn(),
      onInvitationResend: fn(),
      onInvitationResent: fn(),
      onInvitationBulkRevoke: fn(),
      onInvitationBulkRevoked: fn(),
      onInvitationBulkResend: fn(),
      onInvitationBulkResent: fn(),
      onInvitationError: fn(),
      onInvitationQueryChange: fn(),
      onInvitationLoaded: fn(),
      onInvitationsLoaded: fn(),
    },
    argTypes: {
      ...emulatorArgTypes,
      'page-size': { control: { type: 'number', min: 1, max: 500 } },
      sort: { control: 'select', options: SORTS },
      status: { control: 'text' },
      search: { control: 'text' },
      'role-filter': { control: 'text' },
      timeout: { control: { type: 'number', min: 0, step: 1000 } },
      selectable: { control: 'boolean' },
      pace: { control: { type: 'number', min: 0, step: 50 } },
      lang: { control: 'inline-radio', options: ['', 'en', 'de', 'fr', 'ja'] },
      dir: { control: 'inline-radio', options: ['', 'ltr', 'rtl'] },
      // Set by the story (the emulator's endpoint and fetcher), or objects and functions.
      ...withoutControls('endpoint', 'roles', 'adapter', 'fetcher', 'messages'),
    },
  };
}

// ------------------------------------------------------------------------------------------------------------------
// Play helpers

export const emailOf = (row: HTMLTableRowElement) => InvitationListHarness.emailOf(row);

/** Waits until the first page is on screen. */
export async function loaded(s: ListInStory, count = 10): Promise<HTMLTableRowElement[]> {
  return until(() => {
    const shown = s.rows();
    expect(shown, 'rows on screen').toHaveLength(count);
    return shown;
  });
}

/** The first row that can be revoked, with its confirmation opened. */
export async function openConfirmation(s: ListInStory) {
  await loaded(s);
  const button = s.part<HTMLButtonElement>('action-revoke')!;
  const row = button.closest('tr')!;
  const id = row.dataset.id!;
  const email = emailOf(row);
  await userEvent.click(button);
  const confirm = (await until(() => s.action(id, 'confirm')))!;
  await expect(s.focused(), 'focus moves to the confirmation').toBe(confirm);
  await expect(s.row(id)!.querySelector('[part~="confirm"]')).toHaveAccessibleName(
    `Revoke the invitation for ${email}?`,
  );
  return { id, email, confirm };
}

/** A selectable list's first page, with these rows (by position) checked one by one; their ids. */
export async function selectRows(s: ListInStory, positions: number[]): Promise<string[]> {
  const rows = await loaded(s);
  await until(() => expect(s.part('select-page')).not.toBeNull());
  const ids = positions.map((i) => rows[i].dataset.id!);
  for (const id of ids) await userEvent.click(s.checkbox(id)!);
  await until(() => expect(s.part('bulk-count')).toHaveTextContent(`${ids.length} selected`));
  return ids;
}
