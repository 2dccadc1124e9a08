import { expect } from '@open-wc/testing';
import { createEmulator, EMULATED_NAMES as PROVIDERS, type ProviderName } from '../../src/emulator/index.js';
import { exchange, NOW } from './exchange.js';

const make = (provider: ProviderName) => createEmulator({ provider, count: 5, now: NOW });
const createBody: Record<ProviderName, unknown> = {
  auth0: { inviter: { name: 'A' }, invitee: { email: 'f@example.com' }, client_id: 'c' },
  clerk: { email_address: 'f@example.com', role: 'org:member' },
  upsun: { email: 'f@example.com', permissions: ['members'] },
};
/** Settles to 'pending' if the promise has not settled within `ms`. */
const within = <T>(promise: Promise<T>, ms: number) =>
  Promise.race([
    promise.then(
      () => 'settled' as const,
      () => 'settled' as const,
    ),
    new Promise<'pending'>((r) => setTimeout(() => r('pending'), ms)),
  ]);
const rejection = async (promise: Promise<unknown>) => {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
};

describe('emulator faults', () => {
  for (const provider of PROVIDERS) {
    describe(provider, () => {
      it('answers an injected status with the provider-shaped error body, `times` times', async () => {
        const emulator = make(provider);
        const call = exchange(emulator);
        emulator.fault({ kind: 'status', status: 503, times: 2 });
        expect((await call('GET')).status).to.equal(503); // validated against the provider's error shape
        expect((await call('GET')).status).to.equal(503);
        expect((await call('GET')).status).to.equal(200);
        expect(emulator.requests).to.have.length(3);
      });

      it('targets a method, and takes a custom body', async () => {
        const emulator = make(provider);
        const call = exchange(emulator);
        const custom =
          provider === 'auth0'
            ? undefined
            : provider === 'clerk'
              ? {
                  errors: [
                    {
                      message: 'quota',
                      long_message: 'quota exceeded',
                      code: 'organization_membership_quota_exceeded',
                    },
                  ],
                  clerk_trace_id: 't',
                }
              : { error: 'Forbidden' };
        emulator.fault({ kind: 'status', status: 403, method: 'POST', body: custom });
        expect((await call('GET')).status).to.equal(200);
        const res = await call<unknown>('POST', '', { body: createBody[provider] });
        expect(res.status).to.equal(403);
        if (custom) expect(res.body).to.deep.equal(custom);
        expect(emulator.store.size).to.equal(5); // nothing was created
        expect((await call('POST', '', { body: createBody[provider] })).status).to.be.within(200, 201);
      });

      it('rate-limits with 429 and Retry-After', async () => {
        const emulator = make(provider);
        emulator.fault({ kind: 'rate-limit', retryAfter: 30 });
        const res = await exchange(emulator)<unknown>('GET');
        expect(res.status).to.equal(429);
        expect(res.headers.get('retry-after')).to.equal('30');
        if (provider === 'auth0') {
          expect(res.headers.get('x-ratelimit-limit')).to.match(/^\d+$/);
          expect(res.headers.get('x-ratelimit-remaining')).to.equal('0');
          expect(res.headers.get('x-ratelimit-reset')).to.equal(String(Math.floor(NOW / 1000) + 30));
          expect(res.body).to.include({ statusCode: 429, errorCode: 'too_many_requests' });
        } else {
          expect(res.headers.get('x-ratelimit-reset')).to.equal(null);
        }
        if (provider === 'clerk') expect(JSON.stringify(res.body)).to.contain('too_many_requests');
      });

      it('sends truncated JSON with a 200', async () => {
        const emulator = make(provider);
        emulator.fault({ kind: 'malformed-json' });
        const res = await exchange(emulator)<string>('GET', '', { offSpec: true });
        expect(res.status).to.equal(200);
        expect(res.headers.get('content-type')).to.equal('application/json');
        expect(() => JSON.parse(res.text)).to.throw(SyntaxError);
        const empty = createEmulator({ provider, count: 0 });
        empty.fault({ kind: 'malformed-json', method: 'POST' });
        const res2 = await exchange(empty)('POST', '', { body: createBody[provider], offSpec: true });
        expect(() => JSON.parse(res2.text)).to.throw(SyntaxError);
      });

      it('sends an HTML error page (502 by default)', async () => {
        const emulator = make(provider);
        emulator.fault({ kind: 'html', times: 2 });
        const res = await exchange(emulator)('GET', '', { offSpec: true });
        expect(res.status).to.equal(502);
        expect(res.headers.get('content-type')).to.match(/^text\/html/);
        expect(res.text).to.match(/^<!DOCTYPE html>/);
        emulator.clearFaults();
        emulator.fault({ kind: 'html', status: 504 });
        expect((await exchange(emulator)('GET', '', { offSpec: true })).status).to.equal(504);
        expect((await exchange(emulator)('GET')).status).to.equal(200);
      });

      it('hangs until the request is aborted, then rejects with an AbortError', async () => {
        const emulator = make(provider);
        emulator.fault({ kind: 'hang' });
        const controller = new AbortController();
        const pending = emulator.fetch(emulator.endpoint, { signal: controller.signal });
        expect(await within(pending, 100)).to.equal('pending');
        controller.abort();
        const error = await rejection(pending);
        expect(error).to.be.instanceOf(DOMException);
        expect((error as DOMException).name).to.equal('AbortError');
        expect((await exchange(emulator)('GET')).status).to.equal(200);
      });

      it('fails like a lost connection with TypeError("Failed to fetch")', async () => {
        const emulator = make(provider);
        emulator.fault({ kind: 'network', method: 'GET' });
        const error = await rejection(emulator.fetch(emulator.endpoint));
        expect(error).to.be.instanceOf(TypeError);
        expect((error as TypeError).message).to.equal('Failed to fetch');
        expect(emulator.requests).to.have.length(1);
      });
    });
  }

  it('clearFaults() drops every queued fault', async () => {
    const emulator = make('clerk');
    emulator.fault({ kind: 'network', times: 5 });
    emulator.fault({ kind: 'status', status: 500 });
    emulator.clearFaults();
    expect((await exchange(emulator)('GET')).status).to.equal(200);
  });

  it('uses the first queued fault that matches the method', async () => {
    const emulator = make('upsun');
    const call = exchange(emulator);
    emulator.fault({ kind: 'status', status: 403, method: 'DELETE' });
    emulator.fault({ kind: 'rate-limit', retryAfter: 1 });
    expect((await call('GET')).status).to.equal(429);
    expect((await call('DELETE', '/x')).status).to.equal(403);
    expect((await call('GET')).status).to.equal(200);
  });

  describe('latency', () => {
    it('delays every answer by a fixed time, and 0 turns it off', async () => {
      const emulator = make('auth0');
      emulator.latency(300);
      let start = performance.now();
      await emulator.fetch(emulator.endpoint);
      expect(performance.now() - start).to.be.at.least(290);
      emulator.latency(0);
      start = performance.now();
      await emulator.fetch(emulator.endpoint);
      expect(performance.now() - start).to.be.below(150);
    });

    it('draws a random delay in [min, max] from the seeded PRNG', async () => {
      const emulator = make('clerk');
      emulator.latency({ min: 40, max: 90 });
      for (let i = 0; i < 3; i++) {
        const start = performance.now();
        await emulator.fetch(emulator.endpoint);
        expect(performance.now() - start).to.be.within(35, 500);
      }
    });

    it('rejects with the abort reason when aborted while waiting', async () => {
      const emulator = make('upsun');
      emulator.latency(5_000);
      const controller = new AbortController();
      const pending = emulator.fetch(emulator.endpoint, { signal: controller.signal });
      setTimeout(() => controller.abort(new DOMException('Timed out', 'TimeoutError')), 30);
      const start = performance.now();
      const error = await rejection(pending);
      expect(performance.now() - start).to.be.below(1000);
      expect((error as DOMException).name).to.equal('TimeoutError');
    });
  });
});
