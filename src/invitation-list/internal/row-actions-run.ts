/**
 * What the row actions do once pressed — the confirmation of a revoke, the revoke, resend, copy the link, send (the
 * one request a bulk run repeats) — and the details of an invitation: loaded when a row action or the table is first used
 * (row-actions.ts holds their state and loads this). It imports values only from model.ts and events.ts, which
 * every page runs: a value from another module of the list would put that module in a chunk of its own. Not even
 * lit's `html`, which the caller hands over: a third chunk loaded on demand importing lit makes Rolldown split lit off
 * the single-file CDN bundle (rolldown/rolldown#10731).
 */
import {
  InvitationErrorEvent,
  InvitationResendEvent,
  InvitationResentEvent,
  InvitationRevokeEvent,
  InvitationRevokedEvent,
} from '../../events.js';
import { displayText, InvitationError, safeHttpsUrl, type Invitation } from '../../model.js';
import type { RowActionsController, SendOutcome } from './row-actions.js';
import type { TableView } from './rows.js';
import { adoptCss, css } from '../../internal/lazy-styles.js';

export { listActionMessages } from '../../i18n/en-list-actions.js';

const COPIED_FOR = 2000;

/** The styles of what this module renders: the revoke's confirmation and the details row (adopted by `style`). */
const styles = css`
  .confirm {
    display: flex;
    flex-wrap: nowrap;
    align-items: center;
    justify-content: flex-end;
    gap: 0.375rem;
  }
  [part~='action-confirm'] {
    background: var(--_c-danger);
    border-color: var(--_c-danger);
    color: var(--_c-surface);
  }
  [part~='action-confirm']:hover {
    background: var(--_c-danger) !important;
    filter: brightness(1.1);
  }
  .confirm span {
    font-size: 0.875em;
  }
  [part='details-row'] > td {
    background: var(--_c-surface-alt);
    white-space: normal;
  }
  [part='details'] {
    display: grid;
    grid-template-columns: max-content minmax(0, 1fr);
    gap: 0.25rem 1rem;
    margin: 0;
  }
  [part='details'] > div {
    display: contents;
  }
  [part='details'] dt {
    color: var(--_c-muted);
  }
  [part='details'] dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  /* Narrow containers (rows.styles.ts): rows are cards */
  @container (max-width: 40rem) {
    [part='details-row'] > td::before {
      content: none;
    }
    [part='details-row'] > td {
      display: block;
    }
    .confirm {
      justify-content: flex-start;
      flex-wrap: wrap;
      white-space: normal;
    }
  }
`;

/** Adds those styles to a list's shadow root (once): before its first confirmation or details are rendered. */
export const style = (root: ShadowRoot | null) => adoptCss(root, styles);

/**
 * Fires `invitation-revoke`; unless cancelled, hides the row at once, moves focus to the next row's first action (else
 * the previous row's, else the caption) and asks the server. A refusal brings the row back with a notice and fires
 * `invitation-error`. `visible`: the rows on screen, in order.
 */
export async function confirm(actions: RowActionsController, inv: Invitation, visible: readonly Invitation[]) {
  const { host, options } = actions;
  actions.confirming = undefined;
  const outcome = await send(actions, 'revoke', inv, () => {
    actions.notice = undefined;
    actions.removed.set(inv.id, 'pending');
    const i = visible.findIndex((v) => v.id === inv.id);
    const neighbour = visible[i + 1] ?? visible[i - 1];
    actions.focus = neighbour ? { id: neighbour.id } : { caption: true };
    host.requestUpdate();
  });
  if (!outcome) {
    actions.focus = { id: inv.id, action: 'revoke' };
  } else if (outcome.error) {
    actions.removed.delete(inv.id);
    actions.notice = options.localize.term('listRevokeFailed', inv.email, outcome.error.message);
  } else {
    actions.removed.set(inv.id, 'done');
    options.announce(options.localize.term('listRevoked', inv.email));
    options.changed();
  }
  host.requestUpdate();
}

/** Fires `invitation-resend`; unless cancelled, asks the server to send it again. */
export async function resend(actions: RowActionsController, inv: Invitation) {
  if (actions.resending.has(inv.id)) return;
  const { host, options } = actions;
  const { localize, announce } = options;
  const outcome = await send(actions, 'resend', inv, () => {
    actions.notice = undefined;
    actions.resending.add(inv.id);
    announce(localize.term('listResending', inv.email));
    host.requestUpdate();
  });
  if (!outcome) return;
  actions.resending.delete(inv.id);
  const { error, invitation } = outcome;
  if (error) {
    actions.notice = localize.term('listResendFailed', inv.email, error.message);
    if (error.code === 'resend_partial') {
      // Sent again, but the old invitation is still there (Auth0 creates, then deletes): say so and show both.
      actions.notice = `${localize.term('listResent', inv.email)} ${error.message}`;
      options.changed();
    }
  } else {
    announce(localize.term('listResent', inv.email));
    // The row may be replaced by the new invitation: keep focus on its resend button.
    actions.focus = { id: invitation!.id, action: 'resend', whenLost: true };
    options.changed();
  }
  host.requestUpdate();
}

/**
 * One revoke or resend with its events, as a row action and each step of a bulk run send it: fires
 * `invitation-revoke` / `invitation-resend` (cancelled, or no adapter that can: `undefined`, nothing sent), calls
 * `started`, asks the server through `attempt` (the bulk run waits out a 429 there), then fires `invitation-revoked` /
 * `invitation-resent` or `invitation-error`.
 */
