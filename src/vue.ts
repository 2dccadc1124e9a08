// Generated from custom-elements.json by scripts/generate-frameworks.mjs — do not edit; `npm run build` rewrites it.
// Vue: `import type {} from "invitation-elements/vue"` once (or "types": ["invitation-elements/vue"]) types the tags in templates.
import type { DefineComponent } from 'vue';
import type { InvitationList } from './invitation-list.js';
import type { InviteForm } from './invite-form.js';
import type {
  InvitationCreateEvent,
  InvitationCreatedEvent,
  InvitationErrorEvent,
  InvitationQueryChangeEvent,
  InvitationResendEvent,
  InvitationResentEvent,
  InvitationRevokeEvent,
  InvitationRevokedEvent,
  InvitationsLoadedEvent,
} from './events.js';

/** The tags this package defines. */
export const tagNames: readonly string[] = ['invitation-list', 'invite-form'];

/** For `compilerOptions.isCustomElement` of @vitejs/plugin-vue or Nuxt: true for this package's tags. */
export const isCustomElement = (tag: string): boolean => tagNames.includes(tag);

/** The props of `<invitation-list>` in a Vue template; bind objects and functions with `.prop`. */
export interface InvitationListVueProps {
  /** Rows per page, within 1 and the adapter's `maxPageSize`; unset = the adapter's default. */
  pageSize?: InvitationList['pageSize'];
  /** Labels for role values, `{ value, label }[]` — e.g. Auth0 role ids (`rol_…`) to their names; the same options an `<invite-form>` takes. Without it, the adapter's labels (Clerk `role_name`, Upsun permissions) or the raw values. */
  roles?: InvitationList['roles'];
  /** `<field>:asc|desc`, e.g. `created_at:desc`, on one of the adapter's sort fields; unset = its default. */
  sort?: InvitationList['sort'];
  /** Comma-separated normalized statuses to show, e.g. `pending,expired`; empty = all. */
  status?: InvitationList['status'];
  /** Email search text (only where the adapter can search). */
  search?: InvitationList['search'];
  /** URL of the invitations collection (what GET lists and POST creates); item URLs derive from it. */
  endpoint?: InvitationList['endpoint'];
  /** Built-in wire dialect: `auth0`, `clerk` or `upsun` (any name given to `registerAdapter`). */
  provider?: InvitationList['provider'];
  /** A custom adapter object; wins over `provider`. */
  adapter?: InvitationList['adapter'];
  /** Sends every request; exactly `fetch`'s signature. Plug in auth headers, cookies, CSRF, a proxy or the emulator. Defaults to `globalThis.fetch`. */
  fetcher?: InvitationList['fetcher'];
  /** Milliseconds after which a request is given up with a timeout error (at most 2147483647, about 24 days). 0, a negative number or Infinity disables the timeout. */
  timeout?: InvitationList['timeout'];
  /** Message overrides, by key of the English catalogue. */
  messages?: InvitationList['messages'];
  /** Before an invitation is revoked (cancelable). `detail.invitation`. */
  onInvitationRevoke?: (event: InvitationRevokeEvent) => void;
  /** After the server revoked an invitation. `detail.invitation`. */
  onInvitationRevoked?: (event: InvitationRevokedEvent) => void;
  /** Before an invitation is sent again (cancelable), where the adapter can resend. */
  onInvitationResend?: (event: InvitationResendEvent) => void;
  /** After an invitation was sent again. `detail: { invitation, previous }`. */
  onInvitationResent?: (event: InvitationResentEvent) => void;
  /** A request failed. `detail: { error: InvitationError, action: 'list' | 'revoke' | 'resend', invitation? }`. After a 429 with `Retry-After` ≤ 60 s the list loads again by itself (at most 3 times, with a countdown); a revoke or resend is never retried. */
  onInvitationError?: (event: InvitationErrorEvent) => void;
  /** The user changed page, page size, sort, status filter or search. `detail.query`. */
  onInvitationQueryChange?: (event: InvitationQueryChangeEvent) => void;
  /** A page of invitations has rendered. `detail: { invitations, total? }`. */
  onInvitationsLoaded?: (event: InvitationsLoadedEvent) => void;
}

/** The props of `<invite-form>` in a Vue template; bind objects and functions with `.prop`. */
export interface InviteFormVueProps {
  /** Auth0: the application (`client_id`) whose login route the invitation link opens. Required by Auth0. */
  clientId?: InviteForm['clientId'];
  /** Auth0: the inviter's name shown in the email (`inviter.name`). Required by Auth0. */
  inviterName?: InviteForm['inviterName'];
  /** Auth0: the connection the invitee signs up with (`connection_id`). */
  connectionId?: InviteForm['connectionId'];
  /** Clerk: where the invitee lands after accepting (`redirect_url`). */
  redirectUrl?: InviteForm['redirectUrl'];
  /** Clerk: the user id of the inviter (`inviter_user_id`). */
  inviterId?: InviteForm['inviterId'];
  /** The roles to choose from: `{ value, label, description? }[]`, or a function `(signal) => Promise<…>` that loads them. Defaults to the provider's fixed set (`capabilities.create.roles.options`, e.g. Upsun permissions). */
  roles?: InviteForm['roles'];
  /** The id of an `<invitation-list>` in the same document or shadow root: its `refresh()` runs after creating. */
  list?: InviteForm['list'];
  /** Minimum milliseconds between two create requests (one address each, or one Clerk bulk of up to 10). */
  pace?: InviteForm['pace'];
  /** URL of the invitations collection (what GET lists and POST creates); item URLs derive from it. */
  endpoint?: InviteForm['endpoint'];
  /** Built-in wire dialect: `auth0`, `clerk` or `upsun` (any name given to `registerAdapter`). */
  provider?: InviteForm['provider'];
  /** A custom adapter object; wins over `provider`. */
  adapter?: InviteForm['adapter'];
  /** Sends every request; exactly `fetch`'s signature. Plug in auth headers, cookies, CSRF, a proxy or the emulator. Defaults to `globalThis.fetch`. */
  fetcher?: InviteForm['fetcher'];
  /** Milliseconds after which a request is given up with a timeout error (at most 2147483647, about 24 days). 0, a negative number or Infinity disables the timeout. */
  timeout?: InviteForm['timeout'];
  /** Message overrides, by key of the English catalogue. */
  messages?: InviteForm['messages'];
  /** Before anything is sent, with `detail.drafts` (one per address). Cancelable: `preventDefault()` sends nothing. */
  onInvitationCreate?: (event: InvitationCreateEvent) => void;
  /** After a submission created invitations, with `detail.invitations` (one per created invitation) and `detail.endpoint`. */
  onInvitationCreated?: (event: InvitationCreatedEvent) => void;
  /** Once per failed request, with `detail.error`, `detail.action` (`'create'`) and `detail.drafts` (the drafts it concerns). */
  onInvitationError?: (event: InvitationErrorEvent) => void;
}

declare module 'vue' {
  interface GlobalComponents {
    'invitation-list': DefineComponent<InvitationListVueProps>;
    'invite-form': DefineComponent<InviteFormVueProps>;
  }
}
