/**
 * `npm start`'s server side (demo/backend.ts): its settings, one clear message for each wrong one, the handler in
 * front of the emulators (default) and of a "real" provider (the emulators standing in, reached through the
 * INVITATIONS_API_URL / INVITATIONS_TOKEN_URL overrides), and `npm start` itself started as a user starts it.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { readDemoSettings, startDemoBackend, type DemoBackend } from '../../demo/backend.js';
import type { EmulatorServer } from '../../src/emulator/node.js';
import { CREDENTIALS, ORGS, raw, sameOrigin, secretsOf, startEmulators } from './support.js';

/** The demo backend's middleware behind Node's http on loopback. */
async function serve(backend: DemoBackend): Promise<{ url: string; close(): Promise<void> }> {
  const server: Server = createServer((req, res) =>
    backend.middleware(req, res, () => {
      res.statusCode = 404;
      res.end('not the backend');
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe('the demo settings', () => {
  const refused: [string, Record<string, string>, RegExp][] = [
    ['the old proxy settings', { INVITATIONS_TARGET: 'https://x.test', INVITATIONS_TOKEN: 't' }, /no longer read/],
    [
      'credentials without a provider',
      { CLERK_SECRET_KEY: 'sk' },
      /^CLERK_SECRET_KEY is set but INVITATIONS_PROVIDER is not\.$/,
    ],
    [
      'an unknown provider',
      { INVITATIONS_PROVIDER: 'okta' },
      /^Unknown INVITATIONS_PROVIDER "okta": use one of auth0, clerk, upsun\.$/,
    ],
    [
      'missing credentials',
      { INVITATIONS_PROVIDER: 'auth0', AUTH0_DOMAIN: 'acme.eu.auth0.com' },
      /^INVITATIONS_PROVIDER=auth0 needs AUTH0_CLIENT_ID, AUTH0_CLIENT_SECRET, AUTH0_ORGANIZATION too/,
    ],
    [
      'an organization id of another shape',
      { INVITATIONS_PROVIDER: 'upsun', UPSUN_API_TOKEN: 't', UPSUN_ORGANIZATION: 'org_1' },
      /^UPSUN_ORGANIZATION "org_1" is not a Upsun organization id\.$/,
    ],
    [
      'a domain that is a URL with a path',
      {
        INVITATIONS_PROVIDER: 'auth0',
        AUTH0_DOMAIN: 'https://acme.auth0.com/api',
        AUTH0_CLIENT_ID: 'c',
        AUTH0_CLIENT_SECRET: 's',
        AUTH0_ORGANIZATION: 'org_1',
      },
      /^AUTH0_DOMAIN must be the tenant's domain/,
    ],
    [
      'an API override that is not https',
      {
        INVITATIONS_PROVIDER: 'clerk',
        CLERK_SECRET_KEY: 'sk',
        CLERK_ORGANIZATION: 'org_1',
        INVITATIONS_API_URL: 'http://api.example',
      },
      /^INVITATIONS_API_URL must be an https: URL/,
    ],
  ];
  for (const [what, env, message] of refused) {
    it(`stops on ${what}, with one message`, () => assert.throws(() => readDemoSettings(env), { message }));
  }

  it('means the emulators when nothing is set, and a provider when its settings are', () => {
    assert.equal(readDemoSettings({}), undefined);
    assert.deepEqual(
      readDemoSettings({
        INVITATIONS_PROVIDER: 'auth0',
        AUTH0_DOMAIN: 'https://acme.eu.auth0.com/',
        AUTH0_CLIENT_ID: 'm2m',
        AUTH0_CLIENT_SECRET: 's3cret',
        AUTH0_ORGANIZATION: 'org_abc',
      }),
      {
        provider: 'auth0',
        credentials: { domain: 'acme.eu.auth0.com', clientId: 'm2m', clientSecret: 's3cret' },
        organization: 'org_abc',
        inviteClientId: 'm2m',
        endpoints: undefined,
      },
    );
  });
});

describe('the demo backend on the emulators (the default)', () => {
  let backend: DemoBackend;
  let server: { url: string; close(): Promise<void> };
  before(async () => {
    backend = await startDemoBackend(undefined);
    server = await serve(backend);
  });
  after(async () => {
    await server.close();
    await backend.close();
  });

  it('tells the page where each provider’s handler is, and nothing secret', async () => {
    const config = await raw(server.url, 'GET', '/demo-config.json');
    const body = JSON.parse(config.text) as { mode: string; endpoints: Record<string, string> };
    assert.equal(body.mode, 'emulator');
    assert.deepEqual(body.endpoints, {
      auth0: '/api/auth0/invitations',
      clerk: '/api/clerk/invitations',
      upsun: '/api/upsun/invitations',
    });
    assert.ok(!/secret|sk_test|token/i.test(config.text), config.text);
  });

  it('lists and creates through the handler, refuses what the handler refuses, and relays the faults', async () => {
    for (const provider of ['auth0', 'clerk', 'upsun']) {
      assert.equal((await raw(server.url, 'GET', `/api/${provider}/invitations`)).status, 200, provider);
      assert.equal((await raw(server.url, 'GET', `/api/${provider}/invitations/%2e%2e/%2e%2e/users`)).status, 404);
    }
    const created = await raw(server.url, 'POST', '/api/auth0/invitations', {
      headers: sameOrigin(server.url),
      body: JSON.stringify({ invitee: { email: 'demo@example.com' } }),
    });
    assert.equal(created.status, 200, created.text);
    assert.deepEqual(JSON.parse(created.text).inviter, { name: 'Demo Admin' }, 'set by the server');
    const fault = await raw(server.url, 'POST', '/emulator-control', {
      body: JSON.stringify({ provider: 'clerk', action: 'fault', fault: { kind: 'html', status: 502 } }),
    });
    assert.equal(fault.status, 200);
    const failed = await raw(server.url, 'GET', '/api/clerk/invitations');
    assert.equal(failed.status, 502);
    assert.match(JSON.parse(failed.text).errors[0].message, /Clerk failed \(HTTP 502\)/);
  });
});

describe('the demo backend on a real provider (the emulators standing in)', () => {
  let emulators: EmulatorServer;
  before(async () => {
    emulators = await startEmulators();
  });
  after(() => emulators.close());

  const env = (overrides: Record<string, string> = {}) => ({
    INVITATIONS_PROVIDER: 'upsun',
    UPSUN_API_TOKEN: CREDENTIALS.upsun.apiToken,
    UPSUN_ORGANIZATION: ORGS.upsun,
    INVITATIONS_API_URL: emulators.upstreams.upsun.api,
    INVITATIONS_TOKEN_URL: emulators.upstreams.upsun.token!,
    ...overrides,
  });

  it('serves the page’s list through the handler, with the token the API token was exchanged for', async () => {
    const backend = await startDemoBackend(readDemoSettings(env()));
    const server = await serve(backend);
    try {
      const list = await raw(server.url, 'GET', '/api/invitations');
      assert.equal(list.status, 200);
      const config = await raw(server.url, 'GET', '/demo-config.json');
      assert.deepEqual(JSON.parse(config.text), { mode: 'real', provider: 'upsun', endpoint: '/api/invitations' });
      const secrets = secretsOf(emulators);
      assert.ok(![list.text, config.text].some((t) => secrets.some((s) => t.includes(s))));
      const bearer = emulators.emulators.upsun.requests.at(-1)!.headers.authorization;
      assert.match(bearer ?? '', /^Bearer emu_/, 'an access token, not the API token');
    } finally {
      await server.close();
      await backend.close();
    }
  });

  it('stops with one message when the provider refuses the credentials, or has no such organization', async () => {
    await assert.rejects(
      startDemoBackend(readDemoSettings(env({ UPSUN_API_TOKEN: 'wrong-token' }))),
      /^Error: Upsun refused the credentials: check UPSUN_API_TOKEN, UPSUN_ORGANIZATION\./,
    );
    await assert.rejects(
      startDemoBackend(readDemoSettings(env({ UPSUN_ORGANIZATION: '01HZY3N5QF9V8K2M4R6T7W8X9Z' }))),
      /^Error: Upsun has no organization 01HZY3N5QF9V8K2M4R6T7W8X9Z \(HTTP 404\): check UPSUN_ORGANIZATION\.$/,
    );
  });
});

describe('npm start', () => {
  /** Runs scripts/start.mjs as `npm start` does; resolves with its output once `until` matches it, or it exits. */
  function start(env: Record<string, string>, until: RegExp) {
    const child = spawn(process.execPath, ['scripts/start.mjs'], {
      env: { ...process.env, ...env, FORCE_COLOR: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const done = new Promise<{ output: string; code: number | null }>((resolve) => {
      const check = (chunk: Buffer) => {
        output += chunk.toString();
        if (until.test(output)) resolve({ output, code: null });
      };
      child.stdout.on('data', check);
      child.stderr.on('data', check);
      child.on('exit', (code) => resolve({ output, code }));
    });
    return { child, done };
  }

  it('serves the demo page and the handler on the emulators', { timeout: 60_000 }, async () => {
    const port = String(20_000 + Math.floor(Math.random() * 20_000));
    const { child, done } = start({ PORT: port, HOST: '127.0.0.1' }, /Built-in emulators behind the server handler/);
    try {
      const { output, code } = await done;
      assert.equal(code, null, output);
      const base = `http://127.0.0.1:${port}`;
      const page = await fetch(`${base}/`);
      assert.match(await page.text(), /<invitation-list|main\.ts/);
      const list = await fetch(`${base}/api/clerk/invitations`);
      assert.equal(list.status, 200);
    } finally {
      child.kill();
    }
  });

  it('stops on a wrong setting with one clear message and exit code 1', { timeout: 60_000 }, async () => {
    const { done } = start({ INVITATIONS_PROVIDER: 'okta' }, /$^/);
    const { output, code } = await done;
    assert.equal(code, 1);
    assert.equal(output.trim(), '✖ Unknown INVITATIONS_PROVIDER "okta": use one of auth0, clerk, upsun.');
  });
});
