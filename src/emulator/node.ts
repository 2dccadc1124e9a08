/// <reference types="node" />
/**
 * The emulators over real HTTP, for Node: a standalone server (`createEmulatorServer`) and a connect-style middleware
 * (`emulatorMiddleware`) a Vite dev server can mount. Paths: `{prefix}/auth0/…`, `{prefix}/clerk/…`,
 * `{prefix}/upsun/…` map onto each emulator's own paths (`/auth0/api/v2/organizations/org_demo/invitations`, …).
 * CORS is permissive (any origin, preflight answered, Link / Retry-After / X-RateLimit-* exposed).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createEmulator, type Emulator, type EmulatorCredentials, type ProviderName } from './index.js';
import { EMULATED_NAMES } from './providers.js';

export type EmulatorSet = Partial<{ [P in ProviderName]: Emulator<P> }>;

export type Middleware = (req: IncomingMessage, res: ServerResponse, next?: (error?: unknown) => void) => void;

export interface EmulatorServerOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  count?: number;
  seed?: number;
  /** Credentials per provider: those emulators then serve a token endpoint and require a valid bearer. */
  credentials?: Partial<EmulatorCredentials>;
  /** The clock of the emulators, epoch ms (default `Date.now`). */
  now?: () => number;
}

export interface EmulatorServer {
  /** `http://host:port` of the server. */
  url: string;
  /** The invitations collection URL of each provider, over this server. */
  endpoints: Record<ProviderName, string>;
  /** The API base and token endpoint of each provider over this server (`endpoints` of the server handler). */
  upstreams: Record<ProviderName, { api: string; token?: string }>;
  /** The emulators behind it (for faults, latency, the store); their own `endpoint`s keep the emulator.test origin. */
  emulators: { [P in ProviderName]: Emulator<P> };
  close(): Promise<void>;
}

const EXPOSED = ['Link', 'Retry-After', 'X-RateLimit-Limit', 'X-RateLimit-Remaining', 'X-RateLimit-Reset'];

function cors(req: IncomingMessage, res: ServerResponse): void {
  const origin = req.headers.origin;
  res.setHeader('Access-Control-Allow-Origin', origin ?? '*');
  if (origin) {
    res.setHeader('Access-Control-Allow-Credentials', 'true');
    res.setHeader('Vary', 'Origin');
  }
  res.setHeader('Access-Control-Expose-Headers', EXPOSED.join(', '));
}

function preflight(req: IncomingMessage, res: ServerResponse): void {
  cors(req, res);
  res.setHeader('Access-Control-Allow-Methods', 'GET, POST, DELETE, OPTIONS');
  const asked = req.headers['access-control-request-headers'];
  res.setHeader('Access-Control-Allow-Headers', asked ?? 'Content-Type, Authorization');
  res.setHeader('Access-Control-Max-Age', '600');
  res.statusCode = 204;
  res.end();
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks);
}

function requestHeaders(req: IncomingMessage): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined || name.startsWith(':')) continue;
    for (const v of Array.isArray(value) ? value : [value]) headers.append(name, v);
  }
  return headers;
}

/**
 * Serves `emulators` under `prefix` (default `/emulator`): `{prefix}/{provider}/rest` goes to `{emulator.base}/rest`.
 * Requests outside the prefix, or for a provider not in the set, go to `next` (or get a plain 404 without one).
 * `Link` URLs the emulators write are rewritten to the public URL the request came in on.
 */
