/**
 * The `<invitation-list>` stories: args (the element's attributes, its events as spies, and the emulator's set-up),
 * the render, and one story per state and flow, made for any provider. `stories/invitation-list/*.stories.ts` pick
 * them per provider; the play functions check what each story claims to show.
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
  type FaultMethod,
  type ProviderName,
} from './emulator.js';
import { lastDetail, shadowOf, type Listener, statusText, textOf, until, type Shadow } from './play.js';

export interface ListArgs extends EmulatorArgs {
  'page-size'?: number;
  sort: string;
  status: string;
  search: string;
  timeout: number;
  lang: string;
  dir: string;
  onInvitationRevoke: Listener;
  onInvitationRevoked: Listener;
  onInvitationResend: Listener;
  onInvitationResent: Listener;
  onInvitationError: Listener;
  onInvitationQueryChange: Listener;
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
    timeout=${args.timeout}
    lang=${ifDefined(args.lang || undefined)}
    dir=${ifDefined(args.dir || undefined)}
    .fetcher=${fetcher}
    .roles=${[...made.roles]}
    @invitation-revoke=${args.onInvitationRevoke}
    @invitation-revoked=${args.onInvitationRevoked}
    @invitation-resend=${args.onInvitationResend}
    @invitation-resent=${args.onInvitationResent}
    @invitation-error=${args.onInvitationError}
    @invitation-query-change=${args.onInvitationQueryChange}
    @invitations-loaded=${args.onInvitationsLoaded}
    ${ref(remember)}
  ></invitation-list>`;
}

const SORTS = ['', 'created_at:desc', 'created_at:asc', 'email:asc', 'email:desc', 'updated_at:desc', 'updated_at:asc'];

/** Everything of the meta but the title (each CSF file gives its own, statically). */
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
      timeout: 30000,
      lang: '',
      dir: '',
      onInvitationRevoke: fn(),
      onInvitationRevoked: fn(),
      onInvitationResend: fn(),
      onInvitationResent: fn(),
      onInvitationError: fn(),
      onInvitationQueryChange: fn(),
      onInvitationsLoaded: fn(),
    },
    argTypes: {
      ...emulatorArgTypes,
      'page-size': { control: { type: 'number', min: 1, max: 500 } },
      sort: { control: 'select', options: SORTS },
      status: { control: 'text' },
      search: { control: 'text' },
      timeout: { control: { type: 'number', min: 0, step: 1000 } },
      lang: { control: 'inline-radio', options: ['', 'en', 'de', 'fr', 'ja'] },
      dir: { control: 'inline-radio', options: ['', 'ltr', 'rtl'] },
      // Set by the story (the emulator's endpoint and fetcher), or objects and functions.
      ...withoutControls('endpoint', 'roles', 'adapter', 'fetcher', 'messages'),
    },
  };
}

// ------------------------------------------------------------------------------------------------------------------
// Play helpers

const list = (canvasElement: HTMLElement) => shadowOf(canvasElement, 'invitation-list');

/** The invitation rows on screen (not the skeleton). */
export const rows = ({ root }: Shadow) => [...root.querySelectorAll<HTMLTableRowElement>('tbody tr[data-id]')];
const rowById = ({ root }: Shadow, id: string) => root.querySelector<HTMLTableRowElement>(`tr[data-id="${id}"]`);
const emailOf = (row: HTMLTableRowElement) => textOf(row.querySelector('[part~="cell-email"]'));

/** Waits until the first page is on screen. */
export async function loaded(s: Shadow, count = 10): Promise<HTMLTableRowElement[]> {
  return until(() => {
    const shown = rows(s);
    expect(shown, 'rows on screen').toHaveLength(count);
    return shown;
  });
}

/** The method a provider revokes with (Auth0 and Upsun DELETE the invitation; Clerk POSTs …/revoke). */
const REVOKE_METHOD: Record<ProviderName, FaultMethod> = { auth0: 'DELETE', clerk: 'POST', upsun: 'DELETE' };

/** A sort other than the default on a field the provider sorts by. */
const ASCENDING: Record<ProviderName, string> = {
  auth0: 'created_at:asc',
  clerk: 'created_at:asc',
  upsun: 'updated_at:asc',
};

/** The first row that can be revoked, with its confirmation opened. */
async function openConfirmation(s: Shadow) {
  await loaded(s);
  const button = s.part<HTMLButtonElement>('action-revoke');
  const row = button.closest('tr')!;
  const id = row.dataset.id!;
  const email = emailOf(row);
  await userEvent.click(button);
  const confirm = await until(() => {
    const found = rowById(s, id)?.querySelector<HTMLButtonElement>('[part~="action-confirm"]');
    expect(found, 'the Revoke confirmation').toBeTruthy();
    return found!;
  });
  await expect(s.root.activeElement, 'focus moves to the confirmation').toBe(confirm);
  await expect(rowById(s, id)!.querySelector('[part~="confirm"]')).toHaveAccessibleName(
    `Revoke the invitation for ${email}?`,
  );
  return { id, email, confirm };
}

