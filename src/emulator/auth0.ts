/**
 * Auth0 Management API v2 organization invitations (`/api/v2/organizations/{id}/invitations`), as the spec in
 * test/specs/auth0.openapi.json and ../shared/API-NOTES.md §1 describe them:
 * page/per_page offset paging capped at 1,000 records, `created_at` sort, no status field (the list holds pending
 * and expired-but-not-yet-purged invitations), create → 200, DELETE → 204 and the record is gone.
 */
import { ADMINS, DAY, peopleFactory, between } from './generator.js';
import { oauthError } from './auth.js';
import type { Random } from './random.js';
import { compare, empty, isEmail, isObject, json, queryInt, reasonPhrase } from './wire.js';
import type { EmulatorRequest, HandlerContext, Json, ProviderDefinition, RoleOption } from './wire.js';

export interface Auth0Invitation {
  id: string;
  organization_id: string;
  inviter: { name: string };
  invitee: { email: string };
  invitation_url: string;
  created_at: string;
  expires_at: string;
  client_id: string;
  connection_id?: string;
  app_metadata?: Record<string, unknown>;
  user_metadata?: Record<string, unknown>;
  roles?: string[];
  ticket_id: string;
}

export interface Auth0ErrorBody {
  statusCode: number;
  error: string;
  message: string;
  errorCode: string;
}

type Ctx = HandlerContext<Auth0Invitation>;

const ORG_ID = 'org_demo';
const CLIENT_IDS = ['AaiyAPdpYdesoKnqjj8HJqRn4T5titww', 'Xk3vB9qLm2Rt7Wz4Np6Yc8Hd1Fs5Gj0a'];
const CONNECTION_ID = 'con_9fJd2LkQw7Rt3Xz8';
const DEFAULT_TTL = 604_800;
const MAX_TTL = 2_592_000;
const MAX_RECORDS = 1000;

export const AUTH0_ROLES: readonly RoleOption[] = [
  { value: 'rol_0Ad1mNq8Rk3Tz5Ha', label: 'Admin', description: 'Manages the organization, its members and apps' },
  { value: 'rol_1Mb2rWx7Pc4Yd6Jb', label: 'Member', description: "Uses the organization's applications" },
  { value: 'rol_2Bl3gVy6Qd5Xe7Kc', label: 'Billing', description: 'Manages the subscription and invoices' },
  { value: 'rol_3Sp4tUz5Re6Wf8Ld', label: 'Support', description: 'Reads member data to help users' },
  { value: 'rol_4Vw5rTa4Sf7Vg9Me', label: 'Viewer', description: 'Read-only access' },
];
const ROLE_IDS = new Set(AUTH0_ROLES.map((r) => r.value));

const iso = (ms: number) => new Date(ms).toISOString();

function invitationUrl(ticket: string, orgId: string): string {
  return `https://app.acme.example/login?invitation=${ticket}&organization=${encodeURIComponent(orgId)}&organization_name=acme`;
}

function seed(random: Random, count: number, now: number, orgId: string): Auth0Invitation[] {
  const people = peopleFactory(random);
  const out: Auth0Invitation[] = [];
  const ids = new Set<string>();
  for (let i = 0; i < count; i++) {
    const person = people.next();
    const ttlDays = random.weighted([
      [7, 6],
      [14, 2],
      [30, 2],
    ]);
    // ~15% already expired but not yet purged; the rest still valid (so created within their TTL).
    const expired = random.chance(0.15);
    const created = expired
      ? between(random, now - 90 * DAY, now - ttlDays * DAY - 60_000)
      : between(random, now - ttlDays * DAY * 0.97, now - 60_000);
    let id = `uinv_${random.alnum(16)}`;
    while (ids.has(id)) id = `uinv_${random.alnum(16)}`;
    ids.add(id);
    const ticket = random.alnum(32);
    const admin = random.pick(ADMINS);
    const inv: Auth0Invitation = {
      id,
      organization_id: orgId,
      inviter: { name: `${admin.firstName} ${admin.lastName}` },
      invitee: { email: person.email },
      invitation_url: invitationUrl(ticket, orgId),
      created_at: iso(created),
      expires_at: iso(created + ttlDays * DAY),
      client_id: random.weighted([
        [CLIENT_IDS[0], 9],
        [CLIENT_IDS[1], 1],
      ]),
      ticket_id: ticket,
    };
    if (random.chance(0.2)) inv.connection_id = CONNECTION_ID;
    if (random.chance(0.1)) inv.app_metadata = { plan: random.pick(['free', 'team', 'enterprise']) };
    if (!random.chance(0.1)) {
      const roles = random.sample(
        AUTH0_ROLES,
        random.weighted([
          [1, 8],
          [2, 2],
        ]),
      );
      inv.roles = roles.map((r) => r.value);
    }
    out.push(inv);
  }
  return out;
}

