/**
 * The provider's token, as the handler obtains and keeps it (over real HTTP on loopback, against the emulators'
 * token endpoints): one token request however many requests wait for it, one refresh at expiry, one refresh and
 * one retry after a 401 for a GET and none for a POST or DELETE, and a token shared through a TokenStore.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { EmulatorServer } from '../../src/emulator/node.js';
import { BUILTIN_ADAPTERS } from '../../src/providers/providers.js';
import type { StoredToken, TokenStore } from '../../src/server/index.js';
import {
  CREDENTIALS,
  clock,
  raw,
  sameOrigin,
  startEmulators,
  startHandler,
  type ProviderName,
  type Started,
  type UpstreamCall,
} from './support.js';

/** The providers whose token comes from a token endpoint, and how long the emulator's tokens last (seconds). */
const GRANTED = { auth0: 86_400, upsun: 900 } as const satisfies Partial<Record<ProviderName, number>>;
type Granted = keyof typeof GRANTED;

const tokenCalls = (server: Started, emulators: EmulatorServer, provider: ProviderName, from = 0) =>
  server.calls.slice(from).filter((c) => c.url.href === emulators.upstreams[provider].token);
const apiCalls = (server: Started, emulators: EmulatorServer, provider: ProviderName, from = 0) =>
  server.calls.slice(from).filter((c) => c.url.href !== emulators.upstreams[provider].token);
const bearer = (call: UpstreamCall) => call.headers.get('authorization')?.replace(/^Bearer /, '');

const time = clock();
let emulators: EmulatorServer;
before(async () => {
  emulators = await startEmulators({ now: time.now });
});
after(() => emulators.close());

for (const provider of Object.keys(GRANTED) as Granted[]) {
  describe(`the ${provider} token`, () => {
    let server: Started;
    before(async () => {
      server = await startHandler(provider, emulators, { now: time.now });
    });
    after(() => server.close());

    it('1,000 concurrent requests on a cold cache → exactly 1 token request, and all of them answered', async () => {
      const answers = await Promise.all(Array.from({ length: 1000 }, () => raw(server.url, 'GET', '/api/invitations')));
      assert.deepEqual([...new Set(answers.map((a) => a.status))], [200]);
      assert.equal(tokenCalls(server, emulators, provider).length, 1);
      const api = apiCalls(server, emulators, provider);
      assert.equal(api.length, 1000);
      assert.equal(new Set(api.map(bearer)).size, 1, 'every call carried the one token');
      const body = tokenCalls(server, emulators, provider)[0].body ?? '';
      if (provider === 'auth0') {
        assert.deepEqual(JSON.parse(body), {
          grant_type: 'client_credentials',
          client_id: CREDENTIALS.auth0.clientId,
          client_secret: CREDENTIALS.auth0.clientSecret,
          audience: `https://${CREDENTIALS.auth0.domain}/api/v2/`,
        });
      } else {
        const call = tokenCalls(server, emulators, provider)[0];
        assert.equal(call.headers.get('authorization'), `Basic ${btoa('platform-api-user:')}`);
        assert.deepEqual(Object.fromEntries(new URLSearchParams(body)), {
          grant_type: 'api_token',
          api_token: CREDENTIALS.upsun.apiToken,
        });
      }
    });

    it('near expiry → 1 refresh, however many requests come then', async () => {
      const from = server.calls.length;
      // a tenth of the lifetime before expiry (at most five minutes) the token is renewed; just before that it is not
      const margin = Math.min(300, GRANTED[provider] / 10);
      time.advance((GRANTED[provider] - margin - 5) * 1000);
      await raw(server.url, 'GET', '/api/invitations');
      assert.equal(tokenCalls(server, emulators, provider, from).length, 0, 'not renewed before the margin');
      time.advance(10_000);
      const answers = await Promise.all(Array.from({ length: 50 }, () => raw(server.url, 'GET', '/api/invitations')));
      assert.deepEqual([...new Set(answers.map((a) => a.status))], [200]);
      assert.equal(tokenCalls(server, emulators, provider, from).length, 1);
      time.advance(margin * 1000 + 1000); // past the old token's expiry: the new one is in use
      const last = await raw(server.url, 'GET', '/api/invitations');
      assert.equal(last.status, 200);
      assert.equal(tokenCalls(server, emulators, provider, from).length, 1);
    });

    it('a 401 on a GET → 1 refresh and 1 retry, answered 200; 100 at once → still 1 refresh', async () => {
      emulators.emulators[provider].revokeTokens();
      let from = server.calls.length;
      const answer = await raw(server.url, 'GET', '/api/invitations');
      assert.equal(answer.status, 200, answer.text);
      assert.equal(tokenCalls(server, emulators, provider, from).length, 1);
      const api = apiCalls(server, emulators, provider, from);
      assert.equal(api.length, 2, 'the call, and one retry');
      assert.notEqual(bearer(api[0]), bearer(api[1]));

      emulators.emulators[provider].revokeTokens();
      from = server.calls.length;
      const answers = await Promise.all(Array.from({ length: 100 }, () => raw(server.url, 'GET', '/api/invitations')));
      assert.deepEqual([...new Set(answers.map((a) => a.status))], [200]);
      assert.equal(tokenCalls(server, emulators, provider, from).length, 1);
    });

    it('a 401 on a POST or a DELETE → no refresh and no retry (a 502), and the next request gets a new token', async () => {
      const kit = BUILTIN_ADAPTERS[provider];
      const created = await raw(server.url, 'POST', '/api/invitations', {
        headers: sameOrigin(server.url),
        body: JSON.stringify(
          provider === 'auth0'
            ? {
                inviter: { name: 'Ada' },
                invitee: { email: 'tok@example.com' },
                client_id: 'AaiyAPdpYdesoKnqjj8HJqRn4T5titww',
              }
            : { email: 'tok@example.com', permissions: ['billing'] },
        ),
      });
      assert.ok(created.status < 300, created.text);
      const id = (JSON.parse(created.text) as { id: string }).id;
      const unsafe = [
        () =>
          raw(server.url, 'POST', '/api/invitations', {
            headers: sameOrigin(server.url),
            body: JSON.stringify(
              provider === 'auth0'
                ? {
                    inviter: { name: 'Ada' },
                    invitee: { email: 'tok2@example.com' },
                    client_id: 'AaiyAPdpYdesoKnqjj8HJqRn4T5titww',
                  }
                : { email: 'tok2@example.com', permissions: ['billing'] },
            ),
          }),
        () =>
          raw(server.url, kit.routes.revoke.method, `/api/invitations/${kit.routes.revoke.path.replace(':id', id)}`, {
            headers: sameOrigin(server.url, false),
          }),
      ];
      for (const send of unsafe) {
        emulators.emulators[provider].revokeTokens();
        const from = server.calls.length;
        const answer = await send();
        assert.equal(answer.status, 502, answer.text);
        assert.match(
          JSON.parse(answer.text).message ?? JSON.parse(answer.text).error,
          /refused this server's credentials/,
        );
        assert.equal(tokenCalls(server, emulators, provider, from).length, 0, 'no refresh');
        assert.equal(apiCalls(server, emulators, provider, from).length, 1, 'no retry');
        const next = await raw(server.url, 'GET', '/api/invitations');
        assert.equal(next.status, 200);
        assert.equal(tokenCalls(server, emulators, provider, from).length, 1, 'the next request fetched a new token');
        assert.equal(apiCalls(server, emulators, provider, from).length, 2, 'and used it at once');
      }
      assert.ok(emulators.emulators[provider].store.get(id), 'the refused revoke did not happen');
    });
  });
}

