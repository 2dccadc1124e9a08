/**
 * What the harnesses share: waiting without a test framework, and reading text as a person sees it. No test runner,
 * assertion library or Storybook is imported: the harnesses run under wtr, in Storybook play functions, in any
 * runner of a host's own.
 */

/** Text content with white space collapsed, as a reader sees it. */
export const textOf = (node: Node | null | undefined): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

export interface UntilOptions {
  /** Give up after this many milliseconds (default 5000). */
  timeout?: number;
  /** Poll every this many milliseconds (default 10). */
  interval?: number;
  /** Said in the error when it times out. */
  message?: string;
}

/**
 * Polls `condition` until it holds, and resolves with what it returned. Two styles: an assertion (returns nothing,
 * throws until it passes: `until(() => expect(x).toBe(1))`) holds once it stops throwing; a predicate (returns a
 * value: `until(() => root.querySelector('tr'))`) holds once the value is truthy. Rejects after `timeout` ms with the
 * last error, or `message`.
 */
export async function until<T>(
  condition: () => T | Promise<T>,
  { timeout = 5000, interval = 10, message }: UntilOptions = {},
): Promise<T> {
  const started = performance.now();
  let last: unknown;
  for (;;) {
    try {
      const value = await condition();
      if (value === undefined || value) return value;
      last = undefined;
    } catch (error) {
      last = error;
    }
    if (performance.now() - started > timeout) {
      const reason = last instanceof Error ? `: ${last.message}` : '';
      throw new Error(`${message ?? 'the condition did not hold'} within ${timeout} ms${reason}`, { cause: last });
    }
    await new Promise((resolve) => setTimeout(resolve, interval));
  }
}

/** Resolves with the next event of `type` on `target` (or rejects after `timeout` ms when given). */
export function nextEvent<E extends Event = Event>(target: EventTarget, type: string, timeout?: number): Promise<E> {
  return new Promise<E>((resolve, reject) => {
    const timer =
      timeout === undefined
        ? undefined
        : setTimeout(() => {
            target.removeEventListener(type, done);
            reject(new Error(`no ${type} within ${timeout} ms`));
          }, timeout);
    const done = (event: Event) => {
      clearTimeout(timer);
      resolve(event as E);
    };
    target.addEventListener(type, done, { once: true });
  });
}

/** Queries into an element's open shadow root. */
export class ShadowQueries {
  constructor(readonly element: HTMLElement) {}

  get root(): ShadowRoot {
    const root = this.element.shadowRoot;
    if (!root) throw new Error(`<${this.element.localName}> has no open shadow root (is it defined and connected?)`);
    return root;
  }

  $<T extends Element = HTMLElement>(selector: string): T | null {
    return this.root.querySelector<T>(selector);
  }

  $$<T extends Element = HTMLElement>(selector: string): T[] {
    return [...this.root.querySelectorAll<T>(selector)];
  }

  /** The first element with this part name (`part~="name"`), or null. */
  part<T extends Element = HTMLElement>(name: string): T | null {
    return this.$<T>(`[part~="${name}"]`);
  }

  parts<T extends Element = HTMLElement>(name: string): T[] {
    return this.$$<T>(`[part~="${name}"]`);
  }

  /** The focused element inside the shadow root, or null. */
  focused(): HTMLElement | null {
    return this.root.activeElement as HTMLElement | null;
  }

  /** What the polite live region(s) say. */
  announcement(): string {
    return this.$$('[role="status"]').map(textOf).join(' ').trim();
  }
}
