/**
 * What each built-in dialect sends, and nothing else: its routes below the organization's invitations collection
 * and the grammar of its invitation ids. The adapters (auth0.ts, clerk.ts, upsun.ts) build their requests from
 * these, and the server half (src/server/) forwards only these — which is why they live apart from the adapters:
 * the server imports this table without the adapters' response schemas (zod).
 */
import type { ProviderName } from './providers.js';
import type { RouteTable } from './kit.js';

/** A dialect's wire surface: its routes, and the id grammar every `:id` must match. */
export interface DialectRoutes {
  readonly routes: RouteTable;
  readonly id: RegExp;
}

// Flat constants, not one object per dialect: the adapters read them without a property access the minifier
// would have to keep in every bundle.
export const auth0Routes = {
  list: { method: 'GET', path: '', query: ['page', 'per_page', 'include_totals', 'sort'] },
  create: { method: 'POST', path: '', body: 'object' },
  revoke: { method: 'DELETE', path: ':id' },
} as const satisfies RouteTable;
export const auth0Id = /^uinv_[A-Za-z0-9]{1,64}$/;
/** Auth0 lists at most this many records of a collection, whatever the paging. */
export const AUTH0_RECORD_LIMIT = 1000;

export const clerkRoutes = {
  list: { method: 'GET', path: '', query: ['limit', 'offset', 'status', 'email_address', 'order_by'] },
  create: { method: 'POST', path: '', body: 'object' },
  // the Backend API takes up to 10 invitations per bulk request
  bulkCreate: { method: 'POST', path: 'bulk', body: 'array', maxItems: 10 },
  revoke: { method: 'POST', path: ':id/revoke', body: 'object' },
} as const satisfies RouteTable;
export const clerkId = /^orginv_[A-Za-z0-9]{1,64}$/;

export const upsunRoutes = {
  list: {
    method: 'GET',
    path: '',
    query: ['page[size]', 'sort', 'filter[state][eq]', 'filter[state][in]', 'page[after]', 'page[before]'],
  },
  create: { method: 'POST', path: '', body: 'object' },
  revoke: { method: 'DELETE', path: ':id' },
} as const satisfies RouteTable;
export const upsunId = /^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$/;

/** Every built-in dialect's routes and id grammar, by the provider table's names. */
export const PROVIDER_ROUTES = {
  auth0: { routes: auth0Routes, id: auth0Id },
  clerk: { routes: clerkRoutes, id: clerkId },
  upsun: { routes: upsunRoutes, id: upsunId },
} as const satisfies Record<ProviderName, DialectRoutes>;
