/**
 * Built-in emulators of the Auth0, Clerk and Upsun invitation APIs: fetch-compatible handlers backed by seeded,
 * deterministic in-memory data, with fault injection. For tests, demos and Storybook; never imported by the elements.
 * Runs in the browser and in Node ≥ 20 (no DOM, no side effects at import).
 *
 * ```ts
 * import { createEmulator } from 'invitation-elements/emulator';
 * const emulator = createEmulator({ provider: 'clerk', count: 120 });
 * list.endpoint = emulator.endpoint;
 * list.fetcher = emulator.fetch;
 * ```
 */
import { TokenLedger, tokenFields, type EmulatorCredentials } from './auth.js';
import { FaultQueue, htmlPage, latencyMs, sleep, throwIfAborted, type Fault, type Latency } from './faults.js';
import { EMULATED, type ProviderRecords } from './providers.js';
import { createRandom, deriveSeed } from './random.js';
import { RecordStore, type EmulatorStore } from './store.js';
import { empty, json, parseBody, reasonPhrase } from './wire.js';
import type { EmulatorInviter, HandlerContext, ProviderDefinition, ProviderName, RoleOption } from './wire.js';

export type { Auth0Invitation, Auth0ErrorBody } from './auth0.js';
export type { ClerkInvitation, ClerkErrorBody, ClerkPublicUserData, ClerkStatus } from './clerk.js';
export type { UpsunInvitation, UpsunErrorBody, UpsunPermission, UpsunState } from './upsun.js';
export type { Fault, FaultMethod, Latency } from './faults.js';
export type { EmulatorCredentials } from './auth.js';
export type { EmulatorStore } from './store.js';
export type { EmulatorInviter, ProviderName, RoleOption } from './wire.js';
export { EMULATED_NAMES, type ProviderRecords } from './providers.js';

export interface EmulatorOptions<P extends ProviderName = ProviderName> {
  provider: P;
  /** How many invitations to seed (default 45). */
  count?: number;
  /** PRNG seed (default 1): the same seed gives the same data. */
  seed?: number;
  /** The clock, epoch ms: a fixed time or a function (default `Date.now`). Seeded dates are relative to it. */
  now?: number | (() => number);
  /** Origin of the emulated URLs (default `https://emulator.test`; may carry a path prefix). */
  origin?: string;
  /** Organization id in the endpoint (defaults: `org_demo`, `org_demo`, a fixed ULID for Upsun). */
  orgId?: string;
  /**
   * The provider's credentials: the emulator then serves its token endpoint (`tokenUrl`: Auth0, Upsun) and answers
   * the API only with a valid bearer, 401 in the provider's shape otherwise. Without them it asks for nothing.
   */
  credentials?: EmulatorCredentials[P];
}

/** One request as it came over the wire. */
export interface RecordedRequest {
  method: string;
  url: string;
  /** Parsed JSON body, or undefined (no body, or not JSON). */
  body: unknown;
  /** Lower-case header names. */
  headers: Record<string, string>;
}

