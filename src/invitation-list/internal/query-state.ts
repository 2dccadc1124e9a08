/**
 * The list query as the user sees it (attributes `page-size`, `sort`, `status`, `search`) turned into the
 * normalized `ListQuery` an adapter understands, within what the adapter can do. Pure functions: no DOM.
 */
import type { InvitationQueryAttributes, InvitationQueryState } from '../../events.js';
import type { InvitationStatus, ListQuery, Page, Sort } from '../../model.js';
import type { AdapterCapabilities } from '../../providers/adapter.js';

/** Page sizes the selector offers (those above the adapter's maximum are left out). */
export const PAGE_SIZES = [10, 20, 50, 100] as const;

/** The page size in force: the attribute's value within 1..maxPageSize, else the adapter's default. */
export function clampPageSize(value: number | null | undefined, caps: AdapterCapabilities): number {
  const size = typeof value === 'number' && Number.isFinite(value) && value >= 1 ? Math.floor(value) : 0;
  return Math.min(size || caps.defaultPageSize, caps.maxPageSize);
}

/** The choices of the page-size selector: the standard sizes the adapter allows, plus the one in force. */
export function pageSizeOptions(current: number, caps: AdapterCapabilities): number[] {
  const sizes = new Set<number>([...PAGE_SIZES.filter((s) => s <= caps.maxPageSize), current, caps.defaultPageSize]);
  return [...sizes].sort((a, b) => a - b);
}

/** `created_at:desc` → a sort on one of the adapter's fields; anything else → the adapter's default sort. */
export function parseSort(value: string | null | undefined, caps: AdapterCapabilities): Sort {
  const [field = '', direction = ''] = (value ?? '').trim().split(':');
  if (!caps.sortFields.includes(field)) return caps.defaultSort;
  if (direction === 'asc' || direction === 'desc') return { field, direction };
  return { field, direction: field === caps.defaultSort.field ? caps.defaultSort.direction : 'asc' };
}

export const formatSort = (sort: Sort) => `${sort.field}:${sort.direction}`;

/** `pending, expired` → the statuses the adapter has, in the adapter's order, without duplicates. */
export function parseStatuses(value: string | null | undefined, caps: AdapterCapabilities): InvitationStatus[] {
  const wanted = new Set((value ?? '').split(',').map((s) => s.trim()));
  return caps.statuses.filter((s) => wanted.has(s));
}

/** The search text the adapter gets: trimmed, and empty where the adapter cannot search. */
export const effectiveSearch = (value: string | null | undefined, caps: AdapterCapabilities) =>
  caps.search ? (value ?? '').trim() : '';

/** Where the user is in the pages: the 0-based index, and the token each visited page was reached with. */
export interface Position {
  page: number;
  /** `cursors[i]` is the token page `i` was loaded with (undefined for the first page and for offset paging). */
  cursors: (string | undefined)[];
}

export const firstPosition = (): Position => ({ page: 0, cursors: [] });

/** The position after "next": the page's `next` token is remembered so "previous" can come back without one. */
export function nextPosition(position: Position, page: Page): Position {
  const cursors = position.cursors.slice(0, position.page + 1);
  cursors[position.page + 1] = page.next;
  return { page: position.page + 1, cursors };
}

/**
 * The position after "previous": the token the page before was reached with (so it comes from the cache), else the
 * API's own `previous` token. The first page is always asked for without a token.
 */
export function previousPosition(position: Position, page: Page | undefined): Position {
  if (position.page <= 0) return position;
  const target = position.page - 1;
  const cursors = position.cursors.slice(0, position.page);
  if (target > 0) cursors[target] ??= page?.previous;
  return { page: target, cursors };
}

/** A random-access jump (offset paging only: the adapter pages by index). */
export const jumpPosition = (page: number): Position => ({ page: Math.max(0, page), cursors: [] });

/** Everything but the position: when it changes the list starts again on the first page. */
export interface Filters {
  pageSize: number;
  sort: Sort;
  statuses: InvitationStatus[];
  search: string;
  /** One role value to show only; empty = every role. */
  role: string;
}

export function filtersFrom(
  attrs: {
    pageSize?: number | null;
    sort?: string | null;
    status?: string | null;
    search?: string | null;
    roleFilter?: string | null;
  },
  caps: AdapterCapabilities,
): Filters {
  return {
    pageSize: clampPageSize(attrs.pageSize, caps),
    sort: parseSort(attrs.sort, caps),
    statuses: parseStatuses(attrs.status, caps),
    search: effectiveSearch(attrs.search, caps),
    role: (attrs.roleFilter ?? '').trim(),
  };
}

export const filtersKey = (f: Filters) =>
  JSON.stringify([f.pageSize, formatSort(f.sort), f.statuses.join(','), f.search, f.role]);

