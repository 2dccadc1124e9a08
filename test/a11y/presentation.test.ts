/**
 * What the accessibility sweep measures in the rendered layout: focus visible at every Tab stop, target sizes of
 * 24 × 24 px or more (WCAG 2.5.8), right-to-left mirroring with logical properties, `prefers-reduced-motion` and
 * forced-colors mode (emulated through the browser with wtr's `emulateMedia`, where the tooling can: Chromium).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { can, setMedia } from '../support/engines.js';
import type { InvitationList } from '../../src/invitation-list/invitation-list.js';
import { invitation, listOf } from '../invitation-list/helpers.js';
import { formOf } from '../invite-form/helpers.js';
import { DIRECTIONS, LIST_STATES, clerkLike, fullList, mountForm, mountList, upsunLike, wrapper } from './support.js';

/** The element that has focus, through shadow roots. */
function deepActive(): HTMLElement | null {
  let active = document.activeElement as HTMLElement | null;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement as HTMLElement;
  return active;
}

const describeEl = (el: Element) =>
  `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}[${el.getAttribute('part') ?? el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 30)}]`;

/** Tabs from a button before `host` until focus leaves it; returns a description and the ring of each stop. */
async function tabThrough(
  host: HTMLElement,
): Promise<{ name: string; style: string; width: number; visible: boolean }[]> {
  const start = document.createElement('button');
  start.textContent = 'start';
  host.before(start);
  // Tab out of the element lands here: past the page's last stop, Firefox moves focus out of the page, and the
  // page would lose focus for the tests after this one.
  const end = document.createElement('button');
  end.textContent = 'end';
  host.after(end);
  start.focus();
  const stops = [];
  for (let i = 0; i < 120; i++) {
    await sendKeys({ press: 'Tab' });
    if (!host.contains(document.activeElement) && document.activeElement !== host) break;
    const a = deepActive()!;
    // the email field's ring is on its box; the visually hidden file input's on its label ("Import CSV")
    const ring = a.matches('.chips-box > input')
      ? a.parentElement!
      : a.matches('.import > input')
        ? a.nextElementSibling!
        : a;
    const style = getComputedStyle(ring);
    stops.push({
      name: describeEl(a),
      style: style.outlineStyle,
      width: parseFloat(style.outlineWidth),
      visible: a.matches(':focus-visible'),
    });
  }
  start.remove();
  end.remove();
  return stops;
}

/** Everything a pointer can hit: buttons, form controls, links, tab stops — with its size. */
function targets(el: HTMLElement) {
  return [
    ...el.shadowRoot!.querySelectorAll<HTMLElement>('button, input, select, a[href], [tabindex]:not([tabindex="-1"])'),
  ]
    .filter((t) => t.getClientRects().length > 0 && getComputedStyle(t).visibility !== 'hidden')
    .map((t) => {
      // a visually hidden file input is hit through its label (the "Import CSV" button)
      const r = (t.matches('.import > input') ? t.nextElementSibling! : t).getBoundingClientRect();
      return { name: describeEl(t), width: Math.round(r.width * 10) / 10, height: Math.round(r.height * 10) / 10 };
    });
}

const tooSmall = (list: ReturnType<typeof targets>) => list.filter((t) => t.width < 24 || t.height < 24);

/** A list with every column and action (Clerk's capabilities, resend, statuses to filter, pages to turn). */
const richList = async (parent: HTMLElement) => {
  const items = Array.from({ length: 40 }, (_, i) => invitation(i, { status: i % 5 === 4 ? 'expired' : 'pending' }));
  return mountList(parent, fullList(items));
};

/** A form with chips (one of them invalid), presets, expiry, send-email; and one with role checkboxes and force. */
const richForms = async (parent: HTMLElement) => {
  const select = await mountForm(parent, clerkLike());
  await formOf(select).paste('a@b.co, nope, c@d.co');
  const boxes = await mountForm(parent, upsunLike());
  await formOf(boxes).paste('e@f.co');
  return [select, boxes];
};

