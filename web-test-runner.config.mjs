// @ts-check
// Vite transforms every module the tests import — the same transform (Oxc, legacy decorators from tsconfig) that
// `vite build` and Storybook use. wtr keeps serving its own runner files and plain fetch()es (test/fixtures).
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';
import react from '@vitejs/plugin-react';
import vue from '@vitejs/plugin-vue';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { browsers, coverageConfig, filterBrowserLogs, passedFailedReporter } from './web-test-runner.browsers.mjs';
import { packageCommands } from './test/node/package-commands.mjs';
import { cspPage } from './test/hardening/csp/server.mjs';

/**
 * The Vite server viteTransform() creates; emulatorServerCommands() loads Node modules through it too.
 * @type {import('vite').ViteDevServer}
 */
let vite;

/**
 * What test/frameworks needs on top: each framework's own Vite plugin, limited to the test apps there, and
 * `invitation-elements/…` imports resolved to the sources of that entry (package.json "exports": ./dist/X.js is
 * built from src/X.ts or src/X/index.ts), so the apps import the package exactly as a user's app does.
 * @returns {import('vite').PluginOption[]}
 */
function frameworkPlugins() {
  const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
  /** @type {Map<string, string>} */
  const sources = new Map();
  for (const [key, target] of Object.entries(pkg.exports)) {
    const name = /^\.\/dist\/(.+)\.js$/.exec(typeof target === 'string' ? target : target.default)?.[1];
    const file =
      name && [`src/${name}.ts`, `src/${name}/index.ts`].find((f) => existsSync(new URL(f, import.meta.url)));
    if (file) sources.set(`${pkg.name}${key.slice(1)}`, fileURLToPath(new URL(file, import.meta.url)));
  }
  const tags = ['invitation-list', 'invite-form'];
  return [
    { name: 'invitation-elements-sources', enforce: 'pre', resolveId: (id) => sources.get(id) },
    {
      // Vue's compile-time flags, for its pre-bundled runtime too (else it warns in every Vue test's browser log)
      name: 'vue-feature-flags',
      config: () => {
        const define = {
          __VUE_OPTIONS_API__: 'true',
          __VUE_PROD_DEVTOOLS__: 'false',
          __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
        };
        return { define, optimizeDeps: { rolldownOptions: { transform: { define } } } };
      },
    },
    react({ include: /test\/frameworks\/.*\.jsx$/ }),
    vue({
      include: /test\/frameworks\/.*\.vue$/,
      template: { compilerOptions: { isCustomElement: (tag) => tags.includes(tag) } },
    }),
    svelte({ include: /test\/frameworks\/.*\.svelte$/, configFile: false }),
  ];
}

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
function viteTransform() {
  return {
    name: 'vite-transform',
    async serverStart() {
      vite = await createServer({
        configFile: false,
        logLevel: 'warn',
        appType: 'custom',
        server: { middlewareMode: true, hmr: false, ws: false },
        optimizeDeps: { entries: ['test/**/*.test.ts'], exclude: ['@web/test-runner-commands'] },
        plugins: [
          {
            name: 'wtr-internals-external',
            enforce: 'pre',
            resolveId: (id) => (id.startsWith('/__web-dev-server') ? { id, external: true } : undefined),
          },
          ...frameworkPlugins(),
        ],
      });
    },
    async serverStop() {
      await vite?.close();
    },
    async serve(ctx) {
      if (
        ctx.get('sec-fetch-dest') !== 'script' ||
        ctx.path.startsWith('/__web-dev-server') ||
        ctx.path.startsWith('/__web-test-runner')
      )
        return;
      let url = ctx.url.replace(/[?&]wtr-session-id=[^&]*/, '').replace(/\?$/, '');
      if (url.startsWith('/@id/')) url = url.slice('/@id/'.length).replace('__x00__', '\0');
      const result = await vite.transformRequest(url);
      if (!result) return;
      const map =
        result.map && 'mappings' in result.map && result.map.mappings
          ? `\n//# sourceMappingURL=data:application/json;base64,${Buffer.from(JSON.stringify(result.map)).toString('base64')}`
          : '';
      return { body: result.code + map, type: 'js' };
    },
  };
}

