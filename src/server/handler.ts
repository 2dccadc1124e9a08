/**
 * `createInvitationsHandler`: the piece between the elements and a provider, made of web standards only (`Request` →
 * `Response`, `fetch`, Web Crypto), so one handler runs in Next.js route handlers, Hono, SvelteKit and Astro
 * endpoints, Bun, Deno, Cloudflare Workers and (through `toNodeListener`) Node's http and Express.
 *
 * It forwards only the provider's own invitation routes (the adapter kit's route table), for the organization the
 * host's `organization()` chose, for a user its `authorize()` allowed, with the provider's token added on the way and
 * nothing of it — nor of any secret — in what it answers or logs.
 */
import { DEFAULT_ID, type Route, type RouteTable } from '../providers/kit.js';
import type { ProviderName } from '../providers/providers.js';
import { PROVIDER_ROUTES } from '../providers/routes.js';
import {
  SERVER_DIALECTS,
  TokenError,
  type CreatePolicy,
  type DraftSummary,
  type ProviderCredentials,
  type ServerDialect,
} from './dialects.js';
import {
  answerForm,
  jsonResponse,
  jsonText,
  readBody,
  redact,
  redactionOrder,
  rewriteLink,
  toResponse,
  TooLarge,
  type Answer,
} from './http.js';
import { TokenCache, type TokenStore } from './tokens.js';

export type InvitationAction = 'list' | 'create' | 'revoke' | 'resend';

/** What `authorize` is asked about one request. */
export interface AuthorizeContext {
  request: Request;
  action: InvitationAction;
  organization: string;
  /** The invitation a revoke is about (its id, from the path). */
  invitation?: { id: string };
  /** What a create or resend would send: each invitee's email and roles. */
  drafts?: DraftSummary[];
}

/** One decision or outcome, for the host's audit log (it never holds a credential). */
export interface AuditEvent extends Omit<AuthorizeContext, 'organization' | 'action'> {
  /** Undefined for a request that is no invitation route at all (a probe). */
  action?: InvitationAction;
  /** Undefined when the request was refused before an organization was known. */
  organization?: string;
  /** `done`: forwarded, and the provider said yes; `failed`: forwarded, and it said no or did not answer; `refused`: stopped here. */
  outcome: 'done' | 'failed' | 'refused';
  /** The status this handler answered. */
  status: number;
  /** Why, for `refused` and `failed`. */
  reason?: string;
}

/**
 * A backend of your own: its routes (an adapter kit made with `defineAdapter` has them: pass it) and the server
 * half of its dialect.
 */
export interface CustomServerProvider<C = unknown> {
  kit: { readonly routes: RouteTable; readonly id?: RegExp };
  dialect: ServerDialect<C>;
}

