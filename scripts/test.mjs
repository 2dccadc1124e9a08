#!/usr/bin/env node
// `npm test`: the whole suite in headless Chromium (wtr). `npm test -- --engines=all` (= `npm run test:engines`) runs
// it in Chromium, Firefox and WebKit; `--engines=firefox,webkit` picks. For each engine it finds the browser, or
// installs Debian's packages when it runs as root with apt-get, or stops and says what to install.
// One wtr run per engine: Chromium two test files at a time; Firefox and WebKit one at a time (Firefox gives keyboard
// focus to one tab only; WebKit's driver cannot type into side-by-side iframes), WebKit under `xvfb-run -a` when
// there is no display (MiniBrowser has no headless mode). Then the Node-side suites (test/server: the server handler
// over loopback HTTP, Node's test runner). The last line adds up every run: "N passed, N failed".
// Other arguments go to wtr (e.g. `npm test -- --coverage`); `TEST_FILES=test/providers/auth0.test.ts,test/server/tokens.test.ts
// npm test` runs a subset (comma-separated).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEBIAN_PACKAGES, enginesFrom, hasEngine, missingMessage } from '../web-test-runner.browsers.mjs';

const option = process.argv.slice(2).find((a) => a.startsWith('--engines'));
const wtrArgs = process.argv.slice(2).filter((a) => a !== option);
const engines = enginesFrom(option?.split('=')[1] ?? (option ? 'all' : process.env.TEST_ENGINES));

/** Installs Debian's packages of the missing engines when it can; false (and says what to do) when it cannot. */
async function ensureEngines() {
  const missing = [];
  for (const engine of engines) if (!(await hasEngine(engine))) missing.push(engine);
  if (!missing.length) return true;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    const packages = missing.flatMap((engine) => DEBIAN_PACKAGES[engine]);
    console.log(`Missing ${missing.join(', ')}: installing Debian's ${packages.join(' ')} (apt-get install -y)…`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    const update = spawnSync('apt-get', ['update', '-q'], { stdio: 'inherit', env });
    const install =
      update.status === 0 && spawnSync('apt-get', ['install', '-y', '-q', ...packages], { stdio: 'inherit', env });
    if (install && install.status === 0) {
      const still = [];
      for (const engine of missing) if (!(await hasEngine(engine))) still.push(engine);
      if (!still.length) return true;
      missing.splice(0, missing.length, ...still);
    }
  }
  for (const engine of missing) console.error(missingMessage(engine));
  return false;
}

if (!(await ensureEngines())) process.exit(1);
// The framework bindings are generated (not in git): from the committed custom-elements.json, before the tests use them.
await (await import('./generate-frameworks.mjs')).run();

const wtr = fileURLToPath(new URL('../node_modules/@web/test-runner/dist/bin.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'invitation-elements-test-'));

/** One wtr run of some engines; its counts. */
function runWtr(/** @type {string[]} */ runEngines, /** @type {string[] | undefined} */ files) {
  const countsFile = join(dir, `${runEngines.join('-')}.json`);
  const env = { ...process.env, TEST_ENGINES: runEngines.join(','), TEST_COUNTS_FILE: countsFile };
  if (files) env.TEST_FILES = files.join(',');
  const needsDisplay = runEngines.includes('webkit') && !process.env.DISPLAY;
  const [command, args] = needsDisplay
    ? ['xvfb-run', ['-a', '--server-args=-screen 0 1280x1024x24', process.execPath, wtr, ...wtrArgs]]
    : [process.execPath, [wtr, ...wtrArgs]];
  const run = spawnSync(command, args, { stdio: 'inherit', env });
  let counts = { passed: 0, failed: 1, skipped: 0 }; // a run that wrote nothing failed (it could not start)
  if (existsSync(countsFile)) counts = JSON.parse(readFileSync(countsFile, 'utf8'));
  else console.error(`The ${runEngines.join(' + ')} run ended (exit ${run.status}) without counts.`);
  if (run.status !== 0 && counts.failed === 0) counts.failed = 1;
  return { name: runEngines.join(' + '), ...counts };
}

/** The Node-side suites (test/server, Node's test runner, scripts/test-node.mjs); their counts. */
function runNode(/** @type {string[]} */ files) {
  const countsFile = join(dir, 'node.json');
  const script = fileURLToPath(new URL('./test-node.mjs', import.meta.url));
  const run = spawnSync(process.execPath, [script, ...files], {
    stdio: 'inherit',
    env: { ...process.env, TEST_COUNTS_FILE: countsFile },
  });
  let counts = { passed: 0, failed: 1, skipped: 0 };
  if (existsSync(countsFile)) counts = JSON.parse(readFileSync(countsFile, 'utf8'));
  else console.error(`The Node run ended (exit ${run.status}) without counts.`);
  if (run.status !== 0 && counts.failed === 0) counts.failed = 1;
  return { name: 'node (test/server)', ...counts };
}

// TEST_FILES picks suites of either kind: the test/server ones go to Node, the rest to the browsers.
const picked = process.env.TEST_FILES?.split(',');
const nodeFiles = picked ? picked.filter((f) => f.startsWith('test/server/')) : [];
const browserFiles = picked?.filter((f) => !f.startsWith('test/server/'));
const runs = [
  ...(browserFiles?.length === 0 ? [] : engines.map((engine) => runWtr([engine], browserFiles))),
  ...(picked && !nodeFiles.length ? [] : [runNode(nodeFiles)]),
];
rmSync(dir, { recursive: true, force: true });

const total = runs.reduce(
  (t, r) => ({ passed: t.passed + r.passed, failed: t.failed + r.failed, skipped: t.skipped + r.skipped }),
  {
    passed: 0,
    failed: 0,
    skipped: 0,
  },
);
if (runs.length > 1) for (const r of runs) console.log(`${r.name}: ${r.passed} passed, ${r.failed} failed`);
console.log(`${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ''}`);
process.exit(total.failed ? 1 : 0);
