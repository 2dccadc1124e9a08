import type { Invitation, InvitationDraft, InvitationError, InvitationStatus, Sort } from './model.js';

/**
 * A deeply frozen copy of an event's detail: a listener can read everything and change nothing the element goes on
 * to use (the drafts it sends after `invitation-create`, the id that builds the URL after `invitation-revoke`).
 * Plain objects and arrays are copied and frozen, dates copied (a frozen Date still has `setTime`); class instances
 * (an `InvitationError`) are frozen as they are.
 */
export function frozenCopy<T>(value: T): T {
  if (!value || typeof value !== 'object') return value;
  if (value instanceof Date) return new Date(+value) as T;
  const proto: unknown = Object.getPrototypeOf(value);
  if (!Array.isArray(value) && proto !== Object.prototype && proto !== null) return Object.freeze(value);
  const copy = Array.isArray(value)
    ? value.map(frozenCopy)
    : Object.fromEntries(Object.entries(value).map(([key, item]) => [key, frozenCopy(item)]));
  return Object.freeze(copy) as T;
}

/** Every event bubbles and crosses shadow roots; `detail` is a deeply frozen copy (see `frozenCopy`). */
abstract class InvitationEvent<T extends object> extends CustomEvent<Readonly<T>> {
  constructor(type: string, detail: T, cancelable = false) {
    super(type, { bubbles: true, composed: true, cancelable, detail: frozenCopy(detail) });
  }
}

/** Fired before an invitation is revoked; cancel it (`preventDefault()`) to keep the invitation. */
export class InvitationRevokeEvent extends InvitationEvent<{ invitation: Invitation }> {
  static readonly type = 'invitation-revoke';
  constructor(invitation: Invitation) {
    super(InvitationRevokeEvent.type, { invitation }, true);
  }
}

/** Fired after the server revoked an invitation. `invitation` is the server's latest version when it sent one. */
export class InvitationRevokedEvent extends InvitationEvent<{ invitation: Invitation }> {
  static readonly type = 'invitation-revoked';
  constructor(invitation: Invitation) {
    super(InvitationRevokedEvent.type, { invitation });
  }
}

/** Fired before an invitation is sent again; cancelable. */
export class InvitationResendEvent extends InvitationEvent<{ invitation: Invitation }> {
  static readonly type = 'invitation-resend';
  constructor(invitation: Invitation) {
    super(InvitationResendEvent.type, { invitation }, true);
  }
}

/** Fired after an invitation was sent again; `invitation` is the one that now stands for `previous`. */
export class InvitationResentEvent extends InvitationEvent<{ invitation: Invitation; previous: Invitation }> {
  static readonly type = 'invitation-resent';
  constructor(invitation: Invitation, previous: Invitation) {
    super(InvitationResentEvent.type, { invitation, previous });
  }
}

/** What became of one invitation of a bulk run that was not done: the error, or none when it was never sent. */
export interface InvitationBulkFailure {
  invitation: Invitation;
  error: InvitationError;
}

/**
 * Fired before the selected invitations are revoked one by one (`invitation-revoke` still fires for each);
 * cancelable: `preventDefault()` sends nothing.
 */
export class InvitationBulkRevokeEvent extends InvitationEvent<{ invitations: Invitation[] }> {
  static readonly type = 'invitation-bulk-revoke';
  constructor(invitations: Invitation[]) {
    super(InvitationBulkRevokeEvent.type, { invitations }, true);
  }
}

/**
 * Fired once after a bulk revoke: `revoked` (the server's latest versions where it sent them), `failed` (each with
 * its error; they stay selected) and `skipped` (never sent: their `invitation-revoke` was cancelled, or the user
 * stopped the run).
 */
export class InvitationBulkRevokedEvent extends InvitationEvent<{
  revoked: Invitation[];
  failed: InvitationBulkFailure[];
  skipped: Invitation[];
}> {
  static readonly type = 'invitation-bulk-revoked';
  constructor(revoked: Invitation[], failed: InvitationBulkFailure[], skipped: Invitation[]) {
    super(InvitationBulkRevokedEvent.type, { revoked, failed, skipped });
  }
}

/** Fired before the selected invitations are sent again one by one (`invitation-resend` still fires for each); cancelable. */
export class InvitationBulkResendEvent extends InvitationEvent<{ invitations: Invitation[] }> {
  static readonly type = 'invitation-bulk-resend';
  constructor(invitations: Invitation[]) {
    super(InvitationBulkResendEvent.type, { invitations }, true);
  }
}

/** Fired once after a bulk resend: `resent` (`{ invitation, previous }` each), `failed` and `skipped`, as above. */
export class InvitationBulkResentEvent extends InvitationEvent<{
  resent: { invitation: Invitation; previous: Invitation }[];
  failed: InvitationBulkFailure[];
  skipped: Invitation[];
}> {
  static readonly type = 'invitation-bulk-resent';
  constructor(
    resent: { invitation: Invitation; previous: Invitation }[],
    failed: InvitationBulkFailure[],
    skipped: Invitation[],
  ) {
    super(InvitationBulkResentEvent.type, { resent, failed, skipped });
  }
}

