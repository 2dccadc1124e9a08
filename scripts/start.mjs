#!/usr/bin/env node
// `npm start`: the demo page on a Vite dev server, with the library's server handler between the page and the
// provider (demo/backend.ts, bundled for Node on the fly):
// - default: browser → handler → the built-in emulators of Auth0, Clerk and Upsun over HTTP;
// - INVITATIONS_PROVIDER + that provider's credentials (README, "The demo against a real backend"):
//   browser → handler → the real provider.
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';
import { bundleForNode } from './node-bundle.mjs';

const root = fileURLToPath(new URL('../demo', import.meta.url));

function fail(message) {
  console.error(`\n✖ ${message}\n`);
  process.exit(1);
}

const [backendModule] = await bundleForNode('demo-backend', ['demo/backend.ts']);
/** @type {import('../demo/backend.ts')} */
const { readDemoSettings, startDemoBackend } = await import(backendModule);

let backend;
try {
  backend = await startDemoBackend(readDemoSettings(process.env));
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}

const port = Number(process.env.PORT) || 5173;
const server = await createServer({
  root,
  configFile: false,
  cacheDir: fileURLToPath(new URL('../node_modules/.vite-demo', import.meta.url)),
  logLevel: 'info',
  server: {
    port,
    host: process.env.HOST || 'localhost',
    fs: { allow: [fileURLToPath(new URL('..', import.meta.url))] },
  },
  plugins: [
    {
      name: 'invitation-elements-demo-backend',
      configureServer: (vite) => void vite.middlewares.use(backend.middleware),
    },
  ],
});
await server.listen();
server.printUrls();
console.log(`\n  ${backend.summary}\n`);
