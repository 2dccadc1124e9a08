// Generated from custom-elements.json by scripts/generate-frameworks.mjs — do not edit; `npm run build` rewrites it.
// Svelte: `import type {} from "invitation-elements/svelte"` once (or "types": ["invitation-elements/svelte"]) types the tags.
import type { HTMLAttributes } from 'svelte/elements';
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

/** The attributes, properties and event handlers of `<invitation-list>` in a Svelte template. */
export interface InvitationListSvelteProps {
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
  /** Rows per page, within 1 and the adapter's `maxPageSize`; unset = the adapter's default. */
  'page-size'?: InvitationList['pageSize'] | string;
  /** Before an invitation is revoked (cancelable). `detail.invitation`. */
  'oninvitation-revoke'?: (event: InvitationRevokeEvent) => void;
  'on:invitation-revoke'?: (event: InvitationRevokeEvent) => void;
  /** After the server revoked an invitation. `detail.invitation`. */
  'oninvitation-revoked'?: (event: InvitationRevokedEvent) => void;
  'on:invitation-revoked'?: (event: InvitationRevokedEvent) => void;
  /** Before an invitation is sent again (cancelable), where the adapter can resend. */
  'oninvitation-resend'?: (event: InvitationResendEvent) => void;
  'on:invitation-resend'?: (event: InvitationResendEvent) => void;
  /** After an invitation was sent again. `detail: { invitation, previous }`. */
  'oninvitation-resent'?: (event: InvitationResentEvent) => void;
  'on:invitation-resent'?: (event: InvitationResentEvent) => void;
  /** A request failed. `detail: { error: InvitationError, action: 'list' | 'revoke' | 'resend', invitation? }`. After a 429 with `Retry-After` ≤ 60 s the list loads again by itself (at most 3 times, with a countdown); a revoke or resend is never retried. */
  'oninvitation-error'?: (event: InvitationErrorEvent) => void;
  'on:invitation-error'?: (event: InvitationErrorEvent) => void;
  /** The user changed page, page size, sort, status filter or search. `detail.query`. */
  'oninvitation-query-change'?: (event: InvitationQueryChangeEvent) => void;
  'on:invitation-query-change'?: (event: InvitationQueryChangeEvent) => void;
  /** A page of invitations has rendered. `detail: { invitations, total? }`. */
  'oninvitations-loaded'?: (event: InvitationsLoadedEvent) => void;
  'on:invitations-loaded'?: (event: InvitationsLoadedEvent) => void;
}

/** The attributes, properties and event handlers of `<invite-form>` in a Svelte template. */
export interface InviteFormSvelteProps {
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
  /** Auth0: the application (`client_id`) whose login route the invitation link opens. Required by Auth0. */
  'client-id'?: InviteForm['clientId'] | string;
  /** Auth0: the inviter's name shown in the email (`inviter.name`). Required by Auth0. */
  'inviter-name'?: InviteForm['inviterName'] | string;
  /** Auth0: the connection the invitee signs up with (`connection_id`). */
  'connection-id'?: InviteForm['connectionId'] | string;
  /** Clerk: where the invitee lands after accepting (`redirect_url`). */
  'redirect-url'?: InviteForm['redirectUrl'] | string;
  /** Clerk: the user id of the inviter (`inviter_user_id`). */
  'inviter-id'?: InviteForm['inviterId'] | string;
  /** Before anything is sent, with `detail.drafts` (one per address). Cancelable: `preventDefault()` sends nothing. */
  'oninvitation-create'?: (event: InvitationCreateEvent) => void;
  'on:invitation-create'?: (event: InvitationCreateEvent) => void;
  /** After a submission created invitations, with `detail.invitations` (one per created invitation) and `detail.endpoint`. */
  'oninvitation-created'?: (event: InvitationCreatedEvent) => void;
  'on:invitation-created'?: (event: InvitationCreatedEvent) => void;
  /** Once per failed request, with `detail.error`, `detail.action` (`'create'`) and `detail.drafts` (the drafts it concerns). */
  'oninvitation-error'?: (event: InvitationErrorEvent) => void;
  'on:invitation-error'?: (event: InvitationErrorEvent) => void;
}

declare module 'svelte/elements' {
  interface SvelteHTMLElements {
    'invitation-list': Omit<HTMLAttributes<InvitationList>, keyof InvitationListSvelteProps> &
      InvitationListSvelteProps;
    'invite-form': Omit<HTMLAttributes<InviteForm>, keyof InviteFormSvelteProps> & InviteFormSvelteProps;
  }
}
