import type { Invitation, InvitationDraft, InvitationStatus, ListQuery, Page, Sort } from '../model.js';

/** Exactly `fetch`'s signature: plug in auth headers, cookies, CSRF, retries, a proxy or the emulator. */
export type Fetcher = (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;

/** What an adapter call needs to reach the server. */
export interface RequestContext {
  /** URL of the invitations collection (what GET lists and POST creates); item URLs derive from it. */
  endpoint: string;
  fetcher: Fetcher;
  signal?: AbortSignal;
  /** Clock for derived state (Auth0 expiry) and Retry-After dates; defaults to `Date.now`. */
  now?: () => number;
}

export interface RoleOption {
  value: string;
  label: string;
  description?: string;
}

export interface CreateCapabilities {
  /**
   * Role choice: how many a draft must / may carry, fixed options when the provider has a closed set, and the role a
   * new invitation starts with where the provider has a default one (Clerk `org:member`).
   */
  roles: { min: number; max: number; options?: RoleOption[]; default?: string };
  /** Expiry, in seconds; absent when the provider has no expiry. `step` is the granularity (Clerk: whole days). */
  expiry?: { min: number; max: number; step: number; default: number };
  /** A "send the email" toggle exists. */
  sendEmail: boolean;
  /** A "replace a pending invitation" choice exists (Upsun `force`). */
  force: boolean;
  /** Provider-specific draft fields, and whether each is required. */
  fields: Partial<
    Record<'inviterName' | 'clientId' | 'connectionId' | 'inviterId' | 'redirectUrl', { required: boolean }>
  >;
}

export interface AdapterCapabilities {
  /**
   * `offset`: random access by page index, with totals (numbered pages);
   * `page`: previous/next by page number; `cursor`: previous/next by opaque tokens.
   */
  paging: 'offset' | 'page' | 'cursor';
  /** The list reports a total count. */
  totals: boolean;
  maxPageSize: number;
  defaultPageSize: number;
  /** Normalized sortable fields (`created_at`, `updated_at`, `email`); the first is the default. */
  sortFields: string[];
  defaultSort: Sort;
  /** Every status this provider can show. */
  statuses: InvitationStatus[];
  /** Statuses the server itself filters on; the adapter filters the others on the client (without short pages). */
  serverStatuses: InvitationStatus[];
  /** Email search: on the server, on the client, or not at all. */
  search: 'server' | 'client' | false;
  /**
   * `'server'`: the server filters by role (`ListQuery.role`). Absent (none of the built-in three can): the list
   * reads the server's pages in order and keeps the rows with the role, so a filtered page is never short.
   */
  roleFilter?: 'server';
  /** Which optional columns this provider ever has data for. */
  columns: { roles: boolean; inviter: boolean; expires: boolean; url: boolean };
  revoke: boolean;
  resend: boolean;
  /** Most drafts one create call takes (Clerk bulk: 10; others: 1). */
  bulkSize: number;
  create: CreateCapabilities;
}

/** Maps the normalized model to one backend's wire dialect. Implement it to plug in any other backend. */
export interface InvitationAdapter {
  /** A short name for messages (`auth0`, `clerk`, `upsun`, or yours). */
  readonly name: string;
  /** The backend's name as people read it ("Auth0"); adapters made with `defineAdapter` always have one. */
  readonly label?: string;
  readonly capabilities: AdapterCapabilities;
  list(query: ListQuery, ctx: RequestContext): Promise<Page>;
  /** Creates `drafts.length ≤ capabilities.bulkSize` invitations in one call; returns them in draft order. */
  create(drafts: InvitationDraft[], ctx: RequestContext): Promise<Invitation[]>;
  /** Revokes one; returns the updated invitation when the API sends it back (Clerk), else undefined. */
  revoke(invitation: Invitation, ctx: RequestContext): Promise<Invitation | undefined>;
  /** Sends the invitation again; returns the invitation that now stands for it. Only when `capabilities.resend`. */
  resend?(invitation: Invitation, ctx: RequestContext): Promise<Invitation>;
  /** Display label of a role value (e.g. Upsun permission `billing` → "Manage billing"). */
  roleLabel?(role: string, invitation?: Invitation): string;
}

const registry = new Map<string, InvitationAdapter>();

/** Makes an adapter selectable by name through the elements' `provider` attribute. */
export function registerAdapter(name: string, adapter: InvitationAdapter): void {
  registry.set(name, adapter);
}

/** Forgets the adapter registered under `name`; elements that used it show the "unknown provider" error. */
export function unregisterAdapter(name: string): boolean {
  return registry.delete(name);
}

/** The adapter registered under `name`, if any. */
export function getAdapter(name: string): InvitationAdapter | undefined {
  return registry.get(name);
}

/** Names of the registered adapters. */
export function adapterNames(): string[] {
  return [...registry.keys()];
}
