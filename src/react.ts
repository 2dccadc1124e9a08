// Generated from custom-elements.json by scripts/generate-frameworks.mjs — do not edit; `npm run build` rewrites it.
// React wrappers: `import { InvitationList } from "invitation-elements/react"`. Importing this module registers the tags in the browser.
import React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { InvitationList as InvitationListElement } from './invitation-list/define.js';
import { InviteForm as InviteFormElement } from './invite-form/define.js';
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

/**
 * `<invitation-list>` as a React component: Lists, pages, filters and revokes organization invitations.
 * Properties (`fetcher`, `adapter`, …) are set as properties; events are `on…` props.
 */
export const InvitationList = createComponent({
  react: React,
  tagName: 'invitation-list',
  elementClass: InvitationListElement,
  displayName: 'InvitationList',
  events: {
    /** Before an invitation is revoked (cancelable). `detail.invitation`. */
    onInvitationRevoke: 'invitation-revoke' as EventName<InvitationRevokeEvent>,
    /** After the server revoked an invitation. `detail.invitation`. */
    onInvitationRevoked: 'invitation-revoked' as EventName<InvitationRevokedEvent>,
    /** Before an invitation is sent again (cancelable), where the adapter can resend. */
    onInvitationResend: 'invitation-resend' as EventName<InvitationResendEvent>,
    /** After an invitation was sent again. `detail: { invitation, previous }`. */
    onInvitationResent: 'invitation-resent' as EventName<InvitationResentEvent>,
    /** A request failed. `detail: { error: InvitationError, action: 'list' | 'revoke' | 'resend', invitation? }`. After a 429 with `Retry-After` ≤ 60 s the list loads again by itself (at most 3 times, with a countdown); a revoke or resend is never retried. */
    onInvitationError: 'invitation-error' as EventName<InvitationErrorEvent>,
    /** The user changed page, page size, sort, status filter or search. `detail.query`. */
    onInvitationQueryChange: 'invitation-query-change' as EventName<InvitationQueryChangeEvent>,
    /** A page of invitations has rendered. `detail: { invitations, total? }`. */
    onInvitationsLoaded: 'invitations-loaded' as EventName<InvitationsLoadedEvent>,
  },
});

/** The props of {@link InvitationList}. */
export type InvitationListProps = React.ComponentProps<typeof InvitationList>;

/**
 * `<invite-form>` as a React component: Invite one or many people to an organization.
 * Properties (`fetcher`, `adapter`, …) are set as properties; events are `on…` props.
 */
export const InviteForm = createComponent({
  react: React,
  tagName: 'invite-form',
  elementClass: InviteFormElement,
  displayName: 'InviteForm',
  events: {
    /** Before anything is sent, with `detail.drafts` (one per address). Cancelable: `preventDefault()` sends nothing. */
    onInvitationCreate: 'invitation-create' as EventName<InvitationCreateEvent>,
    /** After a submission created invitations, with `detail.invitations` (one per created invitation) and `detail.endpoint`. */
    onInvitationCreated: 'invitation-created' as EventName<InvitationCreatedEvent>,
    /** Once per failed request, with `detail.error`, `detail.action` (`'create'`) and `detail.drafts` (the drafts it concerns). */
    onInvitationError: 'invitation-error' as EventName<InvitationErrorEvent>,
  },
});

/** The props of {@link InviteForm}. */
export type InviteFormProps = React.ComponentProps<typeof InviteForm>;