export interface Emulator<P extends ProviderName = ProviderName> {
  readonly provider: P;
  /** The invitations collection URL (what GET lists and POST creates). */
  readonly endpoint: string;
  /** `{origin}/{provider}`: every path this emulator serves starts with it. */
  readonly base: string;
  /** The API's base URL, as `endpoints.api` of the server handler: `{base}/api/v2` (Auth0), `{base}/v1`, `{base}`. */
  readonly apiBase: string;
  /** The token endpoint (Auth0 `{base}/oauth/token`, Upsun `{base}/oauth2/token`); undefined for Clerk. */
  readonly tokenUrl?: string;
  /** Forgets every token it issued: the next API call with one gets a 401 (as after an expiry or a rotation). */
  revokeTokens(): void;
  readonly orgId: string;
  /** The roles the org has, for role pickers: Auth0 role ids, Clerk role keys, Upsun permissions. */
  readonly roles: readonly RoleOption[];
  readonly inviters: readonly EmulatorInviter[];
  /** fetch-compatible and bound: pass it as an element's `fetcher` as-is. */
  readonly fetch: (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;
  readonly handle: (request: Request) => Promise<Response>;
  /** Every request received, oldest first (faulted and aborted-in-flight ones too). */
  readonly requests: RecordedRequest[];
  clearRequests(): void;
  /** Delay before every answer: fixed ms, or uniform in [min, max] from the seeded PRNG. 0 turns it off. */
  latency(ms: Latency): void;
  /** Queues a fault for the next matching request(s). */
  fault(fault: Fault): void;
  clearFaults(): void;
  readonly store: EmulatorStore<ProviderRecords[P]>;
}

export function createEmulator<P extends ProviderName>(options: EmulatorOptions<P>): Emulator<P> {
  const provider = options.provider;
  // Own keys only: `provider: 'constructor'` must not find Object.prototype's.
  const found = (Object.hasOwn(EMULATED, provider) ? EMULATED[provider] : undefined) as
    ProviderDefinition<ProviderRecords[P]> | undefined;
  if (!found) throw new TypeError(`Unknown emulator provider: ${String(provider)}`);
  const def = found;
  const count = options.count ?? 45;
  if (!Number.isInteger(count) || count < 0) throw new RangeError('count must be a non-negative integer');
  const seed = options.seed ?? 1;
  const clock = options.now;
  const now = typeof clock === 'function' ? clock : typeof clock === 'number' ? () => clock : () => Date.now();
  const origin = (options.origin ?? 'https://emulator.test').replace(/\/+$/, '');
  const orgId = options.orgId ?? def.defaultOrgId;
  const base = `${origin}/${provider}`;
  const endpoint = `${origin}${def.endpointPath(orgId)}`;
  const endpointPath = new URL(endpoint).pathname;
  const apiBase = `${base}${def.apiPath}`;
  const tokenUrl = def.auth.tokenPath ? `${base}${def.auth.tokenPath}` : undefined;
  const tokenPath = tokenUrl && new URL(tokenUrl).pathname;
  const credentials = options.credentials;
  const tokens = new TokenLedger();
  const unauthorizedCode = def.auth.unauthorizedCode;

  // Two streams: one builds the seeded data, the other draws runtime ids, trace ids and latencies.
  let runtime = createRandom(deriveSeed(seed, 2));
  const store = new RecordStore<ProviderRecords[P]>(
    def.idOf,
    () => def.seed(createRandom(deriveSeed(seed, 1)), count, now(), orgId),
    () => {
      runtime = createRandom(deriveSeed(seed, 2));
    },
  );
  const ctx: HandlerContext<ProviderRecords[P]> = {
    orgId,
    now,
    get random() {
      return runtime;
    },
    store,
  };

  const requests: RecordedRequest[] = [];
  const faults = new FaultQueue();
  let latency: Latency = 0;

  const errorResponse = (status: number, message: string, code?: string, headers: Record<string, string> = {}) =>
    json(status, def.errorBody(status, message, code, ctx), headers);

  function faultResponse(fault: Fault): Response | 'hang' | 'network' {
    switch (fault.kind) {
      case 'status':
        if ('body' in fault && fault.body !== undefined) return json(fault.status, fault.body);
        if (fault.status < 400 || fault.status === 204) return empty(fault.status);
        return errorResponse(fault.status, `${reasonPhrase(fault.status)} (injected fault)`);
      case 'rate-limit': {
        const headers = { 'retry-after': String(fault.retryAfter), ...def.rateLimitHeaders?.(fault.retryAfter, now()) };
        return errorResponse(429, 'Too many requests. Try again later.', undefined, headers);
      }
      case 'malformed-json': {
        // Half of a real-looking body: the start of a JSON array of objects, cut mid-value.
        const text = JSON.stringify(store.values().slice(0, 2));
        const cut = text.length > 8 ? text.slice(0, Math.floor(text.length / 2)) : '[{"id":';
        return new Response(cut, {
          status: 200,
          headers: { 'content-type': 'application/json' },
        });
      }
      case 'html': {
        const status = fault.status ?? 502;
        return new Response(htmlPage(status, reasonPhrase(status)), {
          status,
          statusText: reasonPhrase(status),
          headers: { 'content-type': 'text/html; charset=utf-8' },
        });
      }
      case 'hang':
      case 'network':
        return fault.kind;
    }
  }

  async function serve(request: Request, signal: AbortSignal | null): Promise<Response> {
    throwIfAborted(signal);
    const text = request.method === 'GET' || request.method === 'HEAD' ? '' : await request.text();
    const body = parseBody(text, request.headers.get('content-type'));
    const url = new URL(request.url);
    const method = request.method.toUpperCase();
    requests.push({
      method,
      url: url.href,
      body: body.kind === 'json' ? body.value : undefined,
      headers: Object.fromEntries([...request.headers].map(([k, v]) => [k.toLowerCase(), v])),
    });

    const delay = latencyMs(latency, runtime.next);
    if (delay > 0) await sleep(delay, signal);
    throwIfAborted(signal);

    const path = url.pathname.replace(/\/+$/, '');
    const toToken = credentials !== undefined && path === tokenPath;
    const fault = faults.take(method, toToken ? 'token' : 'api');
    if (fault) {
      const response = faultResponse(fault);
      if (response === 'network') throw new TypeError('Failed to fetch');
      if (response === 'hang') {
        await sleep(Infinity, signal);
        throw new TypeError('Failed to fetch'); // unreachable: sleep(Infinity) only ends by aborting
      }
      return response;
    }

    if (credentials !== undefined) {
      if (toToken) {
        const request_ = {
          method,
          headers: request.headers,
          fields: tokenFields(text, request.headers.get('content-type')),
        };
        // The audience names the provider's API (`https://{domain}/api/v2/`), whatever URL the caller reaches this
        // emulator by: its path is what must match.
        const granted = def.auth.grant!(request_, credentials, `${def.apiPath}/`);
        if (granted instanceof Response) return granted;
        return json(200, def.auth.tokenBody!(tokens.issue(runtime, now(), granted), granted), {
          'cache-control': 'no-store',
        });
      }
      const refusal = checkBearer(request.headers.get('authorization'));
      if (refusal) return refusal;
    }
    if (path !== endpointPath && !path.startsWith(`${endpointPath}/`)) {
      return errorResponse(404, 'Not Found');
    }
    const segments = path
      .slice(endpointPath.length)
      .split('/')
      .filter(Boolean)
      .map((s) => {
        try {
          return decodeURIComponent(s);
        } catch {
          return s;
        }
      });
    const response = def.route({ method, url, segments, body }, ctx);
    throwIfAborted(signal);
    return response;
  }

  /** A 401 in the provider's shape unless the `Authorization` header holds a bearer it accepts. */
  function checkBearer(header: string | null): Response | undefined {
    const bearer = /^Bearer\s+(\S+)$/i.exec(header ?? '')?.[1];
    if (!bearer) return errorResponse(401, 'Missing authentication token.', unauthorizedCode);
    if (def.auth.staticBearer) {
      return bearer === def.auth.staticBearer(credentials!)
        ? undefined
        : errorResponse(401, 'Invalid token.', unauthorizedCode);
    }
    const state = tokens.check(bearer, now());
    if (state === 'valid') return undefined;
    return errorResponse(401, state === 'expired' ? 'Expired token.' : 'Invalid token.', unauthorizedCode);
  }

  const handle = (request: Request) => serve(request, request.signal);
  const fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    try {
      const request = new Request(input, init);
      return serve(request, init?.signal ?? request.signal);
    } catch (error) {
      return Promise.reject(error);
    }
  };

  return {
    provider,
    endpoint,
    base,
    apiBase,
    tokenUrl,
    revokeTokens: () => tokens.revokeAll(),
    orgId,
    roles: def.roles,
    inviters: def.inviters,
    fetch,
    handle,
    requests,
    clearRequests: () => void requests.splice(0),
    latency(ms) {
      latency = ms;
    },
    fault: (f) => faults.add(f),
    clearFaults: () => faults.clear(),
    store,
  };
}
