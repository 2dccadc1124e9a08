/**
 * The Auth0 Management API v2 dialect (`/api/v2/organizations/{id}/invitations`): page/per_page paging without totals
 * and at most 1,000 records, `created_at` sort, no status field (pending until it expires) and no server-side
 * filter, create → 200, DELETE → 204; no resend endpoint (create again, then delete).
 *
 * This module is what the elements read up front (capabilities, label); the wire code, auth0.wire.ts, loads on the
 * first request.
 */
import type { AdapterCapabilities } from './adapter.js';
import { lazyAdapter, type DialectProfile } from './lazy.js';
import { auth0Id, auth0Routes } from './routes.js';

export { AUTH0_RECORD_LIMIT } from './routes.js';
const capabilities: AdapterCapabilities = {
  paging: 'page',
  totals: false,
  maxPageSize: 100,
  defaultPageSize: 20,
  sortFields: ['created_at'],
  defaultSort: { field: 'created_at', direction: 'desc' },
  statuses: ['pending', 'expired'],
  serverStatuses: [],
  search: 'client',
  columns: { roles: true, inviter: true, expires: true, url: true },
  revoke: true,
  resend: true,
  bulkSize: 1,
  create: {
    roles: { min: 0, max: 50 },
    // 1 minute to 30 days, default 7 days, in seconds. Plain numbers, not `30 * DAY`: bundlers drop a literal they
    // can prove pure, so a bundle without this adapter does not keep its capabilities.
    expiry: { min: 60, max: 2592000, step: 1, default: 604800 },
    sendEmail: true,
    force: false,
    fields: { inviterName: { required: true }, clientId: { required: true }, connectionId: { required: false } },
  },
};

/** Name, label, capabilities and routes: what the wire code (auth0.wire.ts) and the elements share. */
export const auth0Profile: DialectProfile = {
  name: 'auth0',
  label: 'Auth0',
  capabilities,
  routes: auth0Routes,
  id: auth0Id,
};

/** The Auth0 Management API v2 dialect (`/api/v2/organizations/{id}/invitations`). */
export const auth0Adapter = /* @__PURE__ */ lazyAdapter(auth0Profile, async (profile) =>
  (await import('./auth0.wire.js')).default(profile),
);
