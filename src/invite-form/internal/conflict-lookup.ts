/**
 * The look-ups behind conflict checks, loaded on the first address typed (not on the first screen): pending
 * invitations through the adapter's own list — one request per address where the server filters by email (Clerk
 * `email_address`) and a few are typed at once, else every pending invitation read once, page by page (Auth0,
 * Upsun, and Clerk for a pasted list or an import) — and the host's members.
 */
import type { Invitation, ListQuery } from '../../model.js';
import type { AdapterCapabilities, InvitationAdapter, RequestContext } from '../../providers/adapter.js';
import type { Conflict, LookupCache, MemberLoader } from './conflicts.js';

/** Pages read at most to list the pending invitations (100 a page: 2,000 invitations). */
export const MAX_INDEX_PAGES = 20;
/** Addresses looked up together one by one through an email filter; more read the pending invitations instead. */
const PER_ADDRESS_MAX = 5;

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

/** Every pending invitation the adapter lists (at most `MAX_INDEX_PAGES` pages), by lower-cased email. */
export async function listPending(adapter: InvitationAdapter, ctx: RequestContext): Promise<Map<string, Invitation[]>> {
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
    const more =
      !page.limitReached &&
      (page.next !== undefined || (page.total !== undefined && (query.page + 1) * query.pageSize < page.total));
    if (!more) break;
    // offset-paged adapters page by index alone
    query = { ...query, page: query.page + 1, ...(caps.paging === 'offset' ? {} : { cursor: page.next }) };
  }
  return byEmail;
}

/** The pending invitations to one (lower-cased) address, through the server's email filter. */
async function pendingTo(adapter: InvitationAdapter, email: string, ctx: RequestContext): Promise<Invitation[]> {
  const page = await adapter.list(pendingQuery(adapter.capabilities, email), ctx);
  return page.items.filter((i) => i.status === 'pending' && lower(i.email) === email);
}

/** The pending invitations to `email` now, read afresh: what a replacement revokes. */
export async function findPending(adapter: InvitationAdapter, email: string, ctx: RequestContext) {
  const key = lower(email);
  if (adapter.capabilities.search === 'server') return pendingTo(adapter, key, ctx);
  return (await listPending(adapter, ctx)).get(key) ?? [];
}

async function membersAmong(
  emails: string[],
  members: readonly string[] | MemberLoader | undefined,
  signal: AbortSignal,
): Promise<Set<string>> {
  if (!members) return new Set();
  if (typeof members !== 'function') {
    const all = new Set(members.map(lower));
    return new Set(emails.filter((e) => all.has(e)));
  }
  try {
    return new Set([...(await members(emails, signal))].map(lower));
  } catch {
    return new Set(); // the host's loader failed: members are not checked this time
  }
}

/**
 * Looks the (lower-cased) addresses up and tells `settle` what each is: a member's, already invited, or clear
 * (`null`). Throws when the pending invitations cannot be read.
 */
export async function lookUp(
  emails: string[],
  options: {
    adapter: InvitationAdapter;
    context: () => RequestContext;
    members: readonly string[] | MemberLoader | undefined;
    signal: AbortSignal;
    cache: LookupCache;
    settle: (email: string, conflict: Conflict | null) => void;
  },
): Promise<void> {
  const { adapter, settle, cache } = options;
  const members = await membersAmong(emails, options.members, options.signal);
  for (const email of emails) if (members.has(email)) settle(email, { kind: 'member' });
  const rest = emails.filter((e) => !members.has(e));
  if (!rest.length) return;
  const ctx = options.context();
  // per address through the server's filter while few are typed; for more (a pasted list, an import) the pending
  // invitations read once cost fewer requests
  if (adapter.capabilities.search === 'server' && rest.length <= PER_ADDRESS_MAX && !cache.index) {
    for (const email of rest) {
      const invitations = await pendingTo(adapter, email, ctx).catch(() => []);
      settle(email, invitations.length ? { kind: 'invited', invitations } : null);
    }
  } else {
    cache.index ??= listPending(adapter, ctx);
    const index = await cache.index;
    for (const email of rest) {
      const invitations = index.get(email);
      settle(email, invitations ? { kind: 'invited', invitations } : null);
    }
  }
}

/**
 * Revokes the pending invitations of the drafts to replace, one request at a time, `pace` ms apart (providers without
 * `force`: Clerk refuses a second pending invitation, Auth0 would keep both). A 404 means it is gone already. Returns
 * the drafts that must not be sent, each with the error that stopped it.
 */
export async function revokeReplaced<D extends { email: string }>(
  adapter: InvitationAdapter,
  drafts: D[],
  known: (email: string) => Invitation[],
  context: () => RequestContext,
  pace: number,
): Promise<Map<D, unknown>> {
  const stopped = new Map<D, unknown>();
  for (const draft of drafts) {
    try {
      const listed = known(draft.email);
      const pending = listed.length ? listed : await findPending(adapter, draft.email, context());
      for (const invitation of pending) {
        await new Promise((resolve) => setTimeout(resolve, pace));
        await adapter.revoke(invitation, context()).catch((thrown: { status?: number }) => {
          if (thrown?.status !== 404) throw thrown;
        });
      }
    } catch (thrown) {
      stopped.set(draft, thrown);
    }
  }
  return stopped;
}
