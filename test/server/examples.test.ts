/**
 * The README's "Your server" examples (examples/server/*.ts), run as written: each bundled as a user's build would
 * (`invitation-elements/server` → the sources; the app's `getSession` → a stand-in that reads a test header),
 * served over HTTP on loopback, with the providers' real URLs routed to the emulators (as a corporate proxy would),
 * each emulator requiring the credentials the example reads from its environment. The README holds each file's
 * text verbatim.
 */
import assert from 'node:assert/strict';
import { readFileSync, mkdirSync } from 'node:fs';
import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { build } from 'esbuild';
import type { EmulatorServer } from '../../src/emulator/node.js';
import { toNodeListener } from '../../src/server/index.js';
import { CREDENTIALS, ORGS, raw, sameOrigin, startEmulators, type ProviderName } from './support.js';

const root = `${process.cwd()}/`;
const out = `${root}node_modules/.cache/examples/`;

/** Bundles an example as a user's bundler would, with the test's session in place of the app's. */
async function load(file: string): Promise<Record<string, unknown>> {
  mkdirSync(out, { recursive: true });
  const outfile = `${out}${file.replace(/\.ts$/, '.mjs')}`;
  await build({
    absWorkingDir: root,
    entryPoints: [`examples/server/${file}`],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'silent',
    plugins: [
      {
        name: 'example-imports',
        setup(b) {
          b.onResolve({ filter: /^invitation-elements\/server$/ }, () => ({ path: `${root}src/server/index.ts` }));
          b.onResolve({ filter: /^\.\/session\.js$/ }, () => ({ path: `${root}test/server/session-stand-in.ts` }));
        },
      },
    ],
  });
  return (await import(`${outfile}?${Date.now()}`)) as Record<string, unknown>;
}

let emulators: EmulatorServer;
const realFetch = globalThis.fetch;
before(async () => {
  emulators = await startEmulators();
  // The providers' own URLs, routed to the emulators.
  const routes: [string, string][] = [
    [`https://${CREDENTIALS.auth0.domain}/api/v2`, emulators.upstreams.auth0.api],
    [`https://${CREDENTIALS.auth0.domain}/oauth/token`, emulators.upstreams.auth0.token!],
    ['https://api.clerk.com/v1', emulators.upstreams.clerk.api],
    ['https://auth.upsun.com/oauth2/token', emulators.upstreams.upsun.token!],
    ['https://api.upsun.com', emulators.upstreams.upsun.api],
  ];
  globalThis.fetch = (input, init) => {
    const url = String(input instanceof Request ? input.url : input);
    const route = routes.find(([from]) => url.startsWith(from));
    assert.ok(route, `the example called ${url}`);
    return realFetch(`${route[1]}${url.slice(route[0].length)}`, init);
  };
  Object.assign(process.env, {
    AUTH0_DOMAIN: CREDENTIALS.auth0.domain,
    AUTH0_CLIENT_ID: CREDENTIALS.auth0.clientId,
    AUTH0_CLIENT_SECRET: CREDENTIALS.auth0.clientSecret,
    AUTH0_APP_CLIENT_ID: 'AaiyAPdpYdesoKnqjj8HJqRn4T5titww',
    CLERK_SECRET_KEY: CREDENTIALS.clerk.secretKey,
    UPSUN_API_TOKEN: CREDENTIALS.upsun.apiToken,
  });
});
after(async () => {
  globalThis.fetch = realFetch;
  await emulators.close();
});

