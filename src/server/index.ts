// `invitation-elements/server`: the hardened handler between the elements and Auth0, Clerk or Upsun. Web standards
// only (Request, Response, fetch, Web Crypto) — no Node built-in — and no side effects.
export {
  createInvitationsHandler,
  type AuditEvent,
  type AuthorizeContext,
  type CustomServerProvider,
  type InvitationAction,
  type InvitationsHandlerOptions,
} from './handler.js';
export {
  SERVER_DIALECTS,
  type Auth0Credentials,
  type ClerkCredentials,
  type CreatePolicy,
  type DraftSummary,
  type ProviderCredentials,
  type ServerDialect,
  type UpsunCredentials,
  type Upstream,
} from './dialects.js';
export type { StoredToken, TokenStore } from './tokens.js';
export { toNodeListener, type NodeListenerOptions } from './node.js';
