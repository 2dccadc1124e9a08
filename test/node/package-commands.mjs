// @ts-check
// Server commands for test/node and test/frameworks/html: the package as it is built from the current sources.
// - `package-build`: builds the library with vite.config.ts into node_modules/.cache/invitation-elements-package/
//   (dist/, dist/cdn/, plus copies of package.json and custom-elements.json, so the package resolves itself by
//   name through its "exports"). Once per test run; returns the URL path of that folder.
// - `package-node-imports`: imports every entry of "exports" by name in a fresh `node` (no DOM, no bundler) and
//   returns what each one did: threw or not, its exports, the globals it left, the tags it registered.
// - `framework-bindings-stale`: the generated src/frameworks/*.ts that differ from what
//   custom-elements.json gives (scripts/generate-frameworks.mjs --check); `framework-bindings`: their sources.
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dir = `${root}node_modules/.cache/invitation-elements-package`;
const TAGS = ['invitation-list', 'invite-form'];

/** @type {Promise<string> | undefined} */
let built;

async function buildPackage() {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  // mode `package-test`: the same library and CDN build as `npm run build`, minus rewriting src/ bindings
  await build({
    configFile: `${root}vite.config.ts`,
    root,
    mode: 'package-test',
    logLevel: 'warn',
    build: { outDir: `${dir}/dist`, emptyOutDir: true },
  });
  copyFileSync(`${root}package.json`, `${dir}/package.json`);
  copyFileSync(`${root}custom-elements.json`, `${dir}/custom-elements.json`);
  return dir;
}

/** What importing `specifier` does in a new Node process started in the built package's folder. */
function importInNode(/** @type {string} */ specifier) {
  const probe = `
    const tags = ${JSON.stringify(TAGS)};
    const result = { specifier: ${JSON.stringify(specifier)}, ok: false };
    try {
      const mod = ${JSON.stringify(specifier)}.endsWith('.json')
        ? await import(${JSON.stringify(specifier)}, { with: { type: 'json' } })
        : await import(${JSON.stringify(specifier)});
      result.ok = true;
      result.exports = Object.keys(mod).sort();
      if (typeof mod.isCustomElement === 'function') result.isCustomElement = tags.map((t) => mod.isCustomElement(t));
    } catch (error) {
      result.error = String(error && error.stack || error).split('\\n').slice(0, 3).join('\\n');
    }
    result.globals = Object.fromEntries(
      ['window', 'document', 'HTMLElement', 'customElements'].map((name) => [name, typeof globalThis[name]]),
    );
    if (typeof customElements !== 'undefined') {
      const { customElements: shim } = await import('@lit-labs/ssr-dom-shim');
      result.registry = customElements === shim ? 'lit-ssr-shim' : 'other';
      result.registered = tags.filter((t) => customElements.get(t));
    } else {
      result.registry = 'none';
      result.registered = [];
    }
    process.stdout.write(JSON.stringify(result));
  `;
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', probe], {
      cwd: dir,
      env: { PATH: process.env.PATH },
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('close', (code) => {
      try {
        resolve({ ...JSON.parse(out), exitCode: code });
      } catch {
        resolve({ specifier, ok: false, error: `node exited ${code}: ${err.slice(0, 500)}`, exitCode: code });
      }
    });
  });
}

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function packageCommands() {
  return {
    name: 'package-commands',
    async executeCommand({ command }) {
      if (command === 'package-build') {
        built ??= buildPackage();
        await built;
        return { base: `/${dir.slice(root.length)}` };
      }
      if (command === 'framework-bindings-stale') {
        // scripts/generate-frameworks.mjs --check: which generated files differ from what custom-elements.json gives
        const { run } = await import('../../scripts/generate-frameworks.mjs');
        return run({ check: true });
      }
      if (command === 'framework-bindings') {
        // the sources of the generated bindings, as on disk: { 'src/frameworks/react.ts': '…', … }
        const { generate } = await import('../../scripts/generate-frameworks.mjs');
        const files = await generate(JSON.parse(readFileSync(`${root}custom-elements.json`, 'utf8')));
        return Object.fromEntries(Object.keys(files).map((f) => [f, readFileSync(`${root}${f}`, 'utf8')]));
      }
      if (command === 'package-node-imports') {
        built ??= buildPackage();
        await built;
        const pkg = JSON.parse(readFileSync(`${dir}/package.json`, 'utf8'));
        const specifiers = Object.keys(pkg.exports).map((key) => `${pkg.name}${key.slice(1)}`);
        return Promise.all(specifiers.map(importInNode));
      }
      return undefined;
    },
  };
}
