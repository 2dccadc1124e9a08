/**
 * What the server suites share: the emulators over real HTTP on loopback with credentials, the handler behind Node's
 * http on loopback, a raw HTTP client (paths sent byte for byte, as curl does), and the credentials every response
 * and log line is searched for.
 */
import { request as httpRequest, createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createEmulatorServer, type EmulatorServer } from '../../src/emulator/node.js';
import type { EmulatorCredentials } from '../../src/emulator/index.js';
import { PROVIDER_NAMES, type ProviderName } from '../../src/providers/providers.js';
import {
  createInvitationsHandler,
  toNodeListener,
  type AuditEvent,
  type InvitationsHandlerOptions,
  type ProviderCredentials,
} from '../../src/server/index.js';

export { PROVIDER_NAMES as PROVIDERS, type ProviderName };

/** The secrets the server holds; none may ever reach a response, an error or a log line. */
export const CREDENTIALS: ProviderCredentials = {
  auth0: { domain: 'tenant.invalid', clientId: 'm2m_client_1', clientSecret: 'auth0-client-secret-Qw8zLp2x' },
  clerk: { secretKey: 'sk_test_clerkSecretKey9Vb3' },
  upsun: { apiToken: 'upsun-api-token-Hm4Rt6Yk' },
};

const EMULATED: Partial<EmulatorCredentials> = {
  auth0: { clientId: CREDENTIALS.auth0.clientId, clientSecret: CREDENTIALS.auth0.clientSecret },
  clerk: { secretKey: CREDENTIALS.clerk.secretKey },
  upsun: { apiToken: CREDENTIALS.upsun.apiToken },
};

/** The organization each emulator seeds (the handler's `organization()` answers it). */
export const ORGS: Record<ProviderName, string> = {
  auth0: 'org_demo',
  clerk: 'org_demo',
  upsun: '01HZY3N5QF9V8K2M4R6T7W8X9Y',
};

/** A clock the test moves (the emulators' and the handlers'). */
export function clock(start = Date.parse('2026-12-01T12:00:00Z')) {
  let now = start;
  return { now: () => now, advance: (ms: number) => void (now += ms) };
}

/** The three emulators over HTTP on 127.0.0.1, each requiring its credentials. */
export function startEmulators(options: { count?: number; now?: () => number } = {}): Promise<EmulatorServer> {
  return createEmulatorServer({ count: options.count ?? 30, seed: 5, credentials: EMULATED, now: options.now });
}

/** One request the handler sent upstream (token requests included), as it left. */
export interface UpstreamCall {
  method: string;
  url: URL;
  headers: Headers;
  body?: string;
}

export interface Started {
  url: string;
  audits: AuditEvent[];
  logs: string[];
  /** Everything the handler sent upstream, through its `fetch`. */
  calls: UpstreamCall[];
  close(): Promise<void>;
}

type Options = Partial<InvitationsHandlerOptions<ProviderName>>;

/** A handler for `provider` in front of `emulators`, behind Node's http on loopback. */
export async function startHandler(
  provider: ProviderName,
  emulators: EmulatorServer,
  options: Options = {},
): Promise<Started> {
  const audits: AuditEvent[] = [];
  const logs: string[] = [];
  const calls: UpstreamCall[] = [];
  const send = options.fetch ?? fetch;
  const recorded: typeof fetch = (input, init) => {
    const body = typeof init?.body === 'string' ? init.body : init?.body === undefined ? undefined : '(stream)';
    calls.push({
      method: init?.method ?? 'GET',
      url: new URL(String(input)),
      headers: new Headers(init?.headers),
      body,
    });
    return send(input, init);
  };
  const handler = createInvitationsHandler({
    provider,
    credentials: CREDENTIALS[provider],
    endpoints: emulators.upstreams[provider],
    organization: () => ORGS[provider],
    authorize: () => true,
    onAudit: (event) => audits.push(event),
    log: (line) => logs.push(line),
    ...options,
    fetch: recorded,
  } as InvitationsHandlerOptions<ProviderName>);
  const server: Server = createServer(toNodeListener(handler, { basePath: options.basePath }));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    audits,
    logs,
    calls,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
}

/** An HTTP request with the path sent as written (no URL normalization), and its answer. */
export function raw(
  base: string,
  method: string,
  path: string,
  { headers = {}, body }: { headers?: Record<string, string>; body?: string | Uint8Array } = {},
): Promise<RawResponse> {
  const { hostname, port } = new URL(base);
  // a length, as curl sends (Node would send DELETE and OPTIONS bodies unframed)
  const length = body === undefined ? {} : { 'content-length': String(Buffer.byteLength(body)) };
  return new Promise((resolve, reject) => {
    const req = httpRequest({ hostname, port, method, path, headers: { ...length, ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, text: Buffer.concat(chunks).toString('utf8') }),
      );
      res.on('error', reject);
    });
    req.on('error', reject);
    if (body !== undefined) req.write(body);
    req.end();
  });
}

/** Headers of a same-origin JSON request from a page of `base`. */
export const sameOrigin = (base: string, json = true): Record<string, string> => ({
  origin: base,
  'sec-fetch-site': 'same-origin',
  ...(json ? { 'content-type': 'application/json' } : {}),
});

/** Every secret the server knows, and every token the emulators issued (read from their token responses). */
export function secretsOf(emulators: EmulatorServer): string[] {
  const issued: string[] = [];
  for (const provider of PROVIDER_NAMES) {
    // the emulators' token answers are not recorded: the tokens show in the Authorization headers they received
    for (const r of emulators.emulators[provider].requests) {
      const bearer = /^Bearer (\S+)$/.exec(r.headers.authorization ?? '')?.[1];
      if (bearer) issued.push(bearer);
    }
  }
  return [CREDENTIALS.auth0.clientSecret, CREDENTIALS.clerk.secretKey, CREDENTIALS.upsun.apiToken, ...new Set(issued)];
}