describe('focus is visible at every Tab stop', () => {
  for (const dir of DIRECTIONS) {
    it(`<invitation-list>, ${dir}: every stop has a 2px outline, and Tab reaches every row action and the pager`, async () => {
      const el = await richList(await wrapper(dir, 1100));
      const stops = await tabThrough(el);
      expect(stops.length).to.be.above(20);
      for (const s of stops) {
        expect(s.visible, `${s.name} :focus-visible`).to.be.true;
        expect(s.style, `${s.name} outline`).to.equal('solid');
        expect(s.width, `${s.name} outline width`).to.be.at.least(2);
      }
      const names = stops.map((s) => s.name).join(' | ');
      for (const part of ['search', 'sort', 'action action-revoke', 'action action-resend', 'action action-copy']) {
        expect(names).to.contain(part);
      }
      expect(names).to.contain('pager-button pager-next');
      expect(names).to.contain('page-size');
    });

    it(`<invite-form>, ${dir}: every stop has a 2px outline (the email field's on its box)`, async () => {
      const parent = await wrapper(dir, 800);
      for (const form of await richForms(parent)) {
        const stops = await tabThrough(form);
        expect(stops.length).to.be.above(6);
        for (const s of stops) {
          expect(s.visible, `${s.name} :focus-visible`).to.be.true;
          expect(s.style, `${s.name} outline`).to.equal('solid');
          expect(s.width, `${s.name} outline width`).to.be.at.least(2);
        }
      }
    });
  }
});

describe('target sizes (WCAG 2.5.8: 24 × 24 px or more)', () => {
  for (const width of [1100, 360]) {
    it(`<invitation-list> at ${width}px: toolbar, filters, row actions, confirmation, pager`, async () => {
      const el = await richList(await wrapper('ltr', width));
      const measured = targets(el);
      expect(measured.length).to.be.above(20);
      expect(tooSmall(measured), JSON.stringify(tooSmall(measured))).to.deep.equal([]);
      listOf(el).action('inv_0', 'revoke')!.click();
      await el.updateComplete;
      const confirm = targets(el).filter((t) => /confirm|cancel/.test(t.name));
      expect(confirm).to.have.length(2);
      expect(tooSmall(confirm)).to.deep.equal([]);
    });

    it(`<invite-form> at ${width}px: chips and their remove buttons, select, checkboxes, presets, submit`, async () => {
      const parent = await wrapper('ltr', width);
      for (const form of await richForms(parent)) {
        const measured = targets(form);
        expect(measured.some((t) => /Remove|chip/.test(t.name))).to.be.true;
        expect(tooSmall(measured), JSON.stringify(tooSmall(measured))).to.deep.equal([]);
      }
    });
  }

  it('the error state’s Retry and the empty state’s Clear filters', async () => {
    for (const state of ['error', 'empty, filtered']) {
      const el = await LIST_STATES[state](await wrapper('ltr'));
      const measured = targets(el);
      expect(measured.length, state).to.be.above(0);
      expect(tooSmall(measured), state).to.deep.equal([]);
    }
  });
});

