/**
 * Conflicts caught before sending: an address that already has a pending invitation, or that belongs to a member.
 * Pending invitations come from the adapter's own list: one request per address where the server filters by email
 * (Clerk `email_address`), else the pending invitations read once, page by page, and kept for the form's life
 * (Auth0, Upsun). Members come from the host (`members`: the emails, or a loader asked about the addresses typed).
 * A check that fails says nothing: the provider's own error after sending still names the address.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Invitation, ListQuery } from '../../model.js';
import type { AdapterCapabilities, InvitationAdapter, RequestContext } from '../../providers/adapter.js';

/** Given addresses (lower case), resolves to those of them that belong to members of the organization. */
export type MemberLoader = (emails: string[], signal: AbortSignal) => Promise<Iterable<string>>;

export type Conflict =
  /** Pending invitations to the address (empty when only the provider's error said so). */
  { kind: 'invited'; invitations: Invitation[] } | { kind: 'member' };

export interface ConflictSources {
  adapter(): InvitationAdapter | undefined;
  context(signal: AbortSignal): RequestContext;
  members(): readonly string[] | MemberLoader | undefined;
  /** Checking is on (`no-conflict-check` unset, an endpoint set). */
  enabled(): boolean;
}

/** Pages read at most to list the pending invitations (100 a page: 2,000 invitations). */
export const MAX_INDEX_PAGES = 20;
/** Addresses typed within this many ms are looked up together. */
const SETTLE_MS = 150;

const lower = (email: string) => email.trim().toLowerCase();

/** The query of one page of pending invitations (the server filters the status where it can). */
function pendingQuery(caps: AdapterCapabilities, search = ''): ListQuery {
  return {
    pageSize: Math.min(caps.maxPageSize, 100),
    page: 0,
    sort: caps.defaultSort,
    statuses: caps.serverStatuses.includes('pending') || search ? ['pending'] : caps.statuses,
    search,
  };
}

/** Every pending invitation the adapter lists, by lower-cased email; `complete` false when the pages ran out first. */
export async function listPending(
  adapter: InvitationAdapter,
  ctx: RequestContext,
): Promise<{ byEmail: Map<string, Invitation[]>; complete: boolean }> {
  const caps = adapter.capabilities;
  const byEmail = new Map<string, Invitation[]>();
  let query = pendingQuery(caps);
  for (let n = 0; n < MAX_INDEX_PAGES; n++) {
    const page = await adapter.list(query, ctx);
    for (const invitation of page.items) {
      if (invitation.status !== 'pending') continue;
      const key = lower(invitation.email);
      byEmail.set(key, [...(byEmail.get(key) ?? []), invitation]);
    }
    if (page.limitReached) return { byEmail, complete: false };
    const more =
      page.next !== undefined || (page.total !== undefined && (query.page + 1) * query.pageSize < page.total);
    if (!more) return { byEmail, complete: true };
    // offset-paged adapters page by index alone
    query = { ...query, page: query.page + 1, ...(caps.paging === 'offset' ? {} : { cursor: page.next }) };
  }
  return { byEmail, complete: false };
}

/** The pending invitations to one address, through the server's email filter. */
async function pendingTo(adapter: InvitationAdapter, email: string, ctx: RequestContext): Promise<Invitation[]> {
  const page = await adapter.list(pendingQuery(adapter.capabilities, email), ctx);
  return page.items.filter((i) => i.status === 'pending' && lower(i.email) === email);
}

/** The pending invitations to `email` now (no cache): what a replacement revokes. */
export async function findPending(adapter: InvitationAdapter, email: string, ctx: RequestContext) {
  const key = lower(email);
  if (adapter.capabilities.search === 'server') return pendingTo(adapter, key, ctx);
  return (await listPending(adapter, ctx)).byEmail.get(key) ?? [];
}

