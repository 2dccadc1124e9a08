/**
 * Keyboard-only end-to-end flows (real key presses through the browser, wtr's `sendKeys`), left to right in English
 * and right to left in Arabic (`dir="rtl" lang="ar"`): invite one, invite many, page, sort, filter, revoke with its
 * confirmation, resend and copy link. Each flow starts on a button before the element and only presses keys; it
 * checks what went over the wire (the emulator's requests), where focus went, that focus is visible at every stop,
 * and what the live region said — in a region that was there before it spoke (else screen readers miss it).
 */
import { press, typeText } from '../support/engines.js';
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { InvitationList } from '../../src/invitation-list/invitation-list.js';
import type { InviteForm } from '../../src/invite-form/invite-form.js';
import { createEmulator, type Emulator } from '../../src/emulator/index.js';
import { en, type Messages } from '../../src/i18n/en.js';
import ar from '../../src/i18n/locales/ar.js';
import { clerkAdapter } from '../../src/providers/clerk.js';
import { listOf, textOf } from '../invitation-list/helpers.js';
import { formOf } from '../invite-form/helpers.js';
import { DIRECTIONS, type Direction } from './support.js';

/** The element that has focus, through shadow roots. */
function deepActive(): HTMLElement | null {
  let active = document.activeElement as HTMLElement | null;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement as HTMLElement;
  return active;
}

/** A readable name of the focused element (never the element itself: a failing assertion on one hangs the runner). */
function focusName(): string {
  const a = deepActive();
  if (!a) return 'nothing';
  const row = a.closest('tr[data-id]') as HTMLElement | null;
  if (a.dataset.action) return `${a.dataset.action} ${row?.dataset.id}`;
  if (a.id) return `#${a.id}`;
  return a.getAttribute('part') ?? a.getAttribute('aria-label') ?? a.tagName.toLowerCase();
}

/**
 * Focus is visible: a solid outline of 2px or more on the element, or on the box that draws the email input (the
 * input sits borderless inside it).
 */
function expectVisibleFocus(): void {
  const a = deepActive()!;
  const ring = a.matches('.chips-box > input') ? a.parentElement! : a;
  const style = getComputedStyle(ring);
  expect(a.matches(':focus-visible'), `${focusName()} matches :focus-visible`).to.be.true;
  expect(style.outlineStyle, `${focusName()} outline`).to.equal('solid');
  expect(parseFloat(style.outlineWidth), `${focusName()} outline width`).to.be.at.least(2);
}

/** Presses Tab (or Shift+Tab) until the focused element matches; each stop must show its focus. */
async function tabTo(selector: string, { back = false, max = 80 } = {}): Promise<void> {
  for (let i = 0; i < max; i++) {
    await press(back ? 'Shift+Tab' : 'Tab');
    const a = deepActive();
    if (a && a !== document.body && !a.matches('#start')) expectVisibleFocus();
    if (a?.matches(selector)) return;
  }
  throw new Error(`${selector} was not reached with ${back ? 'Shift+' : ''}Tab (focus on ${focusName()})`);
}

/** A page: a button to start from, then the element, in a wrapper with the direction and language. */
async function page(dir: Direction, element: HTMLElement): Promise<HTMLElement> {
  const wrapper = await fixture<HTMLDivElement>(
    dir === 'rtl'
      ? html`<div dir="rtl" lang="ar" style="width:1100px"><button id="start">start</button></div>`
      : html`<div lang="en" style="width:1100px"><button id="start">start</button></div>`,
  );
  wrapper.append(element);
  return wrapper;
}

const focusStart = () => document.querySelector<HTMLElement>('#start')!.focus();

/** GETs on the collection, and other requests, as the emulator received them. */
const gets = (em: Emulator) => em.requests.filter((r) => r.method === 'GET').map((r) => new URL(r.url).searchParams);
const changes = (em: Emulator) =>
  em.requests
    .filter((r) => r.method !== 'GET')
    .map((r) => ({ method: r.method, path: new URL(r.url).pathname, body: r.body }));

