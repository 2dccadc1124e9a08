/**
 * Conflicts caught before sending: an address that already has a pending invitation, or that belongs to a member.
 * This part keeps what was found; the look-ups themselves (conflict-lookup.ts) load with the first address typed.
 * Pending invitations come from the adapter's own list: one request per address where the server filters by email
 * (Clerk `email_address`), else the pending invitations read once, page by page, and kept for the form's life
 * (Auth0, Upsun). Members come from the host (`members`: the emails, or a loader asked about the addresses typed).
 * A check that fails says nothing: the provider's own error after sending still names the address.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Invitation } from '../../model.js';
import type { InvitationAdapter, RequestContext } from '../../providers/adapter.js';

/** Given addresses (lower case), resolves to those of them that belong to members of the organization. */
export type MemberLoader = (emails: string[], signal: AbortSignal) => Promise<Iterable<string>>;

export type Conflict =
  /** Pending invitations to the address (empty when only the provider's error said so). */
  { kind: 'invited'; invitations: Invitation[] } | { kind: 'member' };

/** The pending invitations, once read (providers without an email filter). */
export interface LookupCache {
  index?: Promise<Map<string, Invitation[]>>;
}

/** Addresses typed within this many ms are looked up together. */
const SETTLE_MS = 150;

const lower = (email: string) => email.trim().toLowerCase();

export interface ConflictSources {
  adapter(): InvitationAdapter | undefined;
  context(signal: AbortSignal): RequestContext;
  members(): readonly string[] | MemberLoader | undefined;
  /** Checking is on (`no-conflict-check` unset, an endpoint set). */
  enabled(): boolean;
}

/** Looks addresses up as they are typed; `of(email)` says what was found. */
export class ConflictChecker implements ReactiveController {
  /** Per lower-cased address: the conflict, or null when it was looked up and none was found (or the look-up failed). */
  private readonly found = new Map<string, Conflict | null>();
  /** Addresses waiting for, or in, a look-up. */
  private readonly checking = new Set<string>();
  private queued: string[] = [];
  private cache: LookupCache = {};
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
    this.cache = {};
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
    this.cache = {};
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
    const settle = (email: string, conflict: Conflict | null) => {
      if (signal.aborted) return;
      this.checking.delete(email);
      this.found.set(email, conflict);
      this.host.requestUpdate();
    };
    const adapter = this.sources.adapter();
    try {
      if (adapter) {
        const { lookUp } = await import('./conflict-lookup.js');
        await lookUp(emails, {
          adapter,
          context: () => this.sources.context(signal),
          members: this.sources.members(),
          signal,
          cache: this.cache,
          settle,
        });
      }
    } catch {
      // The list could not be read: say nothing (the provider's error after sending will), read it again next time.
      if (!signal.aborted) this.cache = {};
    } finally {
      for (const email of emails) if (!this.found.has(email)) settle(email, null);
    }
  }
}
