/**
 * The Clerk dialect's wire code: request builders, zod/mini response parsers and operations. Loaded on the first
 * request of `clerkAdapter` (clerk.ts, which holds what the elements read up front).
 */
import * as z from 'zod/mini';
import {
  InvitationError,
  safeHttpsUrl,
  toDate,
  type Invitation,
  type InvitationDraft,
  type InvitationStatus,
  type ListQuery,
  type Page,
} from '../model.js';
import type { AdapterCapabilities } from './adapter.js';
import {
  buildRequest,
  defineAdapter,
  pageSize,
  wantedStatuses,
  withRaw,
  type ErrorDetails,
  type Transport,
  type WireResponse,
} from './kit.js';
import { clerkRoutes as routes } from './routes.js';
import { parseBody } from './runner.js';
import { optionalString } from './schemas.js';
import type { DialectProfile } from './lazy.js';

const LABEL = 'Clerk';
const DAY = 86400;

// Schemas are built in pure IIFEs, so a bundle that does not use this adapter drops them (tree-shaking).
const invitationSchema = /* @__PURE__ */ (() =>
  z.object({
    id: z.string(),
    email_address: z.string(),
    role: z.string(),
    role_name: optionalString,
    status: z.optional(z.string()),
    inviter_id: optionalString,
    public_inviter_data: z.optional(
      z.nullable(
        z.object({
          user_id: optionalString,
          first_name: optionalString,
          last_name: optionalString,
          identifier: optionalString,
        }),
      ),
    ),
    url: optionalString,
    expires_at: z.optional(z.nullable(z.number())),
    created_at: z.number(),
    updated_at: z.optional(z.number()),
  }))();
type RawInvitation = z.infer<typeof invitationSchema>;

const listSchema = /* @__PURE__ */ (() => z.object({ data: z.array(invitationSchema), total_count: z.number() }))();

const errorSchema = /* @__PURE__ */ (() =>
  z.object({
    errors: z.array(
      z.object({
        message: optionalString,
        long_message: optionalString,
        code: optionalString,
        // any JSON object (not an array): what z.record(z.string(), z.unknown()) checked, for far fewer bytes
        meta: z.optional(z.nullable(z.looseObject({}))),
      }),
    ),
    clerk_trace_id: optionalString,
  }))();

// ---------------------------------------------------------------------------------------------------------------
// Pure request builders

const sortParam: Record<string, string> = { created_at: 'created_at', email: 'email_address' };

export function listRequest(endpoint: string, query: ListQuery, capabilities: AdapterCapabilities) {
  const limit = pageSize(query, capabilities);
  const page = Math.max(0, Math.floor(query.page) || 0);
  const sort = query.sort && Object.hasOwn(sortParam, query.sort.field) ? query.sort : capabilities.defaultSort;
  return buildRequest(routes.list, endpoint, {
    query: {
      limit,
      offset: page * limit,
      // Always explicit: without `status` the API falls back to its own default.
      status: wantedStatuses(query, capabilities),
      email_address: query.search.trim() || undefined,
      order_by: `${sort.direction === 'desc' ? '-' : '+'}${sortParam[sort.field]}`,
    },
  });
}

function createBody(draft: InvitationDraft) {
  if (draft.roles.length !== 1) {
    throw new InvitationError('Clerk invitations take exactly one role.', {
      kind: 'config',
      code: 'missing_field',
      field: 'roles',
    });
  }
  return {
    email_address: draft.email.trim(),
    role: draft.roles[0],
    ...(draft.expiresInSeconds !== undefined
      ? { expires_in_days: Math.min(365, Math.max(1, Math.round(draft.expiresInSeconds / DAY))) }
      : {}),
    ...(draft.sendEmail !== undefined ? { notify: draft.sendEmail } : {}),
    ...(draft.redirectUrl ? { redirect_url: draft.redirectUrl } : {}),
    ...(draft.inviterId ? { inviter_user_id: draft.inviterId } : {}),
    ...(draft.metadata ? { public_metadata: draft.metadata } : {}),
    ...(draft.privateMetadata ? { private_metadata: draft.privateMetadata } : {}),
  };
}

/** One draft: the single create; several: one bulk create. */
export const createRequest = (endpoint: string, drafts: InvitationDraft[]) =>
  drafts.length === 1
    ? buildRequest(routes.create, endpoint, { body: createBody(drafts[0]) })
    : buildRequest(routes.bulkCreate, endpoint, { body: drafts.map(createBody) });

