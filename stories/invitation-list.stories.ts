import type { Meta } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, within } from 'storybook/test';
import { emulate, kitOf } from './support/emulator.js';
import {
  emailOf,
  listMeta,
  loaded,
  openConfirmation,
  renderList,
  selectRows,
  type ListArgs,
  type ListStory,
} from './support/list.js';
import { expectNarrowViewport, expectNoHorizontalScroll, lastDetail, listIn, until } from './support/play.js';

/**
 * `<invitation-list>` on the built-in emulator of a provider (the `provider` control): the docs page (generated
 * from custom-elements.json), a playground, and one story per state and flow. Stories tagged `every-provider` are
 * checked on each provider of the provider table by `npm run test:storybook` and by the story tests; their play
 * functions expect what the provider's adapter says it can do (paging, totals, search, revoke route).
 */
const meta = {
  ...listMeta('clerk'),
  title: 'invitation-list',
  tags: ['autodocs'],
} satisfies Meta<ListArgs>;
export default meta;

/** Every attribute is a control; `provider`, `count`, `latency` and `faults` set up the emulator. */
export const Playground: ListStory = {
  play: async ({ canvasElement, args }) => {
    if (args.count >= 10 && !args.faults.length) await loaded(listIn(canvasElement));
  },
};

/** 120 invitations, 10 a page, paged as the provider pages them (numbered with totals, else previous/next). */
export const Populated: ListStory = {
  tags: ['every-provider'],
  play: async ({ canvasElement, args }) => {
    const caps = kitOf(args.provider).capabilities;
    const s = listIn(canvasElement);
    await loaded(s);
    await expect(s.part('pager-next')).toHaveAttribute('aria-disabled', 'false');
    await expect(s.part('pager-previous')).toHaveAttribute('aria-disabled', 'true');
    await expect(s.part('range')).toHaveTextContent(caps.totals ? '1–10 of 120' : 'Page 1');
    await expect(s.parts('pager-page')).toHaveLength(caps.totals ? 6 : 0);
    await expect(s.part('search') !== null, 'a search field exactly where the provider searches').toBe(!!caps.search);
    await until(() => expect(args.onInvitationLoaded).toHaveBeenCalledTimes(1));
  },
};

/** The first page is on its way: skeleton rows of the page size, the table marked busy. */
export const Loading: ListStory = {
  tags: ['every-provider'],
  args: { holdMethod: 'GET', holdAfter: 0, timeout: 0 },
  play: async ({ canvasElement }) => {
    const s = listIn(canvasElement);
    await until(() => expect(s.parts('skeleton')).toHaveLength(10));
    await expect(s.part('table')).toHaveAttribute('aria-busy', 'true');
    await expect(s.part('caption')).toHaveTextContent('Loading invitations…');
    await expect(s.rows()).toHaveLength(0);
  },
};

/** No invitation at all: the empty state, without "Clear filters". */
export const Empty: ListStory = {
  tags: ['every-provider'],
  args: { count: 0 },
  play: async ({ canvasElement }) => {
    const s = listIn(canvasElement);
    await until(() => expect(s.part('empty')).toHaveTextContent('No invitations yet.'));
    await expect(s.part('clear-filters')).toBeNull();
    await expect(s.part('pager')).toBeNull();
  },
};

/**
 * Filters that match nothing: "No invitations match" with "Clear filters". An address nobody has where the provider
 * searches; where it cannot (Upsun), the status `failed`, which none of these 8 seeded invitations has.
 */
export const FilteredToEmpty: ListStory = {
  name: 'Filtered to empty',
  tags: ['every-provider'],
  args: { count: 8, search: 'nobody@example.com', status: 'failed' },
  play: async ({ canvasElement }) => {
    const s = listIn(canvasElement);
    await until(() => expect(s.part('empty')).toHaveTextContent('No invitations match these filters.'));
    await expect(s.part('clear-filters')).toHaveTextContent('Clear filters');
  },
};

