/**
 * The Clerk Backend API dialect (`/v1/organizations/{organization_id}/invitations`): limit/offset paging with
 * `total_count`, repeated `status` filter, `email_address` filter, `order_by`, single and bulk create (≤ 10),
 * revoke with POST `…/{id}/revoke` (200, the invitation becomes `revoked`); no resend.
 *
 * This module is what the elements read up front (capabilities, label, role labels); the wire code, clerk.wire.ts,
 * loads on the first request.
 */
import type { AdapterCapabilities } from './adapter.js';
import { lazyAdapter, type DialectProfile } from './lazy.js';
import { clerkId, clerkRoutes } from './routes.js';

const capabilities: AdapterCapabilities = {
  paging: 'offset',
  totals: true,
  maxPageSize: 500,
  defaultPageSize: 20,
  sortFields: ['created_at', 'email'],
  defaultSort: { field: 'created_at', direction: 'desc' },
  statuses: ['pending', 'accepted', 'revoked', 'expired'],
  serverStatuses: ['pending', 'accepted', 'revoked', 'expired'],
  search: 'server',
  columns: { roles: true, inviter: true, expires: true, url: true },
  revoke: true,
  resend: false,
  bulkSize: 10,
  create: {
    roles: { min: 1, max: 1, default: 'org:member' },
    // 1 day to 365 days, default 30, in seconds. Plain numbers, not `365 * DAY`: bundlers drop a literal they can
    // prove pure, so a bundle without this adapter does not keep its capabilities.
    expiry: { min: 86400, max: 31536000, step: 86400, default: 2592000 },
    sendEmail: true,
    force: false,
    fields: { redirectUrl: { required: false }, inviterId: { required: false } },
  },
};

/** Name, label, capabilities, routes and role labels: what the wire code (clerk.wire.ts) and the elements share. */
export const clerkProfile: DialectProfile = {
  name: 'clerk',
  label: 'Clerk',
  capabilities,
  routes: clerkRoutes,
  id: clerkId,
  /** The organization's own name of the role (`role_name`), as the invitation carries it. */
  roleLabel(role: string, invitation?: { raw: unknown }) {
    const raw = invitation?.raw as { role?: unknown; role_name?: unknown } | undefined;
    return raw?.role === role && typeof raw.role_name === 'string' && raw.role_name ? raw.role_name : role;
  },
};

/** The Clerk Backend API dialect (`/v1/organizations/{organization_id}/invitations`). */
export const clerkAdapter = /* @__PURE__ */ lazyAdapter(clerkProfile, async (profile) =>
  (await import('./clerk.wire.js')).default(profile),
);