export const revokeRequest = (endpoint: string, id: string) => buildRequest(routes.revoke, endpoint, { id, body: {} });

// ---------------------------------------------------------------------------------------------------------------
// Pure parsers

const statusMap: Record<string, InvitationStatus> = {
  pending: 'pending',
  accepted: 'accepted',
  completed: 'accepted', // the Frontend API's word for it
  revoked: 'revoked',
  expired: 'expired',
};

function normalize(raw: RawInvitation, original: unknown, now: number): Invitation {
  // Own keys only: a status such as "constructor" must not find Object.prototype's.
  let status = Object.hasOwn(statusMap, raw.status ?? 'pending') ? statusMap[raw.status ?? 'pending'] : undefined;
  if (!status) {
    throw new InvitationError(`Clerk sent an invitation status this library does not know: "${raw.status}".`, {
      kind: 'invalid-response',
      code: 'invalid_response',
    });
  }
  const expiresAt = toDate(raw.expires_at);
  if (status === 'pending' && expiresAt && expiresAt.getTime() <= now) status = 'expired';
  const who = raw.public_inviter_data;
  const name = [who?.first_name, who?.last_name].filter(Boolean).join(' ') || who?.identifier || undefined;
  return {
    id: raw.id,
    email: raw.email_address,
    status,
    roles: [raw.role],
    inviter: raw.inviter_id || name ? { id: raw.inviter_id ?? undefined, name } : undefined,
    createdAt: toDate(raw.created_at),
    updatedAt: toDate(raw.updated_at),
    expiresAt,
    url: safeHttpsUrl(raw.url),
    raw: original,
  };
}

/** `{data, total_count}`: the list's and the bulk create's body. */
export function parseList({ body }: WireResponse, now: number) {
  const data = parseBody(listSchema, body, LABEL);
  const items = withRaw(data.data, (body as { data: unknown }).data).map(([raw, orig]) => normalize(raw, orig, now));
  return { items, total: data.total_count };
}

export const parseInvitation = ({ body }: WireResponse, now: number) =>
  normalize(parseBody(invitationSchema, body, LABEL), body, now);

/** Clerk request parameters → InvitationDraft fields, for errors that name their parameter. */
const paramFields: Record<string, string> = {
  email_address: 'email',
  role: 'roles',
  redirect_url: 'redirectUrl',
  expires_in_days: 'expiresInSeconds',
  inviter_user_id: 'inviterId',
};
const emailCodes = new Set(['organization_invitation_not_unique', 'already_a_member_in_organization']);

/** `{errors: [{code, message, long_message, meta}], clerk_trace_id}`: the first error speaks for the request. */
export function parseError(_status: number, body: unknown): ErrorDetails {
  const parsed = errorSchema.safeParse(body);
  if (!parsed.success || !parsed.data.errors.length) return {};
  const [first] = parsed.data.errors;
  const param = first.meta?.param_name;
  const code = first.code ?? undefined;
  return {
    message: first.long_message || first.message || undefined,
    code,
    field:
      code && emailCodes.has(code)
        ? 'email'
        : typeof param === 'string' && Object.hasOwn(paramFields, param)
          ? paramFields[param]
          : undefined,
    traceId: parsed.data.clerk_trace_id ?? undefined,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Operations

async function list(query: ListQuery, http: Transport): Promise<Page> {
  const request = listRequest(http.endpoint, query, http.capabilities);
  const { items, total } = await http.read(request, (r) => parseList(r, http.now()));
  const limit = pageSize(query, http.capabilities);
  const page = Math.max(0, Math.floor(query.page) || 0);
  return {
    items,
    total,
    next: page * limit + items.length < total ? String(page + 1) : undefined,
    previous: page > 0 ? String(page - 1) : undefined,
  };
}

/**
 * The adapter, made of `profile` (clerkProfile in clerk.ts) and the operations above. The profile is handed in, not
 * imported: importing clerk.ts here would make bundlers share it with every page, with Clerk or without.
 */
export default (profile: DialectProfile) =>
  defineAdapter({
    ...profile,
    parseError,
    list,
    create(drafts, http) {
      const request = createRequest(http.endpoint, drafts);
      return http.read(request, (r) =>
        drafts.length === 1 ? [parseInvitation(r, http.now())] : parseList(r, http.now()).items,
      );
    },
    revoke: (invitation, http) =>
      http.read(revokeRequest(http.endpoint, invitation.id), (r) => parseInvitation(r, http.now())),
  });