describe('a TokenStore shared by several handlers', () => {
  it('lets a second instance use the first one’s token, under a key that reveals no secret', async () => {
    const values = new Map<string, { value: StoredToken; ttl: number }>();
    const store: TokenStore = {
      get: (key) => values.get(key)?.value,
      set: (key, value, ttl) => void values.set(key, { value, ttl }),
      delete: (key) => void values.delete(key),
    };
    const first = await startHandler('upsun', emulators, { now: time.now, tokenStore: store });
    const second = await startHandler('upsun', emulators, { now: time.now, tokenStore: store });
    try {
      assert.equal((await raw(first.url, 'GET', '/api/invitations')).status, 200);
      assert.equal((await raw(second.url, 'GET', '/api/invitations')).status, 200);
      assert.equal(tokenCalls(first, emulators, 'upsun').length + tokenCalls(second, emulators, 'upsun').length, 1);
      assert.equal(values.size, 1);
      const [[key, { value, ttl }]] = [...values];
      assert.ok(!key.includes(CREDENTIALS.upsun.apiToken) && /^upsun:[0-9a-f]{64}$/.test(key), key);
      assert.equal(ttl, GRANTED.upsun);
      assert.equal(bearer(apiCalls(second, emulators, 'upsun')[0]), value.token);

      // the provider refuses the shared token: the instance that meets the 401 fetches one for both
      emulators.emulators.upsun.revokeTokens();
      assert.equal((await raw(second.url, 'GET', '/api/invitations')).status, 200);
      assert.equal(tokenCalls(second, emulators, 'upsun').length, 1);
      assert.equal((await raw(first.url, 'GET', '/api/invitations')).status, 200);
      assert.equal(
        tokenCalls(first, emulators, 'upsun').length,
        1,
        'the first instance took the new one from the store',
      );
    } finally {
      await first.close();
      await second.close();
    }
  });

  it('never takes back a token the provider refused, from a store that cannot delete', async () => {
    const values = new Map<string, StoredToken>();
    const store: TokenStore = { get: (key) => values.get(key), set: (key, value) => void values.set(key, value) };
    const server = await startHandler('auth0', emulators, { now: time.now, tokenStore: store });
    try {
      assert.equal((await raw(server.url, 'GET', '/api/invitations')).status, 200);
      emulators.emulators.auth0.revokeTokens();
      assert.equal((await raw(server.url, 'GET', '/api/invitations')).status, 200);
      assert.equal(tokenCalls(server, emulators, 'auth0').length, 2);
    } finally {
      await server.close();
    }
  });
});

describe('the Clerk secret key', () => {
  it('is the bearer of every call, with no token request', async () => {
    const server = await startHandler('clerk', emulators, { now: time.now });
    try {
      const answers = await Promise.all(Array.from({ length: 20 }, () => raw(server.url, 'GET', '/api/invitations')));
      assert.deepEqual([...new Set(answers.map((a) => a.status))], [200]);
      assert.deepEqual([...new Set(server.calls.map(bearer))], [CREDENTIALS.clerk.secretKey]);
    } finally {
      await server.close();
    }
  });
});
