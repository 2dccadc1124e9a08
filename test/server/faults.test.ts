/**
 * Upstream faults, injected into the emulators behind real HTTP: whatever the provider (or its token endpoint) does —
 * hang past the timeout, reset the connection, fail with a 5xx, answer an HTML page or cut-off JSON, refuse the
 * credentials — the browser gets a clean JSON error in the provider's shape, with no credential in it or in the log,
 * and the next request works again.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Fault } from '../../src/emulator/index.js';
import type { EmulatorServer } from '../../src/emulator/node.js';
import {
  PROVIDERS,
  raw,
  secretsOf,
  startEmulators,
  startHandler,
  type ProviderName,
  type RawResponse,
  type Started,
} from './support.js';

const TIMEOUT_MS = 400;

interface Case {
  what: string;
  fault: Fault;
  status: number;
  message: RegExp;
  /** Providers without a token endpoint skip token faults. */
  token?: boolean;
}

const CASES: Case[] = [
  { what: 'a hang past the timeout', fault: { kind: 'hang' }, status: 504, message: /did not answer in time/ },
  { what: 'a reset connection', fault: { kind: 'network' }, status: 502, message: /could not be reached/ },
  { what: 'a 500', fault: { kind: 'status', status: 500 }, status: 502, message: /failed \(HTTP 500\)/ },
  { what: 'a 503', fault: { kind: 'status', status: 503 }, status: 502, message: /failed \(HTTP 503\)/ },
  { what: 'an HTML error page', fault: { kind: 'html', status: 502 }, status: 502, message: /failed \(HTTP 502\)/ },
  { what: 'an HTML page with a 200', fault: { kind: 'html', status: 200 }, status: 502, message: /not JSON/ },
  { what: 'cut-off JSON', fault: { kind: 'malformed-json' }, status: 502, message: /not JSON/ },
  {
    what: 'a 401 (credentials revoked upstream)',
    fault: { kind: 'status', status: 401, times: 2 },
    status: 502,
    message: /refused this server's credentials/,
  },
  {
    what: 'a redirect',
    fault: { kind: 'status', status: 302, body: { location: 'https://evil.example' } },
    status: 502,
    message: /redirect/,
  },
  {
    what: 'a token endpoint that hangs',
    fault: { kind: 'hang', target: 'token' },
    status: 504,
    message: /did not answer in time/,
    token: true,
  },
  {
    what: 'a token endpoint that resets',
    fault: { kind: 'network', target: 'token' },
    status: 502,
    message: /could not be reached/,
    token: true,
  },
  {
    what: 'a token endpoint that fails',
    fault: { kind: 'status', status: 500, target: 'token' },
    status: 502,
    message: /could not sign in/,
    token: true,
  },
  {
    what: 'a token endpoint answering HTML',
    fault: { kind: 'html', target: 'token' },
    status: 502,
    message: /could not sign in/,
    token: true,
  },
  {
    what: 'a token endpoint refusing',
    fault: { kind: 'status', status: 401, target: 'token' },
    status: 502,
    message: /could not sign in/,
    token: true,
  },
];

/** The message of the provider's error shape. */
function messageOf(provider: ProviderName, response: RawResponse): string | undefined {
  try {
    const body = JSON.parse(response.text) as Record<string, unknown>;
    if (provider === 'auth0') return typeof body.statusCode === 'number' ? (body.message as string) : undefined;
    if (provider === 'clerk') return (body.errors as { message?: string }[] | undefined)?.[0]?.message;
    return body.error as string | undefined;
  } catch {
    return undefined;
  }
}

let emulators: EmulatorServer;
before(async () => {
  emulators = await startEmulators();
});
after(() => emulators.close());

for (const provider of PROVIDERS) {
  describe(`upstream faults behind the ${provider} handler`, () => {
    let server: Started;
    const answers: RawResponse[] = [];
    before(async () => {
      server = await startHandler(provider, emulators, { limits: { timeoutMs: TIMEOUT_MS } });
    });
    after(() => server.close());

    for (const c of CASES) {
      if (c.token && provider === 'clerk') continue; // Clerk's secret key is the bearer: no token endpoint
      it(`${c.what} → ${c.status}, a JSON error in ${provider}'s shape; the next request works`, async () => {
        const emulator = emulators.emulators[provider];
        // a token fault needs a token request: forget the one the handler has
        if (c.token) emulator.revokeTokens();
        if (c.token) {
          // a GET meets the 401, then asks for a token: that is the request the fault hits
          emulator.fault(c.fault);
        } else {
          emulator.fault({ ...c.fault, method: 'GET' });
        }
        const started = performance.now();
        const answer = await raw(server.url, 'GET', '/api/invitations');
        answers.push(answer);
        assert.equal(answer.status, c.status, answer.text);
        assert.match(String(answer.headers['content-type']), /^application\/json/);
        assert.match(messageOf(provider, answer) ?? '(not the provider shape)', c.message, answer.text);
        assert.equal(answer.headers.location, undefined);
        if (c.fault.kind === 'hang')
          assert.ok(performance.now() - started < TIMEOUT_MS * 4, 'answered near the timeout');
        emulator.clearFaults();
        const next = await raw(server.url, 'GET', '/api/invitations');
        answers.push(next);
        assert.equal(next.status, 200, next.text);
      });
    }

    it('relays a 429 with its Retry-After (and rate-limit headers), in the provider’s shape', async () => {
      emulators.emulators[provider].fault({ kind: 'rate-limit', retryAfter: 7, method: 'GET' });
      const answer = await raw(server.url, 'GET', '/api/invitations');
      answers.push(answer);
      assert.equal(answer.status, 429);
      assert.equal(answer.headers['retry-after'], '7');
      assert.ok(messageOf(provider, answer));
    });

    it('answers and logs no credential or token through all of it', () => {
      const secrets = secretsOf(emulators);
      const texts = [...answers.map((a) => `${JSON.stringify(a.headers)} ${a.text}`), ...server.logs];
      assert.ok(server.logs.length > 0, 'the failures were logged');
      assert.deepEqual(
        texts.filter((t) => secrets.some((s) => t.includes(s))),
        [],
      );
    });
  });
}
