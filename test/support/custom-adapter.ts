/**
 * A host-written adapter for a made-up backend, made with the public adapter kit only: the proof that any backend
 * plugs in and gets the built-in adapters' hardening (abort, timeout, error bodies, Retry-After, HTML and non-JSON
 * answers, ids that cannot address anything but an invitation). README "Your own backend" shows this file.
 *
 * Wire: GET ?skip&take&order&state&q → {rows, count}; POST {address, role} → 201 row; DELETE /{key} → 204;
 * errors {problem: {code, text}}.
 */
import {
  InvitationError,
  INVITATION_STATUSES,
  toDate,
  type Invitation,
  type InvitationStatus,
} from '../../src/index.js';
import { buildRequest, defineAdapter, type WireResponse } from '../../src/kit.js';

interface Row {
  key: string;
  address: string;
  state: InvitationStatus;
  role: string;
  sent: string;
}

const isRow = (x: unknown): x is Row => {
  const r = x as Row;
  return (
    !!r &&
    typeof r.key === 'string' &&
    typeof r.address === 'string' &&
    (INVITATION_STATUSES as readonly string[]).includes(r.state) &&
    typeof r.role === 'string'
  );
};

const toInvitation = (row: Row): Invitation => ({
  id: row.key,
  email: row.address,
  status: row.state,
  roles: [row.role],
  createdAt: toDate(row.sent),
  raw: row,
});

/** Any answer but the documented one is refused (the kit turns this into an `invalid-response` error). */
function invalid(): never {
  throw new InvitationError('The backend answered something unexpected.', { kind: 'invalid-response' });
}

function parseRow({ body }: WireResponse): Invitation {
  return isRow(body) ? toInvitation(body) : invalid();
}

const routes = {
  list: { method: 'GET', path: '', query: ['skip', 'take', 'order', 'state', 'q'] },
  create: { method: 'POST', path: '', body: 'object' },
  revoke: { method: 'DELETE', path: ':id' },
} as const;

export const customAdapter = defineAdapter({
  name: 'custom',
  label: 'The backend',
  routes,
  id: /^inv-\d+$/,
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
  parseError(_status, body) {
    const problem = (body as { problem?: { code?: string; text?: string } } | undefined)?.problem;
    return { message: problem?.text, code: problem?.code };
  },
  async list(query, http) {
    const take = Math.min(query.pageSize, 50);
    const sort = query.sort ?? { field: 'created_at', direction: 'desc' };
    const request = buildRequest(routes.list, http.endpoint, {
      query: {
        skip: query.page * take,
        take,
        order: `${sort.direction === 'asc' ? '' : '-'}${sort.field}`,
        state: query.statuses.length ? query.statuses.join(',') : undefined,
        q: query.search || undefined,
      },
    });
    const { rows, count } = await http.read(request, ({ body }) => {
      const { rows, count } = (body ?? {}) as { rows?: unknown; count?: unknown };
      return Array.isArray(rows) && rows.every(isRow) && typeof count === 'number' ? { rows, count } : invalid();
    });
    const end = query.page * take + rows.length;
    return {
      items: rows.map(toInvitation),
      total: count,
      next: end < count ? String(query.page + 1) : undefined,
      previous: query.page > 0 ? String(query.page - 1) : undefined,
    };
  },
  async create([draft], http) {
    const body = { address: draft.email, role: draft.roles[0] };
    return [await http.read(buildRequest(routes.create, http.endpoint, { body }), parseRow)];
  },
  async revoke(invitation, http) {
    await http.send(buildRequest(routes.revoke, http.endpoint, { id: invitation.id }));
    return undefined;
  },
});
