/**
 * The Upsun dialect's wire code: request builders, zod/mini response parsers and operations. Loaded on the first
 * request of `upsunAdapter` (upsun.ts, which holds what the elements read up front).
 */
import * as z from 'zod/mini';
import {
  InvitationError,
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
  fieldFromText,
  firstString,
  pageSize,
  wantedStatuses,
  withRaw,
  type ErrorDetails,
  type WireResponse,
} from './kit.js';
import { upsunRoutes as routes } from './routes.js';
import { parseBody } from './runner.js';
import { optionalString } from './schemas.js';
import type { DialectProfile } from './lazy.js';

const LABEL = 'Upsun';

// Schemas are built in pure IIFEs, so a bundle that does not use this adapter drops them (tree-shaking).
const invitationSchema = /* @__PURE__ */ (() =>
  z.object({
    id: z.string(),
    email: z.string(),
    state: z.enum(['pending', 'processing', 'accepted', 'cancelled', 'error']),
    owner: z.optional(z.nullable(z.object({ id: optionalString, display_name: optionalString }))),
    created_at: optionalString,
    updated_at: optionalString,
    finished_at: optionalString,
    permissions: z.optional(z.nullable(z.array(z.string()))),
  }))();
type RawInvitation = z.infer<typeof invitationSchema>;

/** The spec documents a bare array; other Upsun lists use `{items, _links}` (HAL), so both are read. */
const listSchema = /* @__PURE__ */ (() => {
  const link = z.optional(z.nullable(z.object({ href: z.string() })));
  return z.union([
    z.array(invitationSchema),
    z.object({
      items: z.array(invitationSchema),
      _links: z.optional(z.object({ next: link, previous: link, prev: link })),
    }),
  ]);
})();

const stateToStatus: Record<RawInvitation['state'], InvitationStatus> = {
  pending: 'pending',
  processing: 'processing',
  accepted: 'accepted',
  cancelled: 'revoked',
  error: 'failed',
};
const statusToState: Record<string, RawInvitation['state']> = {
  pending: 'pending',
  processing: 'processing',
  accepted: 'accepted',
  revoked: 'cancelled',
  failed: 'error',
};

// ---------------------------------------------------------------------------------------------------------------
// Pure request builders

export function listRequest(endpoint: string, query: ListQuery, capabilities: AdapterCapabilities) {
  const states = wantedStatuses(query, capabilities).map((s) => statusToState[s]);
  const sort = query.sort?.field === 'updated_at' ? query.sort : capabilities.defaultSort;
  const [kind, cursor] = query.cursor?.split(/:(.*)/s) ?? [];
  return buildRequest(routes.list, endpoint, {
    query: {
      'page[size]': pageSize(query, capabilities),
      sort: sort.direction === 'desc' ? '-updated_at' : 'updated_at',
      // deepObject StringFilter; without it the API lists pending invitations only.
      [states.length === 1 ? 'filter[state][eq]' : 'filter[state][in]']: states.join(','),
      'page[after]': kind === 'after' ? cursor : undefined,
      'page[before]': kind === 'before' ? cursor : undefined,
    },
  });
}

export function createRequest(endpoint: string, draft: InvitationDraft, force: boolean) {
  if (!draft.roles.length) {
    throw new InvitationError('Upsun invitations need at least one permission.', {
      kind: 'config',
      code: 'missing_field',
      field: 'roles',
    });
  }
  const body = { email: draft.email.trim(), permissions: draft.roles, ...(force ? { force: true } : {}) };
  return buildRequest(routes.create, endpoint, { body });
}

export const revokeRequest = (endpoint: string, id: string) => buildRequest(routes.revoke, endpoint, { id });

// ---------------------------------------------------------------------------------------------------------------
// Pure parsers

function normalize(raw: RawInvitation, original: unknown): Invitation {
  return {
    id: raw.id,
    email: raw.email,
    status: stateToStatus[raw.state],
    roles: raw.permissions ?? [],
    inviter:
      raw.owner?.display_name || raw.owner?.id
        ? { id: raw.owner.id ?? undefined, name: raw.owner.display_name ?? undefined }
        : undefined,
    createdAt: toDate(raw.created_at),
    updatedAt: toDate(raw.updated_at),
    raw: original,
  };
}

