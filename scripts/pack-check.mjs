#!/usr/bin/env node
// The package as a user gets it: `npm pack`, then
//   1. the tarball holds every file "exports" names (and the single-file bundles), and nothing from src/ or test/;
//   2. publint and @arethetypeswrong/cli (profile esm-only: the package is ESM only) pass on the tarball;
//   3. the tarball, installed into a throwaway folder with React, Vue and Svelte, type-checks and builds in one app
//      per framework (scripts/pack-check/*: tsc / vue-tsc / svelte-check, then `vite build` with each framework's
//      plugin), each with lines that must fail to type-check;
//   4. plain Node imports every entry by name and renders the tags with react-dom/server and vue/server-renderer.
// Needs the npm registry only (installs prefer the local cache), takes about a minute, and removes what it made.
//
//   node scripts/pack-check.mjs               builds first (vite build + d.ts), then checks
//   node scripts/pack-check.mjs --skip-build  checks the dist/ already there (CI, right after `npm run build`)
//   node scripts/pack-check.mjs --keep        leaves the temporary folder for a look
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const apps = fileURLToPath(new URL('./pack-check/', import.meta.url));
const args = new Set(process.argv.slice(2));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const bin = (name) => join(root, 'node_modules', '.bin', name);

const started = performance.now();
const timings = [];
const env = {
  ...process.env,
  NPM_CONFIG_UPDATE_NOTIFIER: 'false',
  NPM_CONFIG_FUND: 'false',
  NPM_CONFIG_AUDIT: 'false',
};

/**
 * Runs a command; throws with its output unless it exits with `expect` (0 by default, or 'fail': anything else).
 * Prints the end of its output unless `quiet`; returns its standard output.
 */
