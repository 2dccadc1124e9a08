/**
 * In-page flows of `npm run bench` (issue #17), each beside a hand-written baseline measured in the same run:
 * - connection to first rows painted: <invitation-list> on the Clerk emulator at zero latency, vs fetch + JSON +
 *   a document.createElement table of the same page;
 * - re-render after a sort change on a 100-row page, vs sorting the data and rebuilding the hand-written table body;
 * - an email search on a 2,000-invitation Auth0 organization (the client-side scan): pages fetched, time to the
 *   match shown, main-thread long tasks; vs the same pages fetched and filtered by hand.
 */
import { createEmulator } from '../../src/emulator/index.js';
import type { InvitationList } from '../../src/invitation-list/invitation-list.js';
import type { Invitation, ListQuery, Page } from '../../src/model.js';
import type { Fetcher, InvitationAdapter } from '../../src/providers/adapter.js';
import { auth0Adapter } from '../../src/providers/auth0.js';
import { clerkAdapter } from '../../src/providers/clerk.js';

const NOW = Date.UTC(2026, 10, 23);
const stage = () => document.getElementById('stage')!;

/** Resolves after the frame that paints what is in the DOM now (a rAF, then the task after it). */
const painted = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
const loadedOnce = (el: InvitationList) =>
  new Promise<void>((resolve) => el.addEventListener('invitation-loaded', () => resolve(), { once: true }));

function cell(tr: HTMLTableRowElement, text: string) {
  tr.insertCell().textContent = text;
}

/** The hand-written table body of normalized rows (the same columns as the render bench's baseline). */
function fillBody(tbody: HTMLTableSectionElement, rows: { email: string; status: string; role: string; at: number }[]) {
  const when = new Intl.DateTimeFormat('en', { dateStyle: 'medium' });
  for (const row of rows) {
    const tr = tbody.insertRow();
    const th = document.createElement('th');
    th.scope = 'row';
    th.textContent = row.email;
    tr.append(th);
    cell(tr, row.status);
    cell(tr, row.role);
    const time = document.createElement('time');
    time.dateTime = new Date(row.at).toISOString();
    time.textContent = when.format(row.at);
    tr.insertCell().append(time);
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = 'Revoke';
    tr.insertCell().append(button);
  }
}

export interface ConnectTiming {
  /** Connection (or start) to the rows laid out. */
  laidOut: number;
  /** …to the frame after: painted. */
  painted: number;
}

/** <invitation-list> connected, to its first page of `pageSize` rows painted. */
async function connectList(pageSize: number): Promise<ConnectTiming> {
  const emulator = createEmulator({ provider: 'clerk', count: 200, now: NOW });
  const el = document.createElement('invitation-list');
  el.adapter = clerkAdapter;
  el.endpoint = emulator.endpoint;
  el.fetcher = emulator.fetch;
  el.pageSize = pageSize;
  const loaded = loadedOnce(el);
  const start = performance.now();
  stage().append(el);
  await loaded;
  void el.shadowRoot!.querySelector('table')!.offsetHeight;
  const laidOut = performance.now() - start;
  await painted();
  const total = performance.now() - start;
  const rows = el.shadowRoot!.querySelectorAll('tbody tr').length;
  el.remove();
  if (rows !== pageSize) throw new Error(`expected ${pageSize} rows, saw ${rows}`);
  return { laidOut, painted: total };
}

/** The baseline: fetch the same page from the same emulator, parse it, build a table by hand. */
async function connectVanilla(pageSize: number): Promise<ConnectTiming> {
  const emulator = createEmulator({ provider: 'clerk', count: 200, now: NOW });
  const start = performance.now();
  const answer = await emulator.fetch(`${emulator.endpoint}?limit=${pageSize}&offset=0&order_by=-created_at`);
  const body = (await answer.json()) as {
    data: { email_address: string; status: string; role_name: string; created_at: number }[];
  };
  const table = document.createElement('table');
  fillBody(
    table.createTBody(),
    body.data.map((r) => ({ email: r.email_address, status: r.status, role: r.role_name, at: r.created_at })),
  );
  stage().append(table);
  void table.offsetHeight;
  const laidOut = performance.now() - start;
  await painted();
  const total = performance.now() - start;
  const rows = table.querySelectorAll('tbody tr').length;
  table.remove();
  if (rows !== pageSize) throw new Error(`expected ${pageSize} rows, saw ${rows}`);
  return { laidOut, painted: total };
}

// --- re-render after a sort change ---------------------------------------------------------------------------------

const SORTED_ROWS = 100;

function sortedItems(): Invitation[] {
  return Array.from({ length: SORTED_ROWS }, (_, i) => ({
    id: `orginv_${i}`,
    // emails in another order than the dates
    email: `person.${((i * 37) % SORTED_ROWS).toString().padStart(3, '0')}@example.com`,
    status: 'pending',
    roles: [i % 3 ? 'org:member' : 'org:admin'],
    createdAt: new Date(NOW - i * 3600000),
    expiresAt: new Date(NOW + 30 * 86400000),
    url: `https://app.example.com/accept?ticket=${i}`,
    raw: {},
  }));
}

const byQuery = (items: Invitation[], query: ListQuery) => {
  const { field, direction } = query.sort ?? clerkAdapter.capabilities.defaultSort;
  const key = (i: Invitation) => (field === 'email' ? i.email : (i.createdAt?.getTime() ?? 0));
  const sign = direction === 'asc' ? 1 : -1;
  return [...items].sort((a, b) => (key(a) < key(b) ? -sign : key(a) > key(b) ? sign : 0));
};

let sortList: InvitationList | undefined;
let sortTable: HTMLTableElement | undefined;
const sortData = sortedItems();

