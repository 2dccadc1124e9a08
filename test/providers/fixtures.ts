/**
 * Per-provider fixtures for the shared adapter contract (src/testing/contract.ts): wire-shaped objects (validated
 * against the providers' specs by each fixture's `check`), the exact requests each adapter must send, and the
 * provider's error body.
 */
import { auth0Adapter } from '../../src/providers/auth0.js';
import { clerkAdapter } from '../../src/providers/clerk.js';
import { upsunAdapter } from '../../src/providers/upsun.js';
import { CONTRACT_NOW, type AdapterFixture } from '../../src/testing/contract.js';
import { validateRequestBody, validateResponse, validateSchema, type Provider } from '../support/specs.js';
import { customAdapter } from '../support/custom-adapter.js';

export const NOW = CONTRACT_NOW;
const DAY = 86400000;
const iso = (ms: number) => new Date(ms).toISOString();

/**
 * The fixture check of a provider: every request body and every answer is validated against its OpenAPI document
 * (error bodies against its error schema, where it has one), so a fixture cannot drift from the real API.
 */
function specCheck(spec: Provider, errorSchema?: string): AdapterFixture['check'] {
  return (exchange, reply) => {
    if (exchange.body !== undefined) validateRequestBody(spec, exchange.method, exchange.url, exchange.body);
    if (reply.status < 400) validateResponse(spec, exchange.method, exchange.url, reply.status, reply.body);
    if (errorSchema && reply.status >= 400 && reply.body !== undefined) validateSchema(spec, errorSchema, reply.body);
  };
}

export type { AdapterFixture };

const statusesAll = (s: readonly string[], all: readonly string[]) => (s.length ? s : all);

export const auth0Fixture: AdapterFixture = {
  label: 'auth0',
  adapter: auth0Adapter,
  endpoint: 'https://tenant.example.com/api/v2/organizations/org_demo/invitations',
  check: specCheck('auth0'),
  raw: (n, status) => ({
    id: `uinv_${String(n).padStart(16, '0')}`,
    organization_id: 'org_demo',
    inviter: { name: 'Ada Admin' },
    invitee: { email: `user${n}@example.com` },
    invitation_url: `https://app.example.com/login?invitation=tk${n}&organization=org_demo`,
    created_at: iso(NOW - (n + 1) * DAY),
    expires_at: status === 'expired' ? iso(NOW - 3600000) : iso(NOW + 7 * DAY),
    client_id: 'AaiyAPdpYdesoKnqjj8HJqRn4T5titww',
    roles: ['rol_0000000000000001'],
    ticket_id: `tkt_${n}`,
  }),
  listReply: (items, { query }) => ({
    status: 200,
    body: { start: query.page * query.pageSize, limit: query.pageSize, invitations: items },
  }),
  listRequest: (q) => {
    const filtered = (q.statuses.length > 0 && q.statuses.length < 2) || q.search.trim() !== '';
    return {
      method: 'GET',
      path: '',
      query: {
        page: String(filtered ? 0 : q.page),
        per_page: String(filtered ? 100 : q.pageSize),
        include_totals: 'true',
        sort: `created_at:${q.sort?.direction === 'asc' ? 1 : -1}`,
      },
    };
  },
  fullDraft: {
    email: 'new.person@example.com',
    roles: ['rol_0000000000000001', 'rol_0000000000000002'],
    expiresInSeconds: 3 * 86400,
    sendEmail: false,
    inviterName: 'Ada Admin',
    clientId: 'AaiyAPdpYdesoKnqjj8HJqRn4T5titww',
    connectionId: 'con_0000000000000001',
    metadata: { team: 'blue' },
    privateMetadata: { note: 'hi' },
  },
  fullDraftRequest: {
    method: 'POST',
    path: '',
    body: {
      inviter: { name: 'Ada Admin' },
      invitee: { email: 'new.person@example.com' },
      client_id: 'AaiyAPdpYdesoKnqjj8HJqRn4T5titww',
      connection_id: 'con_0000000000000001',
      roles: ['rol_0000000000000001', 'rol_0000000000000002'],
      ttl_sec: 259200,
      send_invitation_email: false,
      app_metadata: { team: 'blue' },
      user_metadata: { note: 'hi' },
    },
  },
  createReply: (raw) => ({ status: 200, body: raw }),
  revokeRequest: (id) => ({ method: 'DELETE', path: `/${id}` }),
  revokeReply: () => ({ status: 204 }),
  resend: (raw) => ({
    requests: [
      {
        method: 'POST',
        path: '',
        body: {
          inviter: raw.inviter,
          invitee: raw.invitee,
          client_id: raw.client_id,
          roles: raw.roles,
          ttl_sec: Math.round((Date.parse(raw.expires_at as string) - Date.parse(raw.created_at as string)) / 1000),
        },
      },
      { method: 'DELETE', path: `/${raw.id}` },
    ],
    replies: [{ status: 200, body: { ...raw, id: 'uinv_ffffffffffffffff', created_at: iso(NOW) } }, { status: 204 }],
  }),
  errorReply: (status, code, message) => ({
    status,
    body: { statusCode: status, error: status === 429 ? 'Too Many Requests' : 'Bad Request', message, errorCode: code },
  }),
  expectedCode: (code) => code,
};

