/**
 * Clerk Backend API organization invitations (`/v1/organizations/{organization_id}/invitations`), as the spec in
 * test/specs/clerk.openapi.json and ../shared/API-NOTES.md §2 describe them: limit/offset paging with `total_count`,
 * repeated `status` filter, `email_address` filter, `order_by`, single and bulk create (200), POST …/revoke (200).
 * Timestamps are epoch milliseconds. Pending invitations whose `expires_at` has passed turn `expired` when next seen.
 * Error codes and their statuses follow Clerk's error index (see clerk-data.ts `CODES`).
 */
import {
  CLERK_INVITERS,
  CLERK_ROLES,
  CODES,
  ROLE_NAMES,
  STATUSES,
  acceptUrl,
  errorBody,
  publicData,
  seed,
  type ClerkCode,
  type ClerkInvitation,
  type ClerkStatus,
} from './clerk-data.js';
import { DAY } from './generator.js';
import { compare, isEmail, isObject, json, queryInt } from './wire.js';
import type { EmulatorRequest, HandlerContext, Json, ProviderDefinition } from './wire.js';

export type { ClerkError, ClerkErrorBody, ClerkInvitation, ClerkPublicUserData, ClerkStatus } from './clerk-data.js';
export { CLERK_INVITERS } from './clerk-data.js';

type Ctx = HandlerContext<ClerkInvitation>;

/** An error to answer: the code decides status and short message unless `status` overrides it. */
interface Problem {
  code: ClerkCode;
  long: string;
  param?: string;
  status?: number;
}

const problem = (code: ClerkCode, long: string, param?: string, status?: number): Problem => ({
  code,
  long,
  param,
  status,
});

function fail(ctx: Ctx, p: Problem, meta: Json = {}): Response {
  const [status, message] = CODES[p.code];
  const fullMeta = { ...(p.param ? { param_name: p.param } : {}), ...meta };
  return json(p.status ?? status, errorBody(message, p.long, p.code, ctx.random, fullMeta));
}

const CREATE_KEYS = new Set(
  'email_address inviter_user_id role public_metadata private_metadata redirect_url expires_in_days notify'.split(' '),
);
const absent = (value: unknown) => value === undefined || value === null;

/** Checks one create item (`taken`: emails earlier items of the same bulk request claim). */
function checkItem(item: unknown, ctx: Ctx, taken: Set<string>): Problem | undefined {
  if (!isObject(item)) return problem('request_body_invalid', 'Each invitation must be a JSON object.');
  const unknown = Object.keys(item).find((k) => !CREATE_KEYS.has(k));
  if (unknown) return problem('form_param_unknown', `${unknown} is not a valid parameter for this request.`, unknown);
  const typeError = (param: string, type: string) =>
    problem('form_param_type_invalid', `\`${param}\` must be a \`${type}\`.`, param);
  const { email_address: email, role, inviter_user_id: inviter, redirect_url: redirect } = item;
  const days = item.expires_in_days;

  if (absent(email) || email === '')
    return problem('form_param_missing', 'email_address must be included.', 'email_address');
  if (typeof email !== 'string') return typeError('email_address', 'string');
  if (!isEmail(email))
    return problem('form_param_format_invalid', 'email_address must be a valid email address.', 'email_address');
  if (absent(role) || role === '') return problem('form_param_missing', 'role must be included.', 'role');
  if (typeof role !== 'string') return typeError('role', 'string');
  if (!ROLE_NAMES.has(role)) return problem('resource_not_found', `Organization role ${role} not found.`, 'role', 400);
  if (!absent(inviter) && typeof inviter !== 'string') return typeError('inviter_user_id', 'string');
  if (typeof inviter === 'string' && !publicData(inviter)) {
    return problem(
      'not_an_admin_in_organization',
      'The inviter is not an administrator in the organization.',
      'inviter_user_id',
    );
  }
  for (const key of ['public_metadata', 'private_metadata']) {
    if (!absent(item[key]) && !isObject(item[key]))
      return problem('form_param_value_invalid', `${key} must be an object.`, key);
  }
  if (!absent(redirect) && typeof redirect !== 'string') return typeError('redirect_url', 'string');
  if (typeof redirect === 'string' && !/^https?:\/\/\S+$/.test(redirect)) {
    return problem('form_param_format_invalid', 'redirect_url must be a valid URL.', 'redirect_url');
  }
  if (!absent(days) && (typeof days !== 'number' || !Number.isInteger(days)))
    return typeError('expires_in_days', 'integer');
  if (typeof days === 'number' && (days < 1 || days > 365)) {
    return problem('form_param_value_invalid', 'expires_in_days must be between 1 and 365.', 'expires_in_days');
  }
  if (!absent(item.notify) && typeof item.notify !== 'boolean') return typeError('notify', 'boolean');

  const key = email.toLowerCase();
  const pending = ctx.store.values().some((inv) => inv.status === 'pending' && inv.email_address.toLowerCase() === key);
  if (pending || taken.has(key)) {
    return problem(
      'organization_invitation_not_unique',
      'Organizations cannot have duplicate pending invitations for an email address.',
      'email_address',
    );
  }
  taken.add(key);
  return undefined;
}