for (const dir of DIRECTIONS) {
  const msg: Messages = dir === 'rtl' ? ar : en;
  const lang = dir === 'rtl' ? 'ar' : 'en';
  const n = (value: number) => new Intl.NumberFormat(lang).format(value);

  describe(`keyboard only, ${dir} (${lang})`, () => {
    describe('<invitation-list>', () => {
      let em: Emulator<'clerk'>;
      let el: InvitationList;
      let live: HTMLElement;

      /** A Clerk list of 45 invitations, 10 a page; the live region as it was before anything happened. */
      async function mount(setup: (el: InvitationList) => void = () => undefined) {
        em = createEmulator({ provider: 'clerk', count: 45, seed: 7, now: Date.now() });
        el = document.createElement('invitation-list');
        el.provider = 'clerk';
        el.endpoint = em.endpoint;
        el.fetcher = em.fetch;
        el.pageSize = 10;
        setup(el);
        const loaded = listOf(el).loaded();
        await page(dir, el);
        await loaded;
        await listOf(el).settle(); // the prefetch of page 2 lands
        live = el.shadowRoot!.querySelector<HTMLElement>('[role="status"]')!;
        expect(textOf(live)).to.equal('');
        focusStart();
      }

      /** The live region said `expected`, and it is the node that was there from the start. */
      const said = (expected: string) => {
        expect(el.shadowRoot!.querySelector('[role="status"]') === live, 'the same live region node').to.be.true;
        expect(textOf(live)).to.equal(expected.replace(/\s+/g, ' ').trim());
      };
      const range = () => textOf(el.shadowRoot!.querySelector('[part="range"]'));

      it('pages forward, to a numbered page and back, each page announced', async () => {
        await mount();
        expect(range()).to.equal(msg.listRange(n(1), n(10), n(45)));

        await tabTo('[part~="pager-next"]');
        let loaded = listOf(el).loaded();
        await sendKeys({ press: 'Enter' });
        await loaded;
        const offsets = () => gets(em).map((q) => q.get('offset'));
        expect(offsets()).to.include('10'); // (or prefetched before)
        expect(range()).to.equal(msg.listRange(n(11), n(20), n(45)));
        said(msg.listLoaded(msg.listPageOf(n(2), n(5)), 10, n(10)));
        expect(focusName()).to.equal('pager-button pager-next');
        expectVisibleFocus();

        await tabTo(`[part~="pager-page"][aria-label="${msg.listGoToPage(n(4))}"]`, { back: true });
        loaded = listOf(el).loaded();
        await sendKeys({ press: 'Enter' });
        await loaded;
        expect(offsets()).to.include('30');
        expect(textOf(el.shadowRoot!.querySelector('[aria-current="page"]'))).to.equal(n(4));
        said(msg.listLoaded(msg.listPageOf(n(4), n(5)), 10, n(10)));

        await tabTo('[part~="pager-previous"]', { back: true });
        loaded = listOf(el).loaded();
        await sendKeys({ press: ' ' });
        await loaded;
        expect(range()).to.equal(msg.listRange(n(21), n(30), n(45)));
        said(msg.listLoaded(msg.listPageOf(n(3), n(5)), 10, n(10)));
      });

      it('sorts with the arrow keys on the sort menu', async () => {
        await mount();
        await tabTo('[part="sort"]');
        const loaded = listOf(el).loaded();
        await sendKeys({ press: 'ArrowDown' }); // created_at, newest first → oldest first
        await loaded;
        expect(gets(em).at(-1)!.get('order_by')).to.equal('+created_at');
        expect(el.sort).to.equal('created_at:asc');
        const dates = listOf(el)
          .rows()
          .map((r) => new Date(r.querySelector('time')!.getAttribute('datetime')!).getTime());
        expect(dates).to.deep.equal([...dates].sort((a, b) => a - b));
        expect(focusName()).to.equal('sort');
        said(msg.listLoaded(msg.listPageOf(n(1), n(5)), 10, n(10)));
      });

      it('filters by status with Space on a checkbox, and clears it again', async () => {
        await mount();
        await tabTo('[part="status-filter"] input[value="accepted"]');
        let loaded = listOf(el).loaded();
        await sendKeys({ press: ' ' });
        await loaded;
        expect(gets(em).at(-1)!.get('status')).to.equal('accepted');
        expect(el.status).to.equal('accepted');
        const accepted = listOf(el).rows().length;
        expect(accepted).to.be.above(0);
        expect(
          listOf(el)
            .rows()
            .every((r) => textOf(r.querySelector('[part~="status"]')) === msg.statusAccepted),
        ).to.be.true;
        expect(textOf(live)).to.match(new RegExp(`^${msg.listPageOf(n(1), '.+')}`));
        loaded = listOf(el).loaded();
        await sendKeys({ press: ' ' });
        await loaded;
        expect(el.status).to.equal('');
        expect(listOf(el).rows()).to.have.length(10);
      });

      it('searches by typing and Enter', async () => {
        await mount();
        const email = textOf(listOf(el).rows()[3].querySelector('[part~="cell-email"]'));
        await tabTo('[part="search"]');
        await sendKeys({ type: email });
        const loaded = listOf(el).loaded();
        await sendKeys({ press: 'Enter' });
        await loaded;
        expect(gets(em).at(-1)!.get('email_address')).to.equal(email);
        expect(
          listOf(el)
            .rows()
            .map((r) => textOf(r.querySelector('[part~="cell-email"]'))),
        ).to.include(email);
      });

      it('revokes with a confirmation: Escape keeps it, Enter twice revokes, focus moves to the next row', async () => {
        await mount();
        await tabTo('[data-action="revoke"]');
        const row = deepActive()!.closest('tr')!;
        const id = row.dataset.id!;
        const email = textOf(row.querySelector('[part~="cell-email"]'));
        const next = (row.nextElementSibling as HTMLElement).dataset.id;

        await sendKeys({ press: 'Enter' });
        await el.updateComplete;
        expect(focusName()).to.equal(`confirm ${id}`);
        expectVisibleFocus();
        await sendKeys({ press: 'Escape' });
        await el.updateComplete;
        expect(focusName()).to.equal(`revoke ${id}`);
        expect(changes(em)).to.deep.equal([]);

        await sendKeys({ press: 'Enter' });
        await el.updateComplete;
        await sendKeys({ press: 'Tab' }); // confirm → cancel → back to confirm: the group is reachable both ways
        expect(focusName()).to.equal(`cancel ${id}`);
        await press('Shift+Tab');
        expect(focusName()).to.equal(`confirm ${id}`);
        const reloaded = listOf(el).loaded();
        await sendKeys({ press: 'Enter' });
        await reloaded;
        await listOf(el).settle();
        expect(changes(em)).to.deep.equal([
          { method: 'POST', path: `${new URL(em.endpoint).pathname}/${id}/revoke`, body: {} },
        ]);
        // Clerk lists revoked invitations too: the row comes back, revoked, without its actions.
        const after = listOf(el)
          .rows()
          .find((r) => r.dataset.id === id);
        expect(textOf(after?.querySelector('[part~="status"]') ?? null)).to.equal(msg.statusRevoked);
        expect(after?.querySelector('[data-action="revoke"]')).to.equal(null);
        expect(focusName()).to.match(new RegExp(` ${next}$`));
        expectVisibleFocus();
        said(msg.listRevoked(email));
      });

      it('copies an invitation link with Enter', async () => {
        const writes: string[] = [];
        const original = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
        Object.defineProperty(navigator, 'clipboard', {
          configurable: true,
          value: { writeText: async (value: string) => void writes.push(value) },
        });
        try {
          await mount();
          await tabTo('[data-action="copy"]');
          const id = deepActive()!.closest('tr')!.dataset.id!;
          const email = textOf(deepActive()!.closest('tr')!.querySelector('[part~="cell-email"]'));
          await sendKeys({ press: 'Enter' });
          await listOf(el).settle();
          expect(writes).to.deep.equal([(em.store.get(id) as { url: string }).url]);
          expect(writes[0]).to.match(/^https:/);
          expect(focusName()).to.equal(`copy ${id}`);
          expect(textOf(deepActive())).to.equal(msg.listCopied);
          said(msg.listCopiedLabel(email));
        } finally {
          if (original) Object.defineProperty(navigator, 'clipboard', original);
          else delete (navigator as { clipboard?: unknown }).clipboard;
        }
      });
    });

    describe('<invitation-list> with resend (Upsun)', () => {
      it('resends with Enter: one request, announced, focus kept on the row', async () => {
        const em = createEmulator({ provider: 'upsun', count: 12, seed: 3, now: Date.now() });
        const el = document.createElement('invitation-list');
        el.provider = 'upsun';
        el.endpoint = em.endpoint;
        el.fetcher = em.fetch;
        el.pageSize = 10;
        const loaded = listOf(el).loaded();
        await page(dir, el);
        await loaded;
        await listOf(el).settle();
        const live = el.shadowRoot!.querySelector<HTMLElement>('[role="status"]')!;
        focusStart();

        await tabTo('[data-action="resend"]');
        const row = deepActive()!.closest('tr')!;
        const email = textOf(row.querySelector('[part~="cell-email"]'));
        const reloaded = listOf(el).loaded();
        await sendKeys({ press: 'Enter' });
        await reloaded;
        await listOf(el).settle();
        const sent = changes(em);
        expect(sent).to.have.length(1);
        expect(sent[0].method).to.equal('POST');
        expect(sent[0].body).to.include({ email, force: true });
        expect(el.shadowRoot!.querySelector('[role="status"]') === live).to.be.true;
        expect(textOf(live)).to.equal(msg.listResent(email));
        expect(focusName()).to.match(/^resend /);
        expectVisibleFocus();
      });
    });

    describe('<invite-form>', () => {
      let em: Emulator<'clerk'>;
      let el: InviteForm;
      let live: HTMLElement;

      async function mount() {
        em = createEmulator({ provider: 'clerk', count: 0, seed: 7, now: Date.now() });
        el = document.createElement('invite-form');
        el.adapter = clerkAdapter;
        el.endpoint = em.endpoint;
        el.fetcher = em.fetch;
        el.pace = 0;
        el.roles = [...em.roles];
        await page(dir, el);
        await el.updateComplete;
        live = el.shadowRoot!.querySelector<HTMLElement>('[role="status"][part="status"]')!;
        expect(textOf(live)).to.equal('');
        focusStart();
      }
      const said = (expected: string) => {
        expect(el.shadowRoot!.querySelector('[part="status"]') === live, 'the same live region node').to.be.true;
        expect(textOf(live)).to.equal(expected);
      };
      const posts = () => changes(em).filter((r) => r.method === 'POST');
      const base = () => new URL(em.endpoint).pathname;

      it('invites one: type the address, pick a role with the arrow keys, Tab to send, Enter', async () => {
        await mount();
        await sendKeys({ press: 'Tab' });
        expect(focusName()).to.equal('#emails-input');
        expectVisibleFocus();
        await sendKeys({ type: 'ada@example.com' });
        await tabTo('#role-select'); // on Clerk's default role, org:member
        await sendKeys({ press: 'ArrowUp' });
        await el.updateComplete;
        await tabTo('[part="submit"]');
        await sendKeys({ press: 'Enter' });
        await formOf(el).settled();

        expect(posts()).to.deep.equal([
          {
            method: 'POST',
            path: base(),
            body: { email_address: 'ada@example.com', role: em.roles[0].value, expires_in_days: 30, notify: true },
          },
        ]);
        said(msg.formSentOne('ada@example.com'));
        expect(formOf(el).chips()).to.deep.equal([]);
      });

      it('invites many: commas make chips, Backspace fixes one, Enter in the field sends them in one request', async () => {
        await mount();
        await sendKeys({ press: 'Tab' });
        await typeText('a@b.co, c@d.co e@f.cox');
        await sendKeys({ press: 'Backspace' }); // the last address is still being typed: fix it
        await sendKeys({ press: ' ' }); // a space ends it
        await el.updateComplete;
        expect(formOf(el).chips()).to.deep.equal(['a@b.co', 'c@d.co', 'e@f.co']);
        await tabTo('#role-select'); // on Clerk's default role, org:member
        await sendKeys({ press: 'ArrowDown' });
        await el.updateComplete;
        await tabTo('#emails-input', { back: true });
        await sendKeys({ press: 'Enter' }); // implicit submission
        await formOf(el).settled();

        const role = em.roles[2].value;
        const body = (email: string) => ({ email_address: email, role, expires_in_days: 30, notify: true });
        expect(posts()).to.deep.equal([
          { method: 'POST', path: `${base()}/bulk`, body: ['a@b.co', 'c@d.co', 'e@f.co'].map(body) },
        ]);
        said(msg.formSentMany(3));
        expect(focusName()).to.equal('#emails-input');
        expectVisibleFocus();
      });
    });
  });
}