/** One list and one hand-written table of the same 100 invitations on the page. */
async function sortSetup(): Promise<void> {
  sortList?.remove();
  sortTable?.remove();
  const adapter: InvitationAdapter = {
    ...clerkAdapter,
    name: 'bench',
    list: async (query): Promise<Page> => ({ items: byQuery(sortData, query), total: sortData.length }),
  };
  const el = document.createElement('invitation-list');
  el.adapter = adapter;
  el.endpoint = 'https://bench.test/invitations';
  el.pageSize = SORTED_ROWS;
  const loaded = loadedOnce(el);
  stage().append(el);
  await loaded;
  sortList = el;
  sortTable = document.createElement('table');
  sortTable.createTBody();
  stage().append(sortTable);
}

/** The list sorted by `sort` (`email:asc`, `created_at:desc`, …): the change to the rows laid out. */
async function sortListBy(sort: string): Promise<number> {
  const el = sortList!;
  const loaded = loadedOnce(el);
  const start = performance.now();
  el.sort = sort;
  await loaded;
  await el.updateComplete;
  void el.shadowRoot!.querySelector('table')!.offsetHeight;
  return performance.now() - start;
}

/** The baseline: the same data sorted, the hand-written table body rebuilt, laid out. */
function sortVanillaBy(sort: string): number {
  const [field, direction] = sort.split(':') as [string, 'asc' | 'desc'];
  const start = performance.now();
  const rows = byQuery(sortData, { sort: { field, direction } } as ListQuery).map((i) => ({
    email: i.email,
    status: i.status,
    role: i.roles.join(', '),
    at: i.createdAt!.getTime(),
  }));
  const table = sortTable!;
  const tbody = document.createElement('tbody');
  fillBody(tbody, rows);
  table.tBodies[0].replaceWith(tbody);
  void table.offsetHeight;
  return performance.now() - start;
}

// --- the Auth0 search scan -----------------------------------------------------------------------------------------

export interface ScanFigures {
  invitations: number;
  pages: number;
  msToMatch: number;
  longTasks: number;
  longestTaskMs: number;
  baseline: { pages: number; ms: number };
}

/** Counts the requests a fetcher sends. */
const counted = (inner: Fetcher) => {
  const counter = { requests: 0, fetch: ((input, init) => (counter.requests++, inner(input, init))) as Fetcher };
  return counter;
};

/** Long tasks (> 50 ms) on the main thread while `body` runs. */
async function watchLongTasks<T>(body: () => Promise<T>): Promise<{ result: T; count: number; longest: number }> {
  const durations: number[] = [];
  const observer = new PerformanceObserver((list) => durations.push(...list.getEntries().map((e) => e.duration)));
  observer.observe({ type: 'longtask' });
  try {
    const result = await body();
    await new Promise((resolve) => setTimeout(resolve, 0));
    durations.push(...observer.takeRecords().map((e) => e.duration));
    return { result, count: durations.length, longest: Math.max(0, ...durations) };
  } finally {
    observer.disconnect();
  }
}

/**
 * A list of a 2,000-invitation Auth0 organization, searched for the one address at position 950 in the server's
 * order (Auth0 lists at most 1,000 records, and cannot filter: the adapter scans).
 */
async function auth0Scan(): Promise<ScanFigures> {
  const invitations = 2000;
  const emulator = createEmulator({ provider: 'auth0', count: invitations, now: NOW, seed: 3 });
  const serverPage = async (fetcher: Fetcher, n: number) =>
    (
      (await (
        await fetcher(`${emulator.endpoint}?page=${n}&per_page=100&include_totals=true&sort=created_at:-1`)
      ).json()) as { invitations: { invitee: { email: string } }[] }
    ).invitations;
  const wanted = (await serverPage(emulator.fetch, 9))[50].invitee.email;

  const wire = counted(emulator.fetch);
  const el = document.createElement('invitation-list');
  el.adapter = auth0Adapter;
  el.endpoint = emulator.endpoint;
  el.fetcher = wire.fetch;
  el.pageSize = 10;
  let loaded = loadedOnce(el);
  stage().append(el);
  await loaded;
  wire.requests = 0;

  loaded = loadedOnce(el);
  const start = performance.now();
  const watched = await watchLongTasks(async () => {
    el.search = wanted;
    await loaded;
    await el.updateComplete;
    return performance.now() - start;
  });
  const emails = [...el.shadowRoot!.querySelectorAll('[part~="cell-email"]')].map((c) => c.textContent ?? '');
  el.remove();
  if (!emails.some((e) => e.includes(wanted))) throw new Error(`the scan did not show ${wanted}`);

  // The baseline: the same pages fetched in order by hand, parsed and filtered, until the page holding the match.
  const hand = counted(emulator.fetch);
  const baseStart = performance.now();
  let found = false;
  for (let n = 0; n < 10 && !found; n++) {
    const rows = await serverPage(hand.fetch, n);
    found = rows.some((r) => r.invitee.email.toLowerCase().includes(wanted.toLowerCase()));
  }
  const baseMs = performance.now() - baseStart;
  return {
    invitations,
    pages: wire.requests,
    msToMatch: watched.result,
    longTasks: watched.count,
    longestTaskMs: watched.longest,
    baseline: { pages: hand.requests, ms: baseMs },
  };
}

export const flows = {
  connect: (kind: 'list' | 'vanilla', pageSize: number) =>
    kind === 'list' ? connectList(pageSize) : connectVanilla(pageSize),
  sortSetup,
  sort: async (kind: 'list' | 'vanilla', sort: string) => (kind === 'list' ? sortListBy(sort) : sortVanillaBy(sort)),
  auth0Scan,
};
