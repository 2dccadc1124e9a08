import type { Meta } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent } from 'storybook/test';
import { listMeta, loaded, rows, type ListArgs, type ListStory } from '../support/list.js';
import { expectNarrowViewport, expectNoHorizontalScroll, shadowOf, until } from '../support/play.js';

/**
 * The docs page (generated from custom-elements.json: attributes, properties, events, parts, CSS custom properties)
 * and a playground whose controls are the element's attributes, plus the emulator's set-up. Every provider's states
 * and flows are under Auth0, Clerk and Upsun.
 */
const meta = {
  ...listMeta('clerk'),
  title: 'invitation-list/Overview',
  tags: ['autodocs'],
} satisfies Meta<ListArgs>;
export default meta;

const list = (canvasElement: HTMLElement) => shadowOf(canvasElement, 'invitation-list');

/** Every attribute is a control; `provider`, `count`, `latency` and `faults` set up the emulator. */
export const Playground: ListStory = {
  play: async ({ canvasElement, args }) => {
    if (args.count >= 10 && !args.faults.length) await loaded(list(canvasElement));
  },
};

/** No `provider` and no `endpoint`: the configuration error, instead of a table. */
export const Misconfigured: ListStory = {
  render: () => html`<invitation-list></invitation-list>`,
  play: async ({ canvasElement }) => {
    const s = list(canvasElement);
    await until(() => expect(s.part('error')).toHaveTextContent('No provider is set.'));
  },
};

/** Flow: the first load fails (503), Retry loads the page. */
export const FlowRetryAfterError: ListStory = {
  name: 'Flow: retry after an error',
  args: { faults: [{ kind: 'status', status: 503, method: 'GET' }] },
  play: async ({ canvasElement }) => {
    const s = list(canvasElement);
    await until(() => expect(s.part('error')).toHaveTextContent('Service Unavailable'));
    await userEvent.click(s.part('retry'));
    await loaded(s);
    await expect(s.has('error')).toBe(false);
  },
};

/** Auth0 lists at most 1,000 records: on page 10 of 100 rows, the list says so instead of offering "Next". */
export const Auth0RecordLimit: ListStory = {
  name: 'Auth0 record limit',
  args: { provider: 'auth0', count: 1100, 'page-size': 100, latency: 0 },
  play: async ({ canvasElement }) => {
    const s = list(canvasElement);
    for (let page = 1; page < 10; page++) {
      await loaded(s, 100);
      await until(() => expect(s.part('pager-next')).toHaveAttribute('aria-disabled', 'false'));
      await userEvent.click(s.part('pager-next'));
      await until(() => expect(s.part('range')).toHaveTextContent(`Page ${page + 1}`));
    }
    await until(() => expect(s.part('limit')).toHaveTextContent('The provider lists no further invitations.'));
    await expect(s.part('pager-next')).toHaveAttribute('aria-disabled', 'true');
  },
};

/** `lang="de"`: German texts (where a catalogue is registered), dates and numbers. */
export const German: ListStory = {
  args: { lang: 'de' },
  play: async ({ canvasElement }) => {
    const s = list(canvasElement);
    await loaded(s);
    const created = rows(s)[0].querySelector('[part~="cell-created"] time')!;
    await expect(created.textContent).toMatch(/^(vor|in) /);
  },
};

/** `dir="rtl"`: the layout mirrors (texts stay English until a right-to-left catalogue is registered). */
export const RightToLeft: ListStory = {
  name: 'Right to left',
  args: { dir: 'rtl' },
  play: async ({ canvasElement }) => {
    const s = list(canvasElement);
    await loaded(s);
    await expect(getComputedStyle(s.part('table')).direction).toBe('rtl');
  },
};

/** A 320 px wide viewport: rows become cards, nothing scrolls sideways. */
export const Narrow: ListStory = {
  name: 'Narrow (320 px)',
  globals: { viewport: { value: 'mobile1', isRotated: false } },
  play: async ({ canvasElement }) => {
    const s = list(canvasElement);
    await loaded(s);
    await expectNarrowViewport();
    await expectNoHorizontalScroll();
    const wrapper = s.part('table-wrapper');
    await expect(wrapper.scrollWidth, 'the table scrolls sideways').toBeLessThanOrEqual(wrapper.clientWidth);
  },
};
