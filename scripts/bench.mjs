#!/usr/bin/env node
// `npm run bench`: size, render speed, network and memory figures of the library, measured against baselines, printed
// as Markdown tables (the README's "Performance" section is this output) and written as JSON (scripts/bench/results.json,
// or --out).
// A script that prints figures, not a timed test: only the tree-shaking check can fail it (exit code 1).
//
//   npm run bench                      everything (about 2–3 minutes on 2 cores)
//   npm run bench -- --only size       sizes only (no browser, ~10 s); also: render, network, memory, flows, server,
//                                      import
//   npm run size                       the sizes against their budgets (CI): exit 1 when one is over
//   npm run bench -- --runs 15         fewer render runs (default 31 for 100 rows, half that for 500 rows)
//   npm run bench -- --pages 1000      page changes of the memory run (default 1000)
//   npm run bench -- --out x.json      where the JSON goes (default scripts/bench/results.json)
//   npm run bench -- --readme          also puts the tables into README.md (between the bench:start/end markers)
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { arch, availableParallelism, cpus, loadavg, platform } from 'node:os';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { format, resolveConfig } from 'prettier';
import {
  measureFlows,
  measureImport,
  measureMemory,
  measureNetwork,
  measureRender,
  withBenchPage,
} from './bench/browser.mjs';
import { measureServer } from './bench/server.mjs';
import { budgetRows, measureSizes } from './bench/size.mjs';

const { values: args } = parseArgs({
  options: {
    only: { type: 'string' },
    runs: { type: 'string', default: '31' },
    pages: { type: 'string', default: '1000' },
    out: { type: 'string', default: 'scripts/bench/results.json' },
    budget: { type: 'boolean', default: false },
    readme: { type: 'boolean', default: false },
  },
});
const ALL_SECTIONS = 'size,render,network,memory,flows,server,import';
const sections = new Set((args.only ?? ALL_SECTIONS).split(','));
const runs = Math.max(5, Number(args.runs) || 31);
const pageChanges = Math.max(200, Number(args.pages) || 1000);
if (args.readme && (sections.size < ALL_SECTIONS.split(',').length || args.runs !== '31' || args.pages !== '1000')) {
  throw new Error('--readme takes the full bench only (no --only, --runs or --pages)');
}

/** The targets of issue #7, and those issue #17 set since (sizes and first render). */
const TARGET = {
  totalGzip: 28_000,
  /** `<invitation-list>` + one adapter from the main entry. */
  listWithAdapterGzip: 20_000,
  /** First render ÷ the hand-written table, by rows; and ÷ the same markup and styles by hand. */
  renderRatio: /** @type {Record<number, number>} */ ({ 100: 2, 500: 1.5 }),
  styledRatio: 1.1,
  requestsPerTask: 1,
  prefetchedRoundTrips: 0,
  heapGrowth: 1_000_000,
  /** The server handler (issue #15): added median latency per proxied request, and requests/s at 200 in flight. */
  handlerAddedMs: 1,
  handlerPerSecond: 2000,
  /** CSV import (issue #16): 1,000 rows "without freezing the page": no main-thread task over 50 ms. */
  importLongTasks: 0,
  /** Issue #17: connection to first rows painted, and re-render after a sort, ÷ the hand-written baselines. */
  connectRatio: 1.5,
  sortRatio: 1.3,
  scanLongTasks: 0,
};

