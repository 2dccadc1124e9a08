/**
 * The Auth0 dialect's wire code: request builders, zod/mini response parsers and operations. Loaded on the first
 * request of `auth0Adapter` (auth0.ts, which holds what the elements read up front).
 */
import * as z from 'zod/mini';
import {
  InvitationError,
  safeHttpsUrl,
  toDate,
  type Invitation,
  type InvitationDraft,
  type ListQuery,
  type Page,
  type Sort,
} from '../model.js';
import {
  buildRequest,
  defineAdapter,
  fieldFromText,
  firstString,
  pageSize,
  required,
  wantedStatuses,
  withRaw,
  type ErrorDetails,
  type Transport,
  type WireResponse,
} from './kit.js';
import { AUTH0_RECORD_LIMIT, auth0Routes as routes } from './routes.js';
import { parseBody } from './runner.js';
import { optionalString } from './schemas.js';
import type { DialectProfile } from './lazy.js';

const LABEL = 'Auth0';
/** Records fetched per request while filtering on the client (the API maximum). */
const SCAN_PAGE = 100;

// Schemas are built in pure IIFEs, so a bundle that does not use this adapter drops them (tree-shaking).
const invitationSchema = /* @__PURE__ */ (() =>
  z.object({
    id: z.string(),
    invitee: z.object({ email: z.string() }),
    inviter: z.optional(z.object({ name: optionalString })),
    invitation_url: optionalString,
    created_at: optionalString,
    expires_at: optionalString,
    client_id: optionalString,
    connection_id: optionalString,
    roles: z.optional(z.nullable(z.array(z.string()))),
    // any JSON object (not an array), kept as sent: what z.record(z.string(), z.unknown()) checked, for far fewer bytes
    app_metadata: z.optional(z.nullable(z.looseObject({}))),
    user_metadata: z.optional(z.nullable(z.looseObject({}))),
  }))();
type RawInvitation = z.infer<typeof invitationSchema>;

const listSchema = /* @__PURE__ */ (() =>
  z.union([
    z.array(invitationSchema),
    z.object({ start: z.optional(z.number()), limit: z.optional(z.number()), invitations: z.array(invitationSchema) }),
  ]))();

const PAGE_LIMIT_MESSAGE =
  'Auth0 lists at most 1,000 invitations. Change the sort order or the filters to reach the others.';

// ---------------------------------------------------------------------------------------------------------------
// Pure request builders

/** One server page, `page` 0-based, in `created_at` order. */
export function listRequest(endpoint: string, page: number, perPage: number, sort: Sort) {
  const direction = sort.direction === 'asc' ? 1 : -1;
  return buildRequest(routes.list, endpoint, {
    query: { page, per_page: perPage, include_totals: true, sort: `created_at:${direction}` },
  });
}

function createBody(draft: InvitationDraft) {
  return {
    inviter: { name: required(draft.inviterName, 'inviterName', 'Auth0 needs an inviter name (inviter-name).') },
    invitee: { email: draft.email.trim() },
    client_id: required(draft.clientId, 'clientId', 'Auth0 needs the application client ID (client-id).'),
    ...(draft.connectionId ? { connection_id: draft.connectionId } : {}),
    ...(draft.roles.length ? { roles: draft.roles } : {}), // the API rejects an empty list: omit it
    ...(draft.expiresInSeconds !== undefined ? { ttl_sec: Math.round(draft.expiresInSeconds) } : {}),
    ...(draft.sendEmail !== undefined ? { send_invitation_email: draft.sendEmail } : {}),
    ...(draft.metadata ? { app_metadata: draft.metadata } : {}),
    ...(draft.privateMetadata ? { user_metadata: draft.privateMetadata } : {}),
  };
}

export const createRequest = (endpoint: string, draft: InvitationDraft) =>
  buildRequest(routes.create, endpoint, { body: createBody(draft) });

export const revokeRequest = (endpoint: string, id: string) => buildRequest(routes.revoke, endpoint, { id });