function error(status: number, message: string, errorCode: string): Response {
  return json(status, errorBody(status, message, errorCode));
}

function errorBody(status: number, message: string, errorCode: string | undefined): Auth0ErrorBody {
  return {
    statusCode: status,
    error: reasonPhrase(status),
    message,
    errorCode:
      errorCode ?? (status === 404 ? 'inexistent_resource' : status === 429 ? 'too_many_requests' : `http_${status}`),
  };
}

const queryError = (detail: string, name: string) =>
  error(400, `Query validation error: '${detail}' on property ${name}.`, 'invalid_query_string');
const bodyError = (detail: string, path?: string) =>
  error(400, `Payload validation error: '${detail}'${path ? ` on property ${path}` : ''}.`, 'invalid_body');

const LIST_PARAMS = new Set(['page', 'per_page', 'include_totals', 'fields', 'include_fields', 'sort']);
const GET_PARAMS = new Set(['fields', 'include_fields']);

/** Checks the query against the allowed names; returns the first problem as a 400. */
function unknownParam(params: URLSearchParams, allowed: Set<string>): Response | undefined {
  for (const name of params.keys()) {
    if (!allowed.has(name)) return queryError(`Additional properties not allowed: ${name}`, name);
  }
  return undefined;
}

function bool(params: URLSearchParams, name: string, fallback: boolean): boolean | Response {
  const raw = params.get(name);
  if (raw === null) return fallback;
  if (raw === 'true' || raw === 'false') return raw === 'true';
  return queryError(`Expected type boolean but found type string`, name);
}

/** `fields` / `include_fields` projection. */
function project(inv: Auth0Invitation, params: URLSearchParams, include: boolean): Json {
  const fields = (params.get('fields') ?? '')
    .split(',')
    .map((f) => f.trim())
    .filter(Boolean);
  if (!fields.length) return { ...inv };
  return Object.fromEntries(Object.entries(inv).filter(([key]) => fields.includes(key) === include));
}

function list(request: EmulatorRequest, ctx: Ctx): Response {
  const params = request.url.searchParams;
  const bad = unknownParam(params, LIST_PARAMS);
  if (bad) return bad;
  const page = queryInt(params, 'page') ?? 0;
  if (Number.isNaN(page)) return queryError('Expected type integer but found type string', 'page');
  if (page < 0) return queryError(`Value ${page} is less than minimum 0`, 'page');
  const perPage = queryInt(params, 'per_page') ?? 50;
  if (Number.isNaN(perPage)) return queryError('Expected type integer but found type string', 'per_page');
  if (perPage < 1) return queryError(`Value ${perPage} is less than minimum 1`, 'per_page');
  if (perPage > 100) return queryError(`Value ${perPage} is greater than maximum 100`, 'per_page');
  const totals = bool(params, 'include_totals', false);
  if (totals instanceof Response) return totals;
  const include = bool(params, 'include_fields', true);
  if (include instanceof Response) return include;
  const sort = params.get('sort') ?? 'created_at:-1';
  if (sort !== 'created_at:1' && sort !== 'created_at:-1') {
    return queryError(`String does not match pattern ^((created_at))\\:(1|-1)$: ${sort}`, 'sort');
  }
  if ((page + 1) * perPage > MAX_RECORDS) {
    return error(400, 'Requesting page exceeds the allowed maximum of 1000 records', 'invalid_query_string');
  }
  const direction = sort === 'created_at:1' ? 1 : -1;
  const sorted = ctx.store
    .values()
    .sort((a, b) => direction * (compare(a.created_at, b.created_at) || compare(a.id, b.id)));
  const items = sorted.slice(page * perPage, (page + 1) * perPage).map((inv) => project(inv, params, include));
  return json(200, totals ? { start: page * perPage, limit: perPage, invitations: items } : items);
}

