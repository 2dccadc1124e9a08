/**
 * The emulators with credentials (`createEmulator({ provider, credentials })`): each serves its provider's token
 * endpoint (Auth0's client-credentials grant, Upsun's API-token exchange) and then answers API calls only with a
 * valid bearer — a token it issued that has not expired, or Clerk's secret key — and a 401 in the provider's error
 * shape (validated against its spec where the spec has one) otherwise. Without credentials nothing changes.
 */
import { expect } from '@open-wc/testing';
import { createEmulator, type Emulator, type EmulatorCredentials } from '../../src/emulator/index.js';
import type { ProviderName } from '../../src/providers/providers.js';
import { NOW, validateExchange } from './exchange.js';

const CREDENTIALS: EmulatorCredentials = {
  auth0: { clientId: 'm2m_1', clientSecret: 'secret-1', expiresIn: 600 },
  clerk: { secretKey: 'sk_test_key1' },
  upsun: { apiToken: 'api-token-1', expiresIn: 900 },
};

function make<P extends ProviderName>(provider: P, clock = { now: NOW }) {
  return createEmulator({
    provider,
    count: 5,
    seed: 2,
    now: () => clock.now,
    credentials: CREDENTIALS[provider],
  }) as Emulator<P>;
}

/** A token the way a server asks for one. */
async function tokenOf(emulator: Emulator, overrides: Record<string, string> = {}): Promise<Response> {
  if (emulator.provider === 'auth0') {
    return emulator.fetch(emulator.tokenUrl!, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        grant_type: 'client_credentials',
        client_id: 'm2m_1',
        client_secret: 'secret-1',
        audience: 'https://tenant.example/api/v2/',
        ...overrides,
      }),
    });
  }
  return emulator.fetch(emulator.tokenUrl!, {
    method: 'POST',
    headers: {
      authorization: overrides.authorization ?? `Basic ${btoa('platform-api-user:')}`,
      'content-type': 'application/x-www-form-urlencoded',
    },
    body: new URLSearchParams({ grant_type: 'api_token', api_token: 'api-token-1', ...overrides }).toString(),
  });
}

const list = (emulator: Emulator, bearer?: string) =>
  emulator.fetch(emulator.endpoint, { headers: bearer ? { authorization: `Bearer ${bearer}` } : {} });

/** Checks a refused call: 401, the provider's shape (and spec). */
async function expectUnauthorized(emulator: Emulator, response: Response) {
  expect(response.status).to.equal(401);
  const body: unknown = await response.json();
  validateExchange(emulator, 'GET', emulator.endpoint, 401, body);
  return body as Record<string, unknown>;
}

describe('emulator credentials', () => {
  for (const provider of ['auth0', 'upsun'] as const) {
    describe(`${provider}: token endpoint, then bearer`, () => {
      it('issues a token for the right credentials, and the API answers with it', async () => {
        const emulator = make(provider);
        const response = await tokenOf(emulator);
        expect(response.status).to.equal(200);
        expect(response.headers.get('cache-control')).to.equal('no-store');
        const body = (await response.json()) as { access_token: string; expires_in: number; token_type: string };
        expect(body.expires_in).to.equal(provider === 'auth0' ? 600 : 900);
        expect(body.token_type.toLowerCase()).to.equal('bearer');
        expect((await list(emulator, body.access_token)).status).to.equal(200);
      });

      it('refuses wrong credentials at the token endpoint, in OAuth2 shape', async () => {
        const emulator = make(provider);
        const wrong =
          provider === 'auth0'
            ? await tokenOf(emulator, { client_secret: 'nope' })
            : await tokenOf(emulator, { api_token: 'nope' });
        expect(wrong.status).to.be.oneOf([400, 401]);
        const body = (await wrong.json()) as { error: string; error_description: string };
        expect(body.error).to.be.a('string');
        expect(body.error_description).to.be.a('string');
        expect(JSON.stringify(body)).not.to.contain('secret-1');
        if (provider === 'auth0') {
          const audience = await tokenOf(emulator, { audience: 'https://tenant.example/userinfo' });
          expect(audience.status).to.equal(403);
        } else {
          const client = await tokenOf(emulator, { authorization: 'Basic eDp5' });
          expect(client.status).to.equal(401);
        }
      });

      it('answers 401 in the provider’s shape with no bearer, an unknown one, an expired one or after a revocation', async () => {
        const clock = { now: NOW };
        const emulator = make(provider, clock);
        const token = ((await (await tokenOf(emulator)).json()) as { access_token: string }).access_token;
        await expectUnauthorized(emulator, await list(emulator));
        await expectUnauthorized(emulator, await list(emulator, 'emu_not_issued'));
        clock.now += (provider === 'auth0' ? 600 : 900) * 1000 + 1;
        await expectUnauthorized(emulator, await list(emulator, token));
        const fresh = ((await (await tokenOf(emulator)).json()) as { access_token: string }).access_token;
        expect((await list(emulator, fresh)).status).to.equal(200);
        emulator.revokeTokens();
        await expectUnauthorized(emulator, await list(emulator, fresh));
      });
    });
  }

  describe('clerk: the secret key is the bearer', () => {
    it('answers with the key, and 401 authentication_invalid without it', async () => {
      const emulator = make('clerk');
      expect(emulator.tokenUrl).to.equal(undefined);
      expect((await list(emulator, 'sk_test_key1')).status).to.equal(200);
      const body = await expectUnauthorized(emulator, await list(emulator, 'sk_test_other'));
      expect((body.errors as { code: string }[])[0].code).to.equal('authentication_invalid');
      await expectUnauthorized(emulator, await list(emulator));
    });
  });

  it('asks for nothing without credentials, as before', async () => {
    const emulator = createEmulator({ provider: 'auth0', count: 3, seed: 1, now: NOW });
    expect((await list(emulator)).status).to.equal(200);
  });
});
