/**
 * Helpers of the <invitation-list> tests: mounting a list, a fake adapter whose answers the test controls (held
 * promises, as lit's task_test.ts does), a fetcher that holds an emulator's responses, and event recording. What the
 * list shows is read through its harness (`listOf(el)`, src/invitation-list/harness.ts).
 */
import { fixture, html } from '@open-wc/testing';
import { createEmulator, type Emulator } from '../../src/emulator/index.js';
import { InvitationListHarness } from '../../src/invitation-list/harness.js';
import { InvitationList } from '../../src/invitation-list/invitation-list.js';
import { InvitationError, type Invitation, type ListQuery, type Page } from '../../src/model.js';
import type { AdapterCapabilities, InvitationAdapter } from '../../src/providers/adapter.js';
import {
  BUILTIN_ADAPTERS,
  PROVIDER_NAMES,
  registerBuiltinAdapters,
  type ProviderName,
} from '../../src/providers/providers.js';
import { deferred } from '../support/deferred.js';

if (!customElements.get('invitation-list')) InvitationList.define();
registerBuiltinAdapters();

export { textOf } from '../../src/testing/dom.js';
export type { ProviderName };
/** Every built-in provider (the provider table). */
export const PROVIDERS: readonly ProviderName[] = PROVIDER_NAMES;
export const ADAPTERS: Record<ProviderName, InvitationAdapter> = BUILTIN_ADAPTERS;

/** The harness of a list: what it shows, and waits for what it does. */
export const listOf = (el: InvitationList) => new InvitationListHarness(el);

const DAY = 86400000;

export function invitation(i: number, overrides: Partial<Invitation> = {}): Invitation {
  return {
    id: `inv_${i}`,
    email: `person${i}@example.com`,
    status: 'pending',
    roles: ['member'],
    inviter: { name: 'Ada Admin' },
    createdAt: new Date(Date.now() - (i + 1) * DAY),
    expiresAt: new Date(Date.now() + 7 * DAY),
    url: `https://app.example.com/accept?ticket=${i}`,
    raw: {},
    ...overrides,
  };
}

export const invitations = (count: number, from = 0) => Array.from({ length: count }, (_, i) => invitation(from + i));

/** One list call the test answers when it wants. */
export interface HeldList {
  query: ListQuery;
  signal?: AbortSignal;
  aborted: boolean;
  settled: boolean;
  /** Answers with `page`, or with the fake's own page for the query. */
  resolve(page?: Page): void;
  reject(error: unknown): void;
}

export interface FakeAdapter {
  adapter: InvitationAdapter;
  /** Every list call, oldest first. */
  calls: HeldList[];
  items: Invitation[];
  revoked: Invitation[];
  resent: Invitation[];
  /** Hold every list answer until the test resolves it. */
  hold: boolean;
  /** The page the fake itself would answer. */
  pageFor(query: ListQuery): Page;
  /** Next revoke / resend outcome: a function to run instead of the default. */
  onRevoke?: (inv: Invitation) => Promise<Invitation | undefined>;
  onResend?: (inv: Invitation) => Promise<Invitation>;
}

const like = (p: ProviderName) => ADAPTERS[p].capabilities;

/**
 * A fake adapter with a provider's capabilities (or overrides). Pages by index for offset/page paging and by
 * `c<index>` tokens for cursors; filters statuses and search; answers revoke by removing the row.
 */
export function fakeAdapter(
  options: {
    provider?: ProviderName;
    caps?: Partial<AdapterCapabilities>;
    items?: Invitation[];
    hold?: boolean;
    /** Keep answering aborted calls (their answer arrives late), instead of rejecting them. */
    ignoreAbort?: boolean;
  } = {},
): FakeAdapter {
  const capabilities: AdapterCapabilities = { ...like(options.provider ?? 'clerk'), ...options.caps };
  const fake: FakeAdapter = {
    calls: [],
    items: options.items ?? invitations(25),
    revoked: [],
    resent: [],
    hold: options.hold ?? false,
    pageFor(query) {
      const matches = fake.items.filter(
        (i) =>
          (!query.statuses.length || query.statuses.includes(i.status)) &&
          (!query.search || i.email.includes(query.search)),
      );
      const direction = query.sort?.direction === 'asc' ? 1 : -1;
      const field = query.sort?.field === 'email' ? 'email' : 'createdAt';
      matches.sort((a, b) =>
        field === 'email'
          ? direction * a.email.localeCompare(b.email)
          : direction * ((a.createdAt?.getTime() ?? 0) - (b.createdAt?.getTime() ?? 0)),
      );
      const start =
        capabilities.paging === 'cursor' && query.cursor ? Number(query.cursor.slice(1)) : query.page * query.pageSize;
      const items = matches.slice(start, start + query.pageSize);
      const more = start + items.length < matches.length;
      const token = (n: number) => (capabilities.paging === 'cursor' ? `c${n}` : String(n / query.pageSize));
      return {
        items,
        total: capabilities.totals ? matches.length : undefined,
        next: more ? token(start + query.pageSize) : undefined,
        previous: undefined,
      };
    },
    adapter: {
      name: 'fake',
      capabilities,
      list(query, ctx) {
        return new Promise<Page>((resolve, reject) => {
          const call: HeldList = {
            query,
            signal: ctx.signal,
            aborted: false,
            settled: false,
            resolve: (page) => {
              if (call.settled) return;
              call.settled = true;
              resolve(page ?? fake.pageFor(query));
            },
            reject: (error) => {
              if (call.settled) return;
              call.settled = true;
              reject(error);
            },
          };
          ctx.signal?.addEventListener('abort', () => {
            call.aborted = true;
            if (!options.ignoreAbort) call.reject(new InvitationError('The request was cancelled.', { kind: 'abort' }));
          });
          fake.calls.push(call);
          if (!fake.hold) queueMicrotask(() => call.resolve());
        });
      },
      async create() {
        return [];
      },
      async revoke(inv) {
        if (fake.onRevoke) return fake.onRevoke(inv);
        fake.revoked.push(inv);
        fake.items = fake.items.filter((i) => i.id !== inv.id);
        return undefined;
      },
      async resend(inv) {
        if (fake.onResend) return fake.onResend(inv);
        fake.resent.push(inv);
        const fresh = { ...inv, id: `${inv.id}_again` };
        fake.items = fake.items.map((i) => (i.id === inv.id ? fresh : i));
        return fresh;
      },
      roleLabel: (role) => `Role ${role}`,
    },
  };
  return fake;
}

