import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build, defineConfig, type Plugin } from 'vite';
import { cssLiteralsPlugin } from './scripts/css-literals.mjs';
import { htmlLiteralsPlugin } from './scripts/html-literals.mjs';

// Library mode: ESM only, one file per entry; lit, @lit/*, zod and react stay external (dependencies and peers: the
// consumer's bundler dedupes them). Type declarations come from `tsc -p tsconfig.build.json` (see "build").
//
// The entries are package.json's "exports": `./dist/<name>.js` is built from `src/<name>.ts`, or `src/<name>/index.ts`
// (the emulator). Add an export there and it is built; nothing to list twice.
//
// Besides, `vite build` (mode production) also writes:
// - dist/cdn/invitation-elements.js and dist/cdn/emulator.js: single-file ES modules with every dependency inlined,
//   for a `<script type="module">` without a bundler (the first registers both tags, like `invitation-elements/define`);
// - src/frameworks/{react,vue,svelte}.ts (ignored by git) from a fresh custom-elements.json
//   (scripts/generate-frameworks.mjs).
// Storybook loads this file for its plugins: both plugins only apply to this library build.

const root = fileURLToPath(new URL('.', import.meta.url));

type ExportTarget = string | { types?: string; default?: string };
const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  exports: Record<string, ExportTarget>;
};

/** `{ 'invitation-list/define': 'src/invitation-list/define.ts', … }` from package.json "exports". */
export function libraryEntries(): Record<string, string> {
  const entries: Record<string, string> = {};
  for (const target of Object.values(pkg.exports)) {
    const file = typeof target === 'string' ? target : target.default;
    const name = file && /^\.\/dist\/(.+)\.js$/.exec(file)?.[1];
    if (!name) continue;
    const source = [`src/${name}.ts`, `src/${name}/index.ts`].find((f) => existsSync(`${root}/${f}`));
    if (!source)
      throw new Error(`package.json exports ${file}, but neither src/${name}.ts nor src/${name}/index.ts exists`);
    entries[name] = source;
  }
  return entries;
}

/** The single-file bundles: file name in dist/cdn → source entry. */
export const CDN_BUNDLES: Record<string, string> = {
  'invitation-elements': 'src/define.ts',
  emulator: 'src/emulator/index.ts',
};

const isLibraryBuild = (config: { build?: { lib?: unknown } }, command: string) =>
  command === 'build' && !!config.build?.lib;

/**
 * Builds dist/cdn/*.js after the library, one self-contained chunk each, what it loads on demand aside (fails the build
 * otherwise).
 */
function cdnBundles(): Plugin {
  let outDir = 'dist';
  let sourcemap: boolean | 'inline' | 'hidden' = true;
  return {
    name: 'invitation-elements:cdn',
    apply: (config, env) => isLibraryBuild(config, env.command),
    configResolved(config) {
      outDir = config.build.outDir;
      sourcemap = config.build.sourcemap;
    },
    async closeBundle() {
      for (const [name, entry] of Object.entries(CDN_BUNDLES)) {
        const result = await build({
          configFile: false,
          root,
          logLevel: 'warn',
          plugins: [cssLiteralsPlugin(), htmlLiteralsPlugin()],
          // an app build, not lib mode: lib mode keeps the whitespace of ES output when minifying
          build: {
            target: 'es2022',
            outDir: `${outDir}/cdn`,
            emptyOutDir: false,
            copyPublicDir: false,
            modulePreload: false,
            minify: true,
            sourcemap,
            rolldownOptions: {
              input: { [name]: entry },
              // (an entry may export what its lazy chunks take from it: they import it from the bundle itself)
              preserveEntrySignatures: 'allow-extension',
              // The message catalogues beside English stay separate (dist/cdn/locales/): loaded on demand from
              // next to the bundle, only by a page that shows one of those languages; so do features loaded on
              // first use (dist/cdn/lazy/: the list's "select many", the form's look-ups of pending invitations).
              output: {
                format: 'es',
                entryFileNames: '[name].js',
                chunkFileNames: (chunk) =>
                  chunk.moduleIds.every((id) => id.includes('/src/i18n/'))
                    ? 'locales/[name]-[hash].js'
                    : 'lazy/[name]-[hash].js',
              },
            },
          },
        });
        const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => ('output' in r ? r.output : []));
        const chunks = outputs.filter((o) => o.type === 'chunk');
        const entries = chunks.filter((c) => c.isEntry);
        const stray = chunks.filter((c) => !c.isEntry && !/^(locales|lazy)\//.test(c.fileName)).map((c) => c.fileName);
        const imports = entries.flatMap((c) => c.imports);
        if (entries.length !== 1 || imports.length || stray.length) {
          throw new Error(
            `dist/cdn/${name}.js is not one self-contained file (locale and lazy chunks aside): ${entries.length} entries, ` +
              `static imports ${imports}, other chunks ${stray}`,
          );
        }
      }
    },
  };
}

/** True when custom-elements.json is missing or older than a source file (the generated bindings aside). */
function manifestIsStale(): boolean {
  const manifest = `${root}/custom-elements.json`;
  if (!existsSync(manifest)) return true;
  const built = statSync(manifest).mtimeMs;
  const sources = readdirSync(`${root}/src`, { recursive: true, encoding: 'utf8' });
  return sources.some(
    (f) => f.endsWith('.ts') && !f.startsWith('frameworks') && statSync(`${root}/src/${f}`).mtimeMs > built,
  );
}

/** Refreshes custom-elements.json when a source changed, then the framework bindings generated from it, before the library is built. */
function frameworkBindings(): Plugin {
  const run = (args: string[]) => {
    const child = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
    if (child.status !== 0) throw new Error(`node ${args.join(' ')} failed`);
  };
  return {
    name: 'invitation-elements:framework-bindings',
    apply: (config, env) => isLibraryBuild(config, env.command) && env.mode === 'production',
    buildStart() {
      if (manifestIsStale()) run(['node_modules/@custom-elements-manifest/analyzer/cem.js', 'analyze', '--quiet']);
      run(['scripts/generate-frameworks.mjs']);
    },
  };
}

export default defineConfig({
  plugins: [
    frameworkBindings(),
    cdnBundles(),
    // the css`` and html`` templates minified in what ships (not in Storybook or the tests, which read the sources as
    // written)
    { ...cssLiteralsPlugin(), apply: (config, env) => isLibraryBuild(config, env.command) },
    { ...htmlLiteralsPlugin(), apply: (config, env) => isLibraryBuild(config, env.command) },
  ],
  build: {
    target: 'es2022',
    lib: {
      entry: libraryEntries(),
      formats: ['es'],
    },
    rolldownOptions: {
      external: [
        /^lit($|\/)/,
        /^@lit\//,
        /^zod($|\/)/,
        /^react($|\/)/,
        /^react-dom($|\/)/,
        /^vue($|\/)/,
        /^svelte($|\/)/,
      ],
      output: { chunkFileNames: 'chunks/[name]-[hash].js' },
    },
    sourcemap: true,
    minify: false,
    emptyOutDir: true,
  },
});
