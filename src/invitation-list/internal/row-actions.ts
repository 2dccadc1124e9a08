import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  InvitationErrorEvent,
  InvitationResendEvent,
  InvitationResentEvent,
  InvitationRevokeEvent,
  InvitationRevokedEvent,
} from '../../events.js';
import { InvitationError, safeHttpsUrl, type Invitation } from '../../model.js';
import type { InvitationAdapter, RequestContext } from '../../providers/adapter.js';
import type { LocalizeController } from '../../internal/localize.js';

export type RowAction = 'revoke' | 'confirm' | 'resend' | 'copy' | 'details';

/** Where focus should go once the next render is done. `whenLost`: only if focus left the element meanwhile. */
export type FocusRequest = { id: string; action?: RowAction; whenLost?: boolean } | { caption: true };

/** What became of one revoke or resend: the invitation that now stands for it, or the error. */
export type SendOutcome =
  { invitation: Invitation; error?: undefined } | { invitation?: undefined; error: InvitationError };

export interface RowActionsOptions {
  adapter: () => InvitationAdapter | undefined;
  context: () => RequestContext;
  localize: LocalizeController;
  /** Says something through the host's polite live region. */
  announce: (text: string) => void;
  /** Called after the server changed the collection (the host reloads). */
  changed: () => void;
}

/** Only pending invitations can be revoked (Clerk and Upsun refuse the others; Auth0 has no other to show). */
const REVOCABLE = new Set(['pending']);
/** Statuses worth sending again. */
const RESENDABLE = new Set(['pending', 'expired', 'failed']);
const COPIED_FOR = 2000;

/**
 * Row actions of the list: revoke with an inline confirmation and optimistic removal (rolled back when the server
 * refuses), resend, and copy of the https invitation link. Owns their transient state and fires their events.
 */
export class RowActionsController implements ReactiveController {
  /** The row whose revoke confirmation is open. */
  confirming?: string;
  /** The last action failure, shown until dismissed or replaced. */
  notice?: string;
  /** Where focus goes after the next render. */
  focus?: FocusRequest;
  /** The row whose link was just copied. */
  copied?: string;
  /** The row whose details are open (one at a time). */
  details?: string;

