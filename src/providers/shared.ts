import * as z from 'zod/mini';
import {
  INVITATION_STATUSES,
  InvitationError,
  type InvitationDraft,
  type InvitationStatus,
  type ListQuery,
} from '../model.js';
import type { AdapterCapabilities, RequestContext } from './adapter.js';
import { parseBody, send, type Dialect, type WireRequest } from './http.js';

/** Sends a request and validates its JSON body with `schema`; `body` is the untouched JSON. */
export async function call<T>(
  request: WireRequest,
  ctx: RequestContext,
  dialect: Dialect,
  schema: z.ZodMiniType<T>,
): Promise<{ data: T; body: unknown }> {
  const response = await send(request, ctx, dialect);
  return { data: parseBody(schema, response.body, dialect), body: response.body };
}

/**
 * Pairs validated items with the provider's own objects (`Invitation.raw` keeps them untouched, unknown keys
 * included). `original` is the array the items were parsed from.
 */
export const withRaw = <T>(items: T[], original: unknown): [T, unknown][] =>
  items.map((item, i) => [item, (original as unknown[])[i]]);

/** The page size to send: the query's, within 1..max. */
export const pageSize = (query: ListQuery, caps: AdapterCapabilities) =>
  Math.min(Math.max(1, Math.floor(query.pageSize) || caps.defaultPageSize), caps.maxPageSize);

/** The statuses asked for, or every status the provider has when the query names none. */
export const wantedStatuses = (query: ListQuery, caps: AdapterCapabilities): InvitationStatus[] =>
  query.statuses.length ? caps.statuses.filter((s) => query.statuses.includes(s)) : caps.statuses;

/** Throws a config error unless the call gets between 1 and `bulkSize` drafts. */
export function checkDraftCount(drafts: InvitationDraft[], caps: AdapterCapabilities, label: string): void {
  if (drafts.length < 1 || drafts.length > caps.bulkSize) {
    throw new InvitationError(`${label} creates 1 to ${caps.bulkSize} invitations per request; got ${drafts.length}.`, {
      kind: 'config',
      code: 'draft_count',
    });
  }
}

/** Throws a config error for a missing required draft field. */
export function required(value: string | undefined, field: string, message: string): string {
  if (!value || !value.trim()) throw new InvitationError(message, { kind: 'config', code: 'missing_field', field });
  return value.trim();
}

export const isStatus = (s: unknown): s is InvitationStatus =>
  typeof s === 'string' && (INVITATION_STATUSES as readonly string[]).includes(s);

/** Reads the first string among `keys` of an error body (providers name the message differently). */
export function firstString(body: unknown, keys: string[]): string | undefined {
  if (!body || typeof body !== 'object') return undefined;
  for (const key of keys) {
    const value = (body as Record<string, unknown>)[key];
    if (typeof value === 'string' && value.trim()) return value.trim();
  }
  return undefined;
}

/** Field of a draft an error message is about, guessed from words in it. */
export function fieldFromText(text: string | undefined, words: [RegExp, string][]): string | undefined {
  if (!text) return undefined;
  return words.find(([re]) => re.test(text))?.[1];
}

export const optionalString = z.optional(z.nullable(z.string()));
