/**
 * Upsun organization invitations (`/organizations/{organization_id}/invitations`), as the spec in
 * test/specs/upsun.openapi.json and ../shared/API-NOTES.md §3 describe them: a bare-array list with cursor paging,
 * `filter[state]` (pending only by default), `sort` on `updated_at`, create → 201 (409 on a duplicate pending
 * invitation unless `force`), DELETE → 204 (the invitation becomes `cancelled`). There is no GET for one invitation.
 *
 * Where the cursors go — a decision, since the spec does not say: the `page[before]`/`page[after]` parameters are
 * described as "provided in HAL links (_links)", but the documented 200 body is a bare array with nowhere to carry
 * them. The emulator keeps the documented body and sends the cursors in an RFC 8288 `Link` header instead:
 * `<{same URL, page[after]=…}>; rel="next", <{same URL, page[before]=…}>; rel="previous"`, each only when that page
 * exists. Cursors are opaque: base64url of the sort key and id of the row they point after / before.
 *
 * Default sort (also a decision, the spec gives none): `-updated_at`, newest first; ties are broken by id.
 * `filter[state]` is read as an OpenAPI deepObject (`filter[state][eq]=pending`, `filter[state][in]=pending,error`,
 * also `ne`/`nin`); plain `filter[state]=pending` is accepted too. States outside the enum are a 400.
 */
import { UPSUN_PERMISSIONS } from '../providers/upsun.js';
import { oauthError } from './auth.js';
import { DAY, between, peopleFactory, rfc3339Seconds, ADMINS } from './generator.js';
import type { Random } from './random.js';
import { compare, empty, isEmail, isObject, json, queryInt } from './wire.js';
import type { EmulatorRequest, HandlerContext, Json, ProviderDefinition, RoleOption } from './wire.js';

export type UpsunState = 'pending' | 'processing' | 'accepted' | 'cancelled' | 'error';
export type UpsunPermission = 'admin' | 'billing' | 'plans' | 'members' | 'project:create' | 'projects:list';

export interface UpsunInvitation {
  id: string;
  state: UpsunState;
  organization_id: string;
  email: string;
  owner: { id: string; display_name: string };
  created_at: string;
  updated_at: string;
  finished_at: string | null;
  permissions: UpsunPermission[];
}

export interface UpsunErrorBody {
  error: string;
}

type Ctx = HandlerContext<UpsunInvitation>;

/** The permission enum of the spec (`project:create`, singular), with the labels of the Upsun docs: the adapter's table. */
export const UPSUN_ROLES: readonly RoleOption[] = UPSUN_PERMISSIONS;
const PERMISSIONS = UPSUN_ROLES.map((r) => r.value as UpsunPermission);
const STATES: readonly UpsunState[] = ['pending', 'processing', 'accepted', 'cancelled', 'error'];

/** The org's admins as Upsun users; the first one is "the caller" who owns invitations created through the API. */
export const UPSUN_OWNERS = [
  { id: '4cbd87ad-5c90-4958-b403-e430ec66a787', display_name: `${ADMINS[0].firstName} ${ADMINS[0].lastName}` },
  { id: 'b2f14c94-2e05-419a-8b5c-74273f98e277', display_name: `${ADMINS[1].firstName} ${ADMINS[1].lastName}` },
  { id: '930d6eaf-14f4-433f-be7d-1bfbc7a2ea20', display_name: `${ADMINS[2].firstName} ${ADMINS[2].lastName}` },
];

function seed(random: Random, count: number, now: number, orgId: string): UpsunInvitation[] {
  const people = peopleFactory(random);
  const out: UpsunInvitation[] = [];
  for (let i = 0; i < count; i++) {
    const state = random.weighted<UpsunState>([
      ['pending', 55],
      ['processing', 5],
      ['accepted', 20],
      ['cancelled', 12],
      ['error', 8],
    ]);
    const created = between(random, now - 90 * DAY, now - 60_000);
    const finished = state === 'pending' || state === 'processing' ? null : between(random, created, now);
    const updated = finished ?? (state === 'processing' ? between(random, created, now) : created);
    const permissions = random.chance(0.1)
      ? (['admin'] as UpsunPermission[])
      : random.sample(
          PERMISSIONS.filter((p) => p !== 'admin'),
          random.weighted([
            [1, 5],
            [2, 3],
            [3, 2],
          ]),
        );
    out.push({
      id: random.uuid(),
      state,
      organization_id: orgId,
      email: people.next().email,
      owner: { ...random.pick(UPSUN_OWNERS) },
      created_at: rfc3339Seconds(created),
      updated_at: rfc3339Seconds(updated),
      finished_at: finished === null ? null : rfc3339Seconds(finished),
      permissions,
    });
  }
  return out;
}

const fail = (status: number, error: string) => json(status, { error } satisfies UpsunErrorBody);