const kB = (/** @type {number} */ bytes) => `${(bytes / 1000).toFixed(1)} kB`;
const ms = (/** @type {number} */ t) => `${t.toFixed(1)} ms`;
const mark = (/** @type {boolean} */ ok) => (ok ? '✓' : '✗');
const table = (/** @type {string[]} */ head, /** @type {string[][]} */ rows) =>
  [
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');

const started = Date.now();
const machine = {
  cores: availableParallelism(),
  cpu: cpus()[0]?.model.trim(),
  node: process.version,
  os: `${platform()} ${arch()}`,
  /** 1-minute load average at the start: above the core count, other work was running and timings are noisy. */
  load: Math.round(loadavg()[0] * 10) / 10,
};
/** @type {Record<string, unknown>} */
const results = { date: new Date().toISOString().slice(0, 10), machine };
/** @type {string[]} */
const out = [];
let failed = false;
/** @type {string[]} */
const failures = [];

if (sections.has('size')) {
  const s = await measureSizes();
  results.size = s;
  const a = s.adapters;
  out.push(
    `**Size**, min+gzip with every dependency bundled — ${s.settings}. What loads up front; the adapters' wire code ` +
      `(on a provider's first request), the locale catalogues (on first use of a language) and the form's look-ups ` +
      `(with the first address typed) are separate chunks.`,
    '',
    table(
      ['bundle', 'min', 'min+gzip', 'target'],
      [
        [
          'everything: a page importing `invitation-elements/define` (both elements, 3 adapters, lit, @lit/task, ' +
            'zod/mini; `src/define.ts`)',
          kB(s.everything.min),
          `**${kB(s.everything.gzip)}**`,
          `≤ ${kB(TARGET.totalGzip)} ${mark(s.everything.gzip <= TARGET.totalGzip)}`,
        ],
        ["of which zod/mini (it loads with the adapters' wire code, below)", kB(s.zod.min), kB(s.zod.gzip), ''],
        [
          'the define entry with every export it re-exports (the whole public API), as dist/cdn ships it',
          kB(s.defineModule.min),
          kB(s.defineModule.gzip),
          '',
        ],
        [
          '`<invitation-list>` alone (`src/invitation-list/define.ts`, 3 adapters)',
          kB(s.list.min),
          kB(s.list.gzip),
          '',
        ],
        ['`<invite-form>` alone (`src/invite-form/define.ts`, 3 adapters)', kB(s.form.min), kB(s.form.gzip), ''],
        [
          '`<invitation-list>` + one adapter from the main entry (the largest of the three)',
          '',
          kB(Math.max(...s.treeShaking.map((t) => t.gzip))),
          `≤ ${kB(TARGET.listWithAdapterGzip)} ${mark(Math.max(...s.treeShaking.map((t) => t.gzip)) <= TARGET.listWithAdapterGzip)}`,
        ],
        ['floor: lit + @lit/task alone (all their exports)', kB(s.floor.min), kB(s.floor.gzip), ''],
        ['everything ÷ floor', '', `${s.ratioToFloor.toFixed(2)}×`, ''],
        ['library code only (lit, @lit/task and zod external)', kB(s.libraryOnly.min), kB(s.libraryOnly.gzip), ''],
        [
          `on a provider's first request, its wire code (request builders, zod/mini response schemas; the shared ` +
            `runner and zod/mini with the first provider used): ` +
            Object.entries(s.wire)
              .map(([name, bytes]) => `${name} ${kB(bytes)}`)
              .join(', '),
          '',
          `≤ ${kB(Math.max(...Object.values(s.wire)))}`,
          '',
        ],
        [
          `later, on demand: ${s.everything.lazy.files} lazy chunks in all (the wire code; the locale catalogues, per ` +
            `language; the list’s "select many"; the form's look-ups and CSV import)`,
          '',
          `${kB(s.everything.lazy.gzip)} in all, ≤ ${kB(s.everything.lazy.largest)} each`,
          '',
        ],
      ],
    ),
    '',
    `**Each adapter's share of the first download** — both elements with the three adapters, minus the same without ` +
      `that one (min+gzip). Up front an adapter is its profile (capabilities, labels, routes); its wire code, which ` +
      `validates every response with zod/mini, loads with its first request (above):`,
    '',
    table(
      ['adapter', 'min+gzip'],
      [...Object.keys(a.each).map((k) => [k, kB(a.each[k])]), ['all three, with lazyAdapter', kB(a.three)]],
    ),
    '',
    `**Where the bytes are** (minified bytes of a page importing \`src/define.ts\`): lit + @lit/task ${kB(s.composition.lit)}, ` +
      `\`<invitation-list>\` templates and ` +
      `logic ${kB(s.composition.list)}, \`<invite-form>\` ${kB(s.composition.form)} (both including their styles: ` +
      `${kB(s.composition.styles)} of CSS), shared element code ${kB(s.composition.shared)}, providers ` +
      `${kB(s.composition.providers)}, zod/mini ${kB(s.composition.zod)}, English messages ${kB(s.composition.i18n)}. ` +
      `The css\`\` templates are minified by the build (scripts/css-literals.mjs); as written, everything would be ` +
      `${kB(s.alternatives.cssAsWritten.gzip)} (+${kB(s.alternatives.cssAsWritten.saves)}).`,
    '',
    `**Tree-shaking** — a host importing one adapter from the main entry (\`import { auth0Adapter } from ` +
      `'invitation-elements'\`) with \`<invitation-list>\`: ` +
      s.treeShaking
        .map((t) => `${t.adapter} ${t.leaked.length ? `✗ also gets ${t.leaked.join(', ')}` : '✓ alone'}`)
        .join(', ') +
      (s.treeShaking.some((t) => t.leaked.length) ? '.' : ' (the other two adapters are not in the bundle).') +
      ` zod/mini in their first download: ${s.treeShaking.map((t) => kB(t.zodBytes)).join(', ')} (min).` +
      ` (Checked against a control bundle with two adapters, which must show both.) ` +
      (s.treeShaking.every((t) => t.inviteFormBytes === 0)
        ? 'Nor is `<invite-form>` in these bundles: package.json `sideEffects` names the define entries only, so ' +
          'a bundler drops every module a host does not use.'
        : `The main entry also brings \`<invite-form>\` along ` +
          `(${s.treeShaking.map((t) => kB(t.inviteFormBytes)).join(', ')} min).`),
    '',
  );
  if (s.treeShaking.some((t) => t.leaked.length || t.inviteFormBytes > 0)) {
    failed = true;
    failures.push('importing one adapter brings another one (or <invite-form>) along');
  }
  if (s.zod.min > 0 || s.treeShaking.some((t) => t.zodBytes > 0)) {
    failed = true;
    failures.push("zod/mini is in the first download (it belongs in the adapters' wire code, loaded on first use)");
  }
  const budgets = budgetRows(s);
  out.push(
    '**Budgets** (CI: `npm run size`) — min+gzip, as above:',
    '',
    table(
      ['bundle', 'measured', 'budget', ''],
      budgets.map(([name, measured, budget]) => [name, kB(measured), kB(budget), mark(measured <= budget)]),
    ),
    '',
  );
  if (budgets.some(([, measured, budget]) => measured > budget)) {
    failed = true;
    failures.push('a bundle is over its size budget');
  }
}

if (['render', 'network', 'memory', 'flows', 'import'].some((name) => sections.has(name))) {
  await withBenchPage(async (page, info) => {
    results.chromium = info.chromium;
    if (sections.has('render')) {
      const r100 = await measureRender(page, { rows: 100, runs, warmup: 5 });
      const r500 = await measureRender(page, { rows: 500, runs: Math.max(5, Math.ceil(runs / 2)), warmup: 3 });
      results.render = [r100, r500];
      out.push(
        `**First render** in headless Chromium ${info.chromium}, start to laid out (\`offsetHeight\`), median of ` +
          `${r100.runs} runs (100 rows) and ${r500.runs} runs (500 rows), the kinds alternating; data answered at once ` +
          `(no I/O). "Hand-written" is a document.createElement table of the same data, unstyled.`,
        '',
        table(
          ['page', '`<invitation-list>`', 'hand-written table', 'ratio', 'target'],
          [r100, r500].map((r) => [
            `${r.rows} rows`,
            `${ms(r.list.total)} (DOM ${ms(r.list.script)})`,
            `${ms(r.vanilla.total)} (DOM ${ms(r.vanilla.script)})`,
            `**${r.ratio.toFixed(2)}×**`,
            `≤ ${TARGET.renderRatio[r.rows]}× ${mark(r.ratio <= TARGET.renderRatio[r.rows])}`,
          ]),
        ),
        '',
        `Where the difference goes — the element's own markup, every element, attribute and text it rendered for ` +
          `the same page (toolbar, table with its parts, labels, visually hidden full dates and every row's buttons, ` +
          `pager; read from a list beforehand), built by hand with document.createElement in a shadow root, without ` +
          `and with the element's stylesheets: markup − hand-written ≈ the richer markup; styled − markup ≈ the CSS; ` +
          `list − styled ≈ Lit and the element's logic. "DOM" is the part before style and layout (for the list: ` +
          `until \`invitation-loaded\`).`,
        '',
        table(
          ['page', 'same markup by hand', "+ the element's styles", '`<invitation-list>` ÷ styled by hand', 'target'],
          [r100, r500].map((r) => [
            `${r.rows} rows`,
            `${ms(r.vanillaMarkup.total)} (DOM ${ms(r.vanillaMarkup.script)})`,
            `${ms(r.vanillaStyled.total)} (DOM ${ms(r.vanillaStyled.script)})`,
            `${r.ratioToStyled.toFixed(2)}×`,
            `≤ ${TARGET.styledRatio}× ${mark(r.ratioToStyled <= TARGET.styledRatio)}`,
          ]),
        ),
        '',
      );
    }
    if (sections.has('network')) {
      const n = await measureNetwork(page, 50);
      results.network = n;
      const q = n.quickNext;
      out.push(
        `**Network** — the real Clerk adapter against the Clerk emulator answering after ${n.latencyMs} ms; requests ` +
          `counted at the fetcher (aborted = aborted while in flight). "Before render" stops at \`invitation-loaded\`; ` +
          `the list then prefetches the following page.`,
        '',
        table(
          ['scenario', 'requests', 'target'],
          [
            ['first load', `${n.firstLoad.beforeRender} before render, ${n.firstLoad.untilIdle} in all (prefetch)`, ''],
            [
              '3 attribute changes in one task (`sort`, `status`, `page-size`)',
              `**${n.attributes.beforeRender}** before render, ${n.attributes.untilIdle} in all; ${n.attributes.aborted} aborted`,
              `${TARGET.requestsPerTask} ${mark(n.attributes.beforeRender <= TARGET.requestsPerTask)}`,
            ],
            [
              `${q.clicks} quick "next" clicks, ${q.intervalMs} ms apart`,
              `${q.requests} (pages ${q.offsets.map((o) => o / 20 + 1).join(', ')}: each the prefetch of the page ` +
                `after the one shown), ${q.aborted} aborted; from page 1 to page ${q.pageReached}: a click while ` +
                `a page is on its way is ignored (the pager is busy, \`aria-disabled\`) instead of asking again`,
              '',
            ],
            [
              '"next" when the page was prefetched',
              `**${n.prefetchedNext.requestsBeforeRender}** round trips before render (on screen in ` +
                `${ms(n.prefetchedNext.msToRender)}); ${n.prefetchedNext.requestsAfter} prefetch after`,
              `${TARGET.prefetchedRoundTrips} ${mark(n.prefetchedNext.requestsBeforeRender <= TARGET.prefetchedRoundTrips)}`,
            ],
          ],
        ),
        '',
      );
    }
    if (sections.has('import')) {
      const im = await measureImport(page, { rows: 1000, runs: Math.max(5, Math.ceil(runs / 3)) });
      results.import = im;
      const row = (/** @type {string} */ name, /** @type {typeof im.form} */ t, target = '') => [
        name,
        `**${ms(t.preview)}**`,
        ms(t.allRows),
        `${t.longTasks}${t.longTasks ? ` (longest ${ms(t.longestTask)})` : ''}`,
        target,
      ];
      out.push(
        `**CSV import** — a ${im.rows}-row file (\`email,role\`, roles by value or label, 11 rows with problems) chosen in ` +
          `\`<invite-form>\`'s "Import CSV" input, to the preview laid out and to every row in the table; main-thread ` +
          `long tasks (\`PerformanceObserver\` \`longtask\`, over 50 ms) from the file chosen to the last row. Medians of ` +
          `${im.runs} runs each, alternating with the baseline: the same file read, split on lines and commas by hand ` +
          `and put in a plain document.createElement table, every row at once. The form shows 100 rows first and the rest ` +
          `100 a task.`,
        '',
        table(
          ['', 'to the preview', 'to every row', `long tasks (${im.runs} runs)`, 'target'],
          [
            row(`\`<invite-form>\`, first use (its import code loaded then)`, {
              ...im.first,
              longTasks: im.first.longTasks,
            }),
            row(
              '`<invite-form>`',
              im.form,
              `${TARGET.importLongTasks} long tasks ${mark(im.form.longTasks + im.first.longTasks <= TARGET.importLongTasks)}`,
            ),
            row('by hand (baseline)', im.byHand),
          ],
        ),
        '',
      );
    }
    if (sections.has('flows')) {
      const f = await measureFlows(page, { runs, warmup: 3 });
      results.flows = f;
      const { connect: c, sort: so, scan: sc } = f;
      out.push(
        `**Flows**, median of ${f.runs} runs each, the kinds alternating, each beside a hand-written baseline of the ` +
          `same run: the list connected to its first 20 rows painted (the Clerk emulator in the page, zero latency; ` +
          `"painted" = the frame after the rows were laid out) vs fetch + JSON + a document.createElement table of ` +
          `the same page; a sort change on a 100-row page to the rows laid out vs sorting the data and rebuilding the ` +
          `hand-written table body; an email search in a ${sc.invitations}-invitation Auth0 organization (Auth0 ` +
          `cannot filter: the adapter scans up to its 1,000 readable records) for the one address at position 950, ` +
          `vs the same pages fetched and filtered by hand. Long tasks: PerformanceObserver \`longtask\` (> 50 ms) ` +
          `from the search to the match on screen (the emulator runs in the same page).`,
        '',
        table(
          ['flow', '`<invitation-list>`', 'hand-written', 'ratio', 'target'],
          [
            [
              'connection → first rows painted',
              `${ms(c.list.painted)} (laid out ${ms(c.list.laidOut)})`,
              `${ms(c.vanilla.painted)} (laid out ${ms(c.vanilla.laidOut)})`,
              `**${c.ratio.toFixed(2)}×**`,
              `≤ ${TARGET.connectRatio}× ${mark(c.ratio <= TARGET.connectRatio)}`,
            ],
            [
              're-render after a sort change, 100 rows',
              ms(so.list),
              ms(so.vanilla),
              `**${so.ratio.toFixed(2)}×**`,
              `≤ ${TARGET.sortRatio}× ${mark(so.ratio <= TARGET.sortRatio)}`,
            ],
            [
              `search scan, ${sc.invitations} Auth0 invitations`,
              `${sc.pages} pages, match shown in ${ms(sc.msToMatch)}; **${sc.longTasks}** long tasks` +
                (sc.longTasks ? ` (longest ${ms(sc.longestTaskMs)})` : ''),
              `${sc.baseline.pages} pages in ${ms(sc.baseline.ms)}`,
              `${(sc.msToMatch / sc.baseline.ms).toFixed(2)}×`,
              `${TARGET.scanLongTasks} long tasks ${mark(sc.longTasks <= TARGET.scanLongTasks)}`,
            ],
          ],
        ),
        '',
      );
    }
    if (sections.has('memory')) {
      const m = await measureMemory(page, pageChanges);
      results.memory = m;
      out.push(
        `**Memory** — one list, ${m.pageChanges} "next" clicks (Clerk adapter, 20 rows a page, answers made up at once), ` +
          `JS heap after gc() (Chromium \`--js-flags=--expose-gc\`, then CDP \`Runtime.getHeapUsage\`):`,
        '',
        table(
          ['after 10 page changes', 'after 100', `after ${m.pageChanges}`, `growth (10 → ${m.pageChanges})`, 'target'],
          [
            [
              kB(m.after10),
              kB(m.after100),
              kB(m.afterAll),
              `**${kB(m.growth)}**`,
              `< ${kB(TARGET.heapGrowth)} ${mark(m.growth < TARGET.heapGrowth)}`,
            ],
          ],
        ),
        '',
      );
    }
  });
}

if (sections.has('server')) {
  const sv = await measureServer();
  results.server = sv;
  const { latency: l, throughput: t } = sv;
  out.push(
    `**Server handler** — the same list request (Auth0 dialect, 10 invitations) to the emulator directly (with a ` +
      `token the client fetched) and through \`createInvitationsHandler\` in front of it; the emulator and the ` +
      `handler each in a process of its own, the client in a third, HTTP/1.1 keep-alive on loopback. Latency: ` +
      `${sv.samples} requests of each kind one at a time, alternating; throughput: ${sv.concurrency} requests in ` +
      `flight for ${sv.seconds} s.`,
    '',
    table(
      ['', 'emulator alone', 'through the handler', 'the handler adds', 'target'],
      [
        [
          'latency, median (p90)',
          `${ms(l.direct.median)} (${ms(l.direct.p90)})`,
          `${ms(l.handler.median)} (${ms(l.handler.p90)})`,
          `**${ms(l.addedMedian)}**`,
          `≤ ${TARGET.handlerAddedMs} ms ${mark(l.addedMedian <= TARGET.handlerAddedMs)}`,
        ],
        [
          `requests/s at ${sv.concurrency} in flight (errors)`,
          `${Math.round(t.direct.perSecond)} (${t.direct.errors})`,
          `**${Math.round(t.handler.perSecond)}** (${t.handler.errors})`,
          '',
          `≥ ${TARGET.handlerPerSecond}, 0 errors ${mark(t.handler.perSecond >= TARGET.handlerPerSecond && t.handler.errors === 0)}`,
        ],
      ],
    ),
    '',
    `On 2 cores the three processes share the CPU: through the handler, the emulator's work (about half the ` +
      `handler's) runs beside it, where a provider's would run elsewhere.`,
    '',
  );
}

const head =
  `invitation-elements bench, ${results.date}: ${machine.cores} cores (${machine.cpu}), Node ${machine.node}, ` +
  `${machine.os}${results.chromium ? `, Chromium ${results.chromium}` : ''} — ` +
  `${Math.round((Date.now() - started) / 1000)} s, load average ${machine.load} at the start` +
  (machine.load > machine.cores ? ' (other work was running: timings are noisy)' : '');
const report = `${head}\n\n${out.join('\n')}`;
console.log(report);
if (args.readme) {
  const readme = await readFile('README.md', 'utf8');
  const [start, end] = ['<!-- bench:start -->', '<!-- bench:end -->'];
  const [i, j] = [readme.indexOf(start), readme.indexOf(end)];
  if (i < 0 || j < i) throw new Error(`README.md has no ${start} … ${end} markers`);
  await writeFile('README.md', `${readme.slice(0, i + start.length)}\n\n${report.trim()}\n\n${readme.slice(j)}`);
  console.log('README.md updated.');
}
if (!args.budget) {
  await mkdir(dirname(args.out), { recursive: true });
  // formatted as the repository's prettier config would (`npm run lint` checks the committed file)
  const json = JSON.stringify(results, (k, v) => (k === 'inputs' ? undefined : v));
  await writeFile(args.out, await format(json, { ...(await resolveConfig(args.out)), filepath: args.out }));
  console.log(`Written to ${args.out}.`);
}
if (failed) {
  console.error(`Failed: ${failures.join('; ')}.`);
  process.exitCode = 1;
}
