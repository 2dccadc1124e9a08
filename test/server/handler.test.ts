/**
 * The server handler over real HTTP on loopback, in front of the emulators (which require the providers'
 * credentials): what it forwards, what it refuses before any upstream call, and what the browser gets back.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { EmulatorServer } from '../../src/emulator/node.js';
import { readFileSync } from 'node:fs';
import { BUILTIN_ADAPTERS } from '../../src/providers/providers.js';
import { SERVER_DIALECTS, createInvitationsHandler } from '../../src/server/index.js';
import {
  CREDENTIALS,
  ORGS,
  PROVIDERS,
  raw,
  sameOrigin,
  startEmulators,
  startHandler,
  type ProviderName,
  type Started,
} from './support.js';

/** A create body each provider accepts, for `email`. */
const CREATE: Record<ProviderName, (email: string) => unknown> = {
  auth0: (email) => ({ inviter: { name: 'Ada' }, invitee: { email }, client_id: 'AaiyAPdpYdesoKnqjj8HJqRn4T5titww' }),
  clerk: (email) => ({ email_address: email, role: 'org:member' }),
  upsun: (email) => ({ email, permissions: ['members'] }),
};

let emulators: EmulatorServer;
before(async () => {
  emulators = await startEmulators();
});
after(() => emulators.close());

/** Upstream requests the emulator of `provider` got since `from` (token requests included). */
const upstream = (provider: ProviderName, from = 0) => emulators.emulators[provider].requests.slice(from);

for (const provider of PROVIDERS) {
  describe(`the handler in front of ${provider}`, () => {
    let server: Started;
    before(async () => {
      server = await startHandler(provider, emulators);
    });
    after(() => server.close());

    it("lists through the provider with its token, and answers the provider's JSON", async () => {
      const from = emulators.emulators[provider].requests.length;
      const response = await raw(server.url, 'GET', '/api/invitations');
      assert.equal(response.status, 200);
      assert.match(String(response.headers['content-type']), /^application\/json/);
      assert.ok(JSON.parse(response.text), 'a JSON body');
      const calls = upstream(provider, from).filter((r) => !r.url.includes('token'));
      assert.equal(calls.length, 1);
      assert.match(calls[0].headers.authorization ?? '', /^Bearer \S+$/);
      assert.ok(new URL(calls[0].url).pathname.endsWith(`/organizations/${ORGS[provider]}/invitations`));
      if (provider === 'clerk') assert.equal(calls[0].headers['clerk-api-version'], '2026-05-12');
    });

    it('creates and revokes, for a same-origin page', async () => {
      const created = await raw(server.url, 'POST', '/api/invitations', {
        headers: sameOrigin(server.url),
        body: JSON.stringify(CREATE[provider](`new.${provider}@example.com`)),
      });
      assert.ok(created.status === 200 || created.status === 201, `create: ${created.status} ${created.text}`);
      const id = (JSON.parse(created.text) as { id: string }).id;
      const revokePath = BUILTIN_ADAPTERS[provider].routes.revoke.path.replace(':id', id);
      const method = BUILTIN_ADAPTERS[provider].routes.revoke.method;
      const revoked = await raw(server.url, method, `/api/invitations/${revokePath}`, {
        headers: sameOrigin(server.url, method === 'POST'),
        body: method === 'POST' ? '{}' : undefined,
      });
      assert.ok(revoked.status === 200 || revoked.status === 204, `revoke: ${revoked.status} ${revoked.text}`);
      assert.deepEqual(
        server.audits.slice(-2).map((a) => [a.action, a.outcome]),
        [
          ['create', 'done'],
          ['revoke', 'done'],
        ],
      );
    });

    it("forwards only the route's query parameters", async () => {
      const from = emulators.emulators[provider].requests.length;
      const query = BUILTIN_ADAPTERS[provider].routes.list.query!;
      const response = await raw(
        server.url,
        'GET',
        `/api/invitations?${query[0]}=1&fields=secret&include_fields=true&x=1`,
      );
      assert.ok(response.status < 500, response.text);
      const [call] = upstream(provider, from).filter((r) => !r.url.includes('token'));
      assert.deepEqual([...new URL(call.url).searchParams.keys()], [query[0]]);
    });
  });
}