/** Opaque cursor: base64url of `[updated_at, id]`. */
const encodeCursor = (inv: UpsunInvitation) =>
  btoa(JSON.stringify([inv.updated_at, inv.id]))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');

function decodeCursor(cursor: string): [string, string] | undefined {
  try {
    const value: unknown = JSON.parse(atob(cursor.replace(/-/g, '+').replace(/_/g, '/')));
    if (Array.isArray(value) && value.length === 2 && value.every((v) => typeof v === 'string')) {
      return [value[0] as string, value[1] as string];
    }
  } catch {
    // fall through
  }
  return undefined;
}

/** The states the list shows: `filter[state]…` parameters ANDed together; none means pending only. */
function stateFilter(params: URLSearchParams): Set<UpsunState> | string {
  let allowed = new Set<UpsunState>(STATES);
  let filtered = false;
  for (const [key, raw] of params) {
    if (!key.startsWith('filter[')) continue;
    const m = /^filter\[state\](?:\[(eq|ne|in|nin)\])?$/.exec(key);
    if (!m) return `Unsupported filter: ${key}. Only filter[state] with eq, ne, in or nin is supported.`;
    const values = raw.split(',').map((v) => v.trim());
    const bad = values.find((v) => !STATES.includes(v as UpsunState));
    if (bad !== undefined) return `Invalid value for ${key}: '${bad}'. Expected one of ${STATES.join(', ')}.`;
    const op = m[1] ?? (values.length > 1 ? 'in' : 'eq');
    if ((op === 'eq' || op === 'ne') && values.length > 1)
      return `${key} takes one value; use [in] or [nin] for a list.`;
    const set = new Set(values as UpsunState[]);
    const keep = op === 'eq' || op === 'in';
    allowed = new Set([...allowed].filter((s) => set.has(s) === keep));
    filtered = true;
  }
  return filtered ? allowed : new Set<UpsunState>(['pending']);
}

function list(request: EmulatorRequest, ctx: Ctx): Response {
  const params = request.url.searchParams;
  const size = queryInt(params, 'page[size]') ?? 100;
  if (!(size >= 1 && size <= 100)) return fail(400, 'page[size] must be an integer between 1 and 100.');
  const sort = params.get('sort') ?? '-updated_at';
  if (sort !== 'updated_at' && sort !== '-updated_at')
    return fail(400, `Invalid sort: '${sort}'. Use updated_at or -updated_at.`);
  const states = stateFilter(params);
  if (typeof states === 'string') return fail(400, states);
  const after = params.get('page[after]');
  const before = params.get('page[before]');
  if (after !== null && before !== null) return fail(400, 'Use either page[after] or page[before], not both.');
  const cursorText = after ?? before;
  const cursor = cursorText === null ? undefined : decodeCursor(cursorText);
  if (cursorText !== null && !cursor) return fail(400, 'Invalid pagination cursor.');

  const direction = sort === '-updated_at' ? -1 : 1;
  const order = (a: [string, string], b: [string, string]) => direction * (compare(a[0], b[0]) || compare(a[1], b[1]));
  const rows = ctx.store
    .values()
    .filter((inv) => states.has(inv.state))
    .sort((a, b) => order([a.updated_at, a.id], [b.updated_at, b.id]));
  // page[after]: the rows strictly after the cursor row; page[before]: the `size` rows strictly before it.
  const firstWhere = (test: (inv: UpsunInvitation) => boolean) => {
    const i = rows.findIndex(test);
    return i < 0 ? rows.length : i;
  };
  let start = 0;
  let end = Math.min(rows.length, size);
  if (cursor && after !== null) {
    start = firstWhere((inv) => order([inv.updated_at, inv.id], cursor) > 0);
    end = Math.min(rows.length, start + size);
  } else if (cursor) {
    end = firstWhere((inv) => order([inv.updated_at, inv.id], cursor) >= 0);
    start = Math.max(0, end - size);
  }
  const page = rows.slice(start, end);

  const link = (rel: 'next' | 'previous', param: 'page[after]' | 'page[before]', inv: UpsunInvitation) => {
    const url = new URL(request.url.href);
    url.searchParams.delete('page[after]');
    url.searchParams.delete('page[before]');
    url.searchParams.set(param, encodeCursor(inv));
    return `<${url.href}>; rel="${rel}"`;
  };
  const links: string[] = [];
  if (end < rows.length && page.length) links.push(link('next', 'page[after]', page[page.length - 1]));
  if (start > 0 && page.length) links.push(link('previous', 'page[before]', page[0]));
  return json(200, page, links.length ? { link: links.join(', ') } : {});
}

