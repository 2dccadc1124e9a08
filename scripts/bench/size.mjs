// @ts-check
// Bundle sizes for `npm run bench`: esbuild (bundle, minify, format esm, target es2022, code splitting), then gzip
// level 9 per output file (zlib), as a host app's bundler would ship the library with its dependencies inside.
// "Initial" is the entry chunk plus every chunk it imports statically; chunks behind a dynamic import() (the
// locale catalogues) load later and are counted apart. Entries that are not files are virtual modules (a plugin),
// written as a host would write them.
import { build } from 'esbuild';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { minifyCssLiterals } from '../css-literals.mjs';
import { minifyHtmlLiterals } from '../html-literals.mjs';
import { loadProviderTable } from '../providers.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));

export const SETTINGS = 'esbuild, bundle + minify, format esm, target es2022, code splitting; gzip level 9 (zlib)';

const LIT = ['lit', 'lit-html', 'lit-element', '@lit/reactive-element', '@lit/task'];
/** The built-in providers (the provider table); `src/providers/<name>.ts` exports `<name>Adapter`. */
const { PROVIDER_NAMES: ADAPTERS } = await loadProviderTable();

/** Host code of the virtual entries. */
const entry = {
  /** Both elements and the given adapters, registered by name: what src/define.ts does, adapter by adapter. */
  elementsWith: (/** @type {readonly string[]} */ adapters) => `
    import { InvitationList } from './src/invitation-list/index.ts';
    import { InviteForm } from './src/invite-form/index.ts';
    import { registerAdapter } from './src/providers/adapter.ts';
    ${adapters.map((a) => `import { ${a}Adapter } from './src/providers/${a}.ts'; registerAdapter('${a}', ${a}Adapter);`).join('\n')}
    InvitationList.define();
    InviteForm.define();`,
  /** A host using one adapter, imported from the package's main entry, with <invitation-list>. */
  oneAdapter: (/** @type {string} */ adapter) => `
    import { InvitationList } from './src/invitation-list/index.ts';
    import { ${adapter}Adapter, registerAdapter } from './src/index.ts';
    registerAdapter('${adapter}', ${adapter}Adapter);
    InvitationList.define();`,
  floor: `export * from 'lit'; export * from '@lit/task';`,
  /**
   * A page importing `invitation-elements/define` (`import 'invitation-elements/define'`): the tags and the adapters
   * registered. What the define entry re-exports (the whole public API) and the page does not use is not in its
   * download; `defineModule` below keeps it all, as dist/cdn/invitation-elements.js ships it.
   */
  page: `import './src/define.ts';`,
};

/**
 * The virtual entries, and the css`` and html`` minification `vite build` applies (scripts/css-literals.mjs,
 * scripts/html-literals.mjs), as it ships; `minifyCss: false` measures the css`` templates as written, for
 * comparison.
 * @param {{ minifyCss?: boolean }} options
 * @returns {import('esbuild').Plugin}
 */
