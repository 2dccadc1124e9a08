#!/usr/bin/env node
// @ts-check
/**
 * `npm run test:storybook`: runs every story of the built Storybook as a test, in headless Chromium.
 *
 * Serves `storybook-static` (the output of `npm run build-storybook`) on 127.0.0.1, reads `index.json` for every
 * entry, and opens each story's `iframe.html?id=<id>&viewMode=story` in a fresh browser context. A story passes when
 * - Storybook reports it finished (`storyFinished` on the preview channel, which Storybook emits after the render,
 *   the play function and the afterEach hooks) with status "success", and no play-function exception, render
 *   error or unhandled error came on the channel;
 * - the page logged no error (uncaught exceptions, `console.error`, failed requests) and asked for nothing outside
 *   the Storybook server (the stories talk to the in-page emulators only);
 * - the page got the story's viewport size and colour scheme (see below), so a play function that checks them ran;
 * - axe-core (node_modules/axe-core/axe.min.js, injected after the play function) finds no violation, of any impact,
 *   in the rendered story (axe sees into open shadow roots). Every violation is printed.
 * Docs pages (autodocs) are opened too: they must render without errors, and their table must list every attribute,
 * public property, event, CSS custom property and part that custom-elements.json declares for the element.
 *
 * Per-story settings come from the stories themselves (`__STORYBOOK_PREVIEW__.extract()`): the `viewport` global
 * (e.g. `globals: { viewport: { value: 'mobile1' } }` → a 320 × 568 page) and the `colorScheme` parameter
 * (`parameters: { colorScheme: 'dark' }` → `prefers-color-scheme: dark`).
 *
 * Stories tagged `every-provider` are checked once per provider of the provider table (src/providers/providers.ts),
 * with the `provider` arg set in the URL (`&args=provider:auth0`).
 *
 * Usage: node scripts/storybook-check.mjs [--concurrency N] [--timeout ms] [--dir storybook-static] [filter…]
 * A filter keeps the entries whose id contains it. SB_URL=http://127.0.0.1:6006 checks a running Storybook instead.
 * Prints one line per entry and ends with "N stories: N passed, N failed"; exits 1 on any failure.
 */
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { chromiumArgs, findChromium, missingMessage } from '../web-test-runner.browsers.mjs';
import { loadProviderTable } from './providers.mjs';

process.env.STORYBOOK_DISABLE_TELEMETRY = '1';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values: options, positionals: filters } = parseArgs({
  allowPositionals: true,
  options: {
    concurrency: { type: 'string', default: process.env.SB_CONCURRENCY ?? '2' },
    timeout: { type: 'string', default: '30000' },
    dir: { type: 'string', default: 'storybook-static' },
  },
});
const concurrency = Math.max(1, Number(options.concurrency) || 1);
const timeout = Math.max(1000, Number(options.timeout) || 30000);
const axeSource = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const manifest = JSON.parse(await readFile(join(root, 'custom-elements.json'), 'utf8'));

// ---------------------------------------------------------------------------------------------------------------
// A tiny static server for storybook-static (node:http, 127.0.0.1, a free port)

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/** Where the static server also serves axe-core: pages load it over HTTP, so Chromium caches its compiled code. */
const AXE_PATH = '/__storybook-check/axe.min.js';