export interface InvitationsHandlerOptions<P extends ProviderName | CustomServerProvider = ProviderName> {
  provider: P;
  /** Auth0 `{ domain, clientId, clientSecret }`, Clerk `{ secretKey }`, Upsun `{ apiToken }`. Never sent to a browser. */
  credentials: P extends ProviderName ? ProviderCredentials[P] : P extends CustomServerProvider<infer C> ? C : never;
  /** Overrides of the provider's API base and token endpoint (the emulator, tests, a corporate proxy). */
  endpoints?: { api?: string; token?: string };
  /** The organization of this request, from the host's own session; undefined → 404, nothing forwarded. */
  organization(request: Request): string | undefined | Promise<string | undefined>;
  /** Whether this user may do this; false → 403, nothing forwarded. */
  authorize(context: AuthorizeContext): boolean | Promise<boolean>;
  /** Where the elements' `endpoint` points (default `/api/invitations`). */
  basePath?: string;
  limits?: {
    /** Largest request body, in bytes (default 64 KiB). */
    bodyBytes?: number;
    /** Milliseconds an upstream call (or a token request) may take (default 15000). */
    timeoutMs?: number;
  };
  /** What creates may carry, and what the server sets in them; a function to take it from the session. */
  policy?: CreatePolicy | ((request: Request) => CreatePolicy | Promise<CreatePolicy>);
  /** Where several instances share the provider's token (KV, Redis). */
  tokenStore?: TokenStore;
  /** Origins, besides the request's own host, whose pages may send unsafe requests (e.g. `https://admin.example.com`). */
  allowedOrigins?: readonly string[];
  /** Every decision and outcome, for the host's audit log. */
  onAudit?(event: AuditEvent): void;
  /** Where operational messages go (upstream failures); never with a credential. Default: none. */
  log?(line: string): void;
  /** The fetch upstream calls use (default `globalThis.fetch`). */
  fetch?: typeof fetch;
  /** The clock, epoch ms (tests). */
  now?: () => number;
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** How far apart start times may be to share a timeout signal (the timeout's precision). */
const TIMEOUT_SLICE_MS = 50;

/**
 * Timeout signals shared by the requests that start within the same 50 ms: each aborts `ms` to `ms + 50` after its
 * requests started. One AbortSignal per request cost more than the rest of a proxied request's own work (Node 20).
 */
function timeoutSignals(ms: number): () => AbortSignal {
  let current: { until: number; signal: AbortSignal } | undefined;
  return () => {
    const now = performance.now();
    if (!current || now >= current.until) {
      current = { until: now + TIMEOUT_SLICE_MS, signal: AbortSignal.timeout(ms + TIMEOUT_SLICE_MS) };
    }
    return current.signal;
  };
}
/** Headers of the upstream answer the browser gets (the rest stays here). */
const FORWARDED_HEADERS = ['retry-after', 'x-ratelimit-limit', 'x-ratelimit-remaining', 'x-ratelimit-reset'];
/** A path segment this handler lets through at all: no `%`, no dots alone, nothing that could address elsewhere. */
const SEGMENT = /^(?!\.{1,2}$)[A-Za-z0-9._~-]{1,128}$/;
const MAX_QUERY_VALUES = 16;
const MAX_QUERY_VALUE = 256;

interface Matched {
  name: string;
  route: Route;
  segments: string[];
  id?: string;
}

/** The route of a method and a path below the base, or undefined: the kit's routes are the only ones. */
function matchRoute(kit: CustomServerProvider['kit'], method: string, rest: string[]): Matched | undefined {
  for (const [name, route] of Object.entries(kit.routes)) {
    if (route.method !== method) continue;
    const shape = route.path.split('/').filter(Boolean);
    if (shape.length !== rest.length) continue;
    let id: string | undefined;
    const ok = shape.every((part, i) => {
      if (part !== ':id') return part === rest[i];
      id = rest[i];
      return (kit.id ?? DEFAULT_ID).test(rest[i]);
    });
    if (ok) return { name, route, segments: rest, id };
  }
  return undefined;
}

/** Control characters: no parameter the elements send holds one. */
// eslint-disable-next-line no-control-regex -- matching them is the point
const CONTROL = /[\u0000-\u001f\u007f]/;

/** The query to forward: the route's parameters only, a bounded number of bounded values each, no controls. */
function rebuildQuery(route: Route, params: URLSearchParams): string {
  const out = new URLSearchParams();
  for (const key of route.query ?? []) {
    const values = params.getAll(key).slice(0, MAX_QUERY_VALUES);
    for (const value of values) if (value.length <= MAX_QUERY_VALUE && !CONTROL.test(value)) out.append(key, value);
  }
  const text = out.toString();
  return text ? `?${text}` : '';
}

/** Whether an unsafe request comes from a page this handler serves (or an allowed origin). */
function sameSite(request: Request, allowed: readonly string[]): boolean {
  const origin = request.headers.get('origin');
  const site = request.headers.get('sec-fetch-site');
  const host = new URL(request.url).host;
  if (origin !== null) {
    if (allowed.includes(origin)) return true;
    let originHost: string;
    try {
      originHost = new URL(origin).host;
    } catch {
      return false; // `null` (sandboxed pages, file:) and garbage
    }
    if (originHost !== host) return false;
  }
  return site === null || site === 'same-origin' || site === 'none' || (origin !== null && allowed.includes(origin));
}

/**
 * A fetch-standard handler of the provider's invitation routes under `basePath`: `(request) => Promise<Response>`.
 * Requests outside `basePath` get a 404 too (mount it where you like; the Node adapter passes them on instead).
 */
export function createInvitationsHandler<P extends ProviderName | CustomServerProvider>(
  options: InvitationsHandlerOptions<P>,
): (request: Request) => Promise<Response> {
  const custom = typeof options.provider === 'object' ? (options.provider as CustomServerProvider) : undefined;
  const name = custom ? undefined : (options.provider as ProviderName);
  if (name !== undefined && !Object.hasOwn(PROVIDER_ROUTES, name)) {
    throw new TypeError(`Unknown provider "${String(name)}": use ${Object.keys(PROVIDER_ROUTES).join(', ')}.`);
  }
  const kit = custom?.kit ?? PROVIDER_ROUTES[name!];
  const dialect = (custom?.dialect ?? SERVER_DIALECTS[name!]) as ServerDialect<unknown>;
  const credentials = options.credentials as unknown;
  const missing = dialect.credentialKeys.filter(
    (key) =>
      typeof (credentials as Record<string, unknown> | undefined)?.[key] !== 'string' ||
      !(credentials as Record<string, string>)[key].trim(),
  );
  if (missing.length) {
    throw new TypeError(`${dialect.label} needs credentials.${missing.join(', credentials.')} (non-empty strings).`);
  }
  for (const hook of ['organization', 'authorize'] as const) {
    if (typeof options[hook] !== 'function') {
      throw new TypeError(`createInvitationsHandler needs ${hook}(): the server decides it, never the browser.`);
    }
  }

  const basePath = `/${(options.basePath ?? '/api/invitations').replace(/^\/+|\/+$/g, '')}`;
  const bodyLimit = options.limits?.bodyBytes ?? 65_536;
  const timeoutMs = options.limits?.timeoutMs ?? 15_000;
  const upstreamFetch =
    options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => globalThis.fetch(input, init));
  const now = options.now ?? Date.now;
  const timeout = timeoutSignals(timeoutMs);
  const allowedOrigins = options.allowedOrigins ?? [];
  const defaults = dialect.upstream(credentials);
  const upstream = {
    api: (options.endpoints?.api ?? defaults.api).replace(/\/+$/, ''),
    token: options.endpoints?.token ?? defaults.token,
  };
  const credentialSecrets = dialect.secrets(credentials);
  /** The tokens in use lately (the current one and a few before it): redacted too, never more than a few. */
  const tokensSeen: string[] = [];
  let secrets = redactionOrder(credentialSecrets);
  const remember = (token: string) => {
    if (tokensSeen.includes(token)) return;
    tokensSeen.push(token);
    if (tokensSeen.length > 4) tokensSeen.shift();
    secrets = redactionOrder([...credentialSecrets, ...tokensSeen]);
  };
  const hide = (text: string) => redact(text, secrets);
  const log = (line: string) => options.log?.(hide(line));
  const tokens = dialect
    // the audience names the provider's API itself, even when `endpoints.api` points at a proxy of it
    .grant(credentials, upstream, upstreamFetch, `${defaults.api}/`)
    .then((grant) => new TokenCache(grant, now, options.tokenStore, timeoutMs));

  const error = (status: number, message: string, code: string) =>
    jsonResponse(status, dialect.errorBody(status, message, code));

  function audit(event: AuditEvent) {
    if (!options.onAudit) return;
    try {
      options.onAudit(event);
    } catch (cause) {
      log(`onAudit threw: ${cause instanceof Error ? cause.message : String(cause)}`);
    }
  }

  /** One upstream call with the token; a 401 on a safe method fetches a new token and tries once more. */
  async function callUpstream(url: string, method: string, body: string | undefined): Promise<Response> {
    const cache = await tokens;
    for (let attempt = 0; ; attempt++) {
      const token = await cache.get();
      remember(token);
      const response = await upstreamFetch(url, {
        method,
        redirect: 'manual', // a redirect would take the token along to wherever it points
        signal: timeout(),
        headers: {
          accept: 'application/json',
          authorization: `Bearer ${token}`,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          ...dialect.headers,
        },
        body,
      });
      if (response.status !== 401) return response;
      // The next request gets a new token either way; only a safe one is tried again with it.
      await cache.invalidate(token);
      if (attempt > 0 || method !== 'GET') return response;
      await response.body?.cancel().catch(() => undefined);
    }
  }

  /** The browser's answer to an upstream one: its status and JSON body, allow-listed headers, no secret. */
  async function relay(response: Response, collectionUrl: string): Promise<Answer> {
    const label = dialect.label;
    if (response.status === 401) {
      log(`${label} refused this server's credentials (HTTP 401)`);
      return error(502, `${label} refused this server's credentials.`, 'upstream_unauthorized');
    }
    if (response.status >= 300 && response.status < 400) {
      return error(502, `${label} answered with a redirect, which this server does not follow.`, 'upstream_redirect');
    }
    if (response.status >= 500) {
      log(`${label} answered HTTP ${response.status}`);
      return error(502, `${label} failed (HTTP ${response.status}). Try again later.`, 'upstream_error');
    }
    const headers: Record<string, string> = {};
    for (const name of FORWARDED_HEADERS) {
      const value = response.headers.get(name);
      if (value && /^[\w .,:;=-]{1,200}$/.test(value)) headers[name] = value;
    }
    const link = response.headers.get('link');
    const rewritten = link && rewriteLink(hide(link), collectionUrl, basePath);
    if (rewritten) headers.link = rewritten;
    const text = await response.text();
    if (response.status === 204 || text.trim() === '') {
      return { status: response.status === 200 ? 204 : response.status, headers, text: null };
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      log(`${label} answered HTTP ${response.status} with a body that is not JSON`);
      return error(502, `${label} answered with something that is not JSON.`, 'upstream_invalid');
    }
    // Written back as it came (parsing proved it JSON), unless it holds escapes (`\u0061`, `\/`): those are
    // normalized first, so that no escaped spelling of a secret slips past the redaction.
    const normalized = text.includes('\\') ? JSON.stringify(parsed) : text;
    return jsonText(response.status, hide(normalized), headers);
  }

  async function answer(request: Request): Promise<Answer> {
    const method = request.method.toUpperCase();
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return error(404, 'Not found.', 'not_found');
    }
    // Routing: only the kit's routes, below basePath, with well-formed segments. (The URL parser has already turned
    // `%2e%2e` into `..` and `\` into `/`; what is left of either cannot match.)
    const path = url.pathname;
    const rest =
      path === basePath ? [] : path.startsWith(`${basePath}/`) ? path.slice(basePath.length + 1).split('/') : undefined;
    if (rest && rest.length === 1 && rest[0] === '') rest.pop(); // `…/invitations/` is the collection
    const matched =
      rest?.every((s) => SEGMENT.test(s)) && path.length <= 512 ? matchRoute(kit, method, rest) : undefined;
    if (!matched) {
      audit({ request, outcome: 'refused', status: 404, reason: 'not an invitation route' });
      return error(404, 'Not found.', 'not_found');
    }
    let action: InvitationAction = matched.route.method === 'GET' ? 'list' : matched.id ? 'revoke' : 'create';
    const invitation = matched.id ? { id: matched.id } : undefined;
    const refuse = (status: number, reason: string, code: string, organization?: string, drafts?: DraftSummary[]) => {
      audit({ request, action, organization, invitation, drafts, outcome: 'refused', status, reason });
      return error(status, reason, code);
    };

    if (UNSAFE.has(method) && !sameSite(request, allowedOrigins)) {
      return refuse(403, 'Cross-site requests are not accepted.', 'cross_site');
    }
    if (method === 'POST' && !/^application\/json\s*(;|$)/i.test(request.headers.get('content-type') ?? '')) {
      return refuse(415, 'Send JSON (content-type: application/json).', 'unsupported_media_type');
    }

    const organization = await options.organization(request);
    if (organization === undefined || organization === '') return refuse(404, 'Not found.', 'not_found');
    if (!dialect.organizationId.test(organization)) {
      log(`organization() gave an id that is not a ${dialect.label} organization id`);
      return refuse(404, 'Not found.', 'not_found');
    }

    // The body: JSON only, bounded, of the route's kind, each create item within the allow-list and the policy.
    let body: string | undefined;
    let drafts: DraftSummary[] | undefined;
    if (method === 'POST') {
      let value: unknown;
      try {
        const text = await readBody(request, bodyLimit);
        value = text.trim() === '' ? undefined : JSON.parse(text);
      } catch (cause) {
        return cause instanceof TooLarge
          ? refuse(413, `The request body is larger than ${bodyLimit} bytes.`, 'too_large', organization)
          : refuse(400, 'The request body is not JSON.', 'invalid_json', organization);
      }
      if (action === 'revoke') {
        const keys = dialect.revokeKeys ?? [];
        const ok = value === undefined || (isObject(value) && Object.keys(value).every((k) => keys.includes(k)));
        if (!ok) return refuse(400, 'This request takes no parameters.', 'invalid_body', organization);
        body = JSON.stringify(value ?? {});
      } else {
        const items = matched.route.body === 'array' ? value : [value];
        const most = matched.route.body === 'array' ? (matched.route.maxItems ?? 1) : 1;
        if (!Array.isArray(items) || items.length < 1 || items.length > most) {
          return refuse(400, `Send 1 to ${most} invitations.`, 'invalid_body', organization);
        }
        const policy = (typeof options.policy === 'function' ? await options.policy(request) : options.policy) ?? {};
        const checked: Record<string, unknown>[] = [];
        drafts = [];
        for (const item of items) {
          const result = checkItem(item, dialect, policy);
          if (typeof result === 'string') return refuse(400, result, 'policy', organization, drafts);
          checked.push(result.item);
          drafts.push(result.draft);
        }
        if (dialect.isResend && checked.every((item) => dialect.isResend!(item))) action = 'resend';
        body = JSON.stringify(matched.route.body === 'array' ? checked : checked[0]);
      }
    }

    const context: AuthorizeContext = { request, action, organization, invitation, drafts };
    if (!(await options.authorize(context))) {
      return refuse(403, 'You may not do this.', 'forbidden', organization, drafts);
    }

    const collectionUrl = `${upstream.api}${dialect.collectionPath(organization)}`;
    const target = `${collectionUrl}${matched.segments.map((s) => `/${s}`).join('')}${rebuildQuery(matched.route, url.searchParams)}`;
    let result: Answer;
    try {
      result = await relay(await callUpstream(target, method, body), collectionUrl);
    } catch (cause) {
      const timedOut = cause instanceof DOMException && cause.name === 'TimeoutError';
      const tokenFailed = cause instanceof TokenError;
      log(
        `${dialect.label} ${tokenFailed ? 'token' : 'call'} failed: ${cause instanceof Error ? cause.message : String(cause)}`,
      );
      result = tokenFailed
        ? error(502, `This server could not sign in to ${dialect.label}.`, 'upstream_unauthorized')
        : timedOut
          ? error(504, `${dialect.label} did not answer in time. Try again later.`, 'upstream_timeout')
          : error(502, `${dialect.label} could not be reached. Try again later.`, 'upstream_unreachable');
    }
    audit({
      ...context,
      outcome: result.status < 400 ? 'done' : 'failed',
      status: result.status,
      reason: result.status < 400 ? undefined : `HTTP ${result.status}`,
    });
    return result;
  }

