// @ts-check
// The demo dev server's Node side: mounts the emulators (and a small control API for the fault toggles), or proxies
// a real provider with the token added here, never in the browser.

import { fileURLToPath } from 'node:url';
import { loadProviderTable } from './providers.mjs';

/** The built-in providers (the provider table). */
const { PROVIDER_NAMES: PROVIDERS } = await loadProviderTable();

/**
 * Reads the real-backend settings; undefined when none is set (emulator mode). Throws one clear message for a
 * half-made or wrong configuration.
 * @param {Record<string, string | undefined>} env
 */
export function readRealBackendConfig(env) {
  const provider = env.INVITATIONS_PROVIDER?.trim();
  const target = env.INVITATIONS_TARGET?.trim();
  const token = env.INVITATIONS_TOKEN?.trim();
  if (!provider && !target && !token) return undefined;
  const hint =
    'Set all three of INVITATIONS_PROVIDER, INVITATIONS_TARGET and INVITATIONS_TOKEN, or none for the emulator.';
  if (!provider) throw new Error(`INVITATIONS_PROVIDER is not set. ${hint}`);
  if (!PROVIDERS.includes(provider)) {
    throw new Error(`Unknown INVITATIONS_PROVIDER "${provider}": use one of ${PROVIDERS.join(', ')}.`);
  }
  if (!target) throw new Error(`INVITATIONS_TARGET is not set (the provider's invitations collection URL). ${hint}`);
  let url;
  try {
    url = new URL(target);
  } catch {
    throw new Error(`INVITATIONS_TARGET is not a URL: "${target}".`);
  }
  const local = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
  if (url.protocol !== 'https:' && !(local && url.protocol === 'http:')) {
    throw new Error(`INVITATIONS_TARGET must be an https: URL (http: only for localhost), got "${target}".`);
  }
  if (!token) throw new Error(`INVITATIONS_TOKEN is not set: the ${provider} API needs a server-side token. ${hint}`);
  return { provider, target: url.href.replace(/\/+$/, ''), token };
}

/**
 * One GET of the collection with the token, so a wrong target or token stops the server with a clear message
 * instead of a page full of errors.
 * @param {{ provider: string, target: string, token: string }} real
 */
export async function checkRealBackend(real, fetchImpl = globalThis.fetch) {
  let response;
  try {
    response = await fetchImpl(real.target, {
      headers: { authorization: `Bearer ${real.token}`, accept: 'application/json' },
      signal: AbortSignal.timeout(10000),
    });
  } catch (error) {
    const reason =
      error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : String(error);
    throw new Error(`Cannot reach INVITATIONS_TARGET ${real.target}: ${reason}.`);
  }
  if (response.status === 401 || response.status === 403) {
    throw new Error(
      `${real.provider} refused INVITATIONS_TOKEN (HTTP ${response.status}). Check the token and its scopes.`,
    );
  }
  if (response.status === 404)
    throw new Error(`INVITATIONS_TARGET answered 404: is ${real.target} the invitations collection?`);
}

/** @param {import('node:http').IncomingMessage} req */
async function readBody(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}

/** @param {import('node:http').ServerResponse} res @param {number} status @param {unknown} body */
function sendJson(res, status, body) {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json');
  res.end(JSON.stringify(body));
}

/**
 * @param {{ real?: { provider: string, target: string, token: string } }} options
 * @returns {import('vite').Plugin}
 */
export function demoPlugin({ real }) {
  return {
    name: 'invitation-elements-demo',
    async configureServer(server) {
      if (real) {
        server.middlewares.use('/api/invitations', (req, res) => void proxy(real, req, res));
        server.middlewares.use('/demo-config.json', (_req, res) =>
          sendJson(res, 200, { mode: 'real', provider: real.provider, endpoint: '/api/invitations' }),
        );
        return;
      }
      // The emulator is TypeScript source: Vite loads it for Node (the same code the browser tests run).
      const load = (file) => server.ssrLoadModule(fileURLToPath(new URL(`../src/emulator/${file}`, import.meta.url)));
      const { createEmulator } = await load('index.ts');
      const { emulatorMiddleware } = await load('node.ts');
      const emulators = Object.fromEntries(
        PROVIDERS.map((provider) => [provider, createEmulator({ provider, count: 120, seed: 7 })]),
      );
      const serveEmulators = emulatorMiddleware(emulators, '/emulator');
      const endpoints = () =>
        Object.fromEntries(
          PROVIDERS.map((p) => [p, `/emulator/${p}${new URL(emulators[p].endpoint).pathname.slice(`/${p}`.length)}`]),
        );
      server.middlewares.use('/demo-config.json', (_req, res) =>
        sendJson(res, 200, {
          mode: 'emulator',
          endpoints: endpoints(),
          roles: Object.fromEntries(PROVIDERS.map((p) => [p, emulators[p].roles])),
        }),
      );
      // The demo's fault toggles: POST /emulator-control {provider, action, ...}
      server.middlewares.use('/emulator-control', async (req, res) => {
        if (req.method !== 'POST') return sendJson(res, 405, { error: 'POST only' });
        let command;
        try {
          command = JSON.parse((await readBody(req)).toString('utf8'));
        } catch {
          return sendJson(res, 400, { error: 'JSON body expected' });
        }
        const emulator = emulators[command.provider];
        if (!emulator) return sendJson(res, 400, { error: `unknown provider ${command.provider}` });
        if (command.action === 'latency') emulator.latency(command.latency ?? 0);
        else if (command.action === 'fault') emulator.fault(command.fault);
        else if (command.action === 'clear') emulator.clearFaults();
        else if (command.action === 'reset') emulator.store.reset();
        else return sendJson(res, 400, { error: `unknown action ${command.action}` });
        sendJson(res, 200, { ok: true });
      });
      server.middlewares.use(serveEmulators);
    },
  };
}

/**
 * Forwards /api/invitations/… to the real API with the token. Only the method, the query, the JSON body and
 * content-type/accept headers go through: no cookies, no browser credentials.
 * @param {{ provider: string, target: string, token: string }} real
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 */
async function proxy(real, req, res) {
  const suffix = req.url === '/' ? '' : (req.url ?? '');
  const url = `${real.target}${suffix.startsWith('?') ? suffix : suffix.replace(/^\/?/, suffix ? '/' : '')}`;
  const method = (req.method ?? 'GET').toUpperCase();
  const body = method === 'GET' || method === 'HEAD' ? undefined : await readBody(req);
  try {
    const upstream = await fetch(url, {
      method,
      headers: {
        authorization: `Bearer ${real.token}`,
        accept: 'application/json',
        ...(body?.length ? { 'content-type': req.headers['content-type'] ?? 'application/json' } : {}),
        ...(real.provider === 'clerk' ? { 'clerk-api-version': '2026-05-12' } : {}),
      },
      body: body?.length ? body : undefined,
    });
    res.statusCode = upstream.status;
    for (const name of [
      'content-type',
      'retry-after',
      'x-ratelimit-limit',
      'x-ratelimit-remaining',
      'x-ratelimit-reset',
    ]) {
      const value = upstream.headers.get(name);
      if (value) res.setHeader(name, value);
    }
    const link = upstream.headers.get('link');
    if (link) res.setHeader('link', link.split(real.target).join('/api/invitations'));
    res.end(Buffer.from(await upstream.arrayBuffer()));
  } catch (error) {
    sendJson(res, 502, {
      error: `The demo server could not reach ${real.provider}: ${error instanceof Error ? error.message : error}`,
    });
  }
}