  readonly #removed = new Map<string, 'pending' | 'done'>();
  readonly #resending = new Set<string>();
  #copyTimer?: ReturnType<typeof setTimeout>;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: RowActionsOptions,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.#copyTimer);
    this.copied = undefined;
  }

  canRevoke(inv: Invitation): boolean {
    return !!this.options.adapter()?.capabilities.revoke && REVOCABLE.has(inv.status);
  }

  canResend(inv: Invitation): boolean {
    const adapter = this.options.adapter();
    return !!(adapter?.capabilities.resend && adapter.resend) && RESENDABLE.has(inv.status);
  }

  canCopy(inv: Invitation): boolean {
    return inv.status === 'pending' && !!safeHttpsUrl(inv.url);
  }

  /** Hidden rows: revoked optimistically, until a reload no longer lists them. */
  isRemoved(id: string): boolean {
    return this.#removed.has(id);
  }

  isResending(id: string): boolean {
    return this.#resending.has(id);
  }

  /** A fresh page arrived: revokes the server confirmed are reflected in it now. */
  loaded(items: readonly Invitation[]): void {
    for (const [id, state] of this.#removed) if (state === 'done') this.#removed.delete(id);
    if (this.confirming && !items.some((i) => i.id === this.confirming)) this.confirming = undefined;
  }

  /**
   * Moves focus as requested, once the target is rendered (`loading`: it may still come with the page on its way).
   * A `whenLost` request waits for the reload, then only takes focus back if it fell out of the host.
   */
  applyFocus(root: ShadowRoot, loading: boolean): void {
    const request = this.focus;
    if (!request) return;
    let target: HTMLElement | null;
    if ('caption' in request) {
      target = root.querySelector('caption');
    } else {
      if (request.whenLost) {
        if (loading) return;
        const active = document.activeElement;
        if (root.activeElement || (active && active !== document.body && active !== this.host)) {
          this.focus = undefined;
          return;
        }
      }
      const row = root.querySelector(`tr[data-id="${CSS.escape(request.id)}"]`);
      const selector = request.action ? `[data-action="${request.action}"]` : '[data-action]';
      target = row?.querySelector<HTMLElement>(selector) ?? null;
    }
    target?.focus();
    if (target || !loading) this.focus = undefined;
  }

  /** Another collection or adapter: nothing pending applies to it. */
  reset(): void {
    this.#removed.clear();
    this.confirming = undefined;
    this.notice = undefined;
  }

  ask(inv: Invitation): void {
    this.confirming = inv.id;
    this.focus = { id: inv.id, action: 'confirm' };
    this.host.requestUpdate();
  }

  cancel(inv: Invitation): void {
    this.confirming = undefined;
    this.focus = { id: inv.id, action: 'revoke' };
    this.host.requestUpdate();
  }

  dismiss(): void {
    this.notice = undefined;
    this.host.requestUpdate();
  }

  /**
   * Fires `invitation-revoke`; unless cancelled, hides the row at once, moves focus to the next row's first action
   * (else the previous row's, else the caption) and asks the server. A refusal brings the row back with a notice and
   * fires `invitation-error`. `visible`: the rows on screen, in order.
   */
  async confirm(inv: Invitation, visible: readonly Invitation[]): Promise<void> {
    this.confirming = undefined;
    const outcome = await this.send('revoke', inv, () => {
      this.notice = undefined;
      this.#removed.set(inv.id, 'pending');
      const i = visible.findIndex((v) => v.id === inv.id);
      const neighbour = visible[i + 1] ?? visible[i - 1];
      this.focus = neighbour ? { id: neighbour.id } : { caption: true };
      this.host.requestUpdate();
    });
    if (!outcome) {
      this.focus = { id: inv.id, action: 'revoke' };
    } else if (outcome.error) {
      this.#removed.delete(inv.id);
      this.notice = this.options.localize.term('listRevokeFailed', inv.email, outcome.error.message);
    } else {
      this.#removed.set(inv.id, 'done');
      this.options.announce(this.options.localize.term('listRevoked', inv.email));
      this.options.changed();
    }
    this.host.requestUpdate();
  }

  /** Fires `invitation-resend`; unless cancelled, asks the server to send it again. */
  async resend(inv: Invitation): Promise<void> {
    if (this.#resending.has(inv.id)) return;
    const { localize, announce } = this.options;
    const outcome = await this.send('resend', inv, () => {
      this.notice = undefined;
      this.#resending.add(inv.id);
      announce(localize.term('listResending', inv.email));
      this.host.requestUpdate();
    });
    if (!outcome) return;
    this.#resending.delete(inv.id);
    const { error, invitation } = outcome;
    if (error) {
      this.notice = localize.term('listResendFailed', inv.email, error.message);
      if (error.code === 'resend_partial') {
        // Sent again, but the old invitation is still there (Auth0 creates, then deletes): say so and show both.
        this.notice = `${localize.term('listResent', inv.email)} ${error.message}`;
        this.options.changed();
      }
    } else {
      announce(localize.term('listResent', inv.email));
      // The row may be replaced by the new invitation: keep focus on its resend button.
      this.focus = { id: invitation!.id, action: 'resend', whenLost: true };
      this.options.changed();
    }
    this.host.requestUpdate();
  }

  /**
   * One revoke or resend with its events, as a row action and each step of a bulk run send it: fires
   * `invitation-revoke` / `invitation-resend` (cancelled, or no adapter that can: `undefined`, nothing sent), calls
   * `started`, asks the server through `attempt` (the bulk run waits out a 429 there), then fires
   * `invitation-revoked` / `invitation-resent` or `invitation-error`.
   */
  async send(
    action: 'revoke' | 'resend',
    inv: Invitation,
    started: () => void = () => undefined,
    attempt: <T>(call: () => Promise<T>) => Promise<T> = (call) => call(),
  ): Promise<SendOutcome | undefined> {
    const adapter = this.options.adapter();
    const resend = action === 'resend';
    if (!adapter || (resend && !adapter.resend)) return undefined;
    if (!this.host.dispatchEvent(resend ? new InvitationResendEvent(inv) : new InvitationRevokeEvent(inv))) return;
    started();
    try {
      if (resend) {
        const fresh = await attempt(() => adapter.resend!(inv, this.options.context()));
        this.host.dispatchEvent(new InvitationResentEvent(fresh, inv));
        return { invitation: fresh };
      }
      const updated = (await attempt(() => adapter.revoke(inv, this.options.context()))) ?? inv;
      this.host.dispatchEvent(new InvitationRevokedEvent(updated));
      return { invitation: updated };
    } catch (cause) {
      const error = InvitationError.from(cause);
      this.host.dispatchEvent(new InvitationErrorEvent(error, action, { invitation: inv }));
      return { error };
    }
  }

  /** Opens or closes the details of a row; `refocus` puts focus back on its Details button (after Escape). */
  toggleDetails(inv: Invitation, refocus = false): void {
    this.details = this.details === inv.id ? undefined : inv.id;
    if (refocus) this.focus = { id: inv.id, action: 'details' };
    this.host.requestUpdate();
  }

  /** Copies the https invitation link and shows "Copied" on the button for a moment. */
  async copy(inv: Invitation): Promise<void> {
    const url = safeHttpsUrl(inv.url);
    if (!url) return;
    try {
      await navigator.clipboard.writeText(url);
      this.copied = inv.id;
      this.options.announce(this.options.localize.term('listCopiedLabel', inv.email));
      clearTimeout(this.#copyTimer);
      this.#copyTimer = setTimeout(() => {
        this.copied = undefined;
        this.host.requestUpdate();
      }, COPIED_FOR);
    } catch {
      this.notice = this.options.localize.term('listCopyFailed');
    }
    this.host.requestUpdate();
  }
}