/**
 * How the list pages under these filters: as the adapter says, except that a role filter on the client (the server
 * cannot filter by role) pages forward through the server's pages by token, with no total.
 */
export const pagingCaps = (caps: AdapterCapabilities, filters: Filters | undefined): AdapterCapabilities =>
  filters?.role && caps.roleFilter !== 'server' ? { ...caps, paging: 'cursor', totals: false } : caps;

/** The adapter query of a filter set at a position. Offset paging takes no cursor (it pages by index). */
export function toListQuery(filters: Filters, position: Position, caps: AdapterCapabilities): ListQuery {
  const cursor = caps.paging === 'offset' ? undefined : position.cursors[position.page];
  return {
    pageSize: filters.pageSize,
    page: position.page,
    ...(cursor === undefined ? {} : { cursor }),
    sort: filters.sort,
    statuses: filters.statuses,
    search: filters.search,
    ...(filters.role ? { role: filters.role } : {}),
  };
}

/** A stable key of a query, for the page cache and for telling queries apart. */
export const queryKey = (q: ListQuery) =>
  JSON.stringify([
    q.pageSize,
    q.page,
    q.cursor ?? null,
    q.sort ? formatSort(q.sort) : null,
    q.statuses,
    q.search,
    q.role ?? '',
  ]);

/** The query of the page after `page` (the one "next" would load). */
export const followingQuery = (query: ListQuery, page: Page, caps: AdapterCapabilities): ListQuery => {
  const { cursor: _drop, ...rest } = query;
  return caps.paging === 'offset' || page.next === undefined
    ? { ...rest, page: query.page + 1 }
    : { ...rest, page: query.page + 1, cursor: page.next };
};

/** Whether a page has a following one (and the provider lets us reach it). */
export function hasNextPage(query: ListQuery, page: Page): boolean {
  if (page.limitReached) return false;
  if (page.next !== undefined) return true;
  return page.total !== undefined && (query.page + 1) * query.pageSize < page.total;
}

/** The detail of `invitation-query-change`. */
export const queryState = (filters: Filters, position: Position): InvitationQueryState => ({
  page: position.page,
  pageSize: filters.pageSize,
  sort: filters.sort,
  statuses: [...filters.statuses],
  search: filters.search,
  role: filters.role,
});

/** The same query in the shape of the list's attributes (`page` from 1), for a host to keep and set back. */
export function queryAttributes(
  filters: Filters,
  position: Position,
  caps: AdapterCapabilities,
): InvitationQueryAttributes {
  const cursor = placeCursor(position, caps);
  return {
    page: String(position.page + 1),
    'page-size': String(filters.pageSize),
    sort: formatSort(filters.sort),
    status: filters.statuses.join(','),
    search: filters.search,
    'role-filter': filters.role,
    ...(cursor ? { 'page-cursor': cursor } : {}),
  };
}

/** The cursor a later page was reached with, where the provider pages by cursor (else none: pages have numbers). */
export const placeCursor = ({ page, cursors }: Position, caps: AdapterCapabilities): string | undefined =>
  (caps.paging === 'cursor' && page > 0 && cursors[page]) || undefined;

/**
 * The position of the `page` (from 1) and `page-cursor` attributes. A cursor-paged provider reaches a later page only
 * with its cursor: without one the list starts on the first page. Anything but a whole number ≥ 1 is the first page.
 */
export function positionAt(page: number, cursor: string | undefined, caps: AdapterCapabilities): Position {
  const index = Number.isInteger(page) && page >= 1 ? page - 1 : 0;
  if (caps.paging !== 'cursor') return { page: index, cursors: [] };
  if (index === 0 || !cursor) return firstPosition();
  const cursors: (string | undefined)[] = [];
  cursors[index] = cursor;
  return { page: index, cursors };
}

/** Numbered pages to offer around `current` (0-based), with `null` for a gap: 0 … 4 5 6 … 19. */
export function pageWindow(current: number, count: number): (number | null)[] {
  if (count <= 7) return Array.from({ length: count }, (_, i) => i);
  const pages = new Set([0, count - 1, current - 1, current, current + 1].filter((p) => p >= 0 && p < count));
  if (current <= 3) [1, 2, 3, 4].forEach((p) => pages.add(p));
  if (current >= count - 4) [count - 5, count - 4, count - 3, count - 2].forEach((p) => pages.add(p));
  const sorted = [...pages].sort((a, b) => a - b);
  const out: (number | null)[] = [];
  sorted.forEach((p, i) => {
    if (i > 0 && p - sorted[i - 1] > 1) out.push(null);
    out.push(p);
  });
  return out;
}
