/**
 * In-page half of `npm run bench` (scripts/bench.mjs drives it through Playwright; nothing here is a test):
 * - render: the same N invitations as an <invitation-list> page and as a hand-written document.createElement table,
 *   each timed from "start" to "laid out"; plus, to tell the costs apart, the element's own markup and styles built
 *   by hand (no Lit);
 * - network: what the list sends through the real Clerk adapter to the Clerk emulator (with latency);
 * - memory: many page changes in one list, for the heap measured from outside;
 * - import: a 1,000-row CSV file in `<invite-form>`'s import, to the preview (import-page.ts).
 */
import { InvitationList } from '../../src/invitation-list/invitation-list.js';
import { createEmulator } from '../../src/emulator/index.js';
import type { Invitation, Page } from '../../src/model.js';
import type { Fetcher, InvitationAdapter } from '../../src/providers/adapter.js';
import { clerkAdapter } from '../../src/providers/clerk.js';
import { importByHand, importInForm, type ImportTiming } from './import-page.js';
import { flows } from './flows.js';

InvitationList.define();

const DAY = 86400000;
const STATUSES = ['pending', 'accepted', 'revoked', 'expired'] as const;
const ENDPOINT = 'https://bench.test/invitations';
const stage = document.getElementById('stage')!;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function invitations(count: number): Invitation[] {
  const now = Date.now();
  return Array.from({ length: count }, (_, i) => ({
    id: `orginv_${i}`,
    email: `person.number${i}@example.com`,
    status: STATUSES[i % 4],
    roles: [i % 3 ? 'org:member' : 'org:admin'],
    inviter: { name: `Inviter ${i % 7}` },
    createdAt: new Date(now - (i + 1) * 3600000),
    expiresAt: new Date(now + (30 - (i % 30)) * DAY),
    url: `https://app.example.com/accept?ticket=${i}`,
    raw: {},
  }));
}

const data = new Map<number, Invitation[]>();
const itemsFor = (rows: number) => data.get(rows) ?? data.set(rows, invitations(rows)).get(rows)!;

/** Clerk's capabilities and labels, the page answered at once: the render bench measures rendering, not I/O. */
const instantAdapter = (items: Invitation[]): InvitationAdapter => ({
  ...clerkAdapter,
  name: 'bench',
  list: async (): Promise<Page> => ({ items, total: items.length }),
});

export interface RenderTiming {
  /** Start to laid out. */
  total: number;
  /** Start to the DOM built (for the list: `invitation-loaded`), before style and layout. */
  script: number;
}

async function list(rows: number): Promise<RenderTiming> {
  const el = document.createElement('invitation-list');
  el.adapter = instantAdapter(itemsFor(rows));
  el.endpoint = ENDPOINT;
  el.pageSize = rows;
  const loaded = new Promise((resolve) => el.addEventListener('invitation-loaded', resolve, { once: true }));
  const start = performance.now();
  stage.append(el);
  await loaded;
  const built = performance.now();
  void el.shadowRoot!.querySelector('table')!.offsetHeight; // style and layout, now
  const end = performance.now();
  const count = el.shadowRoot!.querySelectorAll('tbody tr').length;
  el.remove();
  if (count !== rows) throw new Error(`expected ${rows} rows, saw ${count}`);
  return { total: end - start, script: built - start };
}

const fmt = {
  relative: new Intl.RelativeTimeFormat('en', { numeric: 'auto' }),
  full: new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' }),
};
const relative = (d: Date) => fmt.relative.format(Math.round((d.getTime() - Date.now()) / DAY), 'day');
const HEADINGS = ['Email', 'Status', 'Roles', 'Invited by', 'Sent', 'Expires', 'Actions'];

/** The baseline: a plain table of the same data (text, dates, badges, buttons), no styles. */
async function vanilla(rows: number): Promise<RenderTiming> {
  const start = performance.now();
  const table = document.createElement('table');
  const head = table.createTHead().insertRow();
  for (const h of HEADINGS) {
    const th = document.createElement('th');
    th.scope = 'col';
    th.textContent = h;
    head.append(th);
  }
  const tbody = table.createTBody();
  for (const inv of itemsFor(rows)) {
    const tr = tbody.insertRow();
    const th = document.createElement('th');
    th.scope = 'row';
    th.textContent = inv.email;
    tr.append(th);
    const badge = document.createElement('span');
    badge.textContent = inv.status;
    tr.insertCell().append(badge);
    tr.insertCell().textContent = inv.roles.map((r) => clerkAdapter.roleLabel?.(r, inv) ?? r).join(', ');
    tr.insertCell().textContent = inv.inviter?.name ?? '';
    for (const date of [inv.createdAt!, inv.expiresAt!]) {
      const time = document.createElement('time');
      time.dateTime = date.toISOString();
      time.title = fmt.full.format(date);
      time.textContent = relative(date);
      tr.insertCell().append(time);
    }
    const actions = tr.insertCell();
    for (const label of inv.status === 'pending' ? ['Revoke', 'Copy link'] : []) {
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = label;
      button.addEventListener('click', () => undefined);
      actions.append(button);
    }
  }
  stage.append(table);
  const built = performance.now();
  void table.offsetHeight;
  const end = performance.now();
  table.remove();
  return { total: end - start, script: built - start };
}

