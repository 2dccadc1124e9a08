#!/usr/bin/env node
// `npm start`: the demo page on a Vite dev server.
// - Default: the built-in emulators of Auth0, Clerk and Upsun, served over real HTTP under /emulator/… .
// - Real backend: INVITATIONS_PROVIDER + INVITATIONS_TARGET + INVITATIONS_TOKEN make the dev server proxy
//   /api/invitations to the real API and add the token on the server side, so the secret never reaches the browser.
import { createServer } from 'vite';
import { fileURLToPath } from 'node:url';
import { demoPlugin, readRealBackendConfig, checkRealBackend } from './demo-server.mjs';

const root = fileURLToPath(new URL('../demo', import.meta.url));

function fail(message) {
  console.error(`\n✖ ${message}\n`);
  process.exit(1);
}

let real;
try {
  real = readRealBackendConfig(process.env);
  if (real) await checkRealBackend(real);
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
  plugins: [demoPlugin({ real })],
});
await server.listen();
server.printUrls();
console.log(
  real
    ? `\n  Real ${real.provider} backend: /api/invitations → ${real.target} (token added by this server)\n`
    : '\n  Built-in emulators: /emulator/auth0/…, /emulator/clerk/…, /emulator/upsun/…\n',
);
