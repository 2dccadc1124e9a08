import type { OnDemand } from '../../src/internal/on-demand.js';

/** An on-demand module a test can unload or make fail (`loaded`, `load` set at will). */
export type Loadable = { loaded?: unknown; load: () => Promise<unknown> };

/**
 * For the tests of the enclosing `describe`: `code` as a test may rewrite it, put back after each test. Returns the
 * handle to rewrite and `saved()`, what it was before the test (its own `load`, to let a later press load for real).
 */
export function restoredAfterEach(code: OnDemand<unknown>): { code: Loadable; saved: () => Loadable } {
  const loadable = code as Loadable;
  let saved: Loadable;
  beforeEach(() => (saved = { loaded: loadable.loaded, load: loadable.load }));
  afterEach(() => Object.assign(loadable, saved));
  return { code: loadable, saved: () => saved };
}
