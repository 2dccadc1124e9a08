/**
 * Helpers of the play functions: reach into an element's shadow root and wait for what it shows. Queries go by
 * `part` (the public styling API, so stable) and by role and name where the element gives one.
 */
import { expect, waitFor, within, type Mock } from 'storybook/test';
import { emulatorOf } from './emulator.js';

/** Waits (polling, up to 10 s: the check runs stories side by side on small machines) until `assertion` passes. */
export const until = <T>(assertion: () => T | Promise<T>, timeout = 10_000): Promise<T> =>
  waitFor(assertion, { timeout, interval: 50 });

/** The first element of `tag` in the story, its open shadow root, queries scoped to it, and its emulator. */
export function shadowOf<K extends keyof HTMLElementTagNameMap>(canvasElement: HTMLElement, tag: K) {
  const el = canvasElement.querySelector(tag);
  if (!el?.shadowRoot) throw new Error(`The story rendered no <${tag}> with a shadow root`);
  const root = el.shadowRoot;
  return {
    el,
    root,
    /** Testing-library queries inside the shadow root. */
    screen: within(root as unknown as HTMLElement),
    emulator: () => emulatorOf(el),
    /** Every element with this part name. */
    parts: <E extends Element = HTMLElement>(name: string) => [...root.querySelectorAll<E>(`[part~="${name}"]`)],
    /** The element with this part name; fails the play function when there is none. */
    part: <E extends Element = HTMLElement>(name: string): E => {
      const found = root.querySelector<E>(`[part~="${name}"]`);
      if (!found) throw new Error(`<${tag}> shows no part "${name}"`);
      return found;
    },
    has: (name: string) => root.querySelector(`[part~="${name}"]`) !== null,
  };
}

export type Shadow = ReturnType<typeof shadowOf>;

/** The live region text of an element (`role="status"`). */
export const statusText = (root: ShadowRoot) =>
  [...root.querySelectorAll('[role="status"]')].map((s) => s.textContent?.trim()).join(' ');

/** The text of an element with whitespace collapsed. */
export const textOf = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

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

/**
 * Pastes text into an input, as Ctrl+V does: a `paste` event carrying the text. (`userEvent.paste()` dispatches on
 * `document.activeElement`, which is the shadow host, so the input inside never sees it.)
 */
export async function pasteInto(input: HTMLInputElement, text: string): Promise<void> {
  input.focus();
  const clipboardData = new DataTransfer();
  clipboardData.setData('text/plain', text);
  const event = new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true, composed: true });
  if (input.dispatchEvent(event)) input.setRangeText(text, input.selectionStart ?? 0, input.selectionEnd ?? 0, 'end');
  await Promise.resolve();
}
