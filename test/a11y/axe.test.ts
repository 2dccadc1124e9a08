/**
 * axe in every state of both elements × light and dark colour schemes × left to right (English) and right to left
 * (`dir="rtl"`, Arabic).
 */
import { expect } from '@open-wc/testing';
import { can, setMedia } from '../support/engines.js';
import { DIRECTIONS, FORM_STATES, LIST_STATES, SCHEMES, scheme, wrapper } from './support.js';

/** What each state shows, so that axe checks the state it says it checks. */
const LIST_SHOWS: Record<string, string> = {
  loading: '[part~="skeleton"]',
  populated: 'tbody tr[data-id]',
  reloading: '[part="progress"]:not([hidden])',
  empty: '[part="empty"]',
  'empty, filtered': '[part="clear-filters"]',
  'role filter on': '[part="role-filter"]',
  error: '[part="retry"]',
  'details open': '[part="details"]',
  'invite dialog open': 'dialog[open]',
  'revoke confirmation open': '[part="confirm"]',
  'revoke refused (notice)': '[part="notice"]',
  'rows selected (bulk bar)': '[part="bulk-count"]',
  'bulk revoke confirmation open': '[part="bulk-confirm"]',
  'bulk run waiting out a 429': '[part="bulk-bar"] [role="timer"]',
  'bulk run done, a row failed': '[part~="outcome-failed"]',
  'not configured': '[part="error"]',
};
const FORM_SHOWS: Record<string, string> = {
  initial: '#role-select',
  'several roles and the force option': '#force',
  'many roles (multiple select)': '#role-multi',
  'compact, more options open': '[part="more-options"][open]',
  invalid: '#emails-error',
  sending: '[part="stop"]',
  'waiting out a 429': '[role="timer"]',
  'partly failed (alert and results)': '[part="results"]',
  'CSV import preview': '[part~="preview-row"][data-state="problem"] .row-role-select',
  'CSV import sending': '.import-actions [part="stop"]',
  'CSV import results (rows not sent, download)': '[part="download-failed"]',
  'roles loading': '[part="roles"] [role="status"]',
  'roles failed': '[part="roles"] .link',
  'not configured': '[part="error"]',
};

/** The surface colour is dark in the dark scheme, light in the light one. */
function expectScheme(el: HTMLElement, colorScheme: string) {
  const [r, g, b] = getComputedStyle(el).backgroundColor.match(/\d+/g)!.map(Number);
  expect((r + g + b) / 3, 'background brightness').to.be[colorScheme === 'dark' ? 'below' : 'above'](128);
}

describe('accessibility (axe)', () => {
  afterEach(() => setMedia({ colorScheme: 'light' }));

  // the dark scheme where the tooling can emulate it (Chromium, test/support/engines.ts); light everywhere
  for (const colorScheme of SCHEMES.filter((s) => s === 'light' || can('mediaEmulation'))) {
    for (const dir of DIRECTIONS) {
      describe(`${colorScheme}, ${dir}`, () => {
        for (const [name, reach] of Object.entries(LIST_STATES)) {
          it(`<invitation-list> ${name}`, async () => {
            await scheme(colorScheme);
            const el = await reach(await wrapper(dir));
            expect(getComputedStyle(el).direction).to.equal(dir);
            expect(el.shadowRoot!.querySelector(LIST_SHOWS[name]), LIST_SHOWS[name]).to.exist;
            expectScheme(el, colorScheme);
            await expect(el).to.be.accessible();
          });
        }
        for (const [name, reach] of Object.entries(FORM_STATES)) {
          it(`<invite-form> ${name}`, async () => {
            await scheme(colorScheme);
            const { el, done } = await reach(await wrapper(dir));
            try {
              expect(getComputedStyle(el).direction).to.equal(dir);
              expect(el.shadowRoot!.querySelector(FORM_SHOWS[name]), FORM_SHOWS[name]).to.exist;
              expectScheme(el, colorScheme);
              await expect(el).to.be.accessible();
            } finally {
              done?.();
            }
          });
        }
      });
    }
  }
});
