import { Task, TaskStatus, initialState } from '@lit/task';
import type { ReactiveControllerHost } from 'lit';
import { InvitationError, type ListQuery, type Page } from '../../model.js';
import type { AdapterCapabilities, Fetcher, InvitationAdapter, RequestContext } from '../../providers/adapter.js';
import { RetryController } from './retry.js';
import { PageCacheController } from './page-cache.js';
import { listByRole } from './role-filter.js';
import {
  filtersFrom,
  filtersKey,
  firstPosition,
  followingQuery,
  hasNextPage,
  pagingCaps,
  queryKey,
  toListQuery,
  type Filters,
  type Position,
} from './query-state.js';

/** A page as it was loaded, with the query, adapter and endpoint that produced it. */
export interface Loaded {
  query: ListQuery;
  page: Page;
  adapter: InvitationAdapter;
  endpoint: string;
}

/** What the list's public properties say. */
export interface ListInputs {
  adapter?: InvitationAdapter;
  endpoint: string;
  fetcher?: Fetcher;
  pageSize?: number | null;
  sort?: string | null;
  status?: string | null;
  search?: string | null;
  roleFilter?: string | null;
}

/**
 * The list's data flow: inputs → filters and position → `ListQuery` → a @lit/task run (through the page cache) →
 * `Loaded`. The host calls `sync()` then `commit()` in `willUpdate`, so every change of one update makes one run;
 * the Task aborts a superseded run (its signal reaches the fetcher) and drops its late answer. Not a controller
 * itself: its Task and page cache are.
 */
export class ListLoader {
  adapter?: InvitationAdapter;
  filters?: Filters;
  query?: ListQuery;
  #position: Position = firstPosition();
  #filtersKey?: string;
  #endpoint = '';
  #fetcher?: Fetcher;
  #seen?: Loaded;

  readonly cache: PageCacheController;
  /** The automatic retry after a 429 with a short Retry-After, and its countdown. */
  readonly retry: RetryController;
  readonly task: Task<
    readonly [InvitationAdapter | undefined, string, Fetcher | undefined, ListQuery | undefined],
    Loaded
  >;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly context: (signal?: AbortSignal) => RequestContext,
    onError: (error: InvitationError) => void,
  ) {
    this.cache = new PageCacheController(host);
    this.retry = new RetryController(host, (key) => {
      if (this.query && queryKey(this.query) === key) void this.task.run();
    });
    this.task = new Task(host, {
      task: async ([adapter, endpoint, , query], { signal }): Promise<Loaded | typeof initialState> => {
        if (!adapter || !query) return initialState;
        const load = (s: AbortSignal) => this.#list(adapter, query, s);
        const page = await this.cache.load(queryKey(query), load, signal);
        return { query, page, adapter, endpoint };
      },
      args: () => [this.adapter, this.#endpoint, this.#fetcher, this.query] as const,
      // Only the latest run reports: a superseded (aborted) one never gets here.
      onError: (cause) => {
        const error = InvitationError.from(cause);
        if (this.query) this.retry.failed(queryKey(this.query), error);
        onError(error);
      },
      onComplete: () => this.retry.reset(),
    });
  }

  /** How the list pages: the adapter's capabilities, with the paging a client-side role filter gives them. */
  get caps(): AdapterCapabilities | undefined {
    return this.adapter && pagingCaps(this.adapter.capabilities, this.filters);
  }

  /** One page of `query`: from the adapter, or through the client-side role filter where its server has none. */
  #list(adapter: InvitationAdapter, query: ListQuery, signal: AbortSignal): Promise<Page> {
    if (!query.role || adapter.capabilities.roleFilter === 'server') return adapter.list(query, this.context(signal));
    return listByRole(query, adapter.capabilities, (batch) =>
      this.cache.load(queryKey(batch), (s) => adapter.list(batch, this.context(s)), signal),
    );
  }

  /** Where the user is in the pages. Setting it loads that page. */
  get position(): Position {
    return this.#position;
  }
  set position(position: Position) {
    this.#position = position;
    this.host.requestUpdate();
  }

  get pending(): boolean {
    return this.task.status === TaskStatus.PENDING || this.task.status === TaskStatus.INITIAL;
  }

  get error(): InvitationError | undefined {
    return this.task.status === TaskStatus.ERROR ? InvitationError.from(this.task.error) : undefined;
  }

  /**
   * Takes the inputs in. `reset`: another adapter, collection or fetcher (the cache and position start over);
   * `fresh`: a page that completed since the last call.
   */
  sync(inputs: ListInputs): { reset: boolean; fresh?: Loaded } {
    const reset =
      inputs.adapter !== this.adapter || inputs.endpoint !== this.#endpoint || inputs.fetcher !== this.#fetcher;
    if (reset) {
      this.cache.clear();
      this.retry.reset();
      this.#position = firstPosition();
    }
    this.adapter = inputs.adapter;
    this.#endpoint = inputs.endpoint;
    this.#fetcher = inputs.fetcher;
    if (!inputs.adapter) {
      this.filters = this.#filtersKey = undefined;
      return { reset };
    }
    const filters = filtersFrom(inputs, inputs.adapter.capabilities);
    const key = filtersKey(filters);
    if (key !== this.#filtersKey) this.#position = firstPosition();
    this.filters = filters;
    this.#filtersKey = key;

    const loaded = this.current();
    if (!loaded || this.task.status !== TaskStatus.COMPLETE || loaded === this.#seen) return { reset };
    this.#seen = loaded;
    return { reset, fresh: loaded };
  }

  /** Derives the query the Task runs with; it keeps its identity while nothing in it changed. */
  commit(): void {
    if (!this.adapter || !this.filters) {
      this.query = undefined;
      return;
    }
    const query = toListQuery(this.filters, this.#position, this.caps!);
    if (!this.query || queryKey(query) !== queryKey(this.query)) {
      this.query = query;
      this.retry.cancel(); // a countdown belongs to the query it was for
    }
  }

  /** Refetches the current page, dropping the cache. */
  async refresh(): Promise<void> {
    this.cache.clear();
    this.retry.reset();
    if (this.query) await this.task.run();
  }

  /** The last loaded page of the current adapter and endpoint (kept on screen while the next one loads). */
  current(): Loaded | undefined {
    const value = this.task.value;
    return value && value.adapter === this.adapter && value.endpoint === this.#endpoint ? value : undefined;
  }

  /** Loads the page after `loaded` in the background, so "next" needs no round trip. */
  prefetch({ query, page, adapter }: Loaded): void {
    if (!hasNextPage(query, page)) return;
    const next = followingQuery(query, page, pagingCaps(adapter.capabilities, this.filters));
    this.cache.prefetch(
      queryKey(next),
      (signal) => this.#list(adapter, next, signal),
      () => this.host.requestUpdate(),
    );
  }

  /** Whether "next" leads somewhere: the page says so, and a prefetched next page is not empty. */
  hasNext({ query, page, adapter }: Loaded): boolean {
    if (!hasNextPage(query, page)) return false;
    const prefetched = this.cache.peek(
      queryKey(followingQuery(query, page, pagingCaps(adapter.capabilities, this.filters))),
    );
    return prefetched === undefined || prefetched.items.length > 0;
  }
}