function run(label, command, commandArgs, { cwd = root, expect = 0, quiet = false } = {}) {
  const t0 = performance.now();
  process.stdout.write(`\n--- ${label}\n`);
  const child = spawnSync(command, commandArgs, { cwd, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const output = `${child.stdout ?? ''}${child.stderr ?? ''}`.trim();
  const seconds = (performance.now() - t0) / 1000;
  timings.push([label, seconds]);
  const ok = expect === 'fail' ? child.status !== 0 : child.status === expect;
  if (!ok) {
    console.error(output);
    throw new Error(`${label}: \`${command} ${commandArgs.join(' ')}\` exited ${child.status ?? child.error}`);
  }
  const shown = output
    .split('\n')
    .filter((l) => !l.startsWith('npm warn Unknown user config'))
    .slice(-15);
  if (shown.length && !quiet && expect !== 'fail') console.log(shown.join('\n'));
  console.log(`    ok in ${seconds.toFixed(1)} s`);
  return child.stdout ?? '';
}

/** The framework versions this repository tests with (its devDependencies), for the throwaway apps. */
function appDependencies(tarball) {
  const dev = pkg.devDependencies;
  const pick = (...names) => Object.fromEntries(names.map((n) => [n, dev[n]]));
  return {
    'invitation-elements': `file:${tarball}`,
    ...pick('react', 'react-dom', 'vue', 'svelte'),
    ...pick('@types/react', '@types/react-dom', 'typescript', 'vite', 'vue-tsc', 'svelte-check'),
    ...pick('@vitejs/plugin-react', '@vitejs/plugin-vue', '@sveltejs/vite-plugin-svelte'),
  };
}

/** Every file an "exports" target names, plus the single-file bundles. */
function expectedFiles() {
  // `customElements` too: `cem analyze --outdir X` rewrites it to X/custom-elements.json unless told not to
  const files = new Set([
    'package.json',
    pkg.customElements,
    'dist/cdn/invitation-elements.js',
    'dist/cdn/emulator.js',
  ]);
  for (const target of Object.values(pkg.exports)) {
    for (const file of typeof target === 'string' ? [target] : Object.values(target))
      files.add(file.replace(/^\.\//, ''));
  }
  return [...files];
}

const work = mkdtempSync(join(tmpdir(), 'invitation-elements-pack-'));
try {
  if (!args.has('--skip-build')) {
    run('build: vite build (library, bundles, bindings)', process.execPath, [
      join(root, 'node_modules/vite/bin/vite.js'),
      'build',
    ]);
    run('build: type declarations (tsc -p tsconfig.build.json)', process.execPath, [
      join(root, 'node_modules/typescript/bin/tsc'),
      '-p',
      'tsconfig.build.json',
    ]);
  }
  for (const file of expectedFiles().filter((f) => f.startsWith('dist/'))) {
    if (!existsSync(join(root, file))) throw new Error(`${file} is missing: run npm run build (or drop --skip-build)`);
  }

  const packed = JSON.parse(run('npm pack', 'npm', ['pack', '--json', '--pack-destination', work], { quiet: true }))[0];
  const tarball = join(work, packed.filename);
  const inside = new Set(packed.files.map((f) => f.path));
  const missing = expectedFiles().filter((f) => !inside.has(f));
  const stray = [...inside].filter((f) => /^(src|test|scripts|stories|demo)\//.test(f));
  if (missing.length || stray.length) {
    throw new Error(
      `tarball: missing ${missing.join(', ') || 'nothing'}; should not hold ${stray.join(', ') || 'anything else'}`,
    );
  }
  console.log(`    ${packed.filename}: ${packed.files.length} files, ${(packed.size / 1024).toFixed(0)} kB packed`);

  run('publint', bin('publint'), ['run', tarball, '--strict']);
  run('attw (are the types wrong?)', bin('attw'), [
    tarball,
    '--profile',
    'esm-only',
    '--no-definitely-typed',
    '--format',
    'table-flipped',
    '--no-color',
  ]);

  const app = join(work, 'app');
  cpSync(apps, app, { recursive: true });
  writeFileSync(
    join(app, 'package.json'),
    `${JSON.stringify({ name: 'pack-check-apps', private: true, type: 'module', dependencies: appDependencies(tarball), allowScripts: pkg.allowScripts }, null, 2)}\n`,
  );
  run(
    'npm install the tarball and the frameworks',
    'npm',
    ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'],
    { cwd: app },
  );

  const appBin = (name) => join(app, 'node_modules', '.bin', name);
  run('react: tsc', appBin('tsc'), ['-p', 'react'], { cwd: app });
  run('react: vite build', appBin('vite'), ['build', 'react', '--logLevel', 'warn'], { cwd: app });
  run('vue: vue-tsc', appBin('vue-tsc'), ['-p', 'vue'], { cwd: app });
  run('vue: vite build', appBin('vite'), ['build', 'vue', '--logLevel', 'warn'], { cwd: app });
  run(
    'svelte: svelte-check',
    appBin('svelte-check'),
    ['--workspace', 'svelte', '--tsconfig', 'tsconfig.json', '--fail-on-warnings'],
    { cwd: app },
  );
  run('svelte: vite build', appBin('vite'), ['build', 'svelte', '--logLevel', 'warn'], { cwd: app });

  // the typings really check: a wrong property type and a wrong event detail must both be reported
  renameSync(join(app, 'svelte/src/Wrong.svelte.txt'), join(app, 'svelte/src/Wrong.svelte'));
  const wrong = run(
    'svelte: svelte-check rejects Wrong.svelte',
    appBin('svelte-check'),
    ['--workspace', 'svelte', '--tsconfig', 'tsconfig.json', '--output', 'machine'],
    { cwd: app, expect: 'fail' },
  );
  const errors = wrong.split('\n').filter((l) => / ERROR .*Wrong\.svelte/.test(l));
  if (errors.length !== 2) throw new Error(`svelte-check should report 2 errors in Wrong.svelte, got:\n${wrong}`);
  console.log(`    2 errors, as it should:\n${errors.map((e) => `      ${e.slice(0, 160)}`).join('\n')}`);

  run('node: every entry without a DOM, and server rendering', process.execPath, ['node/ssr.mjs'], { cwd: app });
} finally {
  if (args.has('--keep')) console.log(`\nkept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}

console.log('\npack check passed:');
for (const [label, seconds] of timings) console.log(`  ${seconds.toFixed(1).padStart(5)} s  ${label}`);
console.log(`  ${((performance.now() - started) / 1000).toFixed(1).padStart(5)} s  total`);
