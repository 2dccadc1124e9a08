// @ts-check
// Browser half of `npm run bench`: builds scripts/bench/index.html with Vite (production: minified, Lit's
// production build, the library's css`` and html`` templates minified as they ship), serves it with `vite preview`
// on 127.0.0.1, and drives headless Chromium through Playwright.
// Everything it starts, it stops (server and browser), also when a measurement throws.
import { chromium } from 'playwright-core';
import { fileURLToPath } from 'node:url';
import { build, preview } from 'vite';
import { cssLiteralsPlugin } from '../css-literals.mjs';
import { htmlLiteralsPlugin } from '../html-literals.mjs';
import { chromiumArgs, findChromium, missingMessage } from '../../web-test-runner.browsers.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
// Under node_modules/.cache: built output, out of git, lint and prettier.
const outDir = `${root}node_modules/.cache/invitation-elements-bench/page`;

export const median = (/** @type {number[]} */ xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/**
 * Builds the page, starts the server and the browser, runs `body(page, context)`, and closes them all.
 * @template T
 * @param {(page: import('playwright-core').Page, info: { chromium: string }) => Promise<T>} body
 * @returns {Promise<T>}
 */
export async function withBenchPage(body) {
  const executablePath = await findChromium();
  if (!executablePath) throw new Error(missingMessage('chromium')); // never let Playwright look for a browser of its own
  await build({
    configFile: false,
    // the css`` and html`` templates minified as `vite build` ships them (vite.config.ts)
    plugins: [cssLiteralsPlugin(), htmlLiteralsPlugin()],
    root: `${root}scripts/bench`,
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, target: 'es2022', reportCompressedSize: false },
  });
  const server = await preview({
    configFile: false,
    root: `${root}scripts/bench`,
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  const browser = await chromium
    .launch({
      executablePath,
      headless: true,
      args: [...chromiumArgs, '--js-flags=--expose-gc'],
    })
    .catch(async (error) => {
      await server.close();
      throw error;
    });
  try {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    /** @type {string[]} */
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(server.resolvedUrls?.local[0] ?? '');
    await page.waitForFunction(() => !!window.bench, null, { timeout: 30000 });
    if (await page.evaluate(() => window.bench.litDevMode)) throw new Error('Lit runs in dev mode: not a fair bench');
    const result = await body(page, { chromium: browser.version() });
    if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
    return result;
  } finally {
    await browser.close();
    await server.close();
  }
}

/**
 * First render of an `rows`-row page: <invitation-list> vs the hand-written table, and the two diagnostic variants
 * (the element's markup by hand, without and with its styles), alternating so that all see the same machine state.
 * Medians of `runs` runs after `warmup` runs.
 * @param {import('playwright-core').Page} page
 * @param {{ rows: number, runs: number, warmup: number }} options
 */
export async function measureRender(page, { rows, runs, warmup }) {
  const kinds = /** @type {const} */ (['list', 'vanilla', 'vanillaMarkup', 'vanillaStyled']);
  /** @type {Record<string, { total: number[], script: number[] }>} */
  const times = Object.fromEntries(kinds.map((k) => [k, { total: [], script: [] }]));
  for (let i = 0; i < warmup + runs; i++) {
    const order = [...kinds.slice(i % kinds.length), ...kinds.slice(0, i % kinds.length)];
    for (const kind of order) {
      const t = await page.evaluate(([k, n]) => window.bench.render(k, n), /** @type {const} */ ([kind, rows]));
      if (i >= warmup) {
        times[kind].total.push(t.total);
        times[kind].script.push(t.script);
      }
    }
  }
  /** @param {string} k */
  const fig = (k) => ({ total: median(times[k].total), script: median(times[k].script) });
  const list = fig('list');
  const vanilla = fig('vanilla');
  const vanillaMarkup = fig('vanillaMarkup');
  const vanillaStyled = fig('vanillaStyled');
  return {
    rows,
    runs,
    list,
    vanilla,
    vanillaMarkup,
    vanillaStyled,
    ratio: list.total / vanilla.total,
    ratioToStyled: list.total / vanillaStyled.total,
  };
}

/** @param {import('playwright-core').Page} page */
export async function measureNetwork(page, latency = 50) {
  return page.evaluate((l) => window.bench.network(l), latency);
}

/**
 * JS heap after 10 and after `total` page changes of one list: gc() (Chromium started with --expose-gc), then CDP
 * HeapProfiler.collectGarbage, then Runtime.getHeapUsage.
 * @param {import('playwright-core').Page} page
 */
export async function measureMemory(page, total = 1000) {
  const cdp = await page.context().newCDPSession(page);
  const heap = async () => {
    for (let i = 0; i < 3; i++) {
      await page.evaluate(() => /** @type {{ gc?: () => void }} */ (/** @type {unknown} */ (globalThis)).gc?.());
      await cdp.send('HeapProfiler.collectGarbage');
    }
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  };
  await page.evaluate(() => window.bench.memorySetup());
  await page.evaluate(() => window.bench.memoryPages(10));
  const after10 = await heap();
  const start = Date.now();
  // a checkpoint at 100: the list caches its last 20 pages, so the heap grows until then and should stay flat after
  await page.evaluate(() => window.bench.memoryPages(90));
  const after100 = await heap();
  await page.evaluate((n) => window.bench.memoryPages(n), total - 100);
  const seconds = (Date.now() - start) / 1000;
  const afterAll = await heap();
  await cdp.detach();
  return { pageChanges: total, after10, after100, afterAll, growth: afterAll - after10, seconds };
}

/**
 * CSV import of 1,000 rows: `<invite-form>` (a file chosen in its input → the preview on screen → every row) beside
 * the same file split by hand into a plain table, alternating; the first form run (its import code not loaded yet)
 * apart, then medians of `runs`, and every long task seen.
 * @param {import('playwright-core').Page} page
 * @param {{ rows: number, runs: number }} options
 */
export async function measureImport(page, { rows, runs }) {
  const run = (/** @type {'form' | 'byHand'} */ kind) =>
    page.evaluate(([k, n]) => window.bench.csvImport(k, n), /** @type {const} */ ([kind, rows]));
  const first = await run('form');
  /** @type {Record<'form' | 'byHand', Awaited<ReturnType<typeof run>>[]>} */
  const all = { form: [], byHand: [] };
  for (let i = 0; i < runs; i++) {
    for (const kind of /** @type {const} */ (i % 2 ? ['form', 'byHand'] : ['byHand', 'form']))
      all[kind].push(await run(kind));
  }
  const fig = (/** @type {'form' | 'byHand'} */ kind) => ({
    preview: median(all[kind].map((t) => t.preview)),
    allRows: median(all[kind].map((t) => t.allRows)),
    /** Long tasks in all the runs, and the longest. */
    longTasks: all[kind].reduce((n, t) => n + t.longTasks, 0),
    longestTask: Math.max(...all[kind].map((t) => t.longestTask)),
  });
  return { rows, runs, first, form: fig('form'), byHand: fig('byHand') };
}

/**
 * The flows of issue #17, each beside its hand-written baseline, the kinds alternating; medians of `runs` runs after
 * `warmup`: connection to first rows painted (Clerk emulator, zero latency, 20 rows), re-render after a sort change
 * (100 rows), and one search scan of a 2,000-invitation Auth0 organization.
 * @param {import('playwright-core').Page} page
 * @param {{ runs: number, warmup: number }} options
 */
export async function measureFlows(page, { runs, warmup }) {
  /** @type {{ list: { laidOut: number, painted: number }[], vanilla: { laidOut: number, painted: number }[] }} */
  const connect = { list: [], vanilla: [] };
  for (let i = 0; i < warmup + runs; i++) {
    for (const kind of /** @type {const} */ (i % 2 ? ['vanilla', 'list'] : ['list', 'vanilla'])) {
      const t = await page.evaluate(([k]) => window.bench.flows.connect(k, 20), /** @type {const} */ ([kind]));
      if (i >= warmup) connect[kind].push(t);
    }
  }
  await page.evaluate(() => window.bench.flows.sortSetup());
  /** @type {{ list: number[], vanilla: number[] }} */
  const sort = { list: [], vanilla: [] };
  const orders = ['email:asc', 'created_at:desc', 'email:desc', 'created_at:asc'];
  for (let i = 0; i < warmup + runs; i++) {
    const order = orders[i % orders.length];
    for (const kind of /** @type {const} */ (i % 2 ? ['vanilla', 'list'] : ['list', 'vanilla'])) {
      const t = await page.evaluate(([k, o]) => window.bench.flows.sort(k, o), /** @type {const} */ ([kind, order]));
      if (i >= warmup) sort[kind].push(t);
    }
  }
  const scan = await page.evaluate(() => window.bench.flows.auth0Scan());
  const painted = (/** @type {{ painted: number }[]} */ xs) => median(xs.map((x) => x.painted));
  const laidOut = (/** @type {{ laidOut: number }[]} */ xs) => median(xs.map((x) => x.laidOut));
  const connectFigures = {
    list: { painted: painted(connect.list), laidOut: laidOut(connect.list) },
    vanilla: { painted: painted(connect.vanilla), laidOut: laidOut(connect.vanilla) },
  };
  return {
    runs,
    connect: { ...connectFigures, ratio: connectFigures.list.painted / connectFigures.vanilla.painted },
    sort: { list: median(sort.list), vanilla: median(sort.vanilla), ratio: median(sort.list) / median(sort.vanilla) },
    scan,
  };
}
