/**
 * `invitation-elements/server` outside Node: bundled for the browser platform (as Wrangler and Deno bundle a Worker),
 * with any `node:` or Node built-in import an error, then run in a bare V8 context holding only the web globals a
 * Worker has — no `process`, `require`, `Buffer` — where importing it changes nothing and a handler serves a list
 * and a create through the emulator over loopback.
 */
import assert from 'node:assert/strict';
import { builtinModules } from 'node:module';
import { createContext, runInContext } from 'node:vm';
import { after, before, describe, it } from 'node:test';
import { build, type Plugin } from 'esbuild';
import type { EmulatorServer } from '../../src/emulator/node.js';
import { CREDENTIALS, ORGS, startEmulators } from './support.js';

// the repository (scripts/test-node.mjs runs the bundled suites from there; import.meta.url is the bundle's)
const root = `${process.cwd()}/`;
const BUILTINS = new Set(builtinModules);

/** Fails the build on any import of a Node built-in, naming the importer. */
const noNodeBuiltins: Plugin = {
  name: 'no-node-builtins',
  setup(b) {
    b.onResolve({ filter: /.*/ }, (args) =>
      args.path.startsWith('node:') || BUILTINS.has(args.path.split('/')[0])
        ? { errors: [{ text: `${args.importer} imports the Node built-in "${args.path}"` }] }
        : undefined,
    );
  },
};

async function bundle(entry: string): Promise<string> {
  const result = await build({
    absWorkingDir: root,
    stdin: { contents: entry, resolveDir: root, loader: 'ts' },
    bundle: true,
    platform: 'browser',
    format: 'iife',
    globalName: 'server',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
    tsconfig: `${root}tsconfig.json`,
    plugins: [noNodeBuiltins],
  });
  return result.outputFiles[0].text;
}

/** The globals of a Worker this code may use, and nothing of Node's. */
function workerGlobals(fetchCalls: string[]) {
  return {
    Request,
    Response,
    Headers,
    URL,
    URLSearchParams,
    TextEncoder,
    TextDecoder,
    ReadableStream,
    AbortController,
    AbortSignal,
    DOMException,
    crypto,
    btoa,
    atob,
    console,
    setTimeout,
    clearTimeout,
    queueMicrotask,
    structuredClone,
    performance,
    fetch: (input: RequestInfo | URL, init?: RequestInit) => {
      fetchCalls.push(String(input));
      return fetch(input, init);
    },
  };
}

let emulators: EmulatorServer;
before(async () => {
  emulators = await startEmulators();
});
after(() => emulators.close());

describe('the server entry in a Worker-like runtime', () => {
  it('refuses to bundle a Node built-in (the check itself works)', async () => {
    await assert.rejects(bundle(`import 'node:fs'; export {}`), /imports the Node built-in "node:fs"/);
    await assert.rejects(bundle(`import 'crypto'; export {}`), /imports the Node built-in "crypto"/);
  });

  it('bundles for the browser platform with no Node built-in, and importing it has no effect', async () => {
    const code = await bundle(`export * from './src/server/index.ts';`);
    const calls: string[] = [];
    const context = createContext(workerGlobals(calls));
    const before = Object.getOwnPropertyNames(context).sort();
    runInContext(code, context);
    const added = Object.getOwnPropertyNames(context).filter((name) => !before.includes(name));
    assert.deepEqual(added, ['server'], 'globals the import added');
    assert.deepEqual(calls, [], 'requests the import made');
    assert.equal(
      typeof (context.server as { createInvitationsHandler?: unknown }).createInvitationsHandler,
      'function',
    );
  });

  for (const provider of ['auth0', 'upsun'] as const) {
    it(`serves a list and a create for ${provider} there, token request included`, async () => {
      const code = await bundle(`export * from './src/server/index.ts';`);
      const calls: string[] = [];
      const context = createContext({ ...workerGlobals(calls), emulatorUpstream: emulators.upstreams[provider] });
      runInContext(code, context);
      context.config = { provider, credentials: CREDENTIALS[provider], organization: ORGS[provider] };
      // the handler is made and called inside the context: its Request, Response and fetch are the context's
      const run = runInContext(
        `(async () => {
          const handle = server.createInvitationsHandler({
            provider: config.provider,
            credentials: config.credentials,
            endpoints: emulatorUpstream,
            organization: () => config.organization,
            authorize: () => true,
          });
          const list = await handle(new Request('https://app.example/api/invitations'));
          const body = config.provider === 'auth0'
            ? { inviter: { name: 'Ada' }, invitee: { email: 'worker@example.com' }, client_id: 'AaiyAPdpYdesoKnqjj8HJqRn4T5titww' }
            : { email: 'worker@example.com', permissions: ['billing'] };
          const created = await handle(new Request('https://app.example/api/invitations', {
            method: 'POST',
            headers: { 'content-type': 'application/json', origin: 'https://app.example', 'sec-fetch-site': 'same-origin' },
            body: JSON.stringify(body),
          }));
          return { list: list.status, created: created.status, createdBody: await created.json() };
        })()`,
        context,
      ) as Promise<{ list: number; created: number; createdBody: { email?: string; invitee?: { email: string } } }>;
      const result = await run;
      assert.equal(result.list, 200);
      assert.ok(result.created === 200 || result.created === 201, String(result.created));
      assert.equal(result.createdBody.email ?? result.createdBody.invitee?.email, 'worker@example.com');
      assert.equal(calls.filter((c) => c === emulators.upstreams[provider].token).length, 1, 'one token request');
    });
  }
});
