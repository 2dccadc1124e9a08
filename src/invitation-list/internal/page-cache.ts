import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Page } from '../../model.js';

type Loader = (signal: AbortSignal) => Promise<Page>;

interface Entry {
  page: Page;
  at: number;
}

interface Prefetch {
  promise: Promise<Page>;
  controller: AbortController;
}

/**
 * Pages already loaded or being prefetched, keyed by the full query. Lets "next" and "previous" render without a
 * round trip. `clear()` (after a revoke, a create or a refresh) drops everything and aborts prefetches; so does
 * disconnecting the host. A response that lands after a `clear()` is not stored: it may predate the change.
 */
export class PageCacheController implements ReactiveController {
  readonly #pages = new Map<string, Entry>();
  readonly #prefetches = new Map<string, Prefetch>();
  #generation = 0;

  constructor(
    host: ReactiveControllerHost,
    private readonly maxAge = 60_000,
    private readonly maxEntries = 20,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.#abortPrefetches();
  }

  /** A stored page still fresh enough to show. */
  peek(key: string): Page | undefined {
    const entry = this.#pages.get(key);
    if (entry && Date.now() - entry.at <= this.maxAge) return entry.page;
    if (entry) this.#pages.delete(key);
    return undefined;
  }

  /**
   * The page of `key`: from the cache, else from a prefetch under way (falling back to `load` if that fails), else
   * from `load(signal)`. The result is stored for the next time.
   */
  async load(key: string, load: Loader, signal: AbortSignal): Promise<Page> {
    const cached = this.peek(key);
    if (cached) return cached;
    const prefetch = this.#prefetches.get(key);
    if (prefetch) {
      try {
        return await prefetch.promise;
      } catch {
        signal.throwIfAborted();
      }
    }
    const generation = this.#generation;
    const page = await load(signal);
    this.#store(key, page, generation);
    return page;
  }

  /** Loads `key` in the background unless it is stored or on its way; `done` runs once it is stored. */
  prefetch(key: string, load: Loader, done: () => void): void {
    if (this.peek(key) || this.#prefetches.has(key)) return;
    const generation = this.#generation;
    const controller = new AbortController();
    const promise = load(controller.signal);
    this.#prefetches.set(key, { promise, controller });
    promise.then(
      (page) => {
        if (this.#prefetches.get(key)?.promise === promise) this.#prefetches.delete(key);
        if (this.#store(key, page, generation)) done();
      },
      () => {
        if (this.#prefetches.get(key)?.promise === promise) this.#prefetches.delete(key);
      },
    );
  }

  /** Forgets every page and aborts the prefetches. */
  clear(): void {
    this.#generation++;
    this.#pages.clear();
    this.#abortPrefetches();
  }

  #store(key: string, page: Page, generation: number): boolean {
    if (generation !== this.#generation) return false;
    this.#pages.delete(key);
    this.#pages.set(key, { page, at: Date.now() });
    while (this.#pages.size > this.maxEntries) this.#pages.delete(this.#pages.keys().next().value!);
    return true;
  }

  #abortPrefetches(): void {
    for (const { controller } of this.#prefetches.values()) controller.abort();
    this.#prefetches.clear();
  }
}