async function listen(listener: RequestListener | Server): Promise<{ url: string; close(): Promise<void> }> {
  const server = typeof listener === 'function' ? createServer(listener) : listener;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A create body each provider's example accepts, and what its policy sets in it. */
const CREATE: Record<ProviderName, (email: string) => unknown> = {
  auth0: (email) => ({ invitee: { email } }),
  clerk: (email) => ({ email_address: email, role: 'org:member' }),
  upsun: (email) => ({ email, permissions: ['billing'] }),
};

const EXAMPLES: {
  file: string;
  provider: ProviderName;
  serve(module: Record<string, unknown>): RequestListener | Server;
}[] = [
  {
    file: 'next-route.ts',
    provider: 'clerk',
    // Next.js calls the exported function of the request's method
    serve: (route) =>
      toNodeListener((request) => {
        const method = route[request.method] as ((r: Request) => Promise<Response>) | undefined;
        return method ? method(request) : Promise.resolve(new Response(null, { status: 405 }));
      }) as RequestListener,
  },
  { file: 'express.ts', provider: 'auth0', serve: (module) => module.default as RequestListener },
  {
    file: 'hono.ts',
    provider: 'upsun',
    serve: (module) =>
      toNodeListener((request) =>
        (module.default as { fetch(r: Request, env: unknown): Promise<Response> }).fetch(request, {
          UPSUN_API_TOKEN: CREDENTIALS.upsun.apiToken,
        }),
      ) as RequestListener,
  },
  { file: 'node-http.ts', provider: 'upsun', serve: (module) => module.server as Server },
];

for (const example of EXAMPLES) {
  describe(`examples/server/${example.file} (${example.provider})`, () => {
    let server: { url: string; close(): Promise<void> };
    before(async () => {
      // the session stand-in answers this organization, and a manager the emulated organization has as an admin
      process.env.EXAMPLE_PROVIDER = example.provider;
      process.env.EXAMPLE_MANAGER_ID = emulators.emulators.clerk.inviters[0].id;
      server = await listen(example.serve(await load(example.file)));
    });
    after(() => server.close());

    const as = (user?: string): Record<string, string> => (user ? { 'x-test-user': user } : {});

    it('lists for a signed-in user, through the provider, for the session’s organization', async () => {
      const from = emulators.emulators[example.provider].requests.length;
      const answer = await raw(server.url, 'GET', '/api/invitations', { headers: as('viewer') });
      assert.equal(answer.status, 200, answer.text);
      const calls = emulators.emulators[example.provider].requests.slice(from).filter((r) => !/token$/.test(r.url));
      assert.ok(calls.every((c) => c.url.includes(`/organizations/${ORGS[example.provider]}/invitations`)));
    });

    it('creates for a manager, with what the server’s policy sets', async () => {
      const email = `example.${example.file.replace(/\W/g, '')}@example.com`;
      const answer = await raw(server.url, 'POST', '/api/invitations', {
        headers: { ...sameOrigin(server.url), ...as('manager') },
        body: JSON.stringify(CREATE[example.provider](email)),
      });
      assert.ok(answer.status === 200 || answer.status === 201, answer.text);
      const sent = emulators.emulators[example.provider].requests
        .filter((r) => r.method === 'POST' && !/token$/.test(r.url))
        .at(-1)!.body as Record<string, unknown>;
      if (example.provider === 'auth0') {
        assert.equal(sent.client_id, 'AaiyAPdpYdesoKnqjj8HJqRn4T5titww');
        assert.deepEqual(sent.inviter, { name: 'Manny Manager' });
      }
      if (example.provider === 'clerk') assert.equal(sent.inviter_user_id, process.env.EXAMPLE_MANAGER_ID);
    });

    it('refuses a create to a user who may only look (403), and everything without a session (404)', async () => {
      const from = emulators.emulators[example.provider].requests.length;
      const viewer = await raw(server.url, 'POST', '/api/invitations', {
        headers: { ...sameOrigin(server.url), ...as('viewer') },
        body: JSON.stringify(CREATE[example.provider]('nope@example.com')),
      });
      assert.equal(viewer.status, 403);
      assert.equal((await raw(server.url, 'GET', '/api/invitations')).status, 404);
      assert.equal(
        (await raw(server.url, 'GET', '/api/invitations/%2e%2e/%2e%2e/users', { headers: as('manager') })).status,
        404,
      );
      assert.equal(emulators.emulators[example.provider].requests.length, from, 'nothing reached the provider');
    });
  });
}

describe('toNodeListener after express.json() (the body already parsed)', () => {
  it('forwards the parsed create, and refuses what the handler refuses', async () => {
    const { default: express } = await import('express');
    const { createInvitationsHandler } = await import('../../src/server/index.js');
    const app = express();
    app.use(express.json());
    app.use(
      toNodeListener(
        createInvitationsHandler({
          provider: 'clerk',
          credentials: CREDENTIALS.clerk,
          endpoints: emulators.upstreams.clerk,
          organization: () => ORGS.clerk,
          authorize: () => true,
          policy: { roles: ['org:member'] },
          fetch: realFetch,
        }),
      ),
    );
    const server = await listen(app as unknown as RequestListener);
    try {
      const created = await raw(server.url, 'POST', '/api/invitations', {
        headers: sameOrigin(server.url),
        body: JSON.stringify(CREATE.clerk('parsed.first@example.com')),
      });
      assert.equal(created.status, 200, created.text);
      assert.equal(emulators.emulators.clerk.requests.at(-1)!.body!.constructor, Object);
      const refused = await raw(server.url, 'POST', '/api/invitations', {
        headers: sameOrigin(server.url),
        body: JSON.stringify({ email_address: 'x@example.com', role: 'org:admin' }),
      });
      assert.equal(refused.status, 400);
    } finally {
      await server.close();
    }
  });
});

describe('the README', () => {
  it('shows each example exactly as the file the tests run', () => {
    const readme = readFileSync(`${root}README.md`, 'utf8');
    for (const { file } of EXAMPLES) {
      const text = readFileSync(`${root}examples/server/${file}`, 'utf8');
      assert.ok(readme.includes(`\`\`\`ts\n${text}\`\`\``), `README.md lacks examples/server/${file} as it is`);
    }
  });
});