/** Reads `<url>; rel="next"` style entries of an RFC 8288 Link header. */
function linkHeader(value: string | null): Record<string, string> {
  const links: Record<string, string> = {};
  for (const part of value?.split(/,(?=\s*<)/) ?? []) {
    const match = part.match(/<([^>]*)>\s*;(.*)/);
    const rel = match?.[2].match(/rel\s*=\s*"?([^";]+)"?/i)?.[1];
    if (match && rel) for (const r of rel.trim().split(/\s+/)) links[r.toLowerCase()] = match[1];
  }
  return links;
}

/**
 * Turns a next/previous link into a cursor token. Only the cursor is taken from it — the request is rebuilt on the
 * host's endpoint — so a response can never send the host's fetcher (and its credentials) to another origin.
 */
function cursorFrom(href: string | undefined, endpoint: string): string | undefined {
  if (!href) return undefined;
  try {
    const url = new URL(href, new URL(endpoint, globalThis.location?.href ?? 'https://invalid.test'));
    const after = url.searchParams.get('page[after]');
    const before = url.searchParams.get('page[before]');
    return after ? `after:${after}` : before ? `before:${before}` : undefined;
  } catch {
    return undefined;
  }
}

/** A list page: the bare array (cursors in a `Link` header) or `{items, _links}`. */
export function parseList(response: WireResponse, endpoint: string): Page {
  const body = parseBody(listSchema, response.body, LABEL);
  const header = linkHeader(response.headers.get('link'));
  const links = Array.isArray(body) ? undefined : body._links;
  const [items, original] = Array.isArray(body)
    ? [body, response.body]
    : [body.items, (response.body as { items: unknown }).items];
  return {
    items: withRaw(items, original).map(([raw, orig]) => normalize(raw, orig)),
    next: cursorFrom(links?.next?.href ?? header.next, endpoint),
    previous: cursorFrom(links?.previous?.href ?? links?.prev?.href ?? header.previous ?? header.prev, endpoint),
  };
}

export const parseInvitation = ({ body }: WireResponse) => normalize(parseBody(invitationSchema, body, LABEL), body);

/** The spec declares `{error}`; Upsun's PHP client also reads these keys (RESTful module, problem+json, OAuth2). */
export function parseError(status: number, body: unknown): ErrorDetails {
  const message = firstString(body, ['error', 'message', 'detail', 'title', 'error_description']);
  if (status === 409) {
    return {
      code: 'already_invited',
      field: 'email',
      message: message ?? 'There is already a pending invitation for this email.',
    };
  }
  return {
    message,
    code: firstString(body, ['code', 'type']),
    field:
      status === 400
        ? fieldFromText(message, [
            [/permission/i, 'roles'],
            [/e-?mail/i, 'email'],
          ])
        : undefined,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Operations

/**
 * The adapter, made of `profile` (upsunProfile in upsun.ts) and the operations above. The profile is handed in, not
 * imported: importing upsun.ts here would make bundlers share it with every page, with Upsun or without.
 */
export default (profile: DialectProfile) =>
  defineAdapter({
    ...profile,
    parseError,
    list: (query, http) =>
      http.read(listRequest(http.endpoint, query, http.capabilities), (r) => parseList(r, http.endpoint)),
    create: async (drafts, http) => [
      await http.read(createRequest(http.endpoint, drafts[0], drafts[0].force === true), parseInvitation),
    ],
    async revoke(invitation, http) {
      await http.send(revokeRequest(http.endpoint, invitation.id));
      return undefined;
    },
    /** `force: true` cancels the pending invitation and sends a new one. */
    resend: (invitation, http) =>
      http.read(
        createRequest(http.endpoint, { email: invitation.email, roles: invitation.roles }, true),
        parseInvitation,
      ),
  });
