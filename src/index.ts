// Public API: classes, types and adapters. No side effects: nothing is registered here (see ./define.ts).
export * from './model.js';
export * from './events.js';
export {
  registerAdapter,
  getAdapter,
  adapterNames,
  type Fetcher,
  type RequestContext,
  type InvitationAdapter,
  type AdapterCapabilities,
  type CreateCapabilities,
  type RoleOption,
} from './providers/adapter.js';
export { auth0Adapter, AUTH0_RECORD_LIMIT } from './providers/auth0.js';
export { clerkAdapter } from './providers/clerk.js';
export { upsunAdapter, UPSUN_PERMISSIONS } from './providers/upsun.js';
export { registerLocale, loadLocale } from './controllers/localize.js';
export type { Messages, MessageKey } from './i18n/en.js';
export { InvitationsElement } from './elements/base.js';
export { InvitationList } from './elements/invitation-list/invitation-list.js';
export { InviteForm, type RoleLoader } from './elements/invite-form/invite-form.js';