describe('right to left', () => {
  /** Horizontal centre of a part. */
  const x = (el: HTMLElement, selector: string) => {
    const r = el.shadowRoot!.querySelector(selector)!.getBoundingClientRect();
    return r.left + r.width / 2;
  };

  for (const how of ['dir="rtl"', 'lang="ar" alone'] as const) {
    it(`mirrors <invitation-list> with ${how}: columns, toolbar, row actions, pager and its chevrons`, async () => {
      const rtl = await fixture<HTMLDivElement>(
        how === 'dir="rtl"'
          ? html`<div dir="rtl" lang="en" style="width:1100px"></div>`
          : html`<div lang="ar" style="width:1100px"></div>`,
      );
      const ltr = await wrapper('ltr', 1100);
      const [r, l] = [await richList(rtl), await richList(ltr)];
      await listOf(r).settle();

      // The first column (email) is at the right in RTL, at the left in LTR.
      expect(x(r, '[part~="header-email"]')).to.be.above(x(r, '[part~="header-status"]'));
      expect(x(l, '[part~="header-email"]')).to.be.below(x(l, '[part~="header-status"]'));
      // Text starts at the inline start.
      expect(getComputedStyle(r.shadowRoot!.querySelector('caption')!).textAlign).to.equal('start');
      const caption = r.shadowRoot!.querySelector('caption')!.getBoundingClientRect();
      const table = r.shadowRoot!.querySelector('table')!.getBoundingClientRect();
      expect(table.right - caption.right).to.be.below(2);
      // The search field starts at the right; row actions in DOM order read right to left.
      expect(x(r, '[part="search"]')).to.be.above(x(r, '[part="sort"]'));
      expect(x(l, '[part="search"]')).to.be.below(x(l, '[part="sort"]'));
      const row = 'tr[data-id="inv_0"]';
      expect(x(r, `${row} [data-action="revoke"]`)).to.be.above(x(r, `${row} [data-action="copy"]`));
      expect(x(l, `${row} [data-action="revoke"]`)).to.be.below(x(l, `${row} [data-action="copy"]`));
      // Previous is at the right, Next at the left, and the chevrons point that way.
      expect(x(r, '[part~="pager-previous"]')).to.be.above(x(r, '[part~="pager-next"]'));
      expect(x(l, '[part~="pager-previous"]')).to.be.below(x(l, '[part~="pager-next"]'));
      const chevron = (el: InvitationList) =>
        getComputedStyle(el.shadowRoot!.querySelector('[part~="pager-next"] .icon')!).transform;
      expect(chevron(r)).to.equal('matrix(-1, 0, 0, 1, 0, 0)');
      expect(chevron(l)).to.equal('none');
      // The status chips: the checkbox at the inline start of its label.
      const chip = (el: InvitationList) => {
        const label = el.shadowRoot!.querySelector('.chip')!;
        return [label.querySelector('input')!, label.querySelector('span')!].map((n) => n.getBoundingClientRect().left);
      };
      const [boxR, textR] = chip(r);
      const [boxL, textL] = chip(l);
      expect(boxR).to.be.above(textR);
      expect(boxL).to.be.below(textL);
    });
  }

  it('mirrors <invite-form>: chip remove buttons, checkboxes and their labels, the presets', async () => {
    const rtl = await wrapper('rtl', 800);
    const ltr = await wrapper('ltr', 800);
    const left = (el: HTMLElement, selector: string) =>
      el.shadowRoot!.querySelector(selector)!.getBoundingClientRect().left;
    const [r, l] = [await mountForm(rtl, clerkLike()), await mountForm(ltr, clerkLike())];
    await formOf(r).paste('a@b.co');
    await formOf(l).paste('a@b.co');
    expect(left(r, '.chip-remove')).to.be.below(left(r, '.chip-text'));
    expect(left(l, '.chip-remove')).to.be.above(left(l, '.chip-text'));
    expect(left(r, '#send-email')).to.be.above(left(r, 'label[for="send-email"]'));
    expect(left(l, '#send-email')).to.be.below(left(l, 'label[for="send-email"]'));
    const presets = (el: HTMLElement) =>
      [...el.shadowRoot!.querySelectorAll('[part="expiry-preset"]')].map((p) => p.getBoundingClientRect().left);
    const [p1r, p2r] = presets(r);
    const [p1l, p2l] = presets(l);
    expect(p1r).to.be.above(p2r);
    expect(p1l).to.be.below(p2l);
  });
});

describe('prefers-reduced-motion', () => {
  afterEach(() => setMedia({ reducedMotion: 'no-preference' }));

  /** The skeleton's shimmer while loading, the progress bar's slide while reloading. */
  async function animations() {
    const loading = await LIST_STATES.loading(await wrapper('ltr'));
    const reloading = await LIST_STATES.reloading(await wrapper('ltr'));
    return [
      getComputedStyle(loading.shadowRoot!.querySelector('.bone')!).animationName,
      getComputedStyle(reloading.shadowRoot!.querySelector('.progress')!, '::before').animationName,
    ];
  }

  it('animates the skeleton and the progress bar by default', async () => {
    await setMedia({ reducedMotion: 'no-preference' });
    expect(await animations()).to.deep.equal(['shimmer', 'slide']);
  });

  // (media emulation: Chromium only, see test/support/engines.ts)
  if (can('mediaEmulation'))
    it('stops every animation and transition when the user asks for less motion', async () => {
      await setMedia({ reducedMotion: 'reduce' });
      expect(matchMedia('(prefers-reduced-motion: reduce)').matches).to.be.true;
      expect(await animations()).to.deep.equal(['none', 'none']);
      // The progress bar is still there, still says it is loading: only the motion goes.
      const reloading = await LIST_STATES.reloading(await wrapper('ltr'));
      const bar = reloading.shadowRoot!.querySelector('[part="progress"]')!;
      expect(bar.getAttribute('role')).to.equal('progressbar');
      expect(getComputedStyle(bar, '::before').backgroundColor).not.to.equal('rgba(0, 0, 0, 0)');
    });
});