const clerkStatuses = ['pending', 'accepted', 'revoked', 'expired'];
export const clerkFixture: AdapterFixture = {
  label: 'clerk',
  adapter: clerkAdapter,
  endpoint: 'https://api.clerk.test/v1/organizations/org_demo/invitations',
  check: specCheck('clerk', '/components/schemas/ClerkErrors'),
  raw: (n, status) => ({
    object: 'organization_invitation',
    id: `orginv_${n}`,
    email_address: `user${n}@example.com`,
    role: 'org:member',
    role_name: 'Member',
    organization_id: 'org_demo',
    inviter_id: 'user_ada',
    public_inviter_data: {
      user_id: 'user_ada',
      first_name: 'Ada',
      last_name: 'Lovelace',
      image_url: 'https://img.clerk.com/ada',
      has_image: true,
      identifier: 'ada@example.com',
    },
    status,
    public_metadata: {},
    private_metadata: {},
    url: `https://accounts.example.com/accept?ticket=${n}`,
    expires_at: status === 'expired' ? NOW - 3600000 : NOW + 30 * DAY,
    created_at: NOW - (n + 1) * DAY,
    updated_at: NOW - n * DAY,
  }),
  listReply: (items, { total }) => ({ status: 200, body: { data: items, total_count: total } }),
  listRequest: (q) => ({
    method: 'GET',
    path: '',
    query: {
      limit: String(q.pageSize),
      offset: String(q.page * q.pageSize),
      status: q.statuses.length === 1 ? q.statuses[0] : (statusesAll(q.statuses, clerkStatuses) as string[]),
      ...(q.search.trim() ? { email_address: q.search.trim() } : {}),
      order_by: `${q.sort?.direction === 'asc' ? '+' : '-'}${q.sort?.field === 'email' ? 'email_address' : 'created_at'}`,
    },
  }),
  fullDraft: {
    email: 'new.person@example.com',
    roles: ['org:admin'],
    expiresInSeconds: 14 * 86400,
    sendEmail: false,
    redirectUrl: 'https://app.example.com/welcome',
    inviterId: 'user_ada',
    metadata: { team: 'blue' },
    privateMetadata: { note: 'hi' },
  },
  fullDraftRequest: {
    method: 'POST',
    path: '',
    body: {
      email_address: 'new.person@example.com',
      role: 'org:admin',
      expires_in_days: 14,
      notify: false,
      redirect_url: 'https://app.example.com/welcome',
      inviter_user_id: 'user_ada',
      public_metadata: { team: 'blue' },
      private_metadata: { note: 'hi' },
    },
  },
  createReply: (raw) => ({ status: 200, body: raw }),
  revokeRequest: (id) => ({ method: 'POST', path: `/${id}/revoke`, body: {} }),
  revokeReply: (raw) => ({ status: 200, body: { ...raw, status: 'revoked' } }),
  errorReply: (status, code, message) => ({
    status,
    body: { errors: [{ message, long_message: `${message} (long)`, code, meta: {} }], clerk_trace_id: 'trace_123' },
  }),
  expectedCode: (code) => code,
};

