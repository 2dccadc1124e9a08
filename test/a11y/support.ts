/**
 * Fixtures of the accessibility tests: each element in each of its states, in a wrapper that sets the direction and
 * the language (`ltr` = English, `rtl` = Arabic with `dir="rtl"`), and the colour scheme through the browser.
 */
import { fixture, html } from '@open-wc/testing';
import type { InviteForm } from '../../src/invite-form/invite-form.js';
import type { InvitationList } from '../../src/invitation-list/invitation-list.js';
import { InvitationError } from '../../src/model.js';
import { until } from '../../src/testing/dom.js';
import { setMedia } from '../support/engines.js';
import {
  fakeAdapter as fakeListAdapter,
  invitation,
  listOf,
  renderList,
  withAdapter,
  type FakeAdapter,
} from '../invitation-list/helpers.js';
import {
  ROLES,
  deferred,
  fakeAdapter as fakeFormAdapter,
  formOf,
  formWith,
  httpError,
  succeed,
} from '../invite-form/helpers.js';

export type Direction = 'ltr' | 'rtl';
export type Scheme = 'light' | 'dark';
export const DIRECTIONS: Direction[] = ['ltr', 'rtl'];
export const SCHEMES: Scheme[] = ['light', 'dark'];

const DAY = 86400;

/** A wrapper in the document: `dir="rtl" lang="ar"`, or English left to right. */
export async function wrapper(dir: Direction, width?: number): Promise<HTMLDivElement> {
  return fixture<HTMLDivElement>(
    dir === 'rtl'
      ? html`<div dir="rtl" lang="ar" style=${width ? `width:${width}px` : ''}></div>`
      : html`<div lang="en" style=${width ? `width:${width}px` : ''}></div>`,
  );
}

export async function scheme(colorScheme: Scheme): Promise<void> {
  await setMedia({ colorScheme });
}

/** Every action and column: Clerk's capabilities, with resend. */
export const fullList = (items = Array.from({ length: 25 }, (_, i) => invitation(i))) =>
  fakeListAdapter({ provider: 'clerk', caps: { resend: true }, items });

/** A list with `fake`, appended to `parent`; resolves after its first page rendered unless `wait` is false. */
export async function mountList(
  parent: HTMLElement,
  fake: FakeAdapter | undefined,
  {
    wait = true,
    pageSize = 10,
    setup,
  }: { wait?: boolean; pageSize?: number; setup?: (el: InvitationList) => void } = {},
): Promise<InvitationList> {
  const { el } = await renderList(
    (el) => {
      if (fake) withAdapter(fake)(el);
      el.pageSize = pageSize;
      setup?.(el);
    },
    { wait, parent },
  );
  return el;
}

