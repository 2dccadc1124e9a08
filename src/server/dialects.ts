/**
 * The server half of each built-in dialect: where its API is, how a server gets a token for it
 * (shared/API-NOTES.md §7), its error shape, and what a create body may hold and what in it is the server's to set.
 * The routes themselves are the adapter kit's (src/providers/): what the browser's adapter sends is all this
 * server forwards. Keyed by the provider table's names: a provider without its server half is a compile error.
 */
import type { ProviderName } from '../providers/providers.js';
import { fingerprint, type TokenGrant } from './tokens.js';

/** An invitation the browser asks to create, as the policy and `authorize` see it. */
export interface DraftSummary {
  email: string;
  roles: string[];
}

/** Where a server reaches a provider. */
export interface Upstream {
  /** The API's base URL, e.g. `https://tenant.eu.auth0.com/api/v2`. */
  api: string;
  /** The token endpoint, where the provider has one. */
  token?: string;
}

/**
 * What the server allows in a create (roles, email domains: outside them → 400) and what it sets in it (the rest:
 * the server's value replaces the page's), from configuration or, through `policy(request)`, from the session.
 */
export interface CreatePolicy {
  /** Roles (Auth0 role ids, Clerk role keys, Upsun permissions) a draft may carry; others are refused. */
  roles?: readonly string[];
  /** Email domains invitations may go to (`example.com`), case-insensitive; others are refused. */
  emailDomains?: readonly string[];
  /** Auth0: the application whose login route the invitation opens (`client_id`). */
  clientId?: string;
  /** Auth0: the inviter's name in the email (`inviter.name`), e.g. from the session. */
  inviterName?: string;
  /** Auth0: the connection the invitee signs up with (`connection_id`). */
  connectionId?: string;
  /** Clerk: the user the invitation is sent on behalf of (`inviter_user_id`), e.g. from the session. */
  inviterUserId?: string;
  /** Clerk: where the invitee lands after accepting (`redirect_url`). */
  redirectUrl?: string;
}

type Json = Record<string, unknown>;

/** The server half of one dialect. */
export interface ServerDialect<C = unknown> {
  label: string;
  /** The provider's endpoints from its credentials (Auth0's come from the tenant domain). */
  upstream(credentials: C): Upstream;
  /** The collection below `api`, for one organization. */
  collectionPath(organization: string): string;
  /** The grammar of an organization id (the host's own value is checked too: it becomes part of a URL). */
  organizationId: RegExp;
  /** How to get the bearer of upstream calls; `audience` is the API base with a trailing slash. */
  grant(credentials: C, upstream: Upstream, fetcher: typeof fetch, audience: string): Promise<TokenGrant>;
  /** Secrets of the credentials, redacted from anything this server answers or logs. */
  secrets(credentials: C): string[];
  /** The credential fields it needs (non-empty strings), named as in `credentials`. */
  credentialKeys: readonly (keyof C & string)[];
  /** Headers every upstream call carries (Clerk's API version). */
  headers?: Record<string, string>;
  /** The provider's own error body, for the errors this server answers itself. */
  errorBody(status: number, message: string, code: string): unknown;
  /** Keys a create item may have; anything else is refused. */
  createKeys: readonly string[];
  /** The email and roles of a create item (undefined when it has no usable email). */
  summarize(item: Json): DraftSummary | undefined;
  /**
   * Applies the server's part of the policy to a create item: fields the browser must not choose get the server's
   * value, whatever it sent. Returns the item to forward, or (a custom dialect) why it is refused.
   */
  applyPolicy(item: Json, policy: CreatePolicy): Json | string;
  /** Keys a revoke body may have (Clerk's optional `{}`); undefined: the route takes no body. */
  revokeKeys?: readonly string[];
  /** Whether a create is a resend (Upsun's `force: true` re-sends an invitation). */
  isResend?(item: Json): boolean;
}

const reason = (status: number) =>
  ({ 400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 405: 'Method Not Allowed' })[
    status
  ] ?? (status >= 500 ? 'Bad Gateway' : 'Error');

const strings = (value: unknown) => (Array.isArray(value) ? value.filter((v) => typeof v === 'string') : []);

/**
 * A server-set field: the server's value, whatever the page sent for it (an Auth0 resend re-creates the invitation
 * with the inviter it had; the new one is the current user's).
 */
function setField(item: Json, key: string, value: unknown): void {
  if (value !== undefined) item[key] = value;
}

/** Token requests: JSON or form, with a timeout; an answer without a token is an error naming the endpoint only. */
async function tokenRequest(
  fetcher: typeof fetch,
  url: string,
  init: RequestInit,
  signal: AbortSignal,
): Promise<{ token: string; expiresIn: number }> {
  const response = await fetcher(url, { ...init, method: 'POST', signal, redirect: 'error' });
  const body = (await response.json().catch(() => undefined)) as
    { access_token?: unknown; expires_in?: unknown } | undefined;
  if (!response.ok || typeof body?.access_token !== 'string' || !body.access_token) {
    const what = response.ok
      ? 'answered without a token'
      : response.status >= 500
        ? 'failed'
        : 'refused the credentials';
    throw new TokenError(`The token endpoint ${new URL(url).origin} ${what} (HTTP ${response.status}).`);
  }
  const expiresIn = typeof body.expires_in === 'number' && body.expires_in > 0 ? body.expires_in : 300;
  return { token: body.access_token, expiresIn };
}

/** A token could not be obtained (its message names no secret). */
export class TokenError extends Error {
  override readonly name = 'TokenError';
}