/** @param {string} dir @returns {Promise<{ url: string, close: () => Promise<void> }>} */
async function serve(dir) {
  const server = createServer(async (req, res) => {
    try {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      let file = path === AXE_PATH ? axeSource : resolve(dir, `.${path}`);
      if (file !== axeSource && file !== dir && !file.startsWith(dir + sep)) throw new Error('outside the directory');
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, {
        'content-type': MIME[/** @type {keyof MIME} */ (extname(file))] ?? 'application/octet-stream',
        'cache-control': 'max-age=600', // one run: every page after the first loads the bundles from the cache
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    }
  });
  await new Promise((ok, fail) => server.once('error', fail).listen(0, '127.0.0.1', () => ok(undefined)));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('the static server has no port');
  return {
    url: `http://127.0.0.1:${address.port}`,
    close: () =>
      new Promise((ok) => {
        server.closeAllConnections();
        server.close(() => ok(undefined));
      }),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// In the page: listen to Storybook's preview channel from its very creation

/**
 * Runs before any script of the page. Storybook assigns its channel to `window.__STORYBOOK_ADDONS_CHANNEL__` when
 * the preview starts; the setter subscribes at that moment, so no event is missed. `window.__storyCheck.done` turns
 * true on `storyFinished` / `docsRendered`, or on an error that ends the render before it.
 */
function listenToPreviewChannel() {
  /** @type {{ done: boolean, status?: string, errors: string[], reports: { type: string, status: string }[] }} */
  const state = { done: false, errors: [], reports: [] };
  Object.assign(window, { __storyCheck: state });
  /** An error as Storybook serializes it ({ name, message, stack }): the message first, then where it came from. */
  const text = (/** @type {any} */ error) => {
    if (!error || typeof error !== 'object') return String(error);
    const head = error.message ? `${error.name ?? 'Error'}: ${error.message}` : String(error.name ?? 'Error');
    const stack = String(error.stack ?? '');
    return stack.includes(head) || !stack ? stack || head : `${head}\n${stack.split('\n').slice(1).join('\n')}`;
  };
  /** @param {any} channel */
  const watch = (channel) => {
    channel.on('storyFinished', (/** @type {any} */ event) => {
      state.status = event.status;
      state.reports = (event.reporters ?? []).map((/** @type {any} */ r) => ({ type: r.type, status: r.status }));
      state.done = true;
    });
    channel.on('docsRendered', () => {
      state.status = 'success';
      state.done = true;
    });
    channel.on('playFunctionThrewException', (/** @type {any} */ e) => state.errors.push(`play function: ${text(e)}`));
    channel.on('unhandledErrorsWhilePlaying', (/** @type {any[]} */ errors) => {
      for (const e of errors) state.errors.push(`unhandled error while playing: ${text(e)}`);
    });
    channel.on('storyThrewException', (/** @type {any} */ e) => {
      state.errors.push(`story threw: ${text(e)}`);
    });
    // Errors that end a render before (or without) storyFinished.
    const fatal = (/** @type {string} */ what) => (/** @type {any} */ e) => {
      state.errors.push(`${what}: ${e?.title ? `${e.title} ${e.description ?? ''}` : text(e)}`);
      state.status = 'error';
      state.done = true;
    };
    channel.on('storyErrored', fatal('story errored'));
    channel.on('storyMissing', fatal('story missing'));
    channel.on('configError', fatal('config error'));
  };
  /** @type {unknown} */
  let current;
  Object.defineProperty(window, '__STORYBOOK_ADDONS_CHANNEL__', {
    configurable: true,
    get: () => current,
    set(channel) {
      if (channel && channel !== current) watch(channel);
      current = channel;
    },
  });
}

/** @typedef {{ id: string, type: 'story' | 'docs', title: string, name: string, provider?: string }} Entry */
/** @typedef {{ width: number, height: number, colorScheme: 'light' | 'dark' }} Settings */
/** @typedef {{ id: string, impact: string, help: string, targets: string[] }} Violation */
/** @typedef {{ entry: Entry, settings: Settings, ok: boolean, ms: number, problems: string[], violations: Violation[] }} Result */

const DEFAULT_SETTINGS = /** @type {Settings} */ ({ width: 1280, height: 900, colorScheme: 'light' });

/**
 * Each story's viewport and colour scheme, from what the stories declare. One page load: the preview's `extract()`
 * imports every CSF file and returns every story with its parameters and globals.
 * @param {import('playwright-core').Browser} browser @param {string} base
 * @returns {Promise<Map<string, Settings>>}
 */
async function storySettings(browser, base) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(`${base}/iframe.html`);
    const previewReady = () => typeof (/** @type {any} */ (window).__STORYBOOK_PREVIEW__?.ready) === 'function';
    await page.waitForFunction(previewReady, null, { timeout });
    const declared = await page.evaluate(async () => {
      const preview = /** @type {any} */ (window).__STORYBOOK_PREVIEW__;
      await preview.ready(); // the story store is initialized: extract() would throw before
      const stories = await preview.extract();
      return Object.values(stories).map((/** @type {any} */ s) => {
        const global = s.globals?.viewport;
        const key = typeof global === 'object' ? global?.value : global;
        const viewport = key ? s.parameters?.viewport?.options?.[key]?.styles : undefined;
        return {
          id: /** @type {string} */ (s.id),
          viewport: viewport && { width: String(viewport.width), height: String(viewport.height) },
          rotated: typeof global === 'object' && !!global?.isRotated,
          colorScheme: s.parameters?.colorScheme === 'dark' ? 'dark' : 'light',
        };
      });
    });
    const settings = new Map();
    for (const s of declared) {
      let { width, height } = DEFAULT_SETTINGS;
      if (s.viewport) {
        width = parseInt(s.viewport.width, 10) || width;
        height = parseInt(s.viewport.height, 10) || height;
        if (s.rotated) [width, height] = [height, width];
      }
      settings.set(s.id, { width, height, colorScheme: s.colorScheme });
    }
    return settings;
  } finally {
    await context.close();
  }
}

/**
 * One browser tab that checks entries one after the other. Reusing it (rather than a fresh context per story) keeps
 * the HTTP and V8 code caches warm: a story then loads in a fraction of the time. Each entry is a new document.
 */
class Tab {
  /** @param {import('playwright-core').Browser} browser @param {string} base @param {boolean} axeServed */
  constructor(browser, base, axeServed) {
    this.browser = browser;
    this.base = base;
    this.axeServed = axeServed;
    /** @type {string[]} problems of the entry being checked */
    this.problems = [];
    /** @type {import('playwright-core').Page | undefined} */
    this.page = undefined;
    /** @type {import('playwright-core').BrowserContext | undefined} */
    this.context = undefined;
  }

  async open() {
    await this.context?.close().catch(() => undefined);
    const origin = new URL(this.base).origin;
    const context = (this.context = await this.browser.newContext());
    // Nothing leaves the Storybook server: a story that reaches for the network is a failure (and gets no answer).
    await context.route(
      (url) => url.origin !== origin,
      (route) => {
        this.problems.push(`request outside Storybook: ${route.request().method()} ${route.request().url()}`);
        return route.abort('blockedbyclient');
      },
    );
    const page = (this.page = await context.newPage());
    page.on('pageerror', (error) => this.problems.push(`page error: ${error.stack || error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') this.problems.push(`console.error: ${message.text()}`);
    });
    page.on('response', (response) => {
      if (response.status() >= 400) this.problems.push(`HTTP ${response.status()} for ${response.url()}`);
    });
    page.on('crash', () => this.problems.push('the page crashed'));
    await page.addInitScript(listenToPreviewChannel);
    return page;
  }

  async close() {
    await this.context?.close().catch(() => undefined);
  }

  /**
   * Opens one entry, waits for Storybook to finish it, collects errors, runs axe on a story.
   * @param {Entry} entry @param {Settings} settings @returns {Promise<Result>}
   */
  async check(entry, settings) {
    const started = Date.now();
    const problems = (this.problems = []);
    /** @type {Violation[]} */
    let violations = [];
    try {
      const page = this.page && !this.page.isClosed() ? this.page : await this.open();
      await page.setViewportSize({ width: settings.width, height: settings.height });
      await page.emulateMedia({ colorScheme: settings.colorScheme });
      // a11y.manual: the a11y addon's own axe run (afterEach) is skipped; this script runs axe after the play.
      const query = new URLSearchParams({ id: entry.id, viewMode: entry.type });
      const manual = entry.type === 'story' ? '&globals=a11y.manual:!true' : '';
      const provider = entry.provider ? `&args=provider:${entry.provider}` : '';
      await page.goto(`${this.base}/iframe.html?${query}${manual}${provider}`);
      try {
        await page.waitForFunction(() => /** @type {any} */ (window).__storyCheck?.done, null, { timeout });
      } catch {
        const phase = await page
          .evaluate(() => /** @type {any} */ (window).__STORYBOOK_PREVIEW__?.currentRender?.phase)
          .catch(() => undefined);
        problems.push(`did not finish within ${timeout} ms (render phase: ${phase ?? 'unknown'})`);
      }
      const state = await page.evaluate(() => /** @type {any} */ (window).__storyCheck);
      // Storybook also logs a failed play function with console.error: report it once.
      const core = (/** @type {string} */ p) =>
        p
          .slice(p.indexOf(': ') + 2)
          .split('\n')[0]
          .replace(/^[\w$.]+: /, '');
      const repeated = (/** @type {string} */ p) =>
        p.startsWith('console.error') && state.errors.some((/** @type {string} */ e) => e.includes(core(p)));
      problems.splice(0, problems.length, ...problems.filter((p) => !repeated(p)), ...state.errors);
      for (const report of state.reports) {
        if (report.status === 'failed') problems.push(`${report.type} report failed`);
      }
      if (state.done && state.status !== 'success' && !state.errors.length) {
        problems.push(`Storybook finished the ${entry.type} with status "${state.status}"`);
      }
      if (entry.type === 'story' && state.done) {
        const empty = await page.evaluate(() => !document.querySelector('#storybook-root')?.childElementCount);
        if (empty) problems.push('the story rendered nothing into #storybook-root');
        const seen = await page.evaluate(() => ({
          width: window.innerWidth,
          dark: matchMedia('(prefers-color-scheme: dark)').matches,
        }));
        if (seen.width !== settings.width) problems.push(`viewport ${seen.width} px wide, not ${settings.width}`);
        if (seen.dark !== (settings.colorScheme === 'dark')) problems.push(`not in the ${settings.colorScheme} scheme`);
        violations = await axe(page, this.axeServed);
        for (const v of violations) problems.push(`a11y ${v.impact}: ${v.id}`);
      }
      if (entry.type === 'docs' && state.done) problems.push(...(await docsTableProblems(page, entry)));
    } catch (error) {
      problems.push(`check crashed: ${error instanceof Error ? error.message : String(error)}`);
      await this.open().catch(() => undefined); // a fresh tab for the next entry
    }
    this.problems = [];
    return { entry, settings, ok: problems.length === 0, ms: Date.now() - started, problems, violations };
  }
}

/** The table categories of the docs page, by where custom-elements.json lists the item. */
const CATEGORIES = ['attributes', 'properties', 'events', 'slots', 'css custom properties', 'css shadow parts'];

/**
 * What the manifest declares for the element a docs page is about (its title's first segment is the tag name): each
 * category with its names. Null when no element has that tag (a docs page of something else).
 * @param {string} title @returns {Map<string, string[]> | null}
 */
function declaredApi(title) {
  const tag = title.split('/')[0];
  const element = manifest.modules
    .flatMap((/** @type {any} */ m) => m.declarations ?? [])
    .find((/** @type {any} */ d) => d.tagName === tag);
  if (!element) return null;
  const names = (/** @type {any[] | undefined} */ items) => (items ?? []).map((i) => i.name || '(default)');
  const attributes = new Set(names(element.attributes));
  const properties = (element.members ?? []).filter(
    (/** @type {any} */ m) =>
      m.kind === 'field' &&
      !m.static &&
      m.privacy !== 'private' &&
      m.privacy !== 'protected' &&
      !(m.attribute && attributes.has(m.attribute)),
  );
  return new Map([
    ['attributes', [...attributes]],
    ['properties', names(properties)],
    ['events', names(element.events)],
    ['slots', names(element.slots)],
    ['css custom properties', names(element.cssProperties)],
    ['css shadow parts', names(element.cssParts)],
  ]);
}

/**
 * The docs page's args table against custom-elements.json: every declared name in its category's rows.
 * @param {import('playwright-core').Page} page @param {Entry} entry @returns {Promise<string[]>}
 */
async function docsTableProblems(page, entry) {
  const declared = declaredApi(entry.title);
  if (!declared) return [];
  const table = await page.evaluate((categories) => {
    /** @type {Record<string, string[]>} */
    const rows = {};
    let category = '';
    // The component's args table (the first table of the page).
    for (const tr of document.querySelectorAll('#storybook-docs table')[0]?.querySelectorAll('tbody tr') ?? []) {
      const first = (tr.firstElementChild?.textContent ?? '').trim();
      // A category row reads "Hide <category> items<category>" (a toggle, then the heading).
      const heading = /^hide (.+?) items/i.exec(first);
      if (heading) category = categories.find((c) => c === heading[1].toLowerCase()) ?? '';
      else if (category && first) (rows[category] ??= []).push(first.split(/\s/)[0]);
    }
    return rows;
  }, CATEGORIES);
  const problems = [];
  for (const [category, names] of declared) {
    const shown = table[category] ?? [];
    const missing = names.filter((n) => !shown.includes(n));
    if (missing.length) problems.push(`docs table: ${category} missing ${missing.join(', ')}`);
    const extra = shown.filter((n) => !names.includes(n));
    if (extra.length) problems.push(`docs table: ${category} not in custom-elements.json: ${extra.join(', ')}`);
  }
  return problems;
}

/**
 * axe-core on the story root, shadow roots included. The `region` rule is off, as in @storybook/addon-a11y: a
 * story renders a component, not a page with landmarks.
 * @param {import('playwright-core').Page} page @param {boolean} served axe-core is on the Storybook server
 * @returns {Promise<Violation[]>}
 */
async function axe(page, served) {
  await page.addScriptTag(served ? { url: AXE_PATH } : { path: axeSource });
  return page.evaluate(async () => {
    const axe = /** @type {any} */ (window).axe;
    const result = await axe.run(document.querySelector('#storybook-root') ?? document.body, {
      resultTypes: ['violations'],
      rules: { region: { enabled: false } },
    });
    /** @param {unknown} t @returns {string} */
    const selector = (t) => (Array.isArray(t) ? t.map(selector).join(' >>> ') : String(t));
    return result.violations.map((/** @type {any} */ v) => ({
      id: v.id,
      impact: v.impact ?? 'unknown',
      help: v.help,
      targets: v.nodes.map((/** @type {any} */ n) => selector(n.target)),
    }));
  });
}

/** The colour codes of expect()'s messages (as Storybook logs them). */
const ANSI_COLOURS = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');

/** @param {Result} result */
function report(result) {
  const { entry, settings, ok, ms, problems, violations } = result;
  // Stories that declare a viewport or colour scheme say which one they ran in.
  const declared = [
    settings.width !== DEFAULT_SETTINGS.width || settings.height !== DEFAULT_SETTINGS.height
      ? `${settings.width}×${settings.height}`
      : '',
    settings.colorScheme !== DEFAULT_SETTINGS.colorScheme ? settings.colorScheme : '',
  ].filter(Boolean);
  const context = declared.length ? `, ${declared.join(', ')}` : '';
  const kind = entry.type === 'docs' ? 'docs ' : '';
  const variant = entry.provider ? ` [${entry.provider}]` : '';
  const lines = [`${ok ? 'ok  ' : 'FAIL'}  ${kind}${entry.id}${variant}  (${(ms / 1000).toFixed(1)} s${context})`];
  const seen = new Set();
  for (const p of problems) {
    const line = p.replace(ANSI_COLOURS, '').split('\n').slice(0, 6).join('\n        ');
    if (!seen.has(line)) lines.push(`      - ${line}`);
    seen.add(line);
  }
  for (const v of violations) {
    const more = v.targets.length > 3 ? ` (+${v.targets.length - 3} more)` : '';
    lines.push(`      a11y ${v.impact} ${v.id}: ${v.help} — ${v.targets.slice(0, 3).join(', ')}${more}`);
  }
  console.log(lines.join('\n'));
}

async function main() {
  const started = Date.now();
  const dir = resolve(root, options.dir);
  let server;
  let base = process.env.SB_URL?.replace(/\/+$/, '');
  if (!base) {
    try {
      await stat(join(dir, 'index.json'));
    } catch {
      console.error(`${dir}/index.json not found: run \`npm run build-storybook\` first.`);
      return 1;
    }
    server = await serve(dir);
    base = server.url;
  }
  const executablePath = await findChromium();
  if (!executablePath) {
    console.error(missingMessage('chromium'));
    await server?.close();
    return 1;
  }
  const browser = await chromium.launch({ executablePath, headless: true, args: chromiumArgs });
  try {
    const index = await (await fetch(`${base}/index.json`)).json();
    const { PROVIDER_NAMES } = await loadProviderTable();
    /** @type {Entry[]} */
    const entries = Object.values(index.entries)
      .filter((e) => e.type === 'story' || e.type === 'docs')
      .filter((e) => !filters.length || filters.some((f) => e.id.includes(f)))
      .flatMap((e) => {
        const entry = { id: e.id, type: e.type, title: e.title, name: e.name };
        const each = e.type === 'story' && (e.tags ?? []).includes('every-provider');
        return each ? PROVIDER_NAMES.map((provider) => ({ ...entry, provider })) : [entry];
      });
    if (!entries.length) {
      console.error(`No stories${filters.length ? ` match ${filters.join(', ')}` : ''} in ${base}/index.json.`);
      return 1;
    }
    const settings = await storySettings(browser, base);
    console.log(`Checking ${entries.length} entries of ${base} (${concurrency} at a time)…`);

    /** @type {Result[]} */
    const results = [];
    let next = 0;
    const worker = async () => {
      const tab = new Tab(browser, base, !!server);
      try {
        while (next < entries.length) {
          const entry = entries[next++];
          const result = await tab.check(entry, settings.get(entry.id) ?? DEFAULT_SETTINGS);
          results.push(result);
          report(result);
        }
      } finally {
        await tab.close();
      }
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, entries.length) }, worker));

    const count = (/** @type {'story' | 'docs'} */ type) => {
      const of = results.filter((r) => r.entry.type === type);
      return { all: of.length, passed: of.filter((r) => r.ok).length, failed: of.filter((r) => !r.ok).length };
    };
    const stories = count('story');
    const docs = count('docs');
    const failed = results.filter((r) => !r.ok);
    const label = (/** @type {Entry} */ e) => `${e.id}${e.provider ? ` [${e.provider}]` : ''}`;
    if (failed.length) console.log(`\nFailed:\n${failed.map((r) => `  ${label(r.entry)}`).join('\n')}`);
    console.log(`\nFinished in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
    if (docs.all) console.log(`${docs.all} docs pages: ${docs.passed} passed, ${docs.failed} failed`);
    console.log(`${stories.all} stories: ${stories.passed} passed, ${stories.failed} failed`);
    return failed.length ? 1 : 0;
  } finally {
    await browser.close();
    await server?.close();
  }
}

process.exitCode = await main().catch((error) => {
  console.error(error);
  return 1;
});