describe('the handler refuses before any upstream call', () => {
  let server: Started;
  before(async () => {
    server = await startHandler('clerk', emulators, {
      organization: (request) => (request.headers.get('x-org') === 'none' ? undefined : ORGS.clerk),
      authorize: ({ request }) => request.headers.get('x-user') !== 'intruder',
      policy: {
        roles: ['org:member'],
        emailDomains: ['example.com'],
        inviterUserId: 'user_2u8jzPde0IgxLd6GncfBAepfJBd',
      },
      limits: { bodyBytes: 1024 },
    });
  });
  after(() => server.close());

  const cases: [string, () => Promise<{ status: number; text: string }>, number, string][] = [
    [
      'no organization in the session',
      () => raw(server.url, 'GET', '/api/invitations', { headers: { 'x-org': 'none' } }),
      404,
      'not_found',
    ],
    [
      'a user authorize() refuses',
      () => raw(server.url, 'GET', '/api/invitations', { headers: { 'x-user': 'intruder' } }),
      403,
      'forbidden',
    ],
    [
      'a role outside the allow-list',
      () =>
        raw(server.url, 'POST', '/api/invitations', {
          headers: sameOrigin(server.url),
          body: JSON.stringify({ email_address: 'a@example.com', role: 'org:admin' }),
        }),
      400,
      'policy',
    ],
    [
      'an email domain outside the policy',
      () =>
        raw(server.url, 'POST', '/api/invitations', {
          headers: sameOrigin(server.url),
          body: JSON.stringify({ email_address: 'a@evil.test', role: 'org:member' }),
        }),
      400,
      'policy',
    ],
    [
      'a field the provider route does not take from a browser',
      () =>
        raw(server.url, 'POST', '/api/invitations', {
          headers: sameOrigin(server.url),
          body: JSON.stringify({ email_address: 'a@example.com', role: 'org:member', organization_id: 'org_other' }),
        }),
      400,
      'policy',
    ],
    [
      'a body that is not JSON',
      () => raw(server.url, 'POST', '/api/invitations', { headers: sameOrigin(server.url), body: '{nope' }),
      400,
      'invalid_json',
    ],
    [
      'a body over the limit',
      () =>
        raw(server.url, 'POST', '/api/invitations', {
          headers: sameOrigin(server.url),
          body: JSON.stringify({ email_address: `${'a'.repeat(2000)}@example.com`, role: 'org:member' }),
        }),
      413,
      'too_large',
    ],
    [
      'a form post (not JSON)',
      () =>
        raw(server.url, 'POST', '/api/invitations', {
          headers: { ...sameOrigin(server.url, false), 'content-type': 'application/x-www-form-urlencoded' },
          body: 'email_address=a%40example.com&role=org%3Amember',
        }),
      415,
      'unsupported_media_type',
    ],
    [
      'a cross-site page (Origin)',
      () =>
        raw(server.url, 'POST', '/api/invitations', {
          headers: { ...sameOrigin(server.url), origin: 'https://evil.test' },
          body: JSON.stringify({ email_address: 'a@example.com', role: 'org:member' }),
        }),
      403,
      'cross_site',
    ],
    [
      'a cross-site page (Sec-Fetch-Site)',
      () =>
        raw(server.url, 'POST', '/api/invitations', {
          headers: { 'content-type': 'application/json', 'sec-fetch-site': 'cross-site' },
          body: JSON.stringify({ email_address: 'a@example.com', role: 'org:member' }),
        }),
      403,
      'cross_site',
    ],
    [
      "another organization's path",
      () => raw(server.url, 'GET', '/api/invitations/../../org_other/invitations'),
      404,
      'not_found',
    ],
  ];
  for (const [what, send, status, code] of cases) {
    it(`${what}: ${status}, in Clerk's error shape, nothing sent upstream`, async () => {
      const before = emulators.emulators.clerk.requests.length;
      const response = await send();
      assert.equal(response.status, status, response.text);
      const body = JSON.parse(response.text) as { errors: { code: string; message: string }[] };
      assert.equal(body.errors[0].code, code);
      assert.ok(body.errors[0].message.length > 0);
      assert.equal(emulators.emulators.clerk.requests.length, before, 'no upstream call');
      assert.equal(server.audits.at(-1)?.outcome, 'refused');
    });
  }

  it("puts the server's inviter in place of the page's, and tells authorize() what would be sent", async () => {
    const seen: unknown[] = [];
    const guarded = await startHandler('clerk', emulators, {
      policy: { inviterUserId: 'user_2u8jzPde0IgxLd6GncfBAepfJBd' },
      authorize: ({ action, drafts }) => (seen.push({ action, drafts }), true),
    });
    try {
      const before = emulators.emulators.clerk.requests.length;
      const response = await raw(guarded.url, 'POST', '/api/invitations', {
        headers: sameOrigin(guarded.url),
        body: JSON.stringify({
          email_address: 'set.inviter@example.com',
          role: 'org:member',
          inviter_user_id: 'user_attacker',
        }),
      });
      assert.equal(response.status, 200, response.text);
      const [call] = emulators.emulators.clerk.requests.slice(before);
      assert.deepEqual(call.body, {
        email_address: 'set.inviter@example.com',
        role: 'org:member',
        inviter_user_id: 'user_2u8jzPde0IgxLd6GncfBAepfJBd',
      });
      assert.deepEqual(seen, [
        { action: 'create', drafts: [{ email: 'set.inviter@example.com', roles: ['org:member'] }] },
      ]);
    } finally {
      await guarded.close();
    }
  });
});

