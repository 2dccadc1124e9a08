// @ts-check
// Vite transforms every module the tests import — the same transform (Oxc, legacy decorators from tsconfig) that
// `vite build` and Storybook use. wtr keeps serving its own runner files and plain fetch()es (test/fixtures).
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';
import { htmlLiteralsPlugin } from './scripts/html-literals.mjs';
import { cssLiteralsPlugin } from './scripts/css-literals.mjs';
import react from '@vitejs/plugin-react';
import vue from '@vitejs/plugin-vue';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import {
  browsers,
  coverageConfig,
  enginesFrom,
  filterBrowserLogs,
  passedFailedReporter,
} from './web-test-runner.browsers.mjs';
import { packageCommands } from './test/node/package-commands.mjs';
import { cspPage } from './test/hardening/csp/server.mjs';
import { handlerCommands, handlerMiddleware } from './test/e2e/handler-server.mjs';
import { CHROMIUM_ONLY_SUITES } from './test/support/engine-limits.mjs';

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
          // MINIFY_LITERALS=1: the css`` and html`` templates minified as `vite build` ships them
          ...(process.env.MINIFY_LITERALS ? [cssLiteralsPlugin(), htmlLiteralsPlugin()] : []),
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
 * The commands of test/support/engines.ts, in every engine:
 * - `engine-viewport` sets the viewport: Playwright's and puppeteer's own command; for WebKit over WebDriver, the
 *   window is resized until its inner size is the one asked for;
 * - `engine-chord` presses a chord such as Shift+Tab (wtr's sendKeys has no chord for WebDriver).
 * @returns {import('@web/test-runner').TestRunnerPlugin}
 */
function engineCommands() {
  return {
    name: 'engine-commands',
    async executeCommand({ command, payload, session }) {
      const browser = /** @type {any} */ (session.browser);
      if (command === 'engine-chord') {
        // a chord (`['Shift', 'Tab']`): the modifiers held while the last key is pressed
        const keys = /** @type {{ keys: string[] }} */ (payload).keys;
        if (browser.type === 'playwright') await browser.getPage(session.id).keyboard.press(keys.join('+'));
        else if (browser.type === 'puppeteer') {
          const { keyboard } = browser.getPage(session.id);
          for (const key of keys.slice(0, -1)) await keyboard.down(key);
          await keyboard.press(keys.at(-1));
          for (const key of keys.slice(0, -1).reverse()) await keyboard.up(key);
        } else await browser.driver.keys(keys); // WebDriver holds the modifiers of one call until its end
        return true;
      }
      if (command !== 'engine-viewport') return undefined;
      const { width, height } = /** @type {{ width: number, height: number }} */ (payload);
      if (browser.type === 'playwright') await browser.getPage(session.id).setViewportSize({ width, height });
      else if (browser.type === 'puppeteer') await browser.getPage(session.id).setViewport({ width, height });
      else {
        const driver = browser.driver; // the webdriverio session of @web/test-runner-webdriver
        let [w, h] = [width, height];
        for (let i = 0; i < 3; i++) {
          await driver.setWindowSize(w, h);
          const [innerWidth, innerHeight] = await driver.execute('return [window.innerWidth, window.innerHeight]');
          if (innerWidth === width && innerHeight === height) break;
          [w, h] = [w + width - innerWidth, h + height - innerHeight];
        }
      }
      return true;
    },
  };
}

const engines = enginesFrom(process.env.TEST_ENGINES);
// test/server/ is Node's (scripts/test-node.mjs runs it with Node's test runner)
const files = process.env.TEST_FILES ? process.env.TEST_FILES.split(',') : ['test/**/*.test.ts', '!test/server/**'];
// suites that run in Chromium only, and why: test/support/engine-limits.mjs
const chromiumOnly = Object.keys(CHROMIUM_ONLY_SUITES);
/** Whether this run is Chromium's (scripts/test.mjs starts one run per engine). */
const inChromium = engines.includes('chromium');

export default {
  files: inChromium ? files : [...files, ...chromiumOnly.map((f) => `!${f}`)],
  plugins: [
    cspPage(),
    viteTransform(),
    emulatorServerCommands(),
    packageCommands(),
    engineCommands(),
    handlerCommands(() => vite),
  ],
  // the server handler of test/e2e, on this origin (the elements reach it with the browser's fetch)
  middleware: [handlerMiddleware()],
  browsers: await browsers(engines),
  // One test file at a time in Firefox and WebKit: Firefox gives keyboard focus to one tab only (a test file in a
  // background tab cannot type), and WebKit's driver cannot send keys into the iframes it runs files side by side in.
  concurrency: engines.every((e) => e === 'chromium') ? 2 : 1,
  filterBrowserLogs,
  // summaryReporter lists every test by name, so a CI log reads like the spec it checks
  reporters: [summaryReporter({ flatten: false }), defaultReporter(), passedFailedReporter()],
  coverageConfig,
  testFramework: { config: { timeout: 8000 } },
};