/** Validates a create body the way Auth0's payload validator words it; returns a 400 or the clean input. */
function validateCreate(body: unknown): Response | Json {
  if (!isObject(body))
    return bodyError(`Expected type object but found type ${Array.isArray(body) ? 'array' : typeof body}`);
  const allowed = [
    'inviter',
    'invitee',
    'client_id',
    'connection_id',
    'app_metadata',
    'user_metadata',
    'ttl_sec',
    'roles',
    'send_invitation_email',
  ];
  const extra = Object.keys(body).filter((k) => !allowed.includes(k));
  if (extra.length) return bodyError(`Additional properties not allowed: ${extra.join(',')}`);
  for (const key of ['inviter', 'invitee', 'client_id']) {
    if (!(key in body)) return bodyError(`Missing required property: ${key}`);
  }
  const typeOf = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);
  const expect = (value: unknown, type: string, path: string) =>
    typeOf(value) === type ? undefined : bodyError(`Expected type ${type} but found type ${typeOf(value)}`, path);
  const { inviter, invitee } = body;
  const problem =
    expect(inviter, 'object', 'inviter') ??
    expect(invitee, 'object', 'invitee') ??
    expect(body.client_id, 'string', 'client_id') ??
    (body.connection_id === undefined ? undefined : expect(body.connection_id, 'string', 'connection_id')) ??
    (body.app_metadata === undefined ? undefined : expect(body.app_metadata, 'object', 'app_metadata')) ??
    (body.user_metadata === undefined ? undefined : expect(body.user_metadata, 'object', 'user_metadata')) ??
    (body.send_invitation_email === undefined
      ? undefined
      : expect(body.send_invitation_email, 'boolean', 'send_invitation_email')) ??
    (body.roles === undefined ? undefined : expect(body.roles, 'array', 'roles'));
  if (problem) return problem;
  const inviterObj = inviter as Json;
  const inviteeObj = invitee as Json;
  const inviterExtra = Object.keys(inviterObj).filter((k) => k !== 'name');
  if (inviterExtra.length) return bodyError(`Additional properties not allowed: ${inviterExtra.join(',')}`, 'inviter');
  if (!('name' in inviterObj)) return bodyError('Missing required property: name', 'inviter');
  const nameProblem = expect(inviterObj.name, 'string', 'inviter.name');
  if (nameProblem) return nameProblem;
  const name = inviterObj.name as string;
  if (name.length < 1) return bodyError('String is too short (0 chars), minimum 1', 'inviter.name');
  if (name.length > 300) return bodyError(`String is too long (${name.length} chars), maximum 300`, 'inviter.name');
  const inviteeExtra = Object.keys(inviteeObj).filter((k) => k !== 'email');
  if (inviteeExtra.length) return bodyError(`Additional properties not allowed: ${inviteeExtra.join(',')}`, 'invitee');
  if (!('email' in inviteeObj)) return bodyError('Missing required property: email', 'invitee');
  const emailProblem = expect(inviteeObj.email, 'string', 'invitee.email');
  if (emailProblem) return emailProblem;
  if (!isEmail(inviteeObj.email)) {
    return bodyError(`Object didn't pass validation for format email: ${String(inviteeObj.email)}`, 'invitee.email');
  }
  if ((body.client_id as string) === '') return bodyError('String is too short (0 chars), minimum 1', 'client_id');
  if (body.ttl_sec !== undefined) {
    const ttl = body.ttl_sec;
    if (typeof ttl !== 'number' || !Number.isInteger(ttl)) {
      return bodyError(`Expected type integer but found type ${typeOf(ttl)}`, 'ttl_sec');
    }
    if (ttl < 0) return bodyError(`Value ${ttl} is less than minimum 0`, 'ttl_sec');
    if (ttl > MAX_TTL) return bodyError(`Value ${ttl} is greater than maximum ${MAX_TTL}`, 'ttl_sec');
  }
  if (body.roles !== undefined) {
    const roles = body.roles as unknown[];
    if (roles.length < 1) return bodyError('Array is too short (0), minimum 1', 'roles');
    const nonString = roles.findIndex((r) => typeof r !== 'string');
    if (nonString >= 0)
      return bodyError(`Expected type string but found type ${typeOf(roles[nonString])}`, `roles[${nonString}]`);
    const unknown = (roles as string[]).filter((r) => !ROLE_IDS.has(r));
    if (unknown.length) {
      return error(400, `One or more of the specified roles do not exist: ${unknown.join(', ')}`, 'invalid_body');
    }
  }
  return body;
}