let sheets: CSSStyleSheet[] | undefined;
/** Copies of the element's stylesheets: sharing the element's own objects would tie the two renders together. */
function styledSheets(): CSSStyleSheet[] {
  sheets ??= InvitationList.elementStyles.map((style) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync('cssText' in style ? style.cssText : [...style.cssRules].map((r) => r.cssText).join('\n'));
    return sheet;
  });
  return sheets;
}

/** A node of the element's rendered shadow tree, as data: an element (tag, attributes, children) or a text. */
type MarkupNode = string | { tag: string; attrs: [string, string][]; children: MarkupNode[] };

const markupOf = (node: Node): MarkupNode[] => {
  if (node.nodeType === Node.TEXT_NODE) return [node.textContent ?? ''];
  if (!(node instanceof Element)) return []; // Lit's comment markers are Lit's own cost, measured in the list
  const attrs = [...node.attributes].map((a): [string, string] => [a.name, a.value]);
  return [{ tag: node.localName, attrs, children: [...node.childNodes].flatMap(markupOf) }];
};

const markup = new Map<number, MarkupNode[]>();
/**
 * What `<invitation-list>` rendered for `rows` rows (toolbar, table, pager, dialog: the whole shadow tree), read once
 * from a list of the same data, outside any timing.
 */
async function markupFor(rows: number): Promise<MarkupNode[]> {
  const known = markup.get(rows);
  if (known) return known;
  const el = document.createElement('invitation-list');
  el.adapter = instantAdapter(itemsFor(rows));
  el.endpoint = ENDPOINT;
  el.pageSize = rows;
  const loaded = new Promise((resolve) => el.addEventListener('invitation-loaded', resolve, { once: true }));
  stage.append(el);
  await loaded;
  await el.updateComplete;
  const nodes = [...el.shadowRoot!.childNodes].flatMap(markupOf);
  el.remove();
  markup.set(rows, nodes);
  return nodes;
}

/**
 * Diagnostic: the element's own markup — the same elements, attributes and texts it rendered (parts, labels, hidden
 * full dates, every row's buttons, the toolbar and the pager) — built with document.createElement in a shadow root,
 * with the element's own stylesheets, and a listener on each control as the element has. list − this ≈ what Lit and
 * the element's logic cost; this − vanilla ≈ what the markup and styles cost.
 */
async function vanillaStyled(rows: number, styled = true): Promise<RenderTiming> {
  const nodes = await markupFor(rows);
  const start = performance.now();
  const host = document.createElement('div');
  const root = host.attachShadow({ mode: 'open' });
  if (styled) root.adoptedStyleSheets = styledSheets();
  const noop = () => undefined;
  const build = (node: MarkupNode): Node => {
    if (typeof node === 'string') return document.createTextNode(node);
    const el = document.createElement(node.tag);
    for (const [name, value] of node.attrs) el.setAttribute(name, value);
    for (const child of node.children) el.append(build(child));
    if (node.tag === 'button') el.addEventListener('click', noop);
    else if (node.tag === 'input' || node.tag === 'select') el.addEventListener('change', noop);
    return el;
  };
  for (const node of nodes) root.append(build(node));
  stage.append(host);
  const built = performance.now();
  void root.querySelector('table')!.offsetHeight;
  const end = performance.now();
  const count = root.querySelectorAll('tbody tr').length;
  host.remove();
  if (count !== rows) throw new Error(`expected ${rows} rows, saw ${count}`);
  return { total: end - start, script: built - start };
}

/** Diagnostic: the same markup as vanillaStyled, without the stylesheets (markup − vanilla ≈ what the markup costs). */
const vanillaMarkup = (rows: number) => vanillaStyled(rows, false);