/** Fired before invitations are created; cancelable. `drafts` is one draft per invitee. */
export class InvitationCreateEvent extends InvitationEvent<{ drafts: InvitationDraft[] }> {
  static readonly type = 'invitation-create';
  constructor(drafts: InvitationDraft[]) {
    super(InvitationCreateEvent.type, { drafts }, true);
  }
}

/**
 * Fired after invitations were created, one entry per created invitation. `endpoint` is the collection they were
 * created in: an `<invitation-list>` with the same endpoint refreshes itself.
 */
export class InvitationCreatedEvent extends InvitationEvent<{ invitations: Invitation[]; endpoint: string }> {
  static readonly type = 'invitation-created';
  constructor(invitations: Invitation[], endpoint: string) {
    super(InvitationCreatedEvent.type, { invitations, endpoint });
  }
}

export type InvitationAction = 'list' | 'revoke' | 'resend' | 'create';

/** Fired when a request fails; `action` tells which. */
export class InvitationErrorEvent extends InvitationEvent<{
  error: InvitationError;
  action: InvitationAction;
  invitation?: Invitation;
  drafts?: InvitationDraft[];
}> {
  static readonly type = 'invitation-error';
  constructor(
    error: InvitationError,
    action: InvitationAction,
    extra: { invitation?: Invitation; drafts?: InvitationDraft[] } = {},
  ) {
    super(InvitationErrorEvent.type, { error, action, ...extra });
  }
}

/** The list query a user can change, as the host may persist it (e.g. in the URL). */
export interface InvitationQueryState {
  page: number;
  pageSize: number;
  sort: Sort;
  statuses: InvitationStatus[];
  search: string;
  /** The role filter; empty = every role. */
  role: string;
}

/**
 * The same query in the shape the list's attributes take, to keep in a URL and set back attribute by attribute:
 * `{ page: '3', 'page-size': '20', sort: 'created_at:desc', status: 'pending', search: '', 'role-filter': '' }`. `page` counts from 1;
 * `page-cursor` comes with it where the provider pages by cursor (Upsun) and the page is not the first.
 */
export interface InvitationQueryAttributes {
  page: string;
  'page-size': string;
  sort: string;
  status: string;
  search: string;
  'role-filter': string;
  'page-cursor'?: string;
}

/** Fired when the user changes page, page size, sort, status or role filter, or search (never for property sets). */
export class InvitationQueryChangeEvent extends InvitationEvent<{
  query: InvitationQueryState;
  attributes: InvitationQueryAttributes;
}> {
  static readonly type = 'invitation-query-change';
  constructor(query: InvitationQueryState, attributes: InvitationQueryAttributes) {
    super(InvitationQueryChangeEvent.type, { query, attributes });
  }
}

/** Fired when a page of invitations has loaded and rendered. */
export class InvitationLoadedEvent extends InvitationEvent<{ invitations: Invitation[]; total?: number }> {
  static readonly type = 'invitation-loaded';
  /**
   * The event's name before 0.2, fired right after `invitation-loaded` with the same detail for one more release.
   * @deprecated Listen for `invitation-loaded`.
   */
  static readonly legacyType = 'invitations-loaded';
  constructor(invitations: Invitation[], total?: number, type = InvitationLoadedEvent.type) {
    super(type, { invitations, total });
  }
}

/** @deprecated The class of `invitation-loaded` is `InvitationLoadedEvent`; this alias goes with `invitations-loaded`. */
export const InvitationsLoadedEvent = InvitationLoadedEvent;
/** @deprecated Use `InvitationLoadedEvent`. */
export type InvitationsLoadedEvent = InvitationLoadedEvent;

declare global {
  interface GlobalEventHandlersEventMap {
    'invitation-revoke': InvitationRevokeEvent;
    'invitation-revoked': InvitationRevokedEvent;
    'invitation-resend': InvitationResendEvent;
    'invitation-resent': InvitationResentEvent;
    'invitation-bulk-revoke': InvitationBulkRevokeEvent;
    'invitation-bulk-revoked': InvitationBulkRevokedEvent;
    'invitation-bulk-resend': InvitationBulkResendEvent;
    'invitation-bulk-resent': InvitationBulkResentEvent;
    'invitation-create': InvitationCreateEvent;
    'invitation-created': InvitationCreatedEvent;
    'invitation-error': InvitationErrorEvent;
    'invitation-query-change': InvitationQueryChangeEvent;
    'invitation-loaded': InvitationLoadedEvent;
    /** @deprecated Listen for `invitation-loaded`. */
    'invitations-loaded': InvitationLoadedEvent;
  }
}
