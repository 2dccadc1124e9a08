/// <reference types="node" />
/**
 * `npm start`'s server side: the library's own handler (`invitation-elements/server`) between the page and the
 * provider, in both modes — the production path, always.
 * - Default: browser → handler → the built-in emulators over HTTP on loopback, which require credentials as the
 *   providers do (made up at each start, never sent to the page).
 * - `INVITATIONS_PROVIDER` and that provider's credentials: browser → handler → the real provider.
 * A wrong setting stops the server with one clear message (`readDemoSettings`, then one list through the handler).
 */
import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createEmulatorServer, type EmulatorServer } from '../src/emulator/node.js';
import { PROVIDER_NAMES, type ProviderName } from '../src/providers/providers.js';
import {
  SERVER_DIALECTS,
  createInvitationsHandler,
  toNodeListener,
  type CreatePolicy,
  type ProviderCredentials,
} from '../src/server/index.js';

/** The environment variables of each provider's real mode: the credentials, then the organization. */
export const SETTINGS = {
  auth0: ['AUTH0_DOMAIN', 'AUTH0_CLIENT_ID', 'AUTH0_CLIENT_SECRET', 'AUTH0_ORGANIZATION'],
  clerk: ['CLERK_SECRET_KEY', 'CLERK_ORGANIZATION'],
  upsun: ['UPSUN_API_TOKEN', 'UPSUN_ORGANIZATION'],
} as const satisfies Record<ProviderName, readonly string[]>;

/** Optional: the application an Auth0 invitation opens (default: AUTH0_CLIENT_ID); API and token URL overrides. */
const OPTIONAL = ['AUTH0_INVITE_CLIENT_ID', 'INVITATIONS_API_URL', 'INVITATIONS_TOKEN_URL'];

export interface RealSettings {
  provider: ProviderName;
  credentials: ProviderCredentials[ProviderName];
  organization: string;
  /** Auth0: the `client_id` every invitation carries (set by the server's policy). */
  inviteClientId?: string;
  endpoints?: { api?: string; token?: string };
}

type Env = Record<string, string | undefined>;

/** An https: URL (http: only on this machine). */
function serverUrl(name: string, value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`${name} is not a URL: "${value}".`);
  }
  const local = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
  if (url.protocol !== 'https:' && !(local && url.protocol === 'http:')) {
    throw new Error(`${name} must be an https: URL (http: only for localhost), got "${value}".`);
  }
  return url.href.replace(/\/+$/, '');
}

/** The real-backend settings, or undefined for the emulators; throws one clear message for a wrong setting. */
export function readDemoSettings(env: Env): RealSettings | undefined {
  const value = (name: string) => env[name]?.trim() || undefined;
  if (value('INVITATIONS_TARGET') || value('INVITATIONS_TOKEN')) {
    throw new Error(
      'INVITATIONS_TARGET and INVITATIONS_TOKEN are no longer read: the demo signs in to the provider itself. ' +
        `Set INVITATIONS_PROVIDER and that provider's credentials (${describeSettings()}).`,
    );
  }
  const provider = value('INVITATIONS_PROVIDER');
  const given = [...Object.values(SETTINGS).flat(), ...OPTIONAL].filter((name) => value(name));
  if (!provider) {
    if (!given.length) return undefined;
    throw new Error(`${given.join(', ')} ${given.length > 1 ? 'are' : 'is'} set but INVITATIONS_PROVIDER is not.`);
  }
  if (!(PROVIDER_NAMES as readonly string[]).includes(provider)) {
    throw new Error(`Unknown INVITATIONS_PROVIDER "${provider}": use one of ${PROVIDER_NAMES.join(', ')}.`);
  }
  const name = provider as ProviderName;
  const missing = SETTINGS[name].filter((setting) => !value(setting));
  if (missing.length) {
    throw new Error(`INVITATIONS_PROVIDER=${name} needs ${missing.join(', ')} too (${describeSettings(name)}).`);
  }
  const organization = value(SETTINGS[name].at(-1)!)!;
  const dialect = SERVER_DIALECTS[name];
  if (!dialect.organizationId.test(organization)) {
    throw new Error(`${SETTINGS[name].at(-1)} "${organization}" is not a ${dialect.label} organization id.`);
  }
  const endpoints = {
    api: value('INVITATIONS_API_URL') && serverUrl('INVITATIONS_API_URL', value('INVITATIONS_API_URL')!),
    token: value('INVITATIONS_TOKEN_URL') && serverUrl('INVITATIONS_TOKEN_URL', value('INVITATIONS_TOKEN_URL')!),
  };
  const credentials =
    name === 'auth0'
      ? {
          domain: auth0Domain(value('AUTH0_DOMAIN')!),
          clientId: value('AUTH0_CLIENT_ID')!,
          clientSecret: value('AUTH0_CLIENT_SECRET')!,
        }
      : name === 'clerk'
        ? { secretKey: value('CLERK_SECRET_KEY')! }
        : { apiToken: value('UPSUN_API_TOKEN')! };
  return {
    provider: name,
    credentials,
    organization,
    inviteClientId: name === 'auth0' ? (value('AUTH0_INVITE_CLIENT_ID') ?? value('AUTH0_CLIENT_ID')) : undefined,
    endpoints: endpoints.api || endpoints.token ? endpoints : undefined,
  };
}