const renderers = { list, vanilla, vanillaMarkup, vanillaStyled };

// --- network -------------------------------------------------------------------------------------------------------

/** Counts what goes over the wire: requests started, answered, and aborted while still in flight. */
class Wire {
  started = 0;
  aborted = 0;
  inflight = 0;
  lastActivity = performance.now();
  readonly urls: string[] = [];

  constructor(private readonly inner: Fetcher) {}

  readonly fetch: Fetcher = async (input, init) => {
    this.started++;
    this.inflight++;
    this.lastActivity = performance.now();
    this.urls.push(String(input));
    let settled = false;
    init?.signal?.addEventListener('abort', () => !settled && this.aborted++, { once: true });
    try {
      return await this.inner(input, init);
    } finally {
      settled = true;
      this.inflight--;
      this.lastActivity = performance.now();
    }
  };

  reset(): void {
    this.started = this.aborted = 0;
    this.urls.length = 0;
  }

  /** Resolves once nothing is in flight and nothing started for `quietMs`. */
  async idle(quietMs: number): Promise<void> {
    for (;;) {
      if (this.inflight === 0 && performance.now() - this.lastActivity >= quietMs) return;
      await sleep(10);
    }
  }
}

const nextButton = (el: InvitationList) => el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="pager-next"]')!;
const loadedOnce = (el: InvitationList) =>
  new Promise<void>((resolve) => el.addEventListener('invitation-loaded', () => resolve(), { once: true }));
/**
 * Resolves with the requests started until `invitation-loaded` fired, counted in the listener itself: the list
 * prefetches the following page right after that event, in the same task, before any awaiting code resumes.
 */
const requestsUntilLoaded = (el: InvitationList, wire: Wire) =>
  new Promise<number>((resolve) =>
    el.addEventListener('invitation-loaded', () => resolve(wire.started), { once: true }),
  );
const currentPage = (el: InvitationList) =>
  Number(el.shadowRoot!.querySelector('[part~="pager-page"][aria-current="page"]')?.textContent?.trim() ?? 0);

async function networkList(latency: number, pageSize = 20) {
  const emulator = createEmulator({ provider: 'clerk', count: 400, now: Date.UTC(2026, 10, 23) });
  emulator.latency(latency);
  const wire = new Wire(emulator.fetch);
  const el = document.createElement('invitation-list');
  el.adapter = clerkAdapter;
  el.endpoint = emulator.endpoint;
  el.fetcher = wire.fetch;
  el.pageSize = pageSize;
  const first = loadedOnce(el);
  stage.append(el);
  await first;
  await wire.idle(latency * 3); // the first page, and the prefetch of the second
  return { el, wire };
}

export interface NetworkFigures {
  latencyMs: number;
  firstLoad: { beforeRender: number; untilIdle: number };
  attributes: { beforeRender: number; untilIdle: number; aborted: number };
  quickNext: {
    clicks: number;
    intervalMs: number;
    requests: number;
    aborted: number;
    pageReached: number;
    /** The `offset` of each request, in order (20 rows a page: 40 is page 3). */
    offsets: number[];
  };
  prefetchedNext: { requestsBeforeRender: number; msToRender: number; requestsAfter: number };
}

