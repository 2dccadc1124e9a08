// @ts-check
// The strict-CSP page of test/hardening/csp.test.ts, served by web-test-runner under /__csp/:
// - /__csp/page.html with exactly the header below (no 'unsafe-inline', no 'unsafe-eval', Trusted Types enforced);
// - /__csp/invitation-elements.js and /__csp/emulator.js: the bundles `vite build` writes to dist/cdn,
//   built here with the same options from the current sources (`executeServerCommand('csp-build')`), so the test
//   checks what ships, not Vite's dev transform; what they load on demand is served from beside them;
// - /__csp/flow.js: the flow the page runs (plain JS, served as it is).
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

export const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";

const root = fileURLToPath(new URL('../../../', import.meta.url));
const outDir = fileURLToPath(new URL('../../../node_modules/.cache/invitation-elements-csp/', import.meta.url));

/** As vite.config.ts's `cdnBundles()` builds dist/cdn: file name → source entry. */
const BUNDLES = { 'invitation-elements': 'src/define.ts', emulator: 'src/emulator/index.ts' };

const PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>invitation-elements under a strict CSP</title>
    <link rel="icon" href="data:," />
    <script type="module" src="/__csp/flow.js"></script>
  </head>
  <body></body>
</html>
`;

/** @type {Promise<{ files: Record<string, number>; evalLike: string[]; zod: string[] }> | undefined} */
let built;

async function buildBundles() {
  /** @type {Record<string, number>} */
  const files = {};
  /** @type {string[]} */
  const evalLike = [];
  /** @type {string[]} */
  const zod = [];
  for (const [name, entry] of Object.entries(BUNDLES)) {
    const result = await build({
      configFile: false,
      root,
      logLevel: 'warn',
      mode: 'production',
      build: {
        target: 'es2022',
        outDir,
        emptyOutDir: false,
        copyPublicDir: false,
        modulePreload: false,
        minify: true,
        sourcemap: false,
        rolldownOptions: {
          input: { [name]: entry },
          preserveEntrySignatures: 'allow-extension',
          output: { format: 'es', entryFileNames: '[name].js', chunkFileNames: 'lazy/[name]-[hash].js' },
        },
      },
    });
    const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => ('output' in r ? r.output : []));
    for (const chunk of outputs) {
      if (chunk.type !== 'chunk') continue;
      const code = chunk.code;
      if (chunk.isEntry) files[name] = code.length;
      // zod/mini's schemas carry their internals under `_zod` (a property name, kept by the minifier)
      if (/\._zod\b/.test(code)) zod.push(chunk.isEntry ? name : `${name} (${chunk.fileName})`);
      // What a strict CSP refuses: eval, the Function constructor (called, or only named, as classic zod's JIT probe
      // `const F = Function; new F("")` does; zod/mini's object parser is not the JIT one), string timers.
      for (const m of code.matchAll(
        /\beval\s*\(|\bnew\s+Function\b|(?<![\w$])Function(?![\w$])|set(?:Timeout|Interval)\(\s*["'`]/g,
      ))
        evalLike.push(`${chunk.fileName}: …${code.slice(Math.max(0, m.index - 40), m.index + 40)}…`);
    }
  }
  return { files, evalLike, zod };
}

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function cspPage() {
  return {
    name: 'hardening-csp-page',
    async executeCommand({ command }) {
      if (command !== 'csp-build') return undefined;
      built ??= buildBundles();
      return built;
    },
    async serve(ctx) {
      if (!ctx.path.startsWith('/__csp/')) return undefined;
      const headers = { 'content-security-policy': CSP, 'cache-control': 'no-store' };
      const file = ctx.path.slice('/__csp/'.length);
      if (file === 'page.html') return { body: PAGE, type: 'html', headers };
      if (file === 'flow.js') {
        const body = await readFile(new URL('./flow.js', import.meta.url), 'utf8');
        return { body, type: 'js', headers };
      }
      const name = file.replace(/\.js$/, '');
      if (name in BUNDLES && built) {
        await built;
        return { body: await readFile(`${outDir}${name}.js`, 'utf8'), type: 'js', headers };
      }
      // What a bundle loads on demand (a locale catalogue, the list's "select many"), from beside it.
      if (built && /^[\w-]+\/[\w-]+(?:\.[\w-]+)*\.js$/.test(file)) {
        await built;
        const body = await readFile(`${outDir}${file}`, 'utf8').catch(() => undefined);
        return body === undefined ? undefined : { body, type: 'js', headers };
      }
      return undefined;
    },
  };
}