  const handle = async (request: Request): Promise<Response> => toResponse(await answer(request));
  answerForm.set(handle, answer);
  return handle;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** One create item: known keys only, an email, roles and domain within the policy, the server's fields set. */
function checkItem(
  item: unknown,
  dialect: ServerDialect<unknown>,
  policy: CreatePolicy,
): { item: Record<string, unknown>; draft: DraftSummary } | string {
  if (!isObject(item)) return 'Each invitation must be a JSON object.';
  const unknown = Object.keys(item).find((k) => !dialect.createKeys.includes(k));
  if (unknown !== undefined) return `"${unknown.slice(0, 40)}" is not a field this server accepts.`;
  const draft = dialect.summarize(item);
  if (!draft) return 'An invitation needs an email address.';
  const domain = draft.email.split('@').pop()!.toLowerCase();
  if (policy.emailDomains && !policy.emailDomains.some((d) => d.toLowerCase() === domain)) {
    return `Invitations may go to ${policy.emailDomains.join(', ')} addresses only.`;
  }
  const roles = policy.roles;
  const refused = roles ? draft.roles.find((role) => !roles.includes(role)) : undefined;
  if (refused !== undefined) return `The role "${refused.slice(0, 60)}" may not be given here.`;
  const applied = dialect.applyPolicy(item, policy);
  return typeof applied === 'string' ? applied : { item: applied, draft };
}
