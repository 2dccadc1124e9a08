#!/usr/bin/env node
// `npm test`: finds a Chromium (or installs Debian's when it can), then runs web-test-runner.
// Extra arguments go to wtr (e.g. `npm test -- --coverage`, `TEST_FILES=test/model.test.ts npm test`).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { findChromium, noChromiumMessage } from '../web-test-runner.browsers.mjs';

async function ensureChromium() {
  if (await findChromium()) return true;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log("No Chromium found: installing Debian's chromium (apt-get install -y chromium)…");
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    const update = spawnSync('apt-get', ['update', '-q'], { stdio: 'inherit', env });
    const install =
      update.status === 0 && spawnSync('apt-get', ['install', '-y', '-q', 'chromium'], { stdio: 'inherit', env });
    if (install && install.status === 0 && (await findChromium())) return true;
  }
  console.error(noChromiumMessage);
  return false;
}

if (!(await ensureChromium())) process.exit(1);
// The framework bindings are generated (not in git): from the committed custom-elements.json, before the tests use them.
await (await import('./generate-frameworks.mjs')).run();
const bin = fileURLToPath(new URL('../node_modules/@web/test-runner/dist/bin.js', import.meta.url));
const wtr = spawnSync(process.execPath, [bin, ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(wtr.status ?? 1);
