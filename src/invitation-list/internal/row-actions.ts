import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { InvitationError, safeHttpsUrl, type Invitation } from '../../model.js';
import type { InvitationAdapter, RequestContext } from '../../providers/adapter.js';
import type { LocalizeController } from '../../internal/localize.js';
import { loadError, onDemand } from '../../internal/on-demand.js';

/** What the row actions do once pressed, and the details view (row-actions-run.ts): loaded on first use. */
export const rowActionsRun = onDemand(() => import('./row-actions-run.js'));
export type RowActionsRun = NonNullable<typeof rowActionsRun.loaded>;

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
/** The code of an action did not load: nothing was sent. */
export const loadFailed = (cause: unknown) => loadError('The code of this action', cause);

/**
 * Row actions of the list: revoke with an inline confirmation and optimistic removal (rolled back when the server
 * refuses), resend, copy of the https invitation link, and the details of a row. Owns their state; what they do once
 * pressed (the confirmation, their requests and events, the details view) is in row-actions-run.ts, loaded when the
 * list is first pointed at or focused, or else by the first press.
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

  /** The id of the open details (one at a time), for the Details button's `aria-controls`. */
  readonly detailsId = 'open-details';

  /** @internal Rows revoked optimistically: hidden until the server confirmed (`done`) and a reload left them out. */
  readonly removed = new Map<string, 'pending' | 'done'>();
  /** @internal Rows whose resend is under way. */
  readonly resending = new Set<string>();
  /** @internal */
  copyTimer?: ReturnType<typeof setTimeout>;

  constructor(
    readonly host: ReactiveControllerHost & HTMLElement,
    readonly options: RowActionsOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // A pointer over the list, or focus in it, comes before a row action is pressed: load what the actions do then.
    for (const type of ['pointerover', 'focusin']) this.host.addEventListener(type, this.#preload, { once: true });
  }

  hostDisconnected(): void {
    for (const type of ['pointerover', 'focusin']) this.host.removeEventListener(type, this.#preload);
    clearTimeout(this.copyTimer);
    this.copied = undefined;
  }

  #preload = () => void rowActionsRun.load().catch(() => undefined);

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
    return this.removed.has(id);
  }

  isResending(id: string): boolean {
    return this.resending.has(id);
  }

  /** A fresh page arrived: revokes the server confirmed are reflected in it now. */
  loaded(items: readonly Invitation[]): void {
    for (const [id, state] of this.removed) if (state === 'done') this.removed.delete(id);
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
    this.removed.clear();
    this.confirming = undefined;
    this.notice = undefined;
  }

  /** Asks to confirm a revoke, in the row (row-actions-run.ts `renderConfirm`, loaded first if need be). */
  ask(inv: Invitation): void {
    this.#run(() => {
      this.confirming = inv.id;
      this.focus = { id: inv.id, action: 'confirm' };
      this.host.requestUpdate();
    });
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
   * Runs `action` with the loaded code: at once when it is there (its events fire in the same task, as before the
   * split), else once it arrives. A load that fails says so in the notice; the next press loads it again.
   */
  #run(action: (run: RowActionsRun) => unknown): void {
    const start = (run: RowActionsRun) => {
      this.options.localize.addEnglish(run.listActionMessages);
      run.style(this.host.shadowRoot);
      void action(run);
    };
    if (rowActionsRun.loaded) return start(rowActionsRun.loaded);
    this.loading = rowActionsRun.load().then(start, (cause: unknown) => {
      this.notice = loadFailed(cause).message;
      this.host.requestUpdate();
    });
    void this.loading.finally(() => (this.loading = undefined));
  }

  /** @internal A load of the actions' code under way, for the host's `updateComplete` to wait for. */
  loading?: Promise<unknown>;

  /** Revokes after the confirmation (row-actions-run.ts `confirm`). `visible`: the rows on screen, in order. */
  confirm(inv: Invitation, visible: readonly Invitation[]): void {
    this.#run((run) => run.confirm(this, inv, visible));
  }

  /** Sends the invitation again (row-actions-run.ts `resend`). */
  resend(inv: Invitation): void {
    this.#run((run) => run.resend(this, inv));
  }

  /**
   * One revoke or resend with its events, as each step of a bulk run sends it (row-actions-run.ts `send`): at once
   * when the code is there; a load that fails is that invitation's error (nothing was sent, no event fired).
   */
  send(
    ...args: Parameters<RowActionsRun['send']> extends [unknown, ...infer A] ? A : never
  ): Promise<SendOutcome | undefined> {
    const run = rowActionsRun.loaded;
    if (run) return run.send(this, ...args);
    return rowActionsRun.load().then(
      (loaded) => loaded.send(this, ...args),
      (cause: unknown) => ({ error: loadFailed(cause) }),
    );
  }

  /** Copies the https invitation link (row-actions-run.ts `copy`). */
  copy(inv: Invitation): void {
    this.#run((run) => run.copy(this, inv));
  }

  /** Opens or closes the details of a row; `refocus` puts focus back on its Details button (after Escape). */
  toggleDetails(inv: Invitation, refocus = false): void {
    this.details = this.details === inv.id ? undefined : inv.id;
    // (the view comes with the actions' code: a row opened before it arrives shows when it does)
    if (this.details) this.#run(() => this.host.requestUpdate());
    if (refocus) this.focus = { id: inv.id, action: 'details' };
    this.host.requestUpdate();
  }
}