/** The states of <invitation-list>, each reached the way a user reaches it. */
export const LIST_STATES: Record<string, (parent: HTMLElement) => Promise<InvitationList>> = {
  async loading(parent) {
    const el = await mountList(parent, fakeListAdapter({ provider: 'clerk', hold: true }), { wait: false });
    await listOf(el).settle();
    return el;
  },
  populated: (parent) => mountList(parent, fullList()),
  async reloading(parent) {
    const fake = fullList();
    const el = await mountList(parent, fake);
    await listOf(el).settle(); // the next page is prefetched: let it land first
    fake.hold = true;
    void el.refresh();
    await listOf(el).settle();
    return el;
  },
  empty: (parent) => mountList(parent, fullList([])),
  'empty, filtered': (parent) => mountList(parent, fullList([]), { setup: (el) => (el.status = 'accepted') }),
  'role filter on': (parent) =>
    mountList(parent, fullList(), {
      setup: (el) => {
        el.roles = [
          { value: 'member', label: 'Member' },
          { value: 'admin', label: 'Admin' },
        ];
        el.roleFilter = 'member';
      },
    }),
  async error(parent) {
    const fake = fakeListAdapter({ provider: 'clerk', hold: true });
    const el = await mountList(parent, fake, { wait: false });
    await listOf(el).settle();
    fake.calls[0].reject(new InvitationError('Too many requests.', { kind: 'http', status: 429, retryAfter: 30 }));
    await listOf(el).settle();
    return el;
  },
  async 'details open'(parent) {
    const el = await mountList(parent, fullList());
    listOf(el).action('inv_0', 'details')!.click();
    await el.updateComplete;
    return el;
  },
  async 'invite dialog open'(parent) {
    const el = await mountList(parent, fullList(), {
      setup: (el) => {
        const form = document.createElement('invite-form');
        form.slot = 'invite-form';
        form.roles = ROLES;
        el.append(form);
      },
    });
    (el.shadowRoot!.querySelector('[part="invite"]') as HTMLButtonElement).click();
    await el.updateComplete;
    return el;
  },
  async 'revoke confirmation open'(parent) {
    const el = await mountList(parent, fullList());
    listOf(el).action('inv_0', 'revoke')!.click();
    await el.updateComplete;
    return el;
  },
  async 'revoke refused (notice)'(parent) {
    const fake = fullList();
    fake.onRevoke = () => Promise.reject(new InvitationError('Forbidden.', { kind: 'http', status: 403 }));
    const el = await mountList(parent, fake);
    listOf(el).action('inv_0', 'revoke')!.click();
    await el.updateComplete;
    listOf(el).action('inv_0', 'confirm')!.click();
    await listOf(el).settle();
    return el;
  },
  async 'rows selected (bulk bar)'(parent) {
    const el = await mountList(parent, fullList(), { setup: (el) => (el.selectable = true) });
    for (const id of ['inv_0', 'inv_2']) listOf(el).checkbox(id)!.click();
    await el.updateComplete;
    return el;
  },
  async 'bulk revoke confirmation open'(parent) {
    const el = await mountList(parent, fullList(), { setup: (el) => (el.selectable = true) });
    listOf(el).part<HTMLInputElement>('select-page')!.click();
    await el.updateComplete;
    listOf(el).bulkAction('revoke')!.click();
    await el.updateComplete;
    return el;
  },
  async 'bulk run waiting out a 429'(parent) {
    const fake = fullList();
    let calls = 0;
    fake.onRevoke = () =>
      ++calls === 1
        ? Promise.reject(new InvitationError('Too many requests.', { kind: 'http', status: 429, retryAfter: 30 }))
        : new Promise(() => undefined);
    const el = await mountList(parent, fake, { setup: (el) => (el.selectable = true) });
    for (const id of ['inv_0', 'inv_1']) listOf(el).checkbox(id)!.click();
    await el.updateComplete;
    listOf(el).bulkAction('revoke')!.click();
    await el.updateComplete;
    listOf(el).bulkAction('confirm')!.click();
    await until(() => !!listOf(el).part('countdown'));
    return el;
  },
  async 'bulk run done, a row failed'(parent) {
    const fake = fullList();
    const revoke = fake.adapter.revoke.bind(fake.adapter);
    fake.adapter.revoke = (inv, ctx) =>
      inv.id === 'inv_1'
        ? Promise.reject(new InvitationError('Not found.', { kind: 'http', status: 404 }))
        : revoke(inv, ctx);
    const el = await mountList(parent, fake, { setup: (el) => (el.selectable = true) });
    for (const id of ['inv_0', 'inv_1', 'inv_2']) listOf(el).checkbox(id)!.click();
    el.pace = 0;
    await el.updateComplete;
    listOf(el).bulkAction('revoke')!.click();
    await el.updateComplete;
    listOf(el).bulkAction('confirm')!.click();
    await until(() => !!listOf(el).part('bulk-summary') && !listOf(el).row('inv_0'));
    return el;
  },
  async 'not configured'(parent) {
    const el = await mountList(parent, undefined, { wait: false });
    await listOf(el).settle();
    return el;
  },
};

/** A form with `adapter`, appended to `parent`. */
export const mountForm = (parent: HTMLElement, adapter?: ReturnType<typeof fakeFormAdapter>, props = {}) =>
  formWith(adapter, props, { parent });

/** Create capabilities with every field: a single role (select), expiry, send-email. */
export const clerkLike = (impl = succeed) =>
  fakeFormAdapter(
    {
      roles: { min: 1, max: 1, options: ROLES },
      expiry: { min: DAY, max: 30 * DAY, step: DAY, default: 7 * DAY },
      sendEmail: true,
    },
    { impl },
  );

/** Several roles (checkboxes) and the force option. */
export const upsunLike = (impl = succeed) =>
  fakeFormAdapter({ roles: { min: 1, max: 3, options: ROLES }, force: true }, { impl });