function auth0Domain(domain: string): string {
  const host = domain.replace(/^https:\/\//, '').replace(/\/+$/, '');
  if (!/^[a-z0-9.-]+\.[a-z]{2,}$/i.test(host)) {
    throw new Error(`AUTH0_DOMAIN must be the tenant's domain, such as acme.eu.auth0.com; got "${domain}".`);
  }
  return host;
}

const describeSettings = (only?: ProviderName) =>
  (only ? [only] : PROVIDER_NAMES).map((p) => `${p}: ${SETTINGS[p].join(', ')}`).join('; ');

type Middleware = (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => void;

export interface DemoBackend {
  /** Connect middleware: the handler(s), /demo-config.json and (emulators) /emulator-control. */
  middleware: Middleware;
  /** One line on what the page talks to. */
  summary: string;
  close(): Promise<void>;
}

/** What the Auth0 form must carry (the demo's application and inviter name), set by the server's policy. */
const DEMO_AUTH0_CLIENT = 'AaiyAPdpYdesoKnqjj8HJqRn4T5titww';
const DEMO_INVITER = 'Demo Admin';

const json = (res: ServerResponse, status: number, body: unknown) => {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json');
  res.end(JSON.stringify(body));
};

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString('utf8'));
}

/**
 * Starts the demo's server side for `settings` (undefined: the emulators). In real mode it first lists once through
 * the handler, and throws one clear message when the provider refuses the credentials or the organization.
 */