function create(request: EmulatorRequest, ctx: Ctx): Response {
  if (request.body.kind === 'invalid') return fail(400, request.body.reason);
  const body = request.body.kind === 'json' ? request.body.value : undefined;
  if (!isObject(body)) return fail(400, 'The request body must be a JSON object.');
  const unknown = Object.keys(body).find((k) => !['email', 'permissions', 'force'].includes(k));
  if (unknown) return fail(400, `Unknown field: ${unknown}.`);
  if (!isEmail(body.email)) return fail(400, 'email: a valid email address is required.');
  const { permissions, force } = body;
  if (!Array.isArray(permissions) || permissions.length === 0) {
    return fail(400, 'permissions: at least one permission is required.');
  }
  const bad = permissions.find((p) => !PERMISSIONS.includes(p as UpsunPermission));
  if (bad !== undefined)
    return fail(400, `permissions: invalid permission '${String(bad)}'. Expected one of ${PERMISSIONS.join(', ')}.`);
  if (force !== undefined && typeof force !== 'boolean') return fail(400, 'force must be a boolean.');

  const email = body.email as string;
  const existing = ctx.store
    .values()
    .filter((inv) => inv.state === 'pending' && inv.email.toLowerCase() === email.toLowerCase());
  if (existing.length && !force) return fail(409, 'There is already a pending invitation for this invitee.');
  const now = rfc3339Seconds(ctx.now());
  for (const old of existing) {
    old.state = 'cancelled';
    old.updated_at = now;
    old.finished_at = now;
  }
  let id = ctx.random.uuid();
  while (ctx.store.has(id)) id = ctx.random.uuid();
  const inv: UpsunInvitation = {
    id,
    state: 'pending',
    organization_id: ctx.orgId,
    email,
    owner: { ...UPSUN_OWNERS[0] },
    created_at: now,
    updated_at: now,
    finished_at: null,
    permissions: [...new Set(permissions as UpsunPermission[])],
  };
  ctx.store.insert(inv);
  return json(201, inv);
}

function cancel(ctx: Ctx, id: string): Response {
  const inv = ctx.store.find(id);
  // The spec declares no body for this 404, but every Upsun error carries {error}: the official JS client waits for
  // a JSON body and never settles without one.
  if (!inv) return fail(404, 'Invitation not found.');
  if (inv.state !== 'pending')
    return fail(400, `Only pending invitations can be cancelled (this one is ${inv.state}).`);
  const now = rfc3339Seconds(ctx.now());
  inv.state = 'cancelled';
  inv.updated_at = now;
  inv.finished_at = now;
  return empty(204);
}

function route(request: EmulatorRequest, ctx: Ctx): Response {
  const { method, segments } = request;
  if (segments.length === 0) {
    if (method === 'GET') return list(request, ctx);
    if (method === 'POST') return create(request, ctx);
    return json(405, { error: 'Method not allowed.' } satisfies Json, { allow: 'GET, POST' });
  }
  if (segments.length === 1) {
    if (method === 'DELETE') return cancel(ctx, segments[0]);
    return json(405, { error: 'Method not allowed.' }, { allow: 'DELETE' });
  }
  return fail(404, 'Not found.');
}

/** The exchange of an API token at Upsun's OAuth2 endpoint: Basic `platform-api-user:`, `grant_type=api_token`. */
const auth: ProviderDefinition<UpsunInvitation, 'upsun'>['auth'] = {
  tokenPath: '/oauth2/token',
  grant({ method, headers, fields }, credentials) {
    if (method !== 'POST') return oauthError(405, 'invalid_request', 'Use POST.');
    if (headers.get('authorization') !== `Basic ${btoa('platform-api-user:')}`) {
      return oauthError(401, 'invalid_client', 'Client authentication failed.');
    }
    if (fields.grant_type !== 'api_token') {
      return oauthError(400, 'unsupported_grant_type', 'The authorization grant type is not supported.');
    }
    if (fields.api_token !== credentials.apiToken) return oauthError(400, 'invalid_grant', 'Invalid API token.');
    return credentials.expiresIn ?? 900;
  },
  tokenBody: (token, expiresIn) => ({ access_token: token, expires_in: expiresIn, token_type: 'bearer', scope: '' }),
};

export const upsun: ProviderDefinition<UpsunInvitation, 'upsun'> = {
  name: 'upsun',
  defaultOrgId: '01HZY3N5QF9V8K2M4R6T7W8X9Y',
  roles: UPSUN_ROLES,
  inviters: UPSUN_OWNERS.map((o, i) => ({ id: o.id, name: o.display_name, email: ADMINS[i].email })),
  endpointPath: (orgId) => `/upsun/organizations/${encodeURIComponent(orgId)}/invitations`,
  apiPath: '',
  auth,
  idOf: (inv) => inv.id,
  seed,
  route,
  errorBody: (_status, message) => ({ error: message }) satisfies UpsunErrorBody,
};