/** The server fails (503): the message and Retry (which works: the fault comes once). */
export const ErrorWithRetry: ListStory = {
  name: 'Error with retry',
  tags: ['every-provider'],
  args: { faults: [{ kind: 'status', status: 503, route: 'list' }] },
  play: async ({ canvasElement, args }) => {
    const s = listIn(canvasElement);
    const error = await until(() => s.part('error'));
    await expect(error).toHaveTextContent('The invitations could not be loaded.');
    await expect(error).toHaveTextContent('Service Unavailable');
    await expect(s.part('retry')).toHaveTextContent('Retry');
    await expect(args.onInvitationError).toHaveBeenCalledTimes(1);
    await userEvent.click(s.part('retry')!);
    await loaded(s);
    await expect(s.part('error')).toBeNull();
  },
};

/** 429 with Retry-After: how long the server asks to wait, and Retry. */
export const RateLimited: ListStory = {
  name: 'Rate limited (429)',
  tags: ['every-provider'],
  args: { faults: [{ kind: 'rate-limit', retryAfter: 30, route: 'list' }] },
  play: async ({ canvasElement }) => {
    const s = listIn(canvasElement);
    const error = await until(() => s.part('error'));
    await expect(error).toHaveTextContent('The server asks to wait 30 s before trying again.');
    await expect(s.part('retry')).toBeVisible();
  },
};

/** Revoke asks first: the inline confirmation, focused. */
export const RevokeConfirming: ListStory = {
  tags: ['every-provider'],
  play: async ({ canvasElement, args }) => {
    const s = listIn(canvasElement);
    await openConfirmation(s);
    await expect(args.onInvitationRevoke).not.toHaveBeenCalled();
    await expect(s.parts('confirm')).toHaveLength(1);
  },
};

/** The server refuses the revoke (403): the row leaves at once, comes back, and a notice says why. */
export const RevokeFailedRolledBack: ListStory = {
  name: 'Revoke failed, rolled back',
  tags: ['every-provider'],
  args: { latency: 600, faults: [{ kind: 'status', status: 403, route: 'revoke' }] },
  play: async ({ canvasElement, args }) => {
    const s = listIn(canvasElement);
    const { id, email, confirm } = await openConfirmation(s);
    await userEvent.click(confirm);
    await until(() => expect(s.row(id), 'the row leaves at once (optimistic)').toBeNull());
    const notice = await until(() => s.part('notice'));
    await expect(notice).toHaveTextContent(`The invitation for ${email} was not revoked: Forbidden`);
    await expect(s.row(id), 'the row is back').not.toBeNull();
    await expect(s.action(id, 'revoke')).not.toBeNull();
    await expect(args.onInvitationRevoked).not.toHaveBeenCalled();
    await expect(lastDetail(args.onInvitationError)).toMatchObject({ action: 'revoke' });
  },
};

/** Flow: revoke an invitation (confirm), see it go, hear it announced, and see the request the provider got. */
export const FlowRevoke: ListStory = {
  name: 'Flow: revoke',
  tags: ['every-provider'],
  play: async ({ canvasElement, args }) => {
    const s = listIn(canvasElement);
    const { id, email, confirm } = await openConfirmation(s);
    await userEvent.click(confirm);
    await until(() => expect(args.onInvitationRevoked).toHaveBeenCalledTimes(1));
    await until(() => expect(s.announcement()).toContain(`Invitation for ${email} revoked.`));
    // Auth0 deletes it; Clerk and Upsun keep it as revoked / cancelled.
    await until(() => {
      const row = s.row(id);
      expect(row === null || row.dataset.status === 'revoked', 'the row is gone or revoked').toBe(true);
      expect(s.action(id, 'revoke')).toBeNull();
    });
    const route = kitOf(args.provider).routes.revoke;
    const revokes = s.emulator().requests.filter((r) => r.method === route.method && r.url.includes(id));
    await expect(revokes).toHaveLength(1);
    await expect(new URL(revokes[0].url).pathname.endsWith(route.path.replace(':id', id))).toBe(true);
  },
};

/**
 * `selectable`: a checkbox on each pending row and one for the page; with rows selected, the bulk bar says how many
 * and offers Revoke N, Resend N (where the provider resends: not Clerk) and Clear selection.
 */
