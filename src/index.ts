// Public API: classes, types, the built-in adapters and the adapter kit. No side effects: nothing is registered here
// (see ./define.ts).
export * from './model.js';
export * from './events.js';
export {
  registerAdapter,
  unregisterAdapter,
  getAdapter,
  adapterNames,
  type Fetcher,
  type RequestContext,
  type InvitationAdapter,
  type AdapterCapabilities,
  type CreateCapabilities,
  type RoleOption,
} from './providers/adapter.js';
// The adapter kit's functions are in `invitation-elements/kit` (src/kit.ts): up front the elements need none of it.
export type {
  AdapterDefinition,
  AdapterKit,
  Route,
  RouteTable,
  Transport,
  WireRequest,
  WireResponse,
  ErrorDetails,
  QueryValues,
} from './providers/kit.js';
export { lazyAdapter, type AdapterProfile } from './providers/lazy.js';
export { BUILTIN_ADAPTERS, PROVIDER_NAMES, registerBuiltinAdapters, type ProviderName } from './providers/providers.js';
export { auth0Adapter, AUTH0_RECORD_LIMIT } from './providers/auth0.js';
export { clerkAdapter } from './providers/clerk.js';
export { upsunAdapter, UPSUN_PERMISSIONS } from './providers/upsun.js';
export { registerLocale, loadLocale } from './internal/localize.js';
export type { Messages, MessageKey } from './i18n/en.js';
export { InvitationsElement } from './internal/base-element.js';
export { InvitationList } from './invitation-list/invitation-list.js';
export { InviteForm, type RoleLoader } from './invite-form/invite-form.js';