function build(item: Json, ctx: Ctx): ClerkInvitation {
  const now = ctx.now();
  const days = typeof item.expires_in_days === 'number' ? item.expires_in_days : 30;
  let id = `orginv_2${ctx.random.alnum(26)}`;
  while (ctx.store.has(id)) id = `orginv_2${ctx.random.alnum(26)}`;
  const inviter = typeof item.inviter_user_id === 'string' ? item.inviter_user_id : null;
  const role = item.role as string;
  return {
    object: 'organization_invitation',
    id,
    email_address: item.email_address as string,
    role,
    role_name: ROLE_NAMES.get(role)!,
    organization_id: ctx.orgId,
    inviter_id: inviter,
    public_inviter_data: inviter ? publicData(inviter) : null,
    status: 'pending',
    public_metadata: isObject(item.public_metadata) ? item.public_metadata : {},
    private_metadata: isObject(item.private_metadata) ? item.private_metadata : {},
    url: acceptUrl(ctx.random.alnum(40), typeof item.redirect_url === 'string' ? item.redirect_url : undefined),
    expires_at: now + days * DAY,
    created_at: now,
    updated_at: now,
  };
}

function create(request: EmulatorRequest, ctx: Ctx): Response {
  const value = request.body.kind === 'json' ? request.body.value : undefined;
  const p = checkItem(value ?? {}, ctx, new Set());
  if (p) return fail(ctx, p);
  return json(200, ctx.store.insert(build(value as Json, ctx)));
}

function bulk(request: EmulatorRequest, ctx: Ctx): Response {
  const items = request.body.kind === 'json' ? request.body.value : undefined;
  if (!Array.isArray(items) || items.length === 0) {
    return fail(ctx, problem('request_body_invalid', 'The request body must be a JSON array of 1 to 10 invitations.'));
  }
  if (items.length > 10) {
    return fail(
      ctx,
      problem('bulk_size_exceeded', 'Parameters exceed the maximum allowed bulk processing size of 10.'),
    );
  }
  // Validate every item before creating any: one bad item fails the whole request (meta.index says which).
  const taken = new Set<string>();
  for (let index = 0; index < items.length; index++) {
    const p = checkItem(items[index], ctx, taken);
    if (p) return fail(ctx, p, { index });
  }
  const data = items.map((item) => ctx.store.insert(build(item as Json, ctx)));
  return json(200, { data, total_count: data.length });
}

function list(request: EmulatorRequest, ctx: Ctx, pendingOnly = false): Response {
  const params = request.url.searchParams;
  const limit = queryInt(params, 'limit') ?? 10;
  if (!(limit >= 1 && limit <= 500)) {
    return fail(ctx, problem('form_param_format_invalid', 'limit must be an integer between 1 and 500.', 'limit'));
  }
  const offset = queryInt(params, 'offset') ?? 0;
  if (!(offset >= 0)) {
    return fail(ctx, problem('form_param_format_invalid', 'offset must be an integer of at least 0.', 'offset'));
  }
  const statuses = [...new Set(pendingOnly ? ['pending'] : params.getAll('status'))];
  const badStatus = statuses.find((s) => !STATUSES.includes(s as ClerkStatus));
  if (badStatus !== undefined) {
    const long = `status must be one of ${STATUSES.join(', ')} (got ${badStatus}).`;
    return fail(ctx, problem('form_param_value_invalid', long, 'status'));
  }
  // A `+` left unencoded in a query string decodes to a space: accept ` created_at` as `+created_at`.
  const orderBy = (pendingOnly ? null : params.get('order_by')) ?? '-created_at';
  const match = /^([ +-]?)(created_at|email_address)$/.exec(orderBy);
  if (!match) {
    const long = 'order_by must be created_at or email_address, optionally prefixed with + or -.';
    return fail(ctx, problem('form_param_value_invalid', long, 'order_by'));
  }
  const direction = match[1] === '-' ? -1 : 1;
  const key = (inv: ClerkInvitation) => (match[2] === 'created_at' ? inv.created_at : inv.email_address.toLowerCase());
  const email = pendingOnly ? null : params.get('email_address')?.toLowerCase();
  const matches = ctx.store
    .values()
    .filter((inv) => statuses.length === 0 || statuses.includes(inv.status))
    .filter((inv) => email === null || email === undefined || inv.email_address.toLowerCase() === email)
    .sort((a, b) => direction * (compare(key(a), key(b)) || compare(a.id, b.id)));
  return json(200, { data: matches.slice(offset, offset + limit), total_count: matches.length });
}

