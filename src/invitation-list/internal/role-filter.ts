/**
 * The role filter on the client, for adapters whose server cannot filter by role (none of the built-in three): the
 * server's pages are read in order, in batches, and the rows with the role kept until the page is full, so a
 * filtered page is never short (as Auth0's own client-side search). A page's `next` token says where to resume:
 * the batch (its index and the token it was asked with) and how many of its rows were looked at already.
 */
import type { Invitation, ListQuery, Page } from '../../model.js';
import type { AdapterCapabilities } from '../../providers/adapter.js';
import { hasNextPage } from './query-state.js';

/** Rows per batch: as many as one request may carry, at most 100 (Auth0's and Upsun's maximum). */
const batchSize = (caps: AdapterCapabilities) => Math.min(caps.maxPageSize, 100);

const token = (batch: number, skip: number, cursor: string | undefined) => `r${batch}.${skip}.${cursor ?? ''}`;

function parseToken(value: string | undefined): { batch: number; skip: number; cursor?: string } {
  const match = /^r(\d+)\.(\d+)\.(.*)$/s.exec(value ?? '');
  if (!match) return { batch: 0, skip: 0 };
  return { batch: Number(match[1]), skip: Number(match[2]), cursor: match[3] || undefined };
}

/**
 * The page of `query` (which has a `role`) from the adapter's unfiltered pages: `loadBatch` lists one batch (the
 * caller caches them, so the next filtered page resumes without asking again).
 */
export async function listByRole(
  query: ListQuery,
  caps: AdapterCapabilities,
  loadBatch: (batchQuery: ListQuery) => Promise<Page>,
): Promise<Page> {
  const role = query.role ?? '';
  const size = batchSize(caps);
  let { batch, skip, cursor } = parseToken(query.cursor);
  const items: Invitation[] = [];
  for (;;) {
    const batchQuery: ListQuery = {
      pageSize: size,
      page: batch,
      // offset-paged adapters page by index alone
      ...(cursor === undefined || caps.paging === 'offset' ? {} : { cursor }),
      sort: query.sort,
      statuses: query.statuses,
      search: query.search,
    };
    const page = await loadBatch(batchQuery);
    let looked = skip;
    while (looked < page.items.length && items.length < query.pageSize) {
      const invitation = page.items[looked++];
      if (invitation.roles.includes(role)) items.push(invitation);
    }
    const more = hasNextPage(batchQuery, page);
    if (items.length === query.pageSize && looked < page.items.length) {
      return { items, next: token(batch, looked, cursor) };
    }
    if (!more) return { items, limitReached: page.limitReached };
    batch++;
    cursor = page.next;
    skip = 0;
    if (items.length === query.pageSize) return { items, next: token(batch, 0, cursor) };
  }
}