function create(request: EmulatorRequest, ctx: Ctx): Response {
  if (request.body.kind === 'invalid')
    return error(400, `Payload validation error: '${request.body.reason}'.`, 'invalid_body');
  if (request.body.kind === 'none') return bodyError('Missing required property: inviter');
  const body = validateCreate(request.body.value);
  if (body instanceof Response) return body;
  const now = ctx.now();
  const ttl = (body.ttl_sec as number | undefined) || DEFAULT_TTL;
  let id = `uinv_${ctx.random.alnum(16)}`;
  while (ctx.store.has(id)) id = `uinv_${ctx.random.alnum(16)}`;
  const ticket = ctx.random.alnum(32);
  const inv: Auth0Invitation = {
    id,
    organization_id: ctx.orgId,
    inviter: { name: (body.inviter as { name: string }).name },
    invitee: { email: (body.invitee as { email: string }).email },
    invitation_url: invitationUrl(ticket, ctx.orgId),
    created_at: iso(now),
    expires_at: iso(now + ttl * 1000),
    client_id: body.client_id as string,
    ticket_id: ticket,
  };
  if (typeof body.connection_id === 'string') inv.connection_id = body.connection_id;
  if (isObject(body.app_metadata)) inv.app_metadata = body.app_metadata;
  if (isObject(body.user_metadata)) inv.user_metadata = body.user_metadata;
  if (Array.isArray(body.roles)) inv.roles = [...(body.roles as string[])];
  ctx.store.insert(inv);
  return json(200, inv);
}

const notFound = () => error(404, 'The invitation does not exist.', 'inexistent_invitation');

function route(request: EmulatorRequest, ctx: Ctx): Response {
  const { method, segments } = request;
  if (segments.length === 0) {
    if (method === 'GET') return list(request, ctx);
    if (method === 'POST') return create(request, ctx);
  } else if (segments.length === 1) {
    const inv = ctx.store.find(segments[0]);
    if (method === 'GET') {
      const params = request.url.searchParams;
      const bad = unknownParam(params, GET_PARAMS);
      if (bad) return bad;
      const include = bool(params, 'include_fields', true);
      if (include instanceof Response) return include;
      return inv ? json(200, project(inv, params, include)) : notFound();
    }
    if (method === 'DELETE') {
      if (!inv) return notFound();
      ctx.store.delete(inv.id); // revoked invitations are purged at once
      return empty(204);
    }
  }
  return error(404, 'Not Found', 'inexistent_resource');
}

/** Auth0's client-credentials grant (`POST https://{domain}/oauth/token`, JSON or form). */
const auth: ProviderDefinition<Auth0Invitation, 'auth0'>['auth'] = {
  tokenPath: '/oauth/token',
  grant({ method, fields }, credentials, audiencePath) {
    if (method !== 'POST') return oauthError(405, 'invalid_request', 'Use POST.');
    if (fields.grant_type !== 'client_credentials') {
      return oauthError(
        403,
        'unauthorized_client',
        `Grant type '${fields.grant_type ?? ''}' not allowed for the client.`,
      );
    }
    if (fields.client_id !== credentials.clientId || fields.client_secret !== credentials.clientSecret) {
      return oauthError(401, 'access_denied', 'Unauthorized');
    }
    let audience: URL | undefined;
    try {
      audience = new URL(fields.audience ?? '');
    } catch {
      audience = undefined;
    }
    if (!audience?.pathname.endsWith(audiencePath)) {
      return oauthError(403, 'access_denied', `Service not enabled within domain: ${fields.audience ?? ''}`);
    }
    return credentials.expiresIn ?? 86400;
  },
  tokenBody: (token, expiresIn) => ({
    access_token: token,
    token_type: 'Bearer',
    expires_in: expiresIn,
    scope: 'read:organization_invitations create:organization_invitations delete:organization_invitations',
  }),
};

export const auth0: ProviderDefinition<Auth0Invitation, 'auth0'> = {
  name: 'auth0',
  defaultOrgId: ORG_ID,
  roles: AUTH0_ROLES,
  inviters: ADMINS.map((a, i) => ({ id: `auth0|${i + 1}`, name: `${a.firstName} ${a.lastName}`, email: a.email })),
  endpointPath: (orgId) => `/auth0/api/v2/organizations/${encodeURIComponent(orgId)}/invitations`,
  apiPath: '/api/v2',
  auth,
  idOf: (inv) => inv.id,
  seed,
  route,
  errorBody: (status, message, code) => errorBody(status, message, code),
  rateLimitHeaders: (retryAfter, now) => ({
    'x-ratelimit-limit': '50',
    'x-ratelimit-remaining': '0',
    'x-ratelimit-reset': String(Math.floor(now / 1000) + retryAfter),
  }),
};
