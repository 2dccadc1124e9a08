// @ts-check
// The server half inside the test server, for test/e2e: `executeServerCommand('handler-start', { count, seed })`
// starts the emulators over real HTTP on loopback, each requiring its provider's credentials, and one
// `createInvitationsHandler` per provider (src/server, loaded through Vite) mounted on this origin at
// `/__handler/{set}/{provider}/invitations` — so the elements reach it with the browser's own fetch, same-origin,
// as on a real site. `handler-upstream` returns what reached a provider's emulator (the handler's calls, token
// requests included); `handler-audits` the handler's audit events; `handler-stop` closes the set.

/** Credentials the emulators require and the handlers hold (never sent to the browser). */
const CREDENTIALS = {
  auth0: { domain: 'tenant.invalid', clientId: 'e2e_m2m_client', clientSecret: 'e2e-auth0-secret-7Hq' },
  clerk: { secretKey: 'sk_test_e2eClerkKey4Rw' },
  upsun: { apiToken: 'e2e-upsun-api-token-9Zt' },
};
const ORGS = { auth0: 'org_demo', clerk: 'org_demo', upsun: '01HZY3N5QF9V8K2M4R6T7W8X9Y' };
/** What the server sets in every Auth0 create, whatever the page sends (the policy). */
const AUTH0_POLICY = { clientId: 'AaiyAPdpYdesoKnqjj8HJqRn4T5titww', inviterName: 'E2E Admin' };

/**
 * @typedef {{ listeners: Record<string, Function>, emulators: any, audits: unknown[], close(): Promise<void> }} HandlerSet
 * @type {Map<string, HandlerSet>}
 */
const sets = new Map();

/** Koa middleware: `/__handler/{set}/…` goes to that set's handler for the provider, as Node's http would. */
export function handlerMiddleware() {
  return async (/** @type {any} */ ctx, /** @type {() => Promise<void>} */ next) => {
    const match = /^\/__handler\/([\w-]+)\/([a-z0-9]+)\//.exec(ctx.path);
    const listener = match && sets.get(match[1])?.listeners[match[2]];
    if (!listener) return next();
    ctx.respond = false;
    await listener(ctx.req, ctx.res);
  };
}

/**
 * @param {() => import('vite').ViteDevServer} vite the test server's Vite (loads the TypeScript sources for Node)
 * @returns {import('@web/test-runner').TestRunnerPlugin}
 */
export function handlerCommands(vite) {
  const stop = async (/** @type {string} */ id) => {
    await sets.get(id)?.close();
    sets.delete(id);
  };
  return {
    name: 'handler-commands',
    async executeCommand({ command, payload, session }) {
      const id = session.id;
      if (command === 'handler-start') {
        await stop(id);
        const { createEmulatorServer } = await vite().ssrLoadModule('/src/emulator/node.ts');
        const { createInvitationsHandler, toNodeListener } = await vite().ssrLoadModule('/src/server/index.ts');
        const { count = 30, seed = 5 } = /** @type {{ count?: number, seed?: number }} */ (payload ?? {});
        const emulators = await createEmulatorServer({
          count,
          seed,
          credentials: {
            auth0: { clientId: CREDENTIALS.auth0.clientId, clientSecret: CREDENTIALS.auth0.clientSecret },
            clerk: { secretKey: CREDENTIALS.clerk.secretKey },
            upsun: { apiToken: CREDENTIALS.upsun.apiToken },
          },
        });
        /** @type {unknown[]} */
        const audits = [];
        /** @type {Record<string, Function>} */
        const listeners = {};
        /** @type {Record<string, string>} */
        const endpoints = {};
        for (const provider of /** @type {const} */ (['auth0', 'clerk', 'upsun'])) {
          const basePath = `/__handler/${id}/${provider}/invitations`;
          const handler = createInvitationsHandler({
            provider,
            credentials: CREDENTIALS[provider],
            endpoints: emulators.upstreams[provider],
            basePath,
            organization: () => ORGS[provider],
            authorize: () => true,
            policy: provider === 'auth0' ? AUTH0_POLICY : undefined,
            onAudit: (/** @type {any} */ { request: _request, ...event }) => audits.push({ provider, ...event }),
          });
          listeners[provider] = toNodeListener(handler, { basePath });
          endpoints[provider] = basePath;
        }
        sets.set(id, { listeners, emulators, audits, close: () => emulators.close() });
        return { endpoints };
      }
      const set = sets.get(id);
      if (command === 'handler-upstream') {
        const provider = /** @type {{ provider: 'auth0' | 'clerk' | 'upsun' }} */ (payload).provider;
        return set?.emulators.emulators[provider].requests.map((/** @type {any} */ r) => ({
          method: r.method,
          url: r.url,
          body: r.body,
          headers: r.headers,
        }));
      }
      if (command === 'handler-audits') return set?.audits;
      if (command === 'handler-secrets') {
        // what the page must never see: the credentials, and every token the emulators issued
        const tokens = Object.values(set?.emulators.emulators ?? {}).flatMap((/** @type {any} */ e) =>
          e.requests.map((/** @type {any} */ r) => /^Bearer (\S+)$/.exec(r.headers.authorization ?? '')?.[1]),
        );
        const secrets = [CREDENTIALS.auth0.clientSecret, CREDENTIALS.clerk.secretKey, CREDENTIALS.upsun.apiToken];
        return [...new Set([...secrets, ...tokens.filter(Boolean)])];
      }
      if (command === 'handler-stop') {
        await stop(id);
        return true;
      }
      return undefined;
    },
    async serverStop() {
      await Promise.all([...sets.keys()].map(stop));
    },
  };
}
