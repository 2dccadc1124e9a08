/**
 * The Upsun (formerly Platform.sh) dialect (`/organizations/{organization_id}/invitations`): a bare-array list with
 * cursor paging (`page[after]`/`page[before]`, read from HAL `_links` or a `Link` header), `filter[state]`, `sort` on
 * `updated_at`, create → 201 (409 on a pending duplicate unless `force`), DELETE → 204; resend is create with `force`.
 *
 * This module is what the elements read up front (capabilities, label, the permissions); the wire code,
 * upsun.wire.ts, loads on the first request.
 */
import type { AdapterCapabilities, RoleOption } from './adapter.js';
import { lazyAdapter, type DialectProfile } from './lazy.js';
import { upsunId, upsunRoutes } from './routes.js';

/**
 * The organization permissions, in the order of the spec's enum (`project:create`, singular, as it has it), with the
 * labels of Upsun's documentation. The emulator serves the same set.
 */
export const UPSUN_PERMISSIONS: RoleOption[] = [
  { value: 'admin', label: 'Admin', description: 'Every permission, including managing users and billing' },
  { value: 'billing', label: 'Manage billing' },
  { value: 'plans', label: 'Manage plans' },
  { value: 'members', label: 'Manage users' },
  { value: 'project:create', label: 'Create projects' },
  { value: 'projects:list', label: 'List projects' },
];

const capabilities: AdapterCapabilities = {
  paging: 'cursor',
  totals: false,
  maxPageSize: 100,
  defaultPageSize: 20,
  sortFields: ['updated_at'],
  defaultSort: { field: 'updated_at', direction: 'desc' },
  statuses: ['pending', 'processing', 'accepted', 'revoked', 'failed'],
  serverStatuses: ['pending', 'processing', 'accepted', 'revoked', 'failed'],
  search: false,
  columns: { roles: true, inviter: true, expires: false, url: false },
  revoke: true,
  resend: true,
  bulkSize: 1,
  create: {
    // In a pure IIFE: `.length` is a property read, which bundlers would otherwise keep in a bundle without Upsun.
    roles: /* @__PURE__ */ (() => ({ min: 1, max: UPSUN_PERMISSIONS.length, options: UPSUN_PERMISSIONS }))(),
    sendEmail: false,
    force: true,
    fields: {},
  },
};

/** Name, label, capabilities, routes and role labels: what the wire code (upsun.wire.ts) and the elements share. */
export const upsunProfile: DialectProfile = {
  name: 'upsun',
  label: 'Upsun',
  capabilities,
  routes: upsunRoutes,
  id: upsunId,
  roleLabel: (role: string) => UPSUN_PERMISSIONS.find((p) => p.value === role)?.label ?? role,
};

/** The Upsun (formerly Platform.sh) dialect (`/organizations/{organization_id}/invitations`). */
export const upsunAdapter = /* @__PURE__ */ lazyAdapter(upsunProfile, async (profile) =>
  (await import('./upsun.wire.js')).default(profile),
);