// (media emulation: Chromium only, see test/support/engines.ts)
if (can('mediaEmulation'))
  describe('forced-colors mode', () => {
    afterEach(() => setMedia({ forcedColors: 'none' }));

    /** A system colour as the browser computes it. */
    function system(name: string) {
      const probe = document.createElement('span');
      probe.style.color = name;
      document.body.append(probe);
      const color = getComputedStyle(probe).color;
      probe.remove();
      return color;
    }

    it('keeps focus, the current page, disabled buttons, status badges and the progress bar visible', async () => {
      await setMedia({ forcedColors: 'active' });
      expect(matchMedia('(forced-colors: active)').matches).to.be.true;
      const highlight = system('Highlight');
      const el = await richList(await wrapper('ltr', 1100));
      const root = el.shadowRoot!;

      // Focus: an outline (kept in forced colours, unlike a box-shadow), in the Highlight colour.
      const start = document.createElement('button');
      el.before(start);
      start.focus();
      await sendKeys({ press: 'Tab' });
      const focused = deepActive()!;
      expect(getComputedStyle(focused).outlineStyle).to.equal('solid');
      expect(getComputedStyle(focused).outlineColor).to.equal(highlight);
      start.remove();

      // The current page is told by more than an author colour the mode would drop.
      const current = root.querySelector('[aria-current="page"]')!;
      expect(getComputedStyle(current).backgroundColor).to.equal(highlight);
      expect(getComputedStyle(current).color).to.equal(system('HighlightText'));
      // A disabled button (Previous on the first page) is greyed with GrayText, not with opacity alone.
      const previous = root.querySelector('[part~="pager-previous"]')!;
      expect(previous.getAttribute('aria-disabled')).to.equal('true');
      expect(getComputedStyle(previous).color).to.equal(system('GrayText'));
      expect(getComputedStyle(previous).opacity).to.equal('1');
      // Status badges keep a border; buttons keep theirs.
      const badge = getComputedStyle(root.querySelector('[part~="status"]')!);
      expect(badge.borderStyle).to.equal('solid');
      expect(badge.borderColor).to.equal(system('CanvasText'));
      expect(getComputedStyle(listOf(el).action('inv_0', 'revoke')!).borderStyle).to.equal('solid');

      // The progress bar keeps a visible colour (its background would be forced away).
      const reloading = await LIST_STATES.reloading(await wrapper('ltr'));
      const bar = getComputedStyle(reloading.shadowRoot!.querySelector('.progress')!, '::before');
      expect(bar.backgroundColor).to.equal(highlight);
      // The skeleton bones too.
      const loading = await LIST_STATES.loading(await wrapper('ltr'));
      expect(getComputedStyle(loading.shadowRoot!.querySelector('.bone')!).backgroundColor).to.equal(
        system('GrayText'),
      );
    });

    it('marks an invalid email field and the chosen preset of <invite-form> without colour alone', async () => {
      await setMedia({ forcedColors: 'active' });
      const parent = await wrapper('ltr', 800);
      const form = await mountForm(parent, clerkLike());
      form.shadowRoot!.querySelector<HTMLButtonElement>('[part="submit"]')!.click(); // no address: invalid
      await form.updateComplete;
      const box = form.shadowRoot!.querySelector('.chips-box')!;
      expect(box.hasAttribute('data-invalid')).to.be.true;
      expect(getComputedStyle(box).borderStyle).to.equal('dashed');
      const pressed = form.shadowRoot!.querySelector('[part="expiry-preset"][aria-pressed="true"]')!;
      expect(getComputedStyle(pressed).backgroundColor).to.equal(system('Highlight'));
    });
  });