export const SelectMany: ListStory = {
  name: 'Select many: the bulk bar',
  tags: ['every-provider'],
  args: { selectable: true, status: 'pending' },
  play: async ({ canvasElement, args }) => {
    const s = listIn(canvasElement);
    await selectRows(s, [0, 2, 3]);
    await expect(s.bulkAction('revoke')).toHaveTextContent('Revoke 3');
    await expect(s.bulkAction('resend') !== null, 'Resend 3 where the provider resends').toBe(
      kitOf(args.provider).capabilities.resend,
    );
    await expect(s.part<HTMLInputElement>('select-page')!.indeterminate).toBe(true);
    await expect(args.onInvitationBulkRevoke).not.toHaveBeenCalled();
  },
};

/** Revoke N asks once, naming the count; focus moves to its Revoke button. */
export const BulkRevokeConfirming: ListStory = {
  name: 'Select many: revoke confirmation',
  args: { selectable: true, status: 'pending' },
  play: async ({ canvasElement, args }) => {
    const s = listIn(canvasElement);
    await selectRows(s, [0, 1, 2]);
    await userEvent.click(s.bulkAction('revoke')!);
    const confirm = await until(() => s.bulkAction('confirm'));
    await expect(s.part('bulk-confirm')).toHaveAccessibleName('Revoke 3 invitations?');
    await expect(s.focused()).toBe(confirm);
    await expect(args.onInvitationBulkRevoke).not.toHaveBeenCalled();
  },
};

/**
 * Flow: revoke three at once. One request at a time at the list's pace, each with its own `invitation-revoke` and
 * `invitation-revoked`, then one `invitation-bulk-revoked`; the page reloads without them.
 */
export const FlowBulkRevoke: ListStory = {
  name: 'Flow: select many and revoke',
  tags: ['every-provider'],
  args: { selectable: true, status: 'pending' },
  play: async ({ canvasElement, args }) => {
    const s = listIn(canvasElement);
    const ids = await selectRows(s, [0, 1, 2]);
    await userEvent.click(s.bulkAction('revoke')!);
    await userEvent.click(await until(() => s.bulkAction('confirm')!));
    await until(() => expect(args.onInvitationBulkRevoked).toHaveBeenCalledTimes(1));
    await expect(args.onInvitationBulkRevoke).toHaveBeenCalledTimes(1);
    await expect(args.onInvitationRevoked).toHaveBeenCalledTimes(3);
    await expect(
      lastDetail<{ revoked: { id: string }[] }>(args.onInvitationBulkRevoked).revoked.map((i) => i.id),
    ).toEqual(ids);
    await until(() => expect(s.part('bulk-summary')).toHaveTextContent('3 invitations revoked.'));
    await until(() => expect(ids.map((id) => s.row(id))).toEqual([null, null, null]));
    const route = kitOf(args.provider).routes.revoke;
    const revokes = s.emulator().requests.filter((r) => r.method === route.method);
    await expect(revokes.map((r) => ids.findIndex((id) => r.url.includes(id)))).toEqual([0, 1, 2]);
  },
};

/** The server asks to slow down (429, Retry-After 2 s): the run waits it out, counting down, then goes on. */
export const BulkRevokeRateLimited: ListStory = {
  name: 'Select many: waiting out a 429',
  args: { selectable: true, status: 'pending', faults: [{ kind: 'rate-limit', retryAfter: 2, route: 'revoke' }] },
  play: async ({ canvasElement, args }) => {
    const s = listIn(canvasElement);
    await selectRows(s, [0, 1]);
    await userEvent.click(s.bulkAction('revoke')!);
    await userEvent.click(await until(() => s.bulkAction('confirm')!));
    const timer = await until(() => s.part('countdown')!);
    await expect(timer).toHaveAttribute('role', 'timer');
    await expect(timer.textContent).toMatch(/Retrying in [12] s…/);
    await expect(s.part('bulk-progress')).toHaveTextContent('Revoking 1 of 2…');
    await until(() => expect(args.onInvitationBulkRevoked).toHaveBeenCalledTimes(1));
    await expect(lastDetail<{ revoked: unknown[] }>(args.onInvitationBulkRevoked).revoked).toHaveLength(2);
    await expect(args.onInvitationError).not.toHaveBeenCalled();
  },
};