const upsunStates: Record<string, string> = {
  pending: 'pending',
  processing: 'processing',
  accepted: 'accepted',
  revoked: 'cancelled',
  failed: 'error',
};
const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
export const upsunFixture: AdapterFixture = {
  label: 'upsun',
  adapter: upsunAdapter,
  endpoint: 'https://api.upsun.test/organizations/01HZY3N5QF9V8K2M4R6T7W8X9Y/invitations',
  check: specCheck('upsun', '/components/schemas/Error'),
  raw: (n, status) => ({
    id: uuid(n),
    state: upsunStates[status],
    organization_id: '01HZY3N5QF9V8K2M4R6T7W8X9Y',
    email: `user${n}@example.com`,
    owner: { id: uuid(9999), display_name: 'Ada Admin' },
    created_at: iso(NOW - (n + 1) * DAY).replace('.000', ''),
    updated_at: iso(NOW - n * DAY).replace('.000', ''),
    finished_at: null,
    permissions: ['members', 'billing'],
  }),
  listReply: (items, { query, hasNext, hasPrevious }) => {
    const base = upsunFixture.endpoint;
    const links = [
      hasNext && `<${base}?page%5Bsize%5D=${query.pageSize}&page%5Bafter%5D=CUR${query.page + 1}>; rel="next"`,
      hasPrevious && `<${base}?page%5Bsize%5D=${query.pageSize}&page%5Bbefore%5D=CUR${query.page - 1}>; rel="previous"`,
    ].filter(Boolean);
    const headers: Record<string, string> = links.length ? { link: links.join(', ') } : {};
    return { status: 200, body: items, headers };
  },
  listRequest: (q) => {
    const states = statusesAll(q.statuses, Object.keys(upsunStates)).map((s) => upsunStates[s]);
    const [kind, cursor] = q.cursor?.split(':') ?? [];
    return {
      method: 'GET',
      path: '',
      query: {
        'page[size]': String(q.pageSize),
        sort: q.sort?.direction === 'asc' ? 'updated_at' : '-updated_at',
        [states.length === 1 ? 'filter[state][eq]' : 'filter[state][in]']: states.join(','),
        ...(kind ? { [`page[${kind}]`]: cursor } : {}),
      },
    };
  },
  fullDraft: { email: 'new.person@example.com', roles: ['admin', 'projects:list'], force: true },
  fullDraftRequest: {
    method: 'POST',
    path: '',
    body: { email: 'new.person@example.com', permissions: ['admin', 'projects:list'], force: true },
  },
  createReply: (raw) => ({ status: 201, body: raw }),
  revokeRequest: (id) => ({ method: 'DELETE', path: `/${id}` }),
  revokeReply: () => ({ status: 204 }),
  resend: (raw) => ({
    requests: [{ method: 'POST', path: '', body: { email: raw.email, permissions: raw.permissions, force: true } }],
    replies: [{ status: 201, body: { ...raw, id: uuid(777) } }],
  }),
  errorReply: (status, _code, message) => ({ status, body: { error: message } }),
  expectedCode: (_code, status) => (status === 409 ? 'already_invited' : `http_${status}`),
};

export const customFixture: AdapterFixture = {
  label: 'custom (a host-written adapter)',
  adapter: customAdapter,
  endpoint: 'https://backend.example.com/api/invites',
  raw: (n, status) => ({
    key: `inv-${n}`,
    address: `user${n}@example.com`,
    state: status,
    role: 'member',
    sent: iso(NOW - (n + 1) * DAY),
  }),
  listReply: (items, { total }) => ({ status: 200, body: { rows: items, count: total } }),
  listRequest: (q) => ({
    method: 'GET',
    path: '',
    query: {
      skip: String(q.page * q.pageSize),
      take: String(q.pageSize),
      order: `${q.sort?.direction === 'asc' ? '' : '-'}${q.sort?.field ?? 'created_at'}`,
      ...(q.statuses.length ? { state: q.statuses.join(',') } : {}),
      ...(q.search ? { q: q.search } : {}),
    },
  }),
  fullDraft: { email: 'new.person@example.com', roles: ['admin'] },
  fullDraftRequest: { method: 'POST', path: '', body: { address: 'new.person@example.com', role: 'admin' } },
  createReply: (raw) => ({ status: 201, body: raw }),
  revokeRequest: (id) => ({ method: 'DELETE', path: `/${id}` }),
  revokeReply: () => ({ status: 204 }),
  errorReply: (status, code, message) => ({ status, body: { problem: { code, text: message } } }),
  expectedCode: (code) => code,
};

export const fixtures = [auth0Fixture, clerkFixture, upsunFixture, customFixture];