/** The states of <invite-form>. Each returns the form and a cleanup (stops what is under way). */
export const FORM_STATES: Record<string, (parent: HTMLElement) => Promise<{ el: InviteForm; done?: () => void }>> = {
  async initial(parent) {
    return { el: await mountForm(parent, clerkLike()) };
  },
  async 'several roles and the force option'(parent) {
    return { el: await mountForm(parent, upsunLike()) };
  },
  async 'compact, more options open'(parent) {
    const el = await mountForm(parent, clerkLike(), { compact: true });
    formOf(el).$<HTMLElement>('[part="more-options"] summary')!.click();
    await el.updateComplete;
    return { el };
  },
  async 'many roles (multiple select)'(parent) {
    const many = Array.from({ length: 12 }, (_, i) => ({ value: `role_${i}`, label: `Team ${i + 1}` }));
    const adapter = fakeFormAdapter({ roles: { min: 0, max: 50, options: many } });
    return { el: await mountForm(parent, adapter) };
  },
  async invalid(parent) {
    const el = await mountForm(parent, clerkLike());
    await formOf(el).paste('nope, a@b.co, a@b.co');
    await formOf(el).submit();
    return { el };
  },
  async sending(parent) {
    const gate = deferred<void>();
    const el = await mountForm(
      parent,
      clerkLike((drafts) => gate.promise.then(() => succeed(drafts, {} as never))),
    );
    await formOf(el).paste('a@b.co, c@d.co');
    el.shadowRoot!.querySelector<HTMLSelectElement>('#role-select')!.value = 'member';
    el.shadowRoot!.querySelector('#role-select')!.dispatchEvent(new Event('change'));
    await el.updateComplete;
    formOf(el).submitButton().click();
    await until(() => !!el.shadowRoot!.querySelector('[part="progress"]'));
    return { el, done: () => el.reset() };
  },
  async 'waiting out a 429'(parent) {
    const el = await mountForm(
      parent,
      upsunLike(async () => Promise.reject(httpError(429, 'Slow down.', { retryAfter: 30 }))),
    );
    await formOf(el).paste('a@b.co, c@d.co'); // the pause comes before the second address
    el.shadowRoot!.querySelector<HTMLInputElement>('#role-0')!.click();
    await el.updateComplete;
    formOf(el).submitButton().click();
    await until(() => !!el.shadowRoot!.querySelector('[role="timer"]'));
    return { el, done: () => el.reset() };
  },
  async 'partly failed (alert and results)'(parent) {
    const el = await mountForm(
      parent,
      upsunLike(async (drafts) => {
        if (drafts[0].email === 'x@y.co') throw httpError(409, 'Already invited.', { code: 'already_invited' });
        if (drafts[0].email === 'z@y.co') throw httpError(500, 'Server error.');
        return succeed(drafts, {} as never);
      }),
    );
    await formOf(el).paste('a@b.co, x@y.co, z@y.co');
    el.shadowRoot!.querySelector<HTMLInputElement>('#role-0')!.click();
    await el.updateComplete;
    formOf(el).submitButton().click();
    await until(() => !!el.shadowRoot!.querySelector('[part="results"]'));
    return { el };
  },
  async 'CSV import preview'(parent) {
    const el = await mountForm(parent, clerkLike());
    await formOf(el).importFile('email,role\na@b.co,Admin\nnope,admin\nc@d.co,Wizard', 'team.csv');
    return { el };
  },
  async 'CSV import sending'(parent) {
    const gate = deferred<void>();
    const el = await mountForm(
      parent,
      clerkLike((drafts) => gate.promise.then(() => succeed(drafts, {} as never))),
    );
    await formOf(el).importFile('a@b.co,admin\nc@d.co,member', 'team.csv');
    await formOf(el).sendImport();
    await until(() => formOf(el).busy);
    return { el, done: () => el.reset() };
  },
  async 'CSV import results (rows not sent, download)'(parent) {
    const el = await mountForm(
      parent,
      upsunLike(async (drafts) => {
        if (drafts[0].email === 'x@y.co') throw httpError(409, 'Already invited.', { code: 'already_invited' });
        return succeed(drafts, {} as never);
      }),
    );
    await formOf(el).importFile('a@b.co,admin\nx@y.co,admin\nbad,admin', 'team.csv');
    await formOf(el).sendImport();
    await until(() => formOf(el).$('[part="download-failed"]'));
    return { el };
  },
  async 'roles loading'(parent) {
    return { el: await mountForm(parent, upsunLike(), { roles: () => new Promise(() => undefined) }) };
  },
  async 'roles failed'(parent) {
    const el = await mountForm(parent, upsunLike(), { roles: () => Promise.reject(new Error('Roles unavailable.')) });
    await until(() => !!el.shadowRoot!.querySelector('.link'));
    return { el };
  },
  async 'not configured'(parent) {
    return { el: await mountForm(parent) };
  },
};