/** One of three is refused (404): the other two go, it stays selected with the reason; the summary says so. */
export const BulkRevokePartlyFailed: ListStory = {
  name: 'Select many: one refused',
  tags: ['every-provider'],
  args: { selectable: true, status: 'pending', faults: [{ kind: 'status', status: 404, route: 'revoke' }] },
  play: async ({ canvasElement, args }) => {
    const s = listIn(canvasElement);
    const ids = await selectRows(s, [0, 1, 2]);
    await userEvent.click(s.bulkAction('revoke')!);
    await userEvent.click(await until(() => s.bulkAction('confirm')!));
    await until(() =>
      expect(s.part('bulk-summary')).toHaveTextContent('2 invitations revoked. 1 failed and stays selected.'),
    );
    await until(() => expect([s.row(ids[1]), s.row(ids[2])]).toEqual([null, null]));
    await expect(s.rowOutcome(ids[0])).toMatch(/^Not revoked: /);
    await expect(s.selectedIds()).toEqual([ids[0]]);
    await expect(s.part('bulk-count')).toHaveTextContent('1 selected');
    await expect(lastDetail(args.onInvitationError)).toMatchObject({ action: 'revoke' });
  },
};

/** Flow: next page and back, in the provider's paging style. */
export const FlowPageForwardAndBack: ListStory = {
  name: 'Flow: page forward and back',
  tags: ['every-provider'],
  play: async ({ canvasElement, args }) => {
    const numbered = kitOf(args.provider).capabilities.totals;
    const s = listIn(canvasElement);
    // (the id, not the row: rows are reused in place for another page or order)
    const first = (await loaded(s))[0].dataset.id;
    await userEvent.click(s.part('pager-next')!);
    await until(() => expect(s.rows()[0]?.dataset.id).not.toBe(first));
    await loaded(s);
    await expect(s.part('range')).toHaveTextContent(numbered ? '11–20 of 120' : 'Page 2');
    await expect(lastDetail(args.onInvitationQueryChange)).toMatchObject({ query: { page: 1 } });
    await until(() => expect(s.part('pager-previous')).toHaveAttribute('aria-disabled', 'false'));
    await userEvent.click(s.part('pager-previous')!);
    await until(() => expect(s.rows()[0]?.dataset.id).toBe(first));
    await expect(s.part('range')).toHaveTextContent(numbered ? '1–10 of 120' : 'Page 1');
    if (numbered) {
      await userEvent.click(s.screen.getByRole('button', { name: 'Page 3' }));
      await until(() => expect(s.part('range')).toHaveTextContent('21–30 of 120'));
      await expect(s.screen.getByRole('button', { name: 'Page 3' })).toHaveAttribute('aria-current', 'page');
    }
  },
};

/** Flow: oldest first, then only pending invitations, then (where the provider can) one address. */
export const FlowSortAndFilter: ListStory = {
  name: 'Flow: sort and filter',
  tags: ['every-provider'],
  play: async ({ canvasElement, args }) => {
    const caps = kitOf(args.provider).capabilities;
    const s = listIn(canvasElement);
    const first = (await loaded(s))[0].dataset.id;
    const field = caps.sortFields.find((f) => f.endsWith('_at'))!;
    await userEvent.selectOptions(s.part<HTMLSelectElement>('sort')!, `${field}:asc`);
    await until(() => expect(s.rows()[0]?.dataset.id).not.toBe(first));
    await loaded(s);
    await expect(lastDetail(args.onInvitationQueryChange)).toMatchObject({
      query: { page: 0, sort: { direction: 'asc' } },
    });
    if (field === 'created_at') {
      await expect(s.part('header-created')).toHaveAttribute('aria-sort', 'ascending');
      const times = s
        .rows()
        .map((r) => Date.parse(r.querySelector('[part~="cell-created"] time')!.getAttribute('datetime')!));
      await expect(times, 'oldest first').toEqual([...times].sort((a, b) => a - b));
    }

    const pending = s.$<HTMLInputElement>('[part="status-filter"] input[value="pending"]')!;
    await userEvent.click(pending);
    await expect(pending).toBeChecked();
    await until(() => {
      const shown = s.rows();
      expect(shown.length).toBeGreaterThan(0);
      expect(
        shown.every((r) => r.dataset.status === 'pending'),
        'only pending rows',
      ).toBe(true);
      expect(lastDetail(args.onInvitationQueryChange)).toMatchObject({ query: { statuses: ['pending'] } });
    });

    if (caps.search) {
      const email = emailOf(s.rows()[3]);
      await userEvent.type(s.part<HTMLInputElement>('search')!, `${email}{Enter}`);
      await until(() => expect(s.rows().map(emailOf)).toEqual([email]));
    }
  },
};

