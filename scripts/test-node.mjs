#!/usr/bin/env node
// @ts-check
// The Node-side suites (test/server/*.test.ts, Node's own test runner): bundled with esbuild — their TypeScript and
// the sources they import; packages stay external — into node_modules/.cache/node-tests/, then run by `node --test`.
// Prints Node's spec report; with TEST_COUNTS_FILE set (scripts/test.mjs) writes {passed, failed, skipped} there.
// `node scripts/test-node.mjs [file…]` runs some.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleForNode } from './node-bundle.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const asked = process.argv.slice(2);
const files = asked.length
  ? asked
  : readdirSync(join(root, 'test/server'))
      .filter((f) => f.endsWith('.test.ts'))
      .map((f) => `test/server/${f}`);

const bundles = (await bundleForNode('node-tests', files)).filter((f) => existsSync(f));
const countsFile = process.env.TEST_COUNTS_FILE;
const reporters = [
  '--test-reporter=spec',
  '--test-reporter-destination=stdout',
  ...(countsFile
    ? [`--test-reporter=${join(root, 'scripts/node-test-counts.mjs')}`, `--test-reporter-destination=${countsFile}`]
    : []),
];
const run = spawnSync(process.execPath, ['--test', ...reporters, ...bundles], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, NODE_ENV: 'test' },
});
process.exit(run.status ?? 1);