describe('what the browser gets back', () => {
  it('Upsun cursors: the Link header points at the handler, never at the provider', async () => {
    const server = await startHandler('upsun', emulators);
    try {
      const response = await raw(
        server.url,
        'GET',
        '/api/invitations?page%5Bsize%5D=2&filter%5Bstate%5D%5Bin%5D=pending,accepted,cancelled,error',
      );
      assert.equal(response.status, 200, response.text);
      const link = String(response.headers.link);
      assert.match(link, /^<\/api\/invitations\?[^>]*page%5Bafter%5D=[^>]+>; rel="next"$/);
      assert.ok(!link.includes('127.0.0.1') && !link.includes('emulator'));
    } finally {
      await server.close();
    }
  });

  it('only the allow-listed headers, and no cookie or authorization from the browser goes upstream', async () => {
    const server = await startHandler('auth0', emulators);
    try {
      const before = emulators.emulators.auth0.requests.length;
      const response = await raw(server.url, 'GET', '/api/invitations', {
        headers: { cookie: 'session=abc', authorization: 'Bearer browser-token', 'x-forwarded-host': 'evil.test' },
      });
      assert.equal(response.status, 200);
      const names = Object.keys(response.headers).filter(
        (h) => !['date', 'connection', 'keep-alive', 'transfer-encoding', 'content-length'].includes(h),
      );
      assert.deepEqual(names.sort(), ['cache-control', 'content-type']);
      const [call] = emulators.emulators.auth0.requests.slice(before).filter((r) => !r.url.includes('/oauth/token'));
      assert.equal(call.headers.cookie, undefined);
      assert.notEqual(call.headers.authorization, 'Bearer browser-token');
      assert.equal(call.headers['x-forwarded-host'], undefined);
    } finally {
      await server.close();
    }
  });
});