export interface Auth0Credentials {
  /** The tenant's domain, e.g. `acme.eu.auth0.com` (or its custom domain for the Management API). */
  domain: string;
  /** A Machine-to-Machine application authorized for the Management API with the invitation scopes. */
  clientId: string;
  clientSecret: string;
}
export interface ClerkCredentials {
  /** The instance's secret key, `sk_live_…` / `sk_test_…`. */
  secretKey: string;
}
export interface UpsunCredentials {
  /** A user's API token (Console → Account Settings → API Tokens). */
  apiToken: string;
}

/** The credentials of each built-in provider. */
export interface ProviderCredentials {
  auth0: Auth0Credentials;
  clerk: ClerkCredentials;
  upsun: UpsunCredentials;
}

const auth0: ServerDialect<Auth0Credentials> = {
  label: 'Auth0',
  upstream: ({ domain }) => {
    const host = domain.replace(/^https:\/\//, '').replace(/\/+$/, '');
    return { api: `https://${host}/api/v2`, token: `https://${host}/oauth/token` };
  },
  collectionPath: (org) => `/organizations/${encodeURIComponent(org)}/invitations`,
  organizationId: /^org_[A-Za-z0-9]{1,46}$/,
  async grant({ clientId, clientSecret }, upstream, fetcher, audience) {
    return {
      key: `auth0:${await fingerprint(`${upstream.token} ${clientId} ${clientSecret}`)}`,
      fetch: (signal) =>
        tokenRequest(
          fetcher,
          upstream.token!,
          {
            headers: { 'content-type': 'application/json', accept: 'application/json' },
            body: JSON.stringify({
              grant_type: 'client_credentials',
              client_id: clientId,
              client_secret: clientSecret,
              audience,
            }),
          },
          signal,
        ),
    };
  },
  secrets: ({ clientSecret }) => [clientSecret],
  credentialKeys: ['domain', 'clientId', 'clientSecret'],
  errorBody: (status, message, code) => ({ statusCode: status, error: reason(status), message, errorCode: code }),
  createKeys: [
    'inviter',
    'invitee',
    'client_id',
    'connection_id',
    'app_metadata',
    'user_metadata',
    'ttl_sec',
    'roles',
    'send_invitation_email',
  ],
  summarize(item) {
    const email = (item.invitee as Json | undefined)?.email;
    return typeof email === 'string' ? { email, roles: strings(item.roles) } : undefined;
  },
  applyPolicy(item, policy) {
    const next = { ...item };
    setField(next, 'client_id', policy.clientId);
    setField(next, 'connection_id', policy.connectionId);
    setField(next, 'inviter', policy.inviterName === undefined ? undefined : { name: policy.inviterName });
    return next;
  },
};

const clerk: ServerDialect<ClerkCredentials> = {
  label: 'Clerk',
  upstream: () => ({ api: 'https://api.clerk.com/v1' }),
  collectionPath: (org) => `/organizations/${encodeURIComponent(org)}/invitations`,
  organizationId: /^org_[A-Za-z0-9]{1,64}$/,
  async grant({ secretKey }) {
    // The secret key itself is the bearer: nothing to fetch.
    return { key: 'clerk', fetch: async () => ({ token: secretKey, expiresIn: 315_360_000 }) };
  },
  secrets: ({ secretKey }) => [secretKey],
  credentialKeys: ['secretKey'],
  // The version this library's adapter speaks (@clerk/backend's SUPPORTED_BAPI_VERSION).
  headers: { 'clerk-api-version': '2026-05-12' },
  errorBody: (_status, message, code) => ({
    errors: [{ message, long_message: message, code, meta: {} }],
    clerk_trace_id: '',
  }),
  createKeys: [
    'email_address',
    'role',
    'expires_in_days',
    'notify',
    'redirect_url',
    'inviter_user_id',
    'public_metadata',
    'private_metadata',
  ],
  summarize(item) {
    const email = item.email_address;
    return typeof email === 'string' ? { email, roles: typeof item.role === 'string' ? [item.role] : [] } : undefined;
  },
  applyPolicy(item, policy) {
    const next = { ...item };
    setField(next, 'inviter_user_id', policy.inviterUserId);
    setField(next, 'redirect_url', policy.redirectUrl);
    return next;
  },
  revokeKeys: [],
};

const upsun: ServerDialect<UpsunCredentials> = {
  label: 'Upsun',
  upstream: () => ({ api: 'https://api.upsun.com', token: 'https://auth.upsun.com/oauth2/token' }),
  collectionPath: (org) => `/organizations/${encodeURIComponent(org)}/invitations`,
  organizationId: /^[0-9A-HJKMNP-TV-Z]{26}$/,
  async grant({ apiToken }, upstream, fetcher) {
    return {
      key: `upsun:${await fingerprint(`${upstream.token} ${apiToken}`)}`,
      fetch: (signal) =>
        tokenRequest(
          fetcher,
          upstream.token!,
          {
            headers: {
              authorization: `Basic ${btoa('platform-api-user:')}`,
              'content-type': 'application/x-www-form-urlencoded',
              accept: 'application/json',
            },
            body: new URLSearchParams({ grant_type: 'api_token', api_token: apiToken }).toString(),
          },
          signal,
        ),
    };
  },
  secrets: ({ apiToken }) => [apiToken],
  credentialKeys: ['apiToken'],
  errorBody: (_status, message) => ({ error: message }),
  createKeys: ['email', 'permissions', 'force'],
  summarize(item) {
    return typeof item.email === 'string' ? { email: item.email, roles: strings(item.permissions) } : undefined;
  },
  applyPolicy: (item) => ({ ...item }),
  isResend: (item) => item.force === true,
};

/** The server half of every built-in provider. */
export const SERVER_DIALECTS = { auth0, clerk, upsun } satisfies {
  [P in ProviderName]: ServerDialect<ProviderCredentials[P]>;
};