/**
 * A host that keeps the query in its address: `invitation-query-change` gives it in the shape of the attributes
 * (`detail.attributes`: `page`, `page-size`, `sort`, `status`, `search`, and `page-cursor` where the provider pages
 * by cursor), and "Reload" makes a new list from the address alone — on the same page, with the same rows.
 */
export const QueryInTheAddress: ListStory = {
  name: 'Query kept in the address',
  tags: ['every-provider'],
  render: (args) => {
    const made = emulate(args);
    const keep = (event: Event) => {
      const { attributes } = (event as CustomEvent<{ attributes: Record<string, string> }>).detail;
      const address = (event.currentTarget as HTMLElement).querySelector('output')!;
      address.value = `?${new URLSearchParams(attributes)}`;
    };
    const reload = (event: Event) => {
      const host = (event.currentTarget as HTMLElement).closest('div')!;
      const old = host.querySelector('invitation-list')!;
      const fresh = document.createElement('invitation-list');
      for (const name of ['provider', 'endpoint', 'timeout']) fresh.setAttribute(name, old.getAttribute(name) ?? '');
      fresh.fetcher = old.fetcher;
      fresh.roles = old.roles;
      for (const [name, value] of new URLSearchParams(host.querySelector('output')!.value)) {
        fresh.setAttribute(name, value);
      }
      old.replaceWith(fresh);
    };
    return html`<div @invitation-query-change=${keep}>
      <p>Address: <output aria-label="Address">?</output> <button type="button" @click=${reload}>Reload</button></p>
      ${renderList(args, made)}
    </div>`;
  },
  play: async ({ canvasElement }) => {
    const s = listIn(canvasElement);
    await loaded(s);
    for (const page of [2, 3]) {
      const before = s.rows()[0].dataset.id;
      await userEvent.click(s.part('pager-next')!);
      await until(() => expect(s.rows()[0]?.dataset.id).not.toBe(before));
      await loaded(s);
      await until(() => expect(s.el.page).toBe(page));
    }
    const address = canvasElement.querySelector('output')!;
    await expect(address.value).toMatch(/^\?page=3&page-size=\d+&/);
    const shown = s.rows().map((r) => r.dataset.id);
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Reload' }));
    const reloaded = listIn(canvasElement);
    await until(() => expect(reloaded.el).not.toBe(s.el));
    await loaded(reloaded);
    await until(() => expect(reloaded.rows().map((r) => r.dataset.id)).toEqual(shown));
    await expect(reloaded.el.page).toBe(3);
  },
};

/**
 * Flow: the role filter. No provider filters invitations by role, so the list reads their pages in order and keeps
 * the rows with the role until a page is full; it then pages by "next" (no totals), and the query says the role.
 */