function alternatives(options) {
  return {
    name: 'bench-alternatives',
    setup(b) {
      b.onResolve({ filter: /^virtual:/ }, (args) => ({ path: args.path, namespace: 'virtual' }));
      b.onLoad({ filter: /.*/, namespace: 'virtual' }, (args) => ({
        contents: virtualModules.get(args.path),
        resolveDir: root,
        loader: 'ts',
      }));
      b.onLoad({ filter: /\/src\/.*\.ts$/ }, async (args) => {
        const text = await readFile(args.path, 'utf8');
        const css = options.minifyCss !== false && text.includes('css`') ? minifyCssLiterals(text) : text;
        const contents = /\b(html|svg)`/.test(css) ? minifyHtmlLiterals(css, args.path) : css;
        return contents === text ? undefined : { contents, loader: 'ts' };
      });
    },
  };
}

/**
 * The size budgets CI holds the library to (min+gzip bytes, as measured here): what the same bundles weighed before
 * the architecture pass of 2026-12 (issue #14: "sizes no larger than before"), except `everything` and `libraryOnly`,
 * raised since (all measured, 2026-12-06; everything / libraryOnly):
 * - +65 / +112 B: the Firefox and WebKit fixes of issue #18 and Clerk's bulk limit in the route table (issue #15);
 * - issue #16 so far, +1,989 / +2,035 B: `allowed-domains` and the default role on <invite-form>; on the list, what
 *   was just created shown, the place a host can restore (`page`, `page-cursor`), and the role filter (loading its
 *   scan lazily made the first download larger: the split costs more than the module);
 * - then −1,333 / −768 B of savings that change nothing (html`` templates collapsed at build, a tighter css``
 *   minifier, two zod records as loose objects, one shared row rule);
 * - then +614 / +637 B (list +600 B, oneAdapter +612 B) for the details of an invitation (loaded lazily, the first
 *   download grew by 600 B more: the same split cost);
 * - then +1,189 / +1,203 B (list +632 B, form +366 B, oneAdapter +635 B) for the list's Invite dialog and the
 *   form's compact layout;
 * - then +1,787 / +1,757 B (form +1,710 B) for conflicts caught before sending on <invite-form> (chips marked
 *   "already invited" / "a member's", "Resend instead"); the look-ups and the revoke of a replacement load with the
 *   first address typed (conflict-lookup.ts: −500 B from the first download, the split cost included);
 * - then +35 / +37 B (list +16 B, oneAdapter +7 B): the list makes the form in its Invite dialog compact;
 * - then +1,662 / +1,404 B (list +1,437 B, oneAdapter +1,475 B) for "select many" on the list (`selectable`, issue
 *   #16 point 1). Its checkboxes, bulk bar, one-by-one run and English texts load on demand the first time a list is
 *   `selectable` (about 2.9 kB, not in these figures); the first download keeps the element's wiring, the four bulk
 *   events, the row actions' shared send() and the styles. Measured: loading only the run lazily left the list
 *   +2,424 B, loading nothing lazily +2,687 B.
 * - then +1,873 / +1,440 B (form +1,880 B, oneAdapter +457 B) for the CSV import of <invite-form> (issue #16, point
 *   4). Up front only what the first screen needs, about 1.3 kB: the Import CSV input and its label, the drop zone,
 *   telling a pasted table from a list, loading the import and sending its rows through the form's events. The import
 *   itself (parser, preview, its English messages and styles: 5.9 kB) is a chunk loaded on first use; bundled with the
 *   form it would cost +5.7 kB up front. The rest, about 0.5 kB, is esbuild's split: lit moves into a chunk shared
 *   with the import (the event classes are kept out of it: sharing them cost 0.5 kB more), and oneAdapter pays it
 *   too, as esbuild keeps the import() of a module it otherwise tree-shakes away. (The budgets it raised have 10 B
 *   over what was measured: the import chunk's name, a hash of its content, is in the first download.)
 * Merged, all of issue #16 measured 52,783 / 38,622 B: +7,853 / +7,817 B (list +2,674 B, oneAdapter +2,924 B and form
 * +3,195 B) over the budgets before it (44,930 / 30,805 B; list 35,026, form 35,519, oneAdapter 32,781).
 * - Then issue #17's savings, in kB as `npm run size` printed them after each step: the providers' wire code
 *   (request builders, zod/mini schemas, the runner) loaded with a provider's first request, and the form's three
 *   fields checked without zod: everything 52.8 → 43.7, libraryOnly 38.6 → 35.9, list 37.7 → 27.4, form 38.7 → 27.6,
 *   oneAdapter 35.7 → 29.7; the adapter kit in its own entry (invitation-elements/kit): everything → 41.4,
 *   libraryOnly → 33.6, oneAdapter → 27.5; the form's sending run loaded with the first submission, and the theme's
 *   tokens read once: everything → 40.7, libraryOnly → 32.9, form → 27.1; a loaded wire called in the same task
 *   (no await in between, so requests leave before the renders their caller queued): +41 B; the list's rows reused
 *   in place when a sort or another page reorders them, focus following its invitation (RowSlots; the sort
 *   re-render 3.80× → 1.69× its baseline in `npm run bench`): +379 / +374 B (list +364, oneAdapter +367).
 * Then 41,155 / 33,346 B (list 27,826, form 27,122, oneAdapter 27,864).
 * - 2026-12-07: the row actions once pressed (their requests, events, English texts) and the details view loaded on
 *   first use (row-actions-run.ts), and the form's placing of errors and per-address results with its sending run:
 *   39,999 / 32,090 B (list 27,276, form 26,676, oneAdapter 27,285); the reactive properties in `static properties`
 *   rather than decorators (48 helper calls and the helper): 39,291 / 31,662 B (list 26,670, form 26,061,
 *   oneAdapter 26,684); the revoke's confirmation with the row actions' code, the styles of "select many" with its
 *   chunk: 39,019 / 31,371 B; the styles of the confirmation, the details and the per-address results with their
 *   code (src/internal/lazy-styles.ts), the form's result texts with the sending run: 38,743 / 31,127 B; the drop
 *   zone with the CSV import's code, Stop and the progress with the sending run: 38,548 / 30,905 B; the summary
 *   after sending (its texts too) with the sending run: 38,446 / 30,794 B (list 26,277, form 25,678, oneAdapter
 *   26,246); the second read (lazyAdapter on the shared onDemand loader, one pendingLoads() hook for updateComplete):
 *   38,395 / 30,758 B (list 26,268, form 25,675, oneAdapter 26,241).
 * - 2026-12-07, later: the rest of a submission (the revokes of "Resend instead", the outcome shown, the events, the
 *   linked list) and the texts of the progress and the results with the sending run: 37,728 / 30,069 B (form 25,101);
 *   what the email field says about its addresses (the lines under it, "Resend instead", their texts) with the same
 *   code, which now also loads when an address is there: 37,365 / 29,740 B (form 24,853).
 * - `everything` and `libraryOnly` are measured since as the issue states them, a page importing
 *   `invitation-elements/define` (`entry.page`), not the define entry as a module with all of its exports: what the
 *   entry re-exports and a page does not use (registerLocale, lazyAdapter, every event class, …) is not in a page's
 *   download. Same code: 36,837 / 29,217 B; the define entry as a module weighs 37,365 B (printed beside it);
 *   the list's Invite dialog (lending, open, close once sent) loaded when a form is slotted: 36,729 / 29,130 B
 *   (list 26,190, oneAdapter 26,158); the final read (one loadError for the code loaded on demand, the form's
 *   early load through the queue's own): 36,685 / 29,057 B (list 26,195, form 24,850, oneAdapter 26,124).
 * - 2026-12-07, third session: the CSV import reads the form itself (its closures out of the form's first download):
 *   36,518 / 28,892 B (form 24,688); the final read (the form's failed load reported with the error it caught):
 *   36,509 / 28,883 B (form 24,678).
 * Now every budget is under its value before issue #16 (everything 44,930, list 35,026, form 35,519, oneAdapter
 * 32,781, libraryOnly 30,805). The budgets are what was measured, +10 B (a lazy chunk's name, a hash of its
 * content, is in the first download). Lower them when a change earns it.
 */
export const BUDGETS = {
  everything: 36_519,
  list: 26_200,
  form: 24_688,
  /** `<invitation-list>` with one adapter from the main entry (the largest of the three). */
  oneAdapter: 26_134,
  libraryOnly: 28_893,
};

/** Each budget beside what was measured: `[name, measured, budget]`. */
export function budgetRows(/** @type {Awaited<ReturnType<typeof measureSizes>>} */ s) {
  return /** @type {[keyof typeof BUDGETS, number, number][]} */ ([
    ['everything', s.everything.gzip, BUDGETS.everything],
    ['list', s.list.gzip, BUDGETS.list],
    ['form', s.form.gzip, BUDGETS.form],
    ['oneAdapter', Math.max(...s.treeShaking.map((t) => t.gzip)), BUDGETS.oneAdapter],
    ['libraryOnly', s.libraryOnly.gzip, BUDGETS.libraryOnly],
  ]);
}

/** Host code of the virtual entries, by id (`virtual:entry-N`). */
const virtualModules = new Map();
const virtualEntry = (/** @type {string} */ code) => {
  const id = `virtual:entry-${virtualModules.size}`;
  virtualModules.set(id, code);
  return id;
};

/**
 * @typedef {{ min: number, gzip: number, lazy: { files: number, gzip: number, largest: number },
 *   onDemand: Record<string, number>, inputs: Record<string, number> }} Size
 */

/**
 * Builds one entry (a file, or `virtual:` + host code) and weighs what loads up front.
 * @param {string} input
 * @param {{ external?: string[], minifyCss?: boolean }} [options]
 * @returns {Promise<Size>}
 */
export async function weigh(input, options = {}) {
  const entryPoint = input.startsWith('virtual:') ? virtualEntry(input.slice('virtual:'.length)) : input;
  const result = await build({
    absWorkingDir: root,
    entryPoints: [entryPoint],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    splitting: true,
    outdir: 'bench-out',
    write: false,
    metafile: true,
    legalComments: 'none',
    external: options.external,
    plugins: [alternatives(options)],
    logLevel: 'silent',
  });
  const outputs = result.metafile.outputs;
  const files = new Map(result.outputFiles.map((f) => [f.path.slice(root.length), f.contents]));
  // (the chunks behind import() have an entryPoint too: they are entries of their own)
  const entryName = Object.keys(outputs).find((k) => outputs[k].entryPoint?.replace(/^virtual:/, '') === entryPoint);
  if (!entryName) throw new Error(`no output for the entry ${entryPoint}`);
  /** @type {Set<string>} */
  const initial = new Set();
  const visit = (/** @type {string} */ name) => {
    if (initial.has(name)) return;
    initial.add(name);
    for (const i of outputs[name].imports) if (i.kind === 'import-statement' && outputs[i.path]) visit(i.path);
  };
  visit(entryName);
  const gz = (/** @type {string} */ name) => gzipSync(files.get(name) ?? new Uint8Array(), { level: 9 }).length;
  const js = Object.keys(outputs).filter((k) => k.endsWith('.js'));
  const lazy = js.filter((k) => !initial.has(k)).map(gz);
  // What each import() target adds when it loads: its chunk and the chunks it imports that are not loaded yet.
  /** @type {Record<string, number>} */
  const onDemand = {};
  for (const name of js) {
    const source = outputs[name].entryPoint;
    if (!source || initial.has(name)) continue;
    /** @type {Set<string>} */
    const loads = new Set();
    const add = (/** @type {string} */ n) => {
      if (loads.has(n) || initial.has(n)) return;
      loads.add(n);
      for (const i of outputs[n].imports) if (i.kind === 'import-statement' && outputs[i.path]) add(i.path);
    };
    add(name);
    onDemand[source] = [...loads].reduce((n, k) => n + gz(k), 0);
  }
  /** @type {Record<string, number>} */
  const inputs = {};
  for (const name of initial) {
    for (const [file, { bytesInOutput }] of Object.entries(outputs[name].inputs)) {
      inputs[file] = (inputs[file] ?? 0) + bytesInOutput;
    }
  }
  return {
    min: [...initial].reduce((n, k) => n + (files.get(k)?.length ?? 0), 0),
    gzip: [...initial].reduce((n, k) => n + gz(k), 0),
    lazy: { files: lazy.length, gzip: lazy.reduce((a, b) => a + b, 0), largest: Math.max(0, ...lazy) },
    onDemand,
    inputs,
  };
}

/** Bytes (minified, in the output) that came from inputs whose path matches `re`. */
const bytesFrom = (/** @type {Size} */ size, /** @type {RegExp} */ re) =>
  Object.entries(size.inputs).reduce((n, [file, bytes]) => (re.test(file) ? n + bytes : n), 0);

/**
 * Every size figure of the bench, and the tree-shaking check (one adapter imported → the other two absent).
 */
export async function measureSizes() {
  const page = `virtual:${entry.page}`;
  const [everything, list, form, floor, libraryOnly, zodExternal, defineModule] = await Promise.all([
    weigh(page),
    weigh('src/invitation-list/define.ts'),
    weigh('src/invite-form/define.ts'),
    weigh(`virtual:${entry.floor}`),
    weigh(page, { external: [...LIT, 'zod'] }),
    weigh(page, { external: ['zod'] }),
    weigh('src/define.ts'),
  ]);

  // Each adapter's share of the first download: both elements with the three adapters, minus the same without that
  // one. Up front an adapter is its profile (capabilities, labels); its wire code loads with its first request.
  const all = await weigh(`virtual:${entry.elementsWith(ADAPTERS)}`);
  const none = await weigh(`virtual:${entry.elementsWith([])}`);
  /** @type {Record<string, number>} */
  const each = {};
  for (const a of ADAPTERS) {
    const without = await weigh(`virtual:${entry.elementsWith(ADAPTERS.filter((x) => x !== a))}`);
    each[a] = all.gzip - without.gzip;
  }
  const adapters = { all: all.gzip, three: all.gzip - none.gzip, each };

  const cssAsWritten = await weigh(page, { minifyCss: false });

  // Tree-shaking: a host importing one adapter from the main entry must not get the other two. First a control: a
  // host importing two adapters must be seen with both, else the check below could not fail.
  const control = await weigh(`virtual:${entry.oneAdapter('auth0')}
    import { clerkAdapter } from './src/index.ts'; registerAdapter('clerk', clerkAdapter);`);
  if (!(bytesFrom(control, /src\/providers\/clerk\.ts$/) > 0 && bytesFrom(control, /src\/providers\/auth0\.ts$/) > 0)) {
    throw new Error('tree-shaking check: a bundle importing auth0 and clerk does not show both; the check is blind');
  }
  const treeShaking = [];
  for (const a of ADAPTERS) {
    const size = await weigh(`virtual:${entry.oneAdapter(a)}`);
    const others = ADAPTERS.filter((x) => x !== a);
    const leaked = others.filter((x) => bytesFrom(size, new RegExp(`src/providers/${x}\\.ts$`)) > 0);
    treeShaking.push({
      adapter: a,
      gzip: size.gzip,
      leaked,
      zodBytes: bytesFrom(size, /node_modules\/zod\//),
      inviteFormBytes: bytesFrom(size, /src\/invite-form\//),
    });
  }

  const litBytes = bytesFrom(everything, /node_modules\/(lit|lit-html|lit-element|@lit)\//);
  // zod/mini (the adapters' response schemas) inside everything's first download: min is the bytes that came from
  // node_modules/zod; gzip is everything minus everything with zod left out (external). Both 0 since the adapters'
  // wire code loads on first use; the check below keeps it so.
  const zod = {
    min: bytesFrom(everything, /node_modules\/zod\//),
    gzip: Math.max(0, everything.gzip - zodExternal.gzip),
  };
  // What a provider's first request loads: its wire code, and (for the first provider used) the shared runner and
  // zod/mini. Keyed by provider name.
  /** @type {Record<string, number>} */
  const wire = {};
  for (const a of ADAPTERS) wire[a] = everything.onDemand[`src/providers/${a}.wire.ts`] ?? 0;
  return {
    settings: SETTINGS,
    everything,
    list,
    form,
    floor,
    libraryOnly,
    defineModule,
    ratioToFloor: everything.gzip / floor.gzip,
    zod,
    wire,
    adapters,
    alternatives: {
      cssAsWritten: { gzip: cssAsWritten.gzip, saves: cssAsWritten.gzip - everything.gzip },
    },
    composition: {
      min: everything.min,
      lit: litBytes,
      zod: zod.min,
      list: bytesFrom(everything, /src\/invitation-list\//),
      form: bytesFrom(everything, /src\/invite-form\//),
      styles: bytesFrom(everything, /\.styles\.ts$|src\/internal\/theme\.ts$/),
      providers: bytesFrom(everything, /src\/providers\//),
      i18n: bytesFrom(everything, /src\/i18n\//),
      shared: bytesFrom(everything, /src\/internal\//),
    },
    treeShaking,
  };
}
