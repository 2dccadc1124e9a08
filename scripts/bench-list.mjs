#!/usr/bin/env node
// Renders a 100-row <invitation-list> page in headless Chromium and compares it with a hand-written
// document.createElement table of the same data, in the same page. Prints the medians (not a test).
//   node scripts/bench-list.mjs [runs=25]
import { chromium } from 'playwright-core';
import { createServer } from 'vite';
import { chromiumArgs, findChromium } from '../web-test-runner.browsers.mjs';

const runs = Math.max(20, Number(process.argv[2]) || 25);
const WARMUP = 5;
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const executablePath = await findChromium();
if (!executablePath) throw new Error('No Chromium found (set CHROME_PATH).');

// Lit's production build (no dev-mode checks), as an app bundle would ship it.
const server = await createServer({
  configFile: false,
  root: process.cwd(),
  logLevel: 'warn',
  appType: 'mpa',
  resolve: { conditions: ['module', 'browser', 'production'] },
  server: { host: '127.0.0.1', port: 0, strictPort: false, hmr: false, ws: false },
});
await server.listen();
const { port } = server.httpServer.address();
const browser = await chromium.launch({ executablePath, headless: true, args: chromiumArgs });
try {
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  page.on('pageerror', (e) => console.error('page error:', e.message));
  await page.goto(`http://127.0.0.1:${port}/scripts/bench/index.html`);
  await page.waitForFunction(() => !!window.bench, null, { timeout: 30000 });

  const times = { list: [], vanilla: [] };
  for (let i = 0; i < WARMUP + runs; i++) {
    // Alternate, so both see the same machine state.
    for (const kind of i % 2 ? ['vanilla', 'list'] : ['list', 'vanilla']) {
      const ms = await page.evaluate((k) => window.bench[k](), kind);
      if (i >= WARMUP) times[kind].push(ms);
    }
  }
  const list = median(times.list);
  const vanilla = median(times.vanilla);
  console.log(`100-row page, median of ${runs} runs (after ${WARMUP} warm-up runs), Chromium ${browser.version()}:`);
  console.log(`  <invitation-list>                 ${list.toFixed(1)} ms`);
  console.log(`  hand-written createElement table  ${vanilla.toFixed(1)} ms`);
  console.log(`  ratio                             ${(list / vanilla).toFixed(2)}×`);
} finally {
  await browser.close();
  await server.close();
}