export async function send(
  actions: RowActionsController,
  action: 'revoke' | 'resend',
  inv: Invitation,
  started: () => void = () => undefined,
  attempt: <T>(call: () => Promise<T>) => Promise<T> = (call) => call(),
): Promise<SendOutcome | undefined> {
  const { host, options } = actions;
  const adapter = options.adapter();
  const again = action === 'resend';
  if (!adapter || (again && !adapter.resend)) return undefined;
  if (!host.dispatchEvent(again ? new InvitationResendEvent(inv) : new InvitationRevokeEvent(inv))) return;
  started();
  try {
    if (again) {
      const fresh = await attempt(() => adapter.resend!(inv, options.context()));
      host.dispatchEvent(new InvitationResentEvent(fresh, inv));
      return { invitation: fresh };
    }
    const updated = (await attempt(() => adapter.revoke(inv, options.context()))) ?? inv;
    host.dispatchEvent(new InvitationRevokedEvent(updated));
    return { invitation: updated };
  } catch (cause) {
    const error = InvitationError.from(cause);
    host.dispatchEvent(new InvitationErrorEvent(error, action, { invitation: inv }));
    return { error };
  }
}

/** Copies the https invitation link and shows "Copied" on the button for a moment. */
export async function copy(actions: RowActionsController, inv: Invitation) {
  const { host, options } = actions;
  const url = safeHttpsUrl(inv.url);
  if (!url) return;
  try {
    await navigator.clipboard.writeText(url);
    actions.copied = inv.id;
    options.announce(options.localize.term('listCopiedLabel', inv.email));
    clearTimeout(actions.copyTimer);
    actions.copyTimer = setTimeout(() => {
      actions.copied = undefined;
      host.requestUpdate();
    }, COPIED_FOR);
  } catch {
    actions.notice = options.localize.term('listCopyFailed');
  }
  host.requestUpdate();
}

/** "Really revoke?" in a row, in place of its actions: Revoke, Cancel; Escape cancels. `html`: lit's. */
export function renderConfirm(view: TableView, inv: Invitation, html: typeof import('lit').html) {
  const { actions, localize } = view;
  const { email } = inv; // term() strips bidi controls from its arguments
  const onKeydown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape') return;
    e.preventDefault();
    actions.cancel(inv);
  };
  return html`<div
    class="confirm"
    part="confirm"
    role="group"
    aria-label=${localize.term('listConfirmRevoke', email)}
    @keydown=${onKeydown}
  >
    <span aria-hidden="true">${localize.term('listConfirmShort')}</span>
    <button
      type="button"
      part="action action-confirm"
      data-action="confirm"
      aria-label=${localize.term('listConfirmLabel', email)}
      @click=${() => actions.confirm(inv, view.visible)}
    >
      ${localize.term('listConfirm')}
    </button>
    <button type="button" part="action action-cancel" data-action="cancel" @click=${() => actions.cancel(inv)}>
      ${localize.term('listCancel')}
    </button>
  </div>`;
}

/**
 * Everything about one invitation, in a row under it: every field of the model in full (dates with the time, roles
 * with their values, the inviter's id, the invitation's id and link). Escape in it, or on its Details button, closes
 * it; focus goes back to the button. `text`: how the table names a status and a role; `html`: lit's.
 */
export function renderDetails(
  view: TableView,
  inv: Invitation,
  span: number,
  text: { status: (inv: Invitation) => string; role: (role: string) => string },
  html: typeof import('lit').html,
) {
  const { localize } = view;
  const none = localize.term('listNoValue');
  const date = (d?: Date) => (d ? html`<time datetime=${d.toISOString()}>${localize.date(d)}</time>` : none);
  const roles = inv.roles.map((r) => {
    const label = text.role(r);
    return label === displayText(r) ? label : `${label} (${displayText(r)})`;
  });
  const inviter = [inv.inviter?.name, inv.inviter?.id].filter(Boolean).map((v) => displayText(v!));
  const link = safeHttpsUrl(inv.url);
  const field = (label: string, value: unknown) =>
    html`<div>
      <dt>${label}</dt>
      <dd>${value}</dd>
    </div>`;
  const t = localize.term.bind(localize);
  const onKeydown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape') return;
    e.preventDefault();
    view.actions.toggleDetails(inv, true);
  };
  return html`<tr part="details-row" @keydown=${onKeydown}>
    <td colspan=${span}>
      <div id=${view.actions.detailsId} role="group" aria-label=${localize.term('listDetailsLabel', inv.email)}>
        <dl part="details">
          ${field(t('listColumnEmail'), displayText(inv.email))} ${field(t('listColumnStatus'), text.status(inv))}
          ${field(t('listColumnRoles'), roles.length ? roles.join(', ') : none)}
          ${field(t('listColumnInviter'), inviter.length ? inviter.join(' · ') : none)}
          ${field(t('listColumnCreated'), date(inv.createdAt))} ${field(t('listFieldUpdated'), date(inv.updatedAt))}
          ${field(t('listColumnExpires'), date(inv.expiresAt))} ${field(t('listFieldId'), displayText(inv.id))}
          ${field(t('listFieldLink'), link ? html`<span part="details-link">${link}</span>` : none)}
        </dl>
      </div>
    </td>
  </tr>`;
}