describe('the create allow-lists', () => {
  it("are the properties of each provider's create body in its spec (test/specs)", () => {
    for (const provider of PROVIDERS) {
      const spec = JSON.parse(readFileSync(`test/specs/${provider}.openapi.json`, 'utf8')) as {
        paths: Record<string, { post?: { requestBody: { content: Record<string, { schema: Schema }> } } }>;
        components: { schemas: Record<string, Schema> };
      };
      const path = Object.keys(spec.paths).find((p) => /^\/organizations\/\{[a-z_]+\}\/invitations$/.test(p))!;
      let schema = spec.paths[path].post!.requestBody.content['application/json'].schema;
      if (schema.$ref) schema = spec.components.schemas[schema.$ref.split('/').pop()!];
      assert.deepEqual(
        [...SERVER_DIALECTS[provider].createKeys].sort(),
        Object.keys(schema.properties!).sort(),
        provider,
      );
    }
  });
});

interface Schema {
  $ref?: string;
  properties?: Record<string, unknown>;
}

describe('createInvitationsHandler with bad options', () => {
  const base = { organization: () => 'org_1', authorize: () => true };
  const cases: [string, () => unknown, RegExp][] = [
    [
      'an unknown provider',
      () => createInvitationsHandler({ ...base, provider: 'okta' as 'auth0', credentials: CREDENTIALS.auth0 }),
      /^Unknown provider "okta": use auth0, clerk, upsun\.$/,
    ],
    [
      'no credentials',
      () => createInvitationsHandler({ ...base, provider: 'clerk', credentials: undefined as never }),
      /^Clerk needs credentials\.secretKey \(non-empty strings\)\.$/,
    ],
    [
      'a missing credential',
      () =>
        createInvitationsHandler({
          ...base,
          provider: 'auth0',
          credentials: { domain: 'a.auth0.com', clientId: 'c', clientSecret: ' ' },
        }),
      /^Auth0 needs credentials\.clientSecret/,
    ],
    [
      'no organization()',
      () =>
        createInvitationsHandler({ authorize: () => true, provider: 'upsun', credentials: CREDENTIALS.upsun } as never),
      /needs organization\(\): the server decides it/,
    ],
    [
      'no authorize()',
      () =>
        createInvitationsHandler({
          organization: () => 'x',
          provider: 'upsun',
          credentials: CREDENTIALS.upsun,
        } as never),
      /needs authorize\(\)/,
    ],
  ];
  for (const [what, make, message] of cases)
    it(`throws a clear TypeError for ${what}`, () => assert.throws(make, { name: 'TypeError', message }));
});

describe('an upstream answer that echoes a secret', () => {
  const secretKey = 'sk_test_Echo/Secret_0123456789';
  /** Clerk's own list shape, with the secret key in it as written and in two JSON-escaped spellings. */
  const bodies = [
    `{"data":[{"id":"orginv_1","email_address":"${secretKey}"}],"total_count":1}`,
    `{"data":[{"id":"orginv_1","email_address":"${secretKey.replace('/', '\\/')}"}],"total_count":1}`,
    `{"data":[{"id":"orginv_1","email_address":"\\u0073${secretKey.slice(1)}"}],"total_count":1}`,
  ];
  for (const [index, text] of bodies.entries()) {
    it(`redacts it from the body (spelling ${index + 1}), and the answer stays the provider's JSON`, async () => {
      const handler = createInvitationsHandler({
        provider: 'clerk',
        credentials: { secretKey },
        organization: () => 'org_2abc',
        authorize: () => true,
        fetch: async () => new Response(text, { headers: { 'content-type': 'application/json' } }),
      });
      const response = await handler(new Request('https://app.example/api/invitations'));
      const answer = await response.text();
      assert.equal(response.status, 200);
      assert.ok(!answer.includes(secretKey) && !answer.includes('Echo'), answer);
      assert.deepEqual(JSON.parse(answer), {
        data: [{ id: 'orginv_1', email_address: '[redacted]' }],
        total_count: 1,
      });
    });
  }
});