/**
 * Server commands for test/emulator: `executeServerCommand('emulator-server-start', { count?, seed? })` starts the Node
 * emulator server (src/emulator/node.ts, loaded with vite.ssrLoadModule) and returns `{ url, endpoints }`;
 * `emulator-server-stop` closes it. One server per browser session, all closed when wtr stops.
 * @returns {import('@web/test-runner').TestRunnerPlugin}
 */
function emulatorServerCommands() {
  /** @type {Map<string, { close(): Promise<void> }>} */
  const servers = new Map();
  const stop = async (/** @type {string} */ id) => {
    await servers.get(id)?.close();
    servers.delete(id);
  };
  return {
    name: 'emulator-server-commands',
    async executeCommand({ command, payload, session }) {
      if (command === 'emulator-server-start') {
        await stop(session.id);
        const { createEmulatorServer } = await vite.ssrLoadModule('/src/emulator/node.ts');
        const server = await createEmulatorServer(payload ?? {});
        servers.set(session.id, server);
        return { url: server.url, endpoints: server.endpoints };
      }
      if (command === 'emulator-server-stop') {
        await stop(session.id);
        return true;
      }
      return undefined;
    },
    async serverStop() {
      await Promise.all([...servers.keys()].map(stop));
    },
  };
}

/**
 * Server commands for test/demo-server.test.ts: the `npm start` server's Node side (scripts/demo-server.mjs).
 * `demo-config` returns what readRealBackendConfig/checkRealBackend make of an environment (or their message);
 * `demo-proxy-start` starts the real-backend proxy on a Vite server, in front of an emulator server standing in for the
 * provider, and returns its URL; `demo-proxy-upstream` returns what reached that upstream (to check the token).
 * @returns {import('@web/test-runner').TestRunnerPlugin}
 */
function demoServerCommands() {
  /** @type {{ close(): Promise<void> }[]} */
  const open = [];
  /** @type {any} */
  let upstream;
  return {
    name: 'demo-server-commands',
    async executeCommand({ command, payload }) {
      if (command === 'demo-config') {
        const { readRealBackendConfig, checkRealBackend } = await import('./scripts/demo-server.mjs');
        try {
          const real = readRealBackendConfig(payload ?? {});
          if (real) await checkRealBackend(real);
          return { ok: true, real: real ? { provider: real.provider, target: real.target } : null };
        } catch (error) {
          return { ok: false, message: error instanceof Error ? error.message : String(error) };
        }
      }
      if (command === 'demo-proxy-start') {
        const { demoPlugin } = await import('./scripts/demo-server.mjs');
        const { createEmulatorServer } = await vite.ssrLoadModule('/src/emulator/node.ts');
        upstream = await createEmulatorServer({ count: 12 });
        open.push(upstream);
        const provider = payload?.provider ?? 'clerk';
        const real = { provider, target: upstream.endpoints[provider], token: payload?.token ?? 'secret' };
        const proxy = await createServer({
          configFile: false,
          logLevel: 'silent',
          root: 'demo',
          cacheDir: 'node_modules/.vite-demo-proxy', // not the test server's own cache, which it would re-bundle
          server: { port: 0, host: '127.0.0.1', hmr: false, ws: false },
          plugins: [demoPlugin({ real })],
        });
        await proxy.listen();
        open.push(proxy);
        const address = proxy.httpServer?.address();
        return { url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}` };
      }
      if (command === 'demo-proxy-upstream') {
        const provider = payload?.provider ?? 'clerk';
        return upstream.emulators[provider].requests.map((/** @type {any} */ r) => ({
          url: r.url,
          headers: r.headers,
        }));
      }
      return undefined;
    },
    async serverStop() {
      await Promise.all(open.map((s) => s.close()));
    },
  };
}

const files = process.env.TEST_FILES ? process.env.TEST_FILES.split(',') : ['test/**/*.test.ts'];

export default {
  files,
  plugins: [cspPage(), viteTransform(), emulatorServerCommands(), demoServerCommands(), packageCommands()],
  browsers: await browsers(),
  concurrency: 2,
  filterBrowserLogs,
  // summaryReporter lists every test by name, so a CI log reads like the spec it checks
  reporters: [summaryReporter({ flatten: false }), defaultReporter(), passedFailedReporter()],
  coverageConfig,
  testFramework: { config: { timeout: 8000 } },
};