export { deferred };

/**
 * An emulator's fetch whose responses wait until the test releases them, in any order. `hold` picks the requests
 * to hold (default: all); the others go straight through. With `ignoreAbort` the emulator never sees the signal,
 * as with a server that answers a request the browser gave up on: the late answer still arrives.
 */
export function holdingFetcher(
  emulator: Emulator,
  { hold = () => true, ignoreAbort = false }: { hold?: (method: string) => boolean; ignoreAbort?: boolean } = {},
) {
  const held: { url: URL; method: string; signal?: AbortSignal | null; release: () => void }[] = [];
  const fetcher = (input: RequestInfo | URL, init?: RequestInit) => {
    const method = init?.method ?? 'GET';
    if (!hold(method)) return emulator.fetch(input, init);
    const gate = deferred<void>();
    held.push({ url: new URL(String(input)), method, signal: init?.signal, release: () => gate.resolve() });
    const forwarded = ignoreAbort ? { ...init, signal: undefined } : init;
    return gate.promise.then(() => emulator.fetch(input, forwarded));
  };
  return { fetcher, held };
}

/**
 * A seeded emulator whose clock is the real one: the adapters derive statuses (Auth0 expiry, Clerk pending past
 * its expiry) from `Date.now()`, so the seeded dates must be relative to it.
 */
export function emulator<P extends ProviderName>(provider: P, count = 45, seed = 7): Emulator<P> {
  return createEmulator({ provider, count, seed, now: Date.now() });
}

/** List requests the emulator got (GETs on the collection), as URLs. */
export const listRequests = (em: Emulator) => em.requests.filter((r) => r.method === 'GET').map((r) => new URL(r.url));

/** Event types `<invitation-list>` fires. */
export const LIST_EVENTS = [
  'invitation-revoke',
  'invitation-revoked',
  'invitation-resend',
  'invitation-resent',
  'invitation-bulk-revoke',
  'invitation-bulk-revoked',
  'invitation-bulk-resend',
  'invitation-bulk-resent',
  'invitation-error',
  'invitation-query-change',
  'invitation-loaded',
  'invitations-loaded',
] as const;

/** Every event of `types` the element fires, in order. */
export function recordEvents(el: HTMLElement, types: readonly string[] = LIST_EVENTS) {
  const events: CustomEvent[] = [];
  for (const type of types) el.addEventListener(type, (e) => events.push(e as CustomEvent));
  return Object.assign(events, {
    of: (type: string) => events.filter((e) => e.type === type),
    clear: () => void events.splice(0),
  });
}

/**
 * Mounts a list. `setup` sets properties before it connects; resolves after the first page rendered unless
 * `wait: false`. The list goes into `parent` when given (else a new wrapper `width` px wide); `hidden` leaves it out
 * of layout (fuzzed pages of huge strings would spend seconds in it, which is not what is tested).
 */
export async function renderList(
  setup: (el: InvitationList) => void,
  {
    wait = true,
    width,
    hidden = false,
    parent,
  }: { wait?: boolean; width?: number; hidden?: boolean; parent?: HTMLElement } = {},
) {
  const el = document.createElement('invitation-list');
  setup(el);
  const events = recordEvents(el);
  const loaded = wait ? listOf(el).loaded() : undefined;
  const host =
    parent ??
    (await fixture<HTMLDivElement>(html`<div style=${width ? `width:${width}px` : ''} ?hidden=${hidden}></div>`));
  host.append(el);
  await el.updateComplete;
  await loaded;
  await el.updateComplete;
  return { el, events };
}

export const withAdapter =
  (fake: FakeAdapter, endpoint = 'https://api.example.com/invitations') =>
  (el: InvitationList) => {
    el.adapter = fake.adapter;
    el.endpoint = endpoint;
  };

export const withEmulator = (em: Emulator, provider: ProviderName) => (el: InvitationList) => {
  el.provider = provider;
  el.endpoint = em.endpoint;
  el.fetcher = em.fetch;
};
