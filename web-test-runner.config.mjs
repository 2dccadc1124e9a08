// @ts-check
// Vite transforms every module the tests import — the same transform (Oxc, legacy decorators from tsconfig) that
// `vite build` and Storybook use. wtr keeps serving its own runner files and plain fetch()es (test/fixtures).
import { createServer } from 'vite';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { browsers, coverageConfig, filterBrowserLogs, passedFailedReporter } from './web-test-runner.browsers.mjs';

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
function viteTransform() {
  /** @type {import('vite').ViteDevServer} */
  let vite;
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

const files = process.env.TEST_FILES ? process.env.TEST_FILES.split(',') : ['test/**/*.test.ts'];

export default {
  files,
  plugins: [viteTransform()],
  browsers: await browsers(),
  concurrency: 2,
  filterBrowserLogs,
  // summaryReporter lists every test by name, so a CI log reads like the spec it checks
  reporters: [summaryReporter({ flatten: false }), defaultReporter(), passedFailedReporter()],
  coverageConfig,
  testFramework: { config: { timeout: 8000 } },
};
