// @ts-check
// TypeScript sources for Node scripts and Node's test runner: bundled by esbuild (the sources they import included;
// packages stay external and resolve from node_modules) into node_modules/.cache/<name>/, as .mjs files.
import { mkdirSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * Bundles `entries` (paths from the repository root) into node_modules/.cache/`name`/ (emptied first); returns the
 * paths of the bundles, in the order of `entries`.
 * @param {string} name
 * @param {string[]} entries
 */
export async function bundleForNode(name, entries) {
  const outdir = join(root, 'node_modules/.cache', name);
  rmSync(outdir, { recursive: true, force: true });
  mkdirSync(outdir, { recursive: true });
  await build({
    absWorkingDir: root,
    entryPoints: entries,
    outdir,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    sourcemap: 'inline',
    logLevel: 'warning',
    // legacy decorators, as everywhere in this repository (tsconfig.json)
    tsconfig: join(root, 'tsconfig.json'),
    outExtension: { '.js': '.mjs' },
  });
  return entries.map((entry) => join(outdir, `${basename(entry).replace(/\.ts$/, '')}.mjs`));
}
