/**
 * Helpers of the play functions: the element harnesses (src/<element>/harness.ts, the same the tests use) over what a story
 * rendered, with its emulator; and the few checks only stories make (viewport, reflow, spies).
 */
import { expect, within, type Mock } from 'storybook/test';
import { InvitationListHarness } from '../../src/invitation-list/harness.js';
import { InviteFormHarness } from '../../src/invite-form/harness.js';
import { until as waitUntil, type UntilOptions } from '../../src/testing/dom.js';
import { emulatorOf } from './emulator.js';

export { textOf } from '../../src/testing/dom.js';

/** The harness's `until`, given 10 s by default: the story check runs stories side by side on small machines. */
export const until = <T>(condition: () => T | Promise<T>, options: UntilOptions = {}) =>
  waitUntil(condition, { timeout: 10_000, ...options });

/** The story's element of `tag`, and what it needs: testing-library queries in its shadow root, its emulator. */
function inStory<K extends 'invitation-list' | 'invite-form'>(canvasElement: HTMLElement, tag: K) {
  const el = canvasElement.querySelector(tag);
  if (!el?.shadowRoot) throw new Error(`The story rendered no <${tag}> with a shadow root`);
  return {
    el,
    /** Testing-library queries inside the shadow root. */
    screen: within(el.shadowRoot as unknown as HTMLElement),
    emulator: () => emulatorOf(el),
  };
}

/** The story's `<invitation-list>` through its harness. */
export function listIn(canvasElement: HTMLElement) {
  const found = inStory(canvasElement, 'invitation-list');
  return Object.assign(new InvitationListHarness(found.el), found);
}

/** The story's `<invite-form>` through its harness. */
export function formIn(canvasElement: HTMLElement) {
  const found = inStory(canvasElement, 'invite-form');
  return Object.assign(new InviteFormHarness(found.el), found);
}

export type ListInStory = ReturnType<typeof listIn>;
export type FormInStory = ReturnType<typeof formIn>;

/**
 * Asserts that the story runs in its 320 px viewport (`globals: { viewport: { value: 'mobile1' } }`, which the
 * toolbar applies and `npm run test:storybook` reads), so the checks after it are not run on a desktop-wide page.
 */
export async function expectNarrowViewport(): Promise<void> {
  await expect(window.innerWidth, 'the story’s 320 px viewport (toolbar: Viewport → Small mobile)').toBeLessThanOrEqual(
    320,
  );
}

/** Asserts that nothing overflows the page horizontally (WCAG 1.4.10 reflow, at the story's viewport). */
export async function expectNoHorizontalScroll(): Promise<void> {
  const page = document.scrollingElement ?? document.documentElement;
  await expect(page.scrollWidth, 'the page scrolls sideways').toBeLessThanOrEqual(window.innerWidth);
}

/** An event handler arg (a `fn()` spy in the stories, so play functions can check what the element fired). */
export type Listener = (event: Event) => void;

/** The `detail` of the last event a spy got. */
export function lastDetail<T = Record<string, unknown>>(spy: Listener): T {
  const call = (spy as unknown as Mock).mock.lastCall;
  if (!call) throw new Error('the event was never fired');
  return (call[0] as CustomEvent<T>).detail;
}