export async function startDemoBackend(settings: RealSettings | undefined): Promise<DemoBackend> {
  // The demo has no users: every visitor may do everything. A real app decides this from its session.
  const authorize = () => true;
  if (settings) return startReal(settings, authorize);

  const credentials = {
    auth0: {
      domain: 'emulated.auth0.invalid',
      clientId: 'demo_m2m',
      clientSecret: randomBytes(18).toString('base64url'),
    },
    clerk: { secretKey: `sk_test_${randomBytes(18).toString('base64url')}` },
    upsun: { apiToken: randomBytes(18).toString('base64url') },
  } satisfies ProviderCredentials;
  const emulators: EmulatorServer = await createEmulatorServer({
    count: 120,
    seed: 7,
    credentials: {
      auth0: { clientId: credentials.auth0.clientId, clientSecret: credentials.auth0.clientSecret },
      clerk: credentials.clerk,
      upsun: credentials.upsun,
    },
  });
  const listeners = Object.fromEntries(
    PROVIDER_NAMES.map((provider) => {
      const basePath = `/api/${provider}/invitations`;
      const emulator = emulators.emulators[provider];
      const policy: CreatePolicy | undefined =
        provider === 'auth0' ? { clientId: DEMO_AUTH0_CLIENT, inviterName: DEMO_INVITER } : undefined;
      const handler = createInvitationsHandler({
        provider,
        credentials: credentials[provider],
        endpoints: emulators.upstreams[provider],
        basePath,
        organization: () => emulator.orgId,
        authorize,
        policy,
        log: (line) => console.warn(`  [${provider}] ${line}`),
      } as Parameters<typeof createInvitationsHandler<ProviderName>>[0]);
      return [provider, toNodeListener(handler, { basePath })];
    }),
  ) as Record<ProviderName, ReturnType<typeof toNodeListener>>;
  const config = {
    mode: 'emulator',
    endpoints: Object.fromEntries(PROVIDER_NAMES.map((p) => [p, `/api/${p}/invitations`])),
    roles: Object.fromEntries(PROVIDER_NAMES.map((p) => [p, emulators.emulators[p].roles])),
    auth0: { clientId: DEMO_AUTH0_CLIENT, inviterName: DEMO_INVITER },
  };

  const middleware: Middleware = (req, res, next) => {
    const path = (req.url ?? '/').split('?')[0];
    if (path === '/demo-config.json') return json(res, 200, config);
    if (path === '/emulator-control') return void control(req, res);
    const provider = /^\/api\/([a-z0-9]+)\//.exec(path)?.[1] as ProviderName | undefined;
    const listener = provider && Object.hasOwn(listeners, provider) ? listeners[provider] : undefined;
    if (!listener) return next();
    void listener(req, res, next);
  };

  // The page's fault toggles: POST /emulator-control {provider, action, …}, onto the emulators behind the handler.
  async function control(req: IncomingMessage, res: ServerResponse) {
    if (req.method !== 'POST') return json(res, 405, { error: 'POST only' });
    let command: { provider?: string; action?: string; latency?: never; fault?: never };
    try {
      command = (await readJson(req)) as typeof command;
    } catch {
      return json(res, 400, { error: 'JSON body expected' });
    }
    const provider = command.provider as ProviderName;
    if (!Object.hasOwn(emulators.emulators, provider)) return json(res, 400, { error: 'unknown provider' });
    const emulator = emulators.emulators[provider];
    if (command.action === 'latency') emulator.latency(command.latency ?? 0);
    else if (command.action === 'fault') emulator.fault(command.fault!);
    else if (command.action === 'clear') emulator.clearFaults();
    else if (command.action === 'reset') emulator.store.reset();
    else return json(res, 400, { error: 'unknown action' });
    json(res, 200, { ok: true });
  }

  return {
    middleware,
    summary: `Built-in emulators behind the server handler: /api/{${PROVIDER_NAMES.join(',')}}/invitations → ${emulators.url}`,
    close: () => emulators.close(),
  };
}

async function startReal(settings: RealSettings, authorize: () => boolean): Promise<DemoBackend> {
  const { provider, organization } = settings;
  const label = SERVER_DIALECTS[provider].label;
  const basePath = '/api/invitations';
  const logs: string[] = [];
  const handler = createInvitationsHandler({
    provider,
    credentials: settings.credentials,
    endpoints: settings.endpoints,
    basePath,
    organization: () => organization,
    authorize,
    policy: provider === 'auth0' ? { clientId: settings.inviteClientId, inviterName: DEMO_INVITER } : undefined,
    log: (line) => {
      logs.push(line);
      console.warn(`  [${provider}] ${line}`);
    },
  } as Parameters<typeof createInvitationsHandler<ProviderName>>[0]);

  // One list through the handler: wrong credentials or organization stop here, with one message.
  const answer = await handler(new Request(`http://localhost${basePath}`));
  if (answer.status !== 200) {
    const body = (await answer.json().catch(() => ({}))) as Record<string, unknown>;
    const said = String(
      body.message ?? body.error ?? (body.errors as { message?: string }[] | undefined)?.[0]?.message ?? '',
    );
    const settingsNames = SETTINGS[provider].join(', ');
    throw new Error(
      answer.status === 404
        ? `${label} has no organization ${organization} (HTTP 404): check ${SETTINGS[provider].at(-1)}.`
        : answer.status === 502 && /sign in|credentials/.test(said)
          ? `${label} refused the credentials: check ${settingsNames}. (${logs.at(-1) ?? said})`
          : `${label} answered HTTP ${answer.status}: ${said || logs.at(-1) || 'no message'}`,
    );
  }
  const listener = toNodeListener(handler, { basePath });
  const config = {
    mode: 'real',
    provider,
    endpoint: basePath,
    auth0: provider === 'auth0' ? { clientId: settings.inviteClientId, inviterName: DEMO_INVITER } : undefined,
  };
  return {
    middleware: (req, res, next) => {
      if ((req.url ?? '/').split('?')[0] === '/demo-config.json') return json(res, 200, config);
      void listener(req, res, next);
    },
    summary: `Real ${label} behind the server handler: ${basePath} → organization ${organization}`,
    close: async () => undefined,
  };
}
