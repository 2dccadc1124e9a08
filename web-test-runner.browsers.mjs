// @ts-check
// The three browser engines of the test run, from Debian's packages (nothing downloads a browser of its own):
// - Chromium: Debian's `chromium`, driven by Playwright (playwright-core, no browser download).
// - Firefox:  Debian's `firefox-esr`, driven by puppeteer-core over WebDriver BiDi (@web/test-runner-chrome).
// - WebKit:   Debian's WebKitGTK MiniBrowser through `WebKitWebDriver` (`webkit2gtk-driver`), driven by webdriverio
//             (@web/test-runner-webdriver). MiniBrowser has no headless mode: it needs a display (`xvfb-run`).
// `npm test` runs Chromium; `npm test -- --engines=all` (`npm run test:engines`) all three. scripts/test.mjs finds or
// installs what an engine needs and sets TEST_ENGINES for web-test-runner.config.mjs.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';

/** @typedef {'chromium' | 'firefox' | 'webkit'} Engine */
/** @type {readonly Engine[]} */
export const ENGINES = ['chromium', 'firefox', 'webkit'];

/** The Debian packages each engine needs (apt-get install -y …). */
export const DEBIAN_PACKAGES = /** @type {Record<Engine, string[]>} */ ({
  chromium: ['chromium'],
  firefox: ['firefox-esr'],
  webkit: ['webkit2gtk-driver', 'xvfb', 'xauth'],
});

/** What to say when an engine's browser is missing and cannot be installed here. */
export const missingMessage = (/** @type {Engine} */ engine) =>
  `No ${engine} found. Install Debian's: sudo apt-get update && sudo apt-get install -y ${DEBIAN_PACKAGES[engine].join(' ')}` +
  (engine === 'chromium' ? ', or set CHROME_PATH to a Chromium/Chrome binary.' : '.');