// ------------------------------------------------------------------------------------------------------------------
// The stories, for one provider

export function listStories(provider: ProviderName) {
  const numbered = provider === 'clerk';

  /** Many pages, as the provider pages them (Clerk numbered with totals, Auth0 by page, Upsun by cursor). */
  const Populated: ListStory = {
    play: async ({ canvasElement, args }) => {
      const s = list(canvasElement);
      await loaded(s);
      await expect(s.part('pager-next')).toHaveAttribute('aria-disabled', 'false');
      await expect(s.part('pager-previous')).toHaveAttribute('aria-disabled', 'true');
      await expect(s.part('range')).toHaveTextContent(numbered ? '1–10 of 120' : 'Page 1');
      await expect(s.parts('pager-page')).toHaveLength(numbered ? 6 : 0);
      await expect(s.has('search')).toBe(provider !== 'upsun');
      await until(() => expect(args.onInvitationsLoaded).toHaveBeenCalledTimes(1));
    },
  };

  /** The first page is on its way: skeleton rows of the page size, the table marked busy. */
  const Loading: ListStory = {
    args: { holdMethod: 'GET', holdAfter: 0, timeout: 0 },
    play: async ({ canvasElement }) => {
      const s = list(canvasElement);
      await until(() => expect(s.parts('skeleton')).toHaveLength(10));
      await expect(s.part('table')).toHaveAttribute('aria-busy', 'true');
      await expect(s.part('caption')).toHaveTextContent('Loading invitations…');
      await expect(rows(s)).toHaveLength(0);
    },
  };

  /** No invitation at all: the empty state, without "Clear filters". */
  const Empty: ListStory = {
    args: { count: 0 },
    play: async ({ canvasElement }) => {
      const s = list(canvasElement);
      await until(() => expect(s.part('empty')).toHaveTextContent('No invitations yet.'));
      await expect(s.has('clear-filters')).toBe(false);
      await expect(s.has('pager')).toBe(false);
    },
  };

  /** Filters that match nothing: "No invitations match" with "Clear filters". */
  const FilteredToEmpty: ListStory = {
    args:
      provider === 'upsun'
        ? { count: 8, status: 'failed' } // Upsun cannot search: a status none of these 8 has
        : { search: 'nobody@example.com' },
    play: async ({ canvasElement }) => {
      const s = list(canvasElement);
      await until(() => expect(s.part('empty')).toHaveTextContent('No invitations match these filters.'));
      await expect(s.part('clear-filters')).toHaveTextContent('Clear filters');
    },
  };

  /** The server fails (503): the message and Retry (which works: the fault comes once). */
  const ErrorWithRetry: ListStory = {
    args: { faults: [{ kind: 'status', status: 503, method: 'GET' }] },
    play: async ({ canvasElement, args }) => {
      const s = list(canvasElement);
      const error = await until(() => s.part('error'));
      await expect(error).toHaveTextContent('The invitations could not be loaded.');
      await expect(error).toHaveTextContent('Service Unavailable');
      await expect(s.part('retry')).toHaveTextContent('Retry');
      await expect(args.onInvitationError).toHaveBeenCalledTimes(1);
    },
  };

  /** 429 with Retry-After: how long the server asks to wait, and Retry. */
  const RateLimited: ListStory = {
    args: { faults: [{ kind: 'rate-limit', retryAfter: 30, method: 'GET' }] },
    play: async ({ canvasElement }) => {
      const s = list(canvasElement);
      const error = await until(() => s.part('error'));
      await expect(error).toHaveTextContent('The server asks to wait 30 s before trying again.');
      await expect(s.part('retry')).toBeVisible();
    },
  };

  /** Revoke asks first: the inline confirmation, focused. */
  const RevokeConfirming: ListStory = {
    play: async ({ canvasElement, args }) => {
      const s = list(canvasElement);
      await openConfirmation(s);
      await expect(args.onInvitationRevoke).not.toHaveBeenCalled();
      await expect(s.parts('confirm')).toHaveLength(1);
    },
  };

  /** The server refuses the revoke (403): the row leaves at once, comes back, and a notice says why. */
  const RevokeFailedRolledBack: ListStory = {
    args: { latency: 600, faults: [{ kind: 'status', status: 403, method: REVOKE_METHOD[provider] }] },
    play: async ({ canvasElement, args }) => {
      const s = list(canvasElement);
      const { id, email, confirm } = await openConfirmation(s);
      await userEvent.click(confirm);
      await until(() => expect(rowById(s, id), 'the row leaves at once (optimistic)').toBeNull());
      const notice = await until(() => s.part('notice'));
      await expect(notice).toHaveTextContent(`The invitation for ${email} was not revoked: Forbidden`);
      await expect(rowById(s, id), 'the row is back').not.toBeNull();
      await expect(rowById(s, id)!.querySelector('[part~="action-revoke"]')).not.toBeNull();
      await expect(args.onInvitationRevoked).not.toHaveBeenCalled();
      await expect(lastDetail(args.onInvitationError)).toMatchObject({ action: 'revoke' });
    },
  };

  /** Flow: revoke an invitation (confirm), see it go, hear it announced, and see the request the provider got. */
  const FlowRevoke: ListStory = {
    play: async ({ canvasElement, args }) => {
      const s = list(canvasElement);
      const { id, email, confirm } = await openConfirmation(s);
      await userEvent.click(confirm);
      await until(() => expect(args.onInvitationRevoked).toHaveBeenCalledTimes(1));
      await until(() => expect(statusText(s.root)).toContain(`Invitation for ${email} revoked.`));
      // Auth0 deletes it; Clerk and Upsun keep it as revoked / cancelled.
      await until(() => {
        const row = rowById(s, id);
        expect(row === null || row.dataset.status === 'revoked', 'the row is gone or revoked').toBe(true);
        expect(row?.querySelector('[part~="action-revoke"]') ?? null).toBeNull();
      });
      const revokes = s.emulator().requests.filter((r) => r.method === REVOKE_METHOD[provider]);
      await expect(revokes).toHaveLength(1);
      await expect(revokes[0].url).toContain(provider === 'clerk' ? '/revoke' : '/');
    },
  };

  /** Flow: next page and back, in the provider's paging style. */
  const FlowPageForwardAndBack: ListStory = {
    play: async ({ canvasElement, args }) => {
      const s = list(canvasElement);
      const [first] = await loaded(s);
      await userEvent.click(s.part('pager-next'));
      await until(() => expect(rows(s)[0]?.dataset.id).not.toBe(first.dataset.id));
      await loaded(s);
      await expect(s.part('range')).toHaveTextContent(numbered ? '11–20 of 120' : 'Page 2');
      await expect(lastDetail(args.onInvitationQueryChange)).toMatchObject({ query: { page: 1 } });
      await until(() => expect(s.part('pager-previous')).toHaveAttribute('aria-disabled', 'false'));
      await userEvent.click(s.part('pager-previous'));
      await until(() => expect(rows(s)[0]?.dataset.id).toBe(first.dataset.id));
      await expect(s.part('range')).toHaveTextContent(numbered ? '1–10 of 120' : 'Page 1');
      if (numbered) {
        await userEvent.click(s.screen.getByRole('button', { name: 'Page 3' }));
        await until(() => expect(s.part('range')).toHaveTextContent('21–30 of 120'));
        await expect(s.screen.getByRole('button', { name: 'Page 3' })).toHaveAttribute('aria-current', 'page');
      }
    },
  };

  /** Flow: oldest first, then only pending invitations, then (where the provider can) one address. */
  const FlowSortAndFilter: ListStory = {
    play: async ({ canvasElement, args }) => {
      const s = list(canvasElement);
      const [first] = await loaded(s);
      await userEvent.selectOptions(s.part<HTMLSelectElement>('sort'), ASCENDING[provider]);
      await until(() => expect(rows(s)[0]?.dataset.id).not.toBe(first.dataset.id));
      await loaded(s);
      await expect(lastDetail(args.onInvitationQueryChange)).toMatchObject({
        query: { page: 0, sort: { direction: 'asc' } },
      });
      if (provider !== 'upsun') {
        await expect(s.part('header-created')).toHaveAttribute('aria-sort', 'ascending');
        const times = rows(s).map((r) =>
          Date.parse(r.querySelector('[part~="cell-created"] time')!.getAttribute('datetime')!),
        );
        await expect(times, 'oldest first').toEqual([...times].sort((a, b) => a - b));
      }

      const pending = s.root.querySelector<HTMLInputElement>('[part="status-filter"] input[value="pending"]')!;
      await userEvent.click(pending);
      await expect(pending).toBeChecked();
      await until(() => {
        const shown = rows(s);
        expect(shown.length).toBeGreaterThan(0);
        expect(
          shown.every((r) => r.dataset.status === 'pending'),
          'only pending rows',
        ).toBe(true);
        expect(lastDetail(args.onInvitationQueryChange)).toMatchObject({ query: { statuses: ['pending'] } });
      });

      if (provider !== 'upsun') {
        const email = emailOf(rows(s)[3]);
        await userEvent.type(s.part<HTMLInputElement>('search'), `${email}{Enter}`);
        await until(() => {
          expect(rows(s).map(emailOf)).toEqual([email]);
        });
      }
    },
  };

  return {
    Populated,
    Loading,
    Empty,
    FilteredToEmpty,
    ErrorWithRetry,
    RateLimited,
    RevokeConfirming,
    RevokeFailedRolledBack,
    FlowRevoke,
    FlowPageForwardAndBack,
    FlowSortAndFilter,
  };
}