/** Looks addresses up as they are typed; `of(email)` says what was found. */
export class ConflictChecker implements ReactiveController {
  /** Per lower-cased address: the conflict, or null when it was looked up and none was found (or the look-up failed). */
  private readonly found = new Map<string, Conflict | null>();
  /** Addresses waiting for, or in, a look-up. */
  private readonly checking = new Set<string>();
  private queued: string[] = [];
  /** The pending invitations listed once (providers without an email filter). */
  private index?: Promise<{ byEmail: Map<string, Invitation[]>; complete: boolean }>;
  private abort = new AbortController();
  private timer?: ReturnType<typeof setTimeout>;
  private chain: Promise<void> = Promise.resolve();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly sources: ConflictSources,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.forget();
  }

  /** Forgets every finding and stops the look-ups (the adapter, endpoint, fetcher or members changed). */
  forget(): void {
    this.abort.abort();
    this.abort = new AbortController();
    clearTimeout(this.timer);
    this.timer = undefined;
    this.found.clear();
    this.checking.clear();
    this.queued = [];
    this.index = undefined;
    this.chain = Promise.resolve();
  }

  /** Stops the look-ups under way: their addresses count as clear (the provider's error will name a conflict). */
  giveUp(): void {
    this.abort.abort();
    this.abort = new AbortController();
    clearTimeout(this.timer);
    this.timer = undefined;
    for (const email of this.checking) this.found.set(email, null);
    this.checking.clear();
    this.queued = [];
    this.index = undefined;
    this.chain = Promise.resolve();
    this.host.requestUpdate();
  }

  /** What is known of `email`: a conflict, `'checking'`, or undefined (none, or not looked up). */
  of(email: string): Conflict | 'checking' | undefined {
    const key = lower(email);
    if (this.checking.has(key)) return 'checking';
    return this.found.get(key) ?? undefined;
  }

  /** Records what the provider said after sending (its duplicate or member error), or what the form created. */
  record(email: string, conflict: Conflict | null): void {
    this.found.set(lower(email), conflict);
    this.host.requestUpdate();
  }

  /** Looks up the addresses not looked up yet, together with those typed in the next moments. */
  check(emails: readonly string[]): void {
    if (!this.sources.enabled() || !this.sources.adapter()) return;
    for (const email of emails) {
      const key = lower(email);
      if (this.found.has(key) || this.checking.has(key)) continue;
      this.checking.add(key);
      this.queued.push(key);
    }
    if (!this.queued.length || this.timer !== undefined) return;
    this.timer = setTimeout(() => this.flush(), SETTLE_MS);
    this.host.requestUpdate();
  }

  /** Some addresses wait for, or are in, a look-up. */
  get busy(): boolean {
    return this.checking.size > 0;
  }

  /** Resolves once every look-up asked for so far has ended (a submission waits for it). */
  async settled(): Promise<void> {
    if (this.timer !== undefined) this.flush();
    await this.chain;
  }

  private flush() {
    clearTimeout(this.timer);
    this.timer = undefined;
    const emails = this.queued;
    this.queued = [];
    const signal = this.abort.signal;
    // One look-up at a time, in order: never more than one request of ours in flight.
    this.chain = this.chain.then(() => this.lookUp(emails, signal));
  }

  private async lookUp(emails: string[], signal: AbortSignal): Promise<void> {
    const adapter = this.sources.adapter();
    const settle = (email: string, conflict: Conflict | null) => {
      if (signal.aborted) return;
      this.checking.delete(email);
      this.found.set(email, conflict);
    };
    try {
      const members = await this.membersAmong(emails, signal);
      for (const email of emails) if (members.has(email)) settle(email, { kind: 'member' });
      const rest = emails.filter((e) => !members.has(e));
      if (!adapter || !rest.length) return;
      const ctx = this.sources.context(signal);
      if (adapter.capabilities.search === 'server') {
        for (const email of rest) {
          const invitations = await pendingTo(adapter, email, ctx).catch(() => []);
          settle(email, invitations.length ? { kind: 'invited', invitations } : null);
          this.host.requestUpdate();
        }
      } else {
        this.index ??= listPending(adapter, ctx);
        const { byEmail } = await this.index;
        for (const email of rest) {
          const invitations = byEmail.get(email);
          settle(email, invitations ? { kind: 'invited', invitations } : null);
        }
      }
    } catch {
      // The list could not be read (its error shows in the list, if there is one): say nothing, try again later.
      if (!signal.aborted) this.index = undefined;
    } finally {
      for (const email of emails) if (!this.found.has(email)) settle(email, null);
      if (!signal.aborted) this.host.requestUpdate();
    }
  }

  private async membersAmong(emails: string[], signal: AbortSignal): Promise<Set<string>> {
    const members = this.sources.members();
    if (!members) return new Set();
    if (typeof members !== 'function') {
      const all = new Set(members.map(lower));
      return new Set(emails.filter((e) => all.has(e)));
    }
    try {
      return new Set([...(await members(emails, signal))].map(lower));
    } catch {
      return new Set();
    }
  }
}