export const FlowRoleFilter: ListStory = {
  name: 'Flow: filter by role',
  tags: ['every-provider'],
  play: async ({ canvasElement, args }) => {
    const s = listIn(canvasElement);
    await loaded(s);
    const select = s.part<HTMLSelectElement>('role-filter')!;
    const role = select.options[1].value;
    await userEvent.selectOptions(select, role);
    await until(() => expect(lastDetail(args.onInvitationQueryChange)).toMatchObject({ query: { page: 0, role } }));
    await until(() => {
      const invitations = lastDetail<{ invitations: { roles: string[] }[] }>(args.onInvitationLoaded).invitations;
      expect(invitations.length).toBeGreaterThan(0);
      expect(invitations.every((i) => i.roles.includes(role))).toBe(true);
    });
    await expect(s.part('range')).toHaveTextContent('Page 1');
    await expect(s.parts('pager-page')).toHaveLength(0);
    const requests = s.emulator().requests.filter((r) => r.method === 'GET');
    await expect(requests.every((r) => !/role|permission/i.test(new URL(r.url).search))).toBe(true);
  },
};

/** Details of one invitation, under its row: every field in full, its id and link; Escape closes them. */
export const Details: ListStory = {
  tags: ['every-provider'],
  play: async ({ canvasElement }) => {
    const s = listIn(canvasElement);
    const [row] = await loaded(s);
    const button = s.action(row.dataset.id!, 'details')!;
    await userEvent.click(button);
    const details = await until(() => {
      const found = s.part('details');
      expect(found).not.toBeNull();
      return found!;
    });
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    await expect(details).toHaveTextContent(emailOf(row));
    await expect(details).toHaveTextContent(row.dataset.id!);
    await userEvent.keyboard('{Escape}');
    await until(() => expect(s.part('details')).toBeNull());
    await expect(s.focused()).toBe(s.action(row.dataset.id!, 'details'));
  },
};

/** No `provider` and no `endpoint`: the configuration error, instead of a table. */
export const Misconfigured: ListStory = {
  render: () => html`<invitation-list></invitation-list>`,
  play: async ({ canvasElement }) => {
    const s = listIn(canvasElement);
    await until(() => expect(s.part('error')).toHaveTextContent('No provider is set.'));
  },
};

/** Auth0 lists at most 1,000 records: on page 10 of 100 rows, the list says so instead of offering "Next". */
export const Auth0RecordLimit: ListStory = {
  name: 'Auth0 record limit',
  args: { provider: 'auth0', count: 1100, 'page-size': 100, latency: 0 },
  play: async ({ canvasElement }) => {
    const s = listIn(canvasElement);
    for (let page = 1; page < 10; page++) {
      await loaded(s, 100);
      await until(() => expect(s.part('pager-next')).toHaveAttribute('aria-disabled', 'false'));
      await userEvent.click(s.part('pager-next')!);
      await until(() => expect(s.part('range')).toHaveTextContent(`Page ${page + 1}`));
    }
    await until(() => expect(s.part('limit')).toHaveTextContent('The provider lists no further invitations.'));
    await expect(s.part('pager-next')).toHaveAttribute('aria-disabled', 'true');
  },
};

/** `lang="de"`: German texts, dates and numbers. */
export const German: ListStory = {
  args: { lang: 'de' },
  play: async ({ canvasElement }) => {
    const s = listIn(canvasElement);
    await loaded(s);
    const created = s.rows()[0].querySelector('[part~="cell-created"] time')!;
    await expect(created.textContent).toMatch(/^(vor|in) /);
  },
};

/** `dir="rtl"`: the layout mirrors. */
export const RightToLeft: ListStory = {
  name: 'Right to left',
  args: { dir: 'rtl' },
  play: async ({ canvasElement }) => {
    const s = listIn(canvasElement);
    await loaded(s);
    await expect(getComputedStyle(s.part('table')!).direction).toBe('rtl');
  },
};

/** A 320 px wide viewport: rows become cards, nothing scrolls sideways. */
export const Narrow: ListStory = {
  name: 'Narrow (320 px)',
  globals: { viewport: { value: 'mobile1', isRotated: false } },
  play: async ({ canvasElement }) => {
    const s = listIn(canvasElement);
    await loaded(s);
    await expectNarrowViewport();
    await expectNoHorizontalScroll();
    const wrapper = s.part('table-wrapper')!;
    await expect(wrapper.scrollWidth, 'the table scrolls sideways').toBeLessThanOrEqual(wrapper.clientWidth);
  },
};