async function network(latency = 50): Promise<NetworkFigures> {
  const quiet = latency * 3;

  // The first load: the page, then the next one prefetched.
  const firstLoad = await (async () => {
    const emulator = createEmulator({ provider: 'clerk', count: 400, now: Date.UTC(2026, 10, 23) });
    emulator.latency(latency);
    const wire = new Wire(emulator.fetch);
    const el = document.createElement('invitation-list');
    el.adapter = clerkAdapter;
    el.endpoint = emulator.endpoint;
    el.fetcher = wire.fetch;
    const loaded = requestsUntilLoaded(el, wire);
    stage.append(el);
    const beforeRender = await loaded;
    await wire.idle(quiet);
    el.remove();
    return { beforeRender, untilIdle: wire.started };
  })();

  // Three attribute changes in one task (sort, status filter, page size).
  const attributes = await (async () => {
    const { el, wire } = await networkList(latency);
    wire.reset();
    const loaded = requestsUntilLoaded(el, wire);
    el.setAttribute('sort', 'email:asc');
    el.setAttribute('status', 'pending,expired');
    el.setAttribute('page-size', '10');
    const beforeRender = await loaded;
    await wire.idle(quiet);
    const figures = { beforeRender, untilIdle: wire.started, aborted: wire.aborted };
    el.remove();
    return figures;
  })();

  // Five quick clicks on "next", faster than the server answers.
  const quickNext = await (async () => {
    const clicks = 5;
    const intervalMs = Math.round(latency / 2);
    const { el, wire } = await networkList(latency);
    wire.reset();
    for (let i = 0; i < clicks; i++) {
      nextButton(el).click();
      await sleep(intervalMs);
    }
    await wire.idle(quiet);
    const offsets = wire.urls.map((u) => Number(new URL(u).searchParams.get('offset') ?? 0));
    const figures = {
      clicks,
      intervalMs,
      requests: wire.started,
      aborted: wire.aborted,
      pageReached: currentPage(el),
      offsets,
    };
    el.remove();
    return figures;
  })();

  // "Next" when the next page was prefetched: requests between the click and the page on screen.
  const prefetchedNext = await (async () => {
    const { el, wire } = await networkList(latency);
    wire.reset();
    const loaded = requestsUntilLoaded(el, wire);
    const start = performance.now();
    nextButton(el).click();
    const requestsBeforeRender = await loaded;
    const msToRender = performance.now() - start;
    await wire.idle(quiet);
    const figures = { requestsBeforeRender, msToRender, requestsAfter: wire.started - requestsBeforeRender };
    el.remove();
    return figures;
  })();

  return { latencyMs: latency, firstLoad, attributes, quickNext, prefetchedNext };
}

// --- memory --------------------------------------------------------------------------------------------------------

/** Clerk list bodies for any offset of a very long collection, made up on the spot (no latency, no store). */
function endlessClerk(total: number): Fetcher {
  const created = Date.UTC(2026, 0, 1);
  return async (input) => {
    const url = new URL(String(input));
    const limit = Number(url.searchParams.get('limit') ?? 20);
    const offset = Number(url.searchParams.get('offset') ?? 0);
    const rows = Array.from({ length: Math.max(0, Math.min(limit, total - offset)) }, (_, j) => {
      const i = offset + j;
      return {
        object: 'organization_invitation',
        id: `orginv_${i}`,
        email_address: `person${i}@example.com`,
        role: i % 3 ? 'org:member' : 'org:admin',
        role_name: i % 3 ? 'Member' : 'Admin',
        status: 'pending',
        url: `https://app.example.com/accept?ticket=${i}`,
        expires_at: created + 40 * DAY,
        created_at: created - i * 60000,
        updated_at: created - i * 60000,
      };
    });
    return new Response(JSON.stringify({ data: rows, total_count: total }), {
      headers: { 'content-type': 'application/json' },
    });
  };
}

let memoryList: InvitationList | undefined;
let pageChanges = 0;

/** Puts one list on the page, on its first page. */
async function memorySetup(): Promise<void> {
  memoryList?.remove();
  markup.clear(); // the render section's copies of the list's markup: not the list's heap
  const el = document.createElement('invitation-list');
  el.adapter = clerkAdapter;
  el.endpoint = ENDPOINT;
  el.fetcher = endlessClerk(1_000_000);
  el.pageSize = 20;
  const loaded = loadedOnce(el);
  stage.append(el);
  await loaded;
  memoryList = el;
  pageChanges = 0;
}

/** Goes `count` pages further, one "next" click at a time, each page on screen before the next click. */
async function memoryPages(count: number): Promise<number> {
  const el = memoryList!;
  for (let i = 0; i < count; i++) {
    const loaded = loadedOnce(el);
    const button = nextButton(el);
    // the pager waits for a page under way (aria-disabled): click once it is enabled again
    while (button.getAttribute('aria-disabled') === 'true') await sleep(0);
    button.click();
    await loaded;
    pageChanges++;
  }
  return pageChanges;
}

declare global {
  interface Window {
    bench: {
      render: (kind: keyof typeof renderers, rows: number) => Promise<RenderTiming>;
      network: (latency?: number) => Promise<NetworkFigures>;
      memorySetup: () => Promise<void>;
      memoryPages: (count: number) => Promise<number>;
      csvImport: (kind: 'form' | 'byHand', rows: number) => Promise<ImportTiming>;
      flows: typeof flows;
      litDevMode: boolean;
    };
  }
}

window.bench = {
  render: (kind, rows) => renderers[kind](rows),
  network,
  memorySetup,
  memoryPages,
  csvImport: (kind, rows) => (kind === 'form' ? importInForm(rows) : importByHand(rows)),
  flows,
  litDevMode: 'litIssuedWarnings' in globalThis,
};