/** The draft that sends `invitation` again: the same invitee, roles, inviter, application and validity. */
function resendDraft(invitation: Invitation, maxTtl: number): InvitationDraft {
  const raw = invitation.raw as RawInvitation;
  const created = toDate(raw.created_at)?.getTime();
  const expires = toDate(raw.expires_at)?.getTime();
  const ttl = created && expires ? Math.round((expires - created) / 1000) : undefined;
  return {
    email: invitation.email,
    roles: invitation.roles,
    inviterName: raw.inviter?.name ?? undefined,
    clientId: raw.client_id ?? undefined,
    connectionId: raw.connection_id ?? undefined,
    expiresInSeconds: ttl && ttl > 0 && ttl <= maxTtl ? ttl : undefined,
    metadata: raw.app_metadata ?? undefined,
    privateMetadata: raw.user_metadata ?? undefined,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Pure parsers

function normalize(raw: RawInvitation, original: unknown, now: number): Invitation {
  const expiresAt = toDate(raw.expires_at);
  return {
    id: raw.id,
    email: raw.invitee.email,
    // Auth0 has no status: a listed invitation is pending until it expires (then it lingers until purged).
    status: expiresAt && expiresAt.getTime() <= now ? 'expired' : 'pending',
    roles: raw.roles ?? [],
    inviter: raw.inviter?.name ? { name: raw.inviter.name } : undefined,
    createdAt: toDate(raw.created_at),
    expiresAt,
    url: safeHttpsUrl(raw.invitation_url),
    raw: original,
  };
}

/** A list page, normalized, in server order. Both documented bodies: the bare array and `{start, limit, invitations}`. */
export function parseList({ body }: WireResponse, now: number): Invitation[] {
  const data = parseBody(listSchema, body, LABEL);
  const [items, original] = Array.isArray(data)
    ? [data, body]
    : [data.invitations, (body as { invitations: unknown }).invitations];
  return withRaw(items, original).map(([raw, orig]) => normalize(raw, orig, now));
}

export const parseInvitation = ({ body }: WireResponse, now: number) =>
  normalize(parseBody(invitationSchema, body, LABEL), body, now);

const fieldWords: [RegExp, string][] = [
  [/\broles?\b/i, 'roles'],
  [/client|login route|login initiation/i, 'clientId'],
  [/connection|passwordless/i, 'connectionId'],
  [/inviter/i, 'inviterName'],
  [/invitee|email/i, 'email'],
  [/ttl/i, 'expiresInSeconds'],
];

/** `{statusCode, error, message, errorCode}`, read defensively (some bodies carry only a message). */
export function parseError(status: number, body: unknown): ErrorDetails {
  const message = firstString(body, ['message', 'error_description', 'error']);
  const errorCode = firstString(body, ['errorCode', 'code']);
  if (message && /exceeds the allowed maximum of 1000 records/i.test(message)) {
    return { code: 'page_limit', message: PAGE_LIMIT_MESSAGE };
  }
  return {
    message,
    code: errorCode,
    field: status === 400 && errorCode !== 'invalid_query_string' ? fieldFromText(message, fieldWords) : undefined,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Operations

const fetchPage = (http: Transport, page: number, perPage: number, query: ListQuery) =>
  http.read(listRequest(http.endpoint, page, perPage, query.sort ?? http.capabilities.defaultSort), (r) =>
    parseList(r, http.now()),
  );

/** Cursor of a client-filtered listing: the index, in server order, of the next record to look at. */
const scanCursor = (index: number) => `i${index}`;
const parseScanCursor = (cursor: string | undefined) => {
  const match = cursor?.match(/^i(\d+)$/);
  return match ? Number(match[1]) : 0;
};

async function list(query: ListQuery, http: Transport): Promise<Page> {
  const { capabilities } = http;
  const size = pageSize(query, capabilities);
  const statuses = wantedStatuses(query, capabilities);
  const search = query.search.trim().toLowerCase();
  const page = Math.max(0, Math.floor(query.page) || 0);

  if (statuses.length === capabilities.statuses.length && !search) {
    // No client-side filter: one request, the server's own pages.
    if ((page + 1) * size > AUTH0_RECORD_LIMIT) {
      throw new InvitationError(PAGE_LIMIT_MESSAGE, { kind: 'config', code: 'page_limit' });
    }
    const items = await fetchPage(http, page, size, query);
    const full = items.length === size;
    const withinLimit = (page + 2) * size <= AUTH0_RECORD_LIMIT;
    return {
      items,
      next: full && withinLimit ? String(page + 1) : undefined,
      previous: page > 0 ? String(page - 1) : undefined,
      limitReached: full && !withinLimit ? true : undefined,
    };
  }

  // Auth0 cannot filter: scan the server's pages in order and keep the matches until the page is full, so a
  // filtered page is never silently short. The cursor is the position to resume from.
  const matches = (inv: Invitation) =>
    statuses.includes(inv.status) && (!search || inv.email.toLowerCase().includes(search));
  const items: Invitation[] = [];
  let index = parseScanCursor(query.cursor);
  let exhausted = false;
  while (items.length < size && index < AUTH0_RECORD_LIMIT) {
    const serverPage = Math.floor(index / SCAN_PAGE);
    const batch = await fetchPage(http, serverPage, SCAN_PAGE, query);
    for (let i = index - serverPage * SCAN_PAGE; i < batch.length && items.length < size; i++) {
      if (matches(batch[i])) items.push(batch[i]);
      index = serverPage * SCAN_PAGE + i + 1;
    }
    if (batch.length < SCAN_PAGE && index >= serverPage * SCAN_PAGE + batch.length) {
      exhausted = true;
      break;
    }
    if (items.length < size) index = (serverPage + 1) * SCAN_PAGE;
  }
  const limitReached = !exhausted && index >= AUTH0_RECORD_LIMIT;
  return {
    items,
    next: exhausted || limitReached ? undefined : scanCursor(index),
    limitReached: limitReached || undefined,
  };
}

const createOne = (draft: InvitationDraft, http: Transport) =>
  http.read(createRequest(http.endpoint, draft), (r) => parseInvitation(r, http.now()));

/**
 * The adapter, made of `profile` (auth0Profile in auth0.ts) and the operations above. The profile is handed in, not
 * imported: importing auth0.ts here would make bundlers share it with every page, with Auth0 or without.
 */
export default (profile: DialectProfile) =>
  defineAdapter({
    ...profile,
    parseError,
    list,
    create: async (drafts, http) => [await createOne(drafts[0], http)],
    async revoke(invitation, http) {
      await http.send(revokeRequest(http.endpoint, invitation.id));
      return undefined;
    },
    /** Auth0 has no resend: create the same invitation again, then delete the old one (never the other way round). */
    async resend(invitation, http) {
      const fresh = await createOne(resendDraft(invitation, http.capabilities.create.expiry!.max), http);
      try {
        await http.send(revokeRequest(http.endpoint, invitation.id));
      } catch (error) {
        const e = InvitationError.from(error);
        if (e.status !== 404) {
          throw new InvitationError(
            `The invitation was sent again, but the old one could not be removed: ${e.message}`,
            {
              kind: e.kind,
              status: e.status,
              code: 'resend_partial',
              cause: e,
            },
          );
        }
      }
      return fresh;
    },
  });