function revoke(request: EmulatorRequest, ctx: Ctx, id: string): Response {
  const body = request.body.kind === 'json' ? request.body.value : undefined;
  if (body !== undefined && !isObject(body)) {
    return fail(ctx, problem('request_body_invalid', 'The request body must be a JSON object.'));
  }
  const unknown = Object.keys(body ?? {}).find((k) => k !== 'requesting_user_id');
  if (unknown) {
    return fail(ctx, problem('form_param_unknown', `${unknown} is not a valid parameter for this request.`, unknown));
  }
  const user = body?.requesting_user_id;
  if (!absent(user) && (typeof user !== 'string' || !publicData(user))) {
    const long = 'The requesting user is not an administrator in the organization.';
    return fail(ctx, problem('not_an_admin_in_organization', long, 'requesting_user_id'));
  }
  const inv = ctx.store.find(id);
  if (!inv) return notFound(ctx);
  if (inv.status !== 'pending') {
    const long = 'Only pending organization invitations can be revoked.';
    return fail(ctx, problem('organization_invitation_not_pending', long));
  }
  inv.status = 'revoked';
  inv.updated_at = ctx.now();
  return json(200, inv);
}

const notFound = (ctx: Ctx) => fail(ctx, problem('resource_not_found', 'Resource not found'));

/** Pending invitations past their expiry become expired (Clerk does this on its side). */
function expire(ctx: Ctx): void {
  const now = ctx.now();
  for (const inv of ctx.store.values()) {
    if (inv.status === 'pending' && inv.expires_at !== null && inv.expires_at <= now) {
      inv.status = 'expired';
      inv.updated_at = inv.expires_at;
    }
  }
}

function route(request: EmulatorRequest, ctx: Ctx): Response {
  const { method, segments } = request;
  const [first, second] = segments;
  if (method === 'POST' && request.body.kind === 'invalid') {
    return fail(ctx, problem('request_body_invalid', `The request body is invalid. ${request.body.reason}`));
  }
  expire(ctx);
  if (segments.length === 0 && method === 'GET') return list(request, ctx);
  if (segments.length === 0 && method === 'POST') return create(request, ctx);
  if (segments.length === 1 && first === 'bulk' && method === 'POST') return bulk(request, ctx);
  if (segments.length === 1 && first === 'pending' && method === 'GET') return list(request, ctx, true);
  if (segments.length === 1 && method === 'GET') {
    const inv = ctx.store.find(first);
    return inv ? json(200, inv) : notFound(ctx);
  }
  if (segments.length === 2 && second === 'revoke' && method === 'POST') return revoke(request, ctx, first);
  return notFound(ctx);
}

export const clerk: ProviderDefinition<ClerkInvitation, 'clerk'> = {
  name: 'clerk',
  defaultOrgId: 'org_demo',
  roles: CLERK_ROLES,
  inviters: CLERK_INVITERS.map((u) => ({ id: u.id, name: `${u.firstName} ${u.lastName}`, email: u.email })),
  endpointPath: (orgId) => `/clerk/v1/organizations/${encodeURIComponent(orgId)}/invitations`,
  apiPath: '/v1',
  // The secret key itself is the bearer of every call (shared/API-NOTES.md §7).
  auth: { staticBearer: (credentials) => credentials.secretKey, unauthorizedCode: 'authentication_invalid' },
  idOf: (inv) => inv.id,
  seed,
  route,
  errorBody: (status, message, code, ctx) => {
    const fallback = status === 429 ? 'too_many_requests' : status === 404 ? 'resource_not_found' : `http_${status}`;
    return errorBody(message, message, code ?? fallback, ctx.random);
  },
};