export const chromiumArgs = [
  '--no-sandbox', // CI runs as root; Chromium refuses to start otherwise
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking', // else Chromium keeps dialling hosts that a closed network refuses
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

async function playwrightCachedChromium() {
  try {
    const { chromium } = await import('playwright-core');
    return chromium.executablePath();
  } catch {
    return undefined;
  }
}

/** @returns {Promise<string | undefined>} */
export async function findChromium() {
  const candidates = [
    process.env.CHROME_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    await playwrightCachedChromium(),
  ];
  return candidates.find((p) => p && existsSync(p));
}

/** Debian's Firefox ESR (or $FIREFOX_PATH). */
export function findFirefox() {
  return [process.env.FIREFOX_PATH, '/usr/lib/firefox-esr/firefox-esr', '/usr/lib/firefox/firefox'].find(
    (p) => p && existsSync(p),
  );
}

/** WebKitGTK's WebDriver and MiniBrowser (Debian's webkit2gtk-driver), and xvfb-run when there is no display. */
export function findWebKit() {
  const driver = ['/usr/bin/WebKitWebDriver'].find((p) => existsSync(p));
  const libs = existsSync('/usr/lib') ? readdirSync('/usr/lib').filter((d) => d.endsWith('-linux-gnu')) : [];
  const browser = libs
    .flatMap((d) => ['webkit2gtk-4.1', 'webkit2gtk-4.0'].map((v) => `/usr/lib/${d}/${v}/MiniBrowser`))
    .find((p) => existsSync(p));
  const xvfb = existsSync('/usr/bin/xvfb-run');
  return driver && browser && (xvfb || process.env.DISPLAY) ? { driver, browser } : undefined;
}

/** Whether an engine's browser is on this machine. */
export async function hasEngine(/** @type {Engine} */ engine) {
  if (engine === 'chromium') return !!(await findChromium());
  if (engine === 'firefox') return !!findFirefox();
  return !!findWebKit();
}

/** The engines asked for: `--engines=all` / `--engines=firefox,webkit` / TEST_ENGINES; Chromium by default. */
export function enginesFrom(/** @type {string | undefined} */ value) {
  if (!value) return /** @type {Engine[]} */ (['chromium']);
  const names = value === 'all' ? [...ENGINES] : value.split(',').map((s) => s.trim().toLowerCase());
  const unknown = names.filter((n) => !ENGINES.includes(/** @type {Engine} */ (n)));
  if (unknown.length) throw new Error(`Unknown engine ${unknown.join(', ')}: use ${ENGINES.join(', ')} or all.`);
  return /** @type {Engine[]} */ (names);
}

/** A free TCP port on 127.0.0.1. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** Starts WebKitWebDriver on a free port and waits until it answers /status; stopped when the process exits. */
async function startWebKitDriver(/** @type {string} */ driver) {
  const port = /** @type {number} */ (await freePort());
  const child = spawn(driver, [`--port=${port}`], { stdio: 'ignore' });
  process.once('exit', () => child.kill());
  for (let i = 0; i < 100; i++) {
    try {
      const status = await fetch(`http://127.0.0.1:${port}/status`);
      if (status.ok) return port;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill();
  throw new Error(`WebKitWebDriver did not start on port ${port}`);
}

/** The wtr launcher of each engine asked for. */
export async function browsers(/** @type {readonly Engine[]} */ engines = ['chromium']) {
  const launchers = [];
  for (const engine of engines) {
    if (engine === 'chromium') {
      const executablePath = await findChromium();
      if (!executablePath) throw new Error(missingMessage('chromium'));
      const { playwrightLauncher } = await import('@web/test-runner-playwright');
      launchers.push(
        playwrightLauncher({
          product: 'chromium',
          launchOptions: { executablePath, headless: true, args: chromiumArgs },
        }),
      );
    } else if (engine === 'firefox') {
      const executablePath = findFirefox();
      if (!executablePath) throw new Error(missingMessage('firefox'));
      const { chromeLauncher, puppeteerCore } = await import('@web/test-runner-chrome');
      launchers.push(
        chromeLauncher({
          puppeteer: puppeteerCore,
          launchOptions: { browser: 'firefox', executablePath, headless: true },
        }),
      );
    } else {
      const webkit = findWebKit();
      if (!webkit) throw new Error(missingMessage('webkit'));
      const port = await startWebKitDriver(webkit.driver);
      const { webdriverLauncher } = await import('@web/test-runner-webdriver');
      launchers.push(
        webdriverLauncher({
          hostname: '127.0.0.1',
          port,
          path: '/',
          logLevel: 'error',
          capabilities: {
            browserName: 'MiniBrowser',
            // without it webdriverio asks for BiDi, which WebKitWebDriver refuses
            'wdio:enforceWebDriverClassic': true,
            'webkitgtk:browserOptions': { binary: webkit.browser, args: ['--automation'] },
          },
        }),
      );
    }
  }
  return launchers;
}

/** @param {{ args: unknown[] }} log */
export const filterBrowserLogs = ({ args }) => !String(args[0]).includes('Lit is in dev mode');

export const coverageConfig = {
  include: ['src/**/*.ts'],
  exclude: ['src/i18n/locales/**', 'src/frameworks/**'],
  reportDir: 'coverage',
  report: true,
};

/**
 * Prints one plain closing line, "N passed, N failed[, N skipped]" (wtr's own summary sits inside a progress-bar
 * line), over every engine's sessions. A test file that fails to load counts as one failure. With TEST_COUNTS_FILE
 * set (scripts/test.mjs, which adds up several runs), it writes the counts there as JSON instead.
 * @returns {import('@web/test-runner').Reporter}
 */
export function passedFailedReporter() {
  let line = '';
  /** @type {{ passed: number, failed: number, skipped: number } | undefined} */
  let counts;
  return {
    onTestRunFinished({ sessions }) {
      let passed = 0;
      let failed = 0;
      let skipped = 0;
      /** @param {any} suite */
      const walk = (suite) => {
        for (const t of suite.tests) {
          if (t.skipped) skipped++;
          else if (t.passed) passed++;
          else failed++;
        }
        suite.suites.forEach(walk);
      };
      for (const s of sessions) {
        if (s.testResults) walk(s.testResults);
        if (s.errors?.length && !s.testResults?.tests.length && !s.testResults?.suites.length) failed++;
      }
      line = `${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`;
      counts = { passed, failed, skipped };
    },
    async stop() {
      const file = process.env.TEST_COUNTS_FILE;
      if (file && counts) await writeFile(file, JSON.stringify(counts));
      else if (line) process.once('exit', () => process.stdout.write(`${line}\n`));
    },
  };
}