export function emulatorMiddleware(emulators: EmulatorSet, prefix = '/emulator'): Middleware {
  const root = `/${prefix.replace(/^\/+|\/+$/g, '')}`;
  return (req, res, next) => {
    const pass = () => {
      if (next) return next();
      res.statusCode = 404;
      res.end();
    };
    // Connect strips a mount path from req.url; originalUrl keeps it.
    const rawUrl = (req as IncomingMessage & { originalUrl?: string }).originalUrl ?? req.url ?? '/';
    const match = /^([^?]*)(\?.*)?$/.exec(rawUrl)!;
    const path = match[1];
    const query = match[2] ?? '';
    if (root !== '/' && path !== root && !path.startsWith(`${root}/`)) return pass();
    const rest = root === '/' ? path : path.slice(root.length);
    const provider = rest.split('/')[1] as ProviderName;
    const emulator = (EMULATED_NAMES.includes(provider) ? emulators[provider] : undefined) as Emulator | undefined;
    if (!emulator) return pass();
    if (req.method === 'OPTIONS') return preflight(req, res);

    const forwarded = req.headers['x-forwarded-proto'];
    const scheme = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(',')[0].trim() ?? 'http';
    const publicBase = `${scheme}://${req.headers.host ?? 'localhost'}${root === '/' ? '' : root}/${provider}`;
    const target = `${emulator.base}${rest.slice(provider.length + 1)}${query}`;
    const controller = new AbortController();
    res.on('close', () => {
      if (!res.writableFinished) controller.abort(new DOMException('The client went away.', 'AbortError'));
    });

    void (async () => {
      try {
        const method = (req.method ?? 'GET').toUpperCase();
        const body = method === 'GET' || method === 'HEAD' ? undefined : await readBody(req);
        const request = new Request(target, {
          method,
          headers: requestHeaders(req),
          body: body && body.length ? new Uint8Array(body) : undefined,
          signal: controller.signal,
        });
        const response = await emulator.handle(request);
        cors(req, res);
        res.statusCode = response.status;
        response.headers.forEach((value, name) => {
          res.setHeader(name, name === 'link' ? value.split(emulator.base).join(publicBase) : value);
        });
        res.end(Buffer.from(await response.arrayBuffer()));
      } catch (error) {
        if (controller.signal.aborted) return void res.destroy();
        // A `network` fault (or a bug): drop the connection, as a failing server would.
        if (!(error instanceof TypeError)) console.error('[emulator]', error);
        res.destroy();
      }
    })();
  };
}

/** Starts a node:http server with every emulated provider under `/emulator/{provider}/…`. */
export async function createEmulatorServer(options: EmulatorServerOptions = {}): Promise<EmulatorServer> {
  const host = options.host ?? '127.0.0.1';
  let middleware: Middleware = (_req, res) => {
    res.statusCode = 503;
    res.end();
  };
  // Outside the emulators: a CORS-readable 404 (and preflights answered), so a browser sees the status.
  const notFound = (req: IncomingMessage, res: ServerResponse) => {
    if (req.method === 'OPTIONS') return preflight(req, res);
    cors(req, res);
    res.statusCode = 404;
    res.end();
  };
  const server = createServer((req, res) => middleware(req, res, () => notFound(req, res)));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  // The emulators keep their default origin (https://emulator.test), exactly as a dev server mounting the middleware
  // has them: the middleware maps the public paths onto theirs and rewrites the Link URLs they write.
  const common = { count: options.count, seed: options.seed };
  const emulators = Object.fromEntries(
    EMULATED_NAMES.map((provider) => [
      provider,
      createEmulator({ provider, ...common, now: options.now, credentials: options.credentials?.[provider] }),
    ]),
  ) as EmulatorServer['emulators'];
  middleware = emulatorMiddleware(emulators, '/emulator');
  const publicUrl = (e: Emulator, inner: string) => `${url}/emulator/${e.provider}${inner.slice(e.base.length)}`;
  const publicEndpoint = (e: Emulator) => publicUrl(e, e.endpoint);
  return {
    url,
    endpoints: Object.fromEntries(
      EMULATED_NAMES.map((provider) => [provider, publicEndpoint(emulators[provider])]),
    ) as EmulatorServer['endpoints'],
    upstreams: Object.fromEntries(
      EMULATED_NAMES.map((provider) => {
        const e = emulators[provider];
        return [provider, { api: publicUrl(e, e.apiBase), token: e.tokenUrl && publicUrl(e, e.tokenUrl) }];
      }),
    ) as EmulatorServer['upstreams'],
    emulators,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
