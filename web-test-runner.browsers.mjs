// @ts-check
// Shared browser setup for the web-test-runner config and the scripts: finds a Chromium without downloading one
// ($CHROME_PATH, Debian's /usr/bin/chromium, then a browser Playwright may have cached).
import { existsSync } from 'node:fs';

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

export const noChromiumMessage =
  "No Chromium found. Set CHROME_PATH to a Chromium/Chrome binary, or install Debian's: " +
  'sudo apt-get update && sudo apt-get install -y chromium';

export async function browsers() {
  const executablePath = await findChromium();
  if (!executablePath) throw new Error(noChromiumMessage);
  const { playwrightLauncher } = await import('@web/test-runner-playwright');
  return [
    playwrightLauncher({ product: 'chromium', launchOptions: { executablePath, headless: true, args: chromiumArgs } }),
  ];
}

/** @param {{ args: unknown[] }} log */
export const filterBrowserLogs = ({ args }) => !String(args[0]).includes('Lit is in dev mode');

export const coverageConfig = {
  include: ['src/**/*.ts'],
  exclude: ['src/i18n/locales/**'],
  reportDir: 'coverage',
  report: true,
};

/**
 * Prints one plain closing line, "N passed, N failed[, N skipped]" (wtr's own summary sits inside a progress-bar
 * line). A test file that fails to load counts as one failure.
 * @returns {import('@web/test-runner').Reporter}
 */
export function passedFailedReporter() {
  let line = '';
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
    },
    stop() {
      if (line) process.once('exit', () => process.stdout.write(`${line}\n`));
    },
  };
}
