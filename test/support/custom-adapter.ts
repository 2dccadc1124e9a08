/**
 * A tiny host-written adapter for a made-up backend, using only the public API — the proof that any backend plugs
 * in. Wire: GET ?skip&take&order&state&q → {rows, count}; POST {address, role} → 201 row; DELETE /{key} → 204;
 * errors {problem: {code, text}}.
 */
import {
  InvitationError,
  INVITATION_STATUSES,
  toDate,
  type Invitation,
  type InvitationStatus,
} from '../../src/index.js';
import type { InvitationAdapter, RequestContext } from '../../src/index.js';

interface Row {
  key: string;
  address: string;
  state: InvitationStatus;
  role: string;
  sent: string;
}

function isRow(x: unknown): x is Row {
  const r = x as Row;
  return (
    !!r &&
    typeof r.key === 'string' &&
    typeof r.address === 'string' &&
    (INVITATION_STATUSES as readonly string[]).includes(r.state) &&
    typeof r.role === 'string'
  );
}

const toInvitation = (row: Row): Invitation => ({
  id: row.key,
  email: row.address,
  status: row.state,
  roles: [row.role],
  createdAt: toDate(row.sent),
  raw: row,
});

async function request(ctx: RequestContext, method: string, url: string, body?: unknown): Promise<unknown> {
  let response: Response;
  try {
    response = await ctx.fetcher(url, {
      method,
      signal: ctx.signal,
      headers: body ? { 'content-type': 'application/json' } : undefined,
      body: body ? JSON.stringify(body) : undefined,
    });
  } catch (cause) {
    if (ctx.signal?.aborted) throw new InvitationError('Cancelled.', { kind: 'abort', cause });
    throw new InvitationError('The backend cannot be reached.', { kind: 'network', cause });
  }
  const text = await response.text();
  let json: unknown;
  let jsonOk = true;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    jsonOk = false;
  }
  if (!response.ok) {
    const problem = (json as { problem?: { code?: string; text?: string } } | undefined)?.problem;
    const retry = response.headers.get('retry-after');
    throw new InvitationError(problem?.text ?? `Backend error ${response.status}`, {
      kind: 'http',
      status: response.status,
      code: problem?.code,
      retryAfter: retry && /^\d+$/.test(retry) ? Number(retry) : undefined,
    });
  }
  if (!jsonOk) {
    const html = text.trim().startsWith('<');
    throw new InvitationError(html ? 'The backend sent an HTML page.' : 'The backend did not answer JSON.', {
      kind: 'invalid-response',
      status: response.status,
      code: 'invalid_json',
    });
  }
  return json;
}

function invalid(): never {
  throw new InvitationError('The backend answered something unexpected.', { kind: 'invalid-response' });
}

export const customAdapter: InvitationAdapter = {
  name: 'custom',
  capabilities: {
    paging: 'offset',
    totals: true,
    maxPageSize: 50,
    defaultPageSize: 10,
    sortFields: ['created_at', 'email'],
    defaultSort: { field: 'created_at', direction: 'desc' },
    statuses: ['pending', 'accepted', 'revoked', 'expired'],
    serverStatuses: ['pending', 'accepted', 'revoked', 'expired'],
    search: 'server',
    columns: { roles: true, inviter: false, expires: false, url: false },
    revoke: true,
    resend: false,
    bulkSize: 1,
    create: { roles: { min: 1, max: 1 }, sendEmail: false, force: false, fields: {} },
  },
  async list(query, ctx) {
    const url = new URL(ctx.endpoint);
    const take = Math.min(query.pageSize, 50);
    url.searchParams.set('skip', String(query.page * take));
    url.searchParams.set('take', String(take));
    const sort = query.sort ?? { field: 'created_at', direction: 'desc' };
    url.searchParams.set('order', `${sort.direction === 'asc' ? '' : '-'}${sort.field}`);
    if (query.statuses.length) url.searchParams.set('state', query.statuses.join(','));
    if (query.search) url.searchParams.set('q', query.search);
    const body = (await request(ctx, 'GET', url.href)) as { rows?: unknown; count?: unknown };
    if (!Array.isArray(body?.rows) || typeof body.count !== 'number' || !body.rows.every(isRow)) invalid();
    const rows = body.rows as Row[];
    const end = query.page * take + rows.length;
    return {
      items: rows.map(toInvitation),
      total: body.count,
      next: end < body.count ? String(query.page + 1) : undefined,
      previous: query.page > 0 ? String(query.page - 1) : undefined,
    };
  },
  async create(drafts, ctx) {
    const row = await request(ctx, 'POST', ctx.endpoint, { address: drafts[0].email, role: drafts[0].roles[0] });
    if (!isRow(row)) invalid();
    return [toInvitation(row)];
  },
  async revoke(invitation, ctx) {
    await request(ctx, 'DELETE', `${ctx.endpoint}/${encodeURIComponent(invitation.id)}`);
    return undefined;
  },
};
