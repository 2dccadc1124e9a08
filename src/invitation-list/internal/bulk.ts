import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { adoptCss } from '../../internal/lazy-styles.js';
import {
  InvitationBulkResendEvent,
  InvitationBulkRevokeEvent,
  InvitationResentEvent,
  InvitationRevokedEvent,
  type InvitationBulkFailure,
} from '../../events.js';
import type { Invitation } from '../../model.js';
import type { LocalizeController } from '../../internal/localize.js';
import type { RowActionsController } from './row-actions.js';
import { bulkStyles, renderBulkBar, renderOutcome, renderSelectCell, renderSelectPage } from './bulk-bar.js';
import { runBulk } from './bulk-run.js';
import { listBulkMessages } from '../../i18n/en-list-bulk.js';

export type BulkAction = 'revoke' | 'resend';

/** What a bulk run did to one row: under way, done, or failed with the reason (text). */
export interface RowOutcome {
  action: BulkAction;
  state: 'sending' | 'done' | 'failed';
  reason?: string;
}

/** What the bulk bar wants focused after the next render. */
export type BulkFocus = 'revoke' | 'resend' | 'confirm' | 'stop';

export interface BulkOptions {
  actions: RowActionsController;
  localize: LocalizeController;
  announce: (text: string) => void;
  /** The server changed the collection: the host reloads the page (once, after a run). */
  changed: () => void;
  /** Minimum milliseconds between the starts of two requests. */
  pace: () => number;
  /**
   * 429s waited out in a row for one invitation, and the longest wait in seconds: the list's own (retry.ts), given
   * rather than imported (a value this module imported from the list's first download would split it off in a chunk).
   */
  retryLimits: { tries: number; wait: number };
}

/** What a run reports back, for its summary event. */
export interface BulkResult {
  done: { invitation: Invitation; previous: Invitation }[];
  failed: InvitationBulkFailure[];
  skipped: Invitation[];
}

/**
 * "Select many" on the list: the selection (by invitation id, kept across the pages of one query, cleared when the
 * query changes), Shift+click ranges, the count-naming revoke confirmation, and a run that sends the selected
 * invitations one by one (internal/bulk-run.ts) with each row's outcome. The list loads this module (with its
 * templates, bulk-bar.ts, and the run) the first time it is `selectable`: a list without it never downloads it.
 */
export class BulkController implements ReactiveController {
  /** The selected invitations, by id, in the order they were selected. */
  readonly selected = new Map<string, Invitation>();
  /** What the last runs did to each row, until the query changes. */
  readonly outcomes = new Map<string, RowOutcome>();
  /** The "Revoke N invitations?" confirmation is open. */
  confirming = false;
  /** The action of the run under way. */
  running?: BulkAction;
  /** The request under way (from 1), of `total`. */
  current = 0;
  total = 0;
  /** Whole seconds left while a 429 is waited out. */
  resumeIn?: number;
  /** The last run's summary, shown in the bar until the selection changes. */
  summary?: string;
  focus?: BulkFocus;
  /** Stops a run: no request after the one in flight. */
  stopper?: AbortController;
  /** The row a Shift+click range starts from. */
  #anchor?: string;

  constructor(
    readonly host: ReactiveControllerHost & HTMLElement,
    readonly options: BulkOptions,
  ) {
    host.addController(this);
    // Its English messages and styles arrive with it (a list that is never selectable downloads neither).
    options.localize.addEnglish(listBulkMessages);
    adoptCss(host.shadowRoot, bulkStyles);
    // The selection follows what the server did, whatever sent it (a row's own Revoke or Resend, or a run).
    const drop = (e: InvitationRevokedEvent | InvitationResentEvent) =>
      this.selected.delete(e instanceof InvitationResentEvent ? e.detail.previous.id : e.detail.invitation.id);
    host.addEventListener(InvitationRevokedEvent.type, drop);
    host.addEventListener(InvitationResentEvent.type, drop);
  }

  hostDisconnected(): void {
    this.stop();
  }

  /** The rows of `visible` that can be selected (those that can be revoked). */
  selectable(visible: readonly Invitation[]): Invitation[] {
    return visible.filter((inv) => this.options.actions.canRevoke(inv));
  }

  /**
   * A row's checkbox: selects or deselects it — with Shift, every selectable row from the last one toggled to it, on
   * this page, the same way.
   */
  toggle(inv: Invitation, on: boolean, range: boolean, visible: readonly Invitation[]): void {
    const rows = this.selectable(visible);
    const from = range ? rows.findIndex((r) => r.id === this.#anchor) : -1;
    const to = rows.findIndex((r) => r.id === inv.id);
    const span = from < 0 ? [inv] : rows.slice(Math.min(from, to), Math.max(from, to) + 1);
    for (const row of span) this.#set(row, on);
    this.#anchor = inv.id;
    this.#changed();
  }

  /** The page's checkbox: selects every selectable row of the page, or deselects them when all are selected. */
  togglePage(visible: readonly Invitation[]): void {
    const rows = this.selectable(visible);
    const all = rows.every((r) => this.selected.has(r.id));
    for (const row of rows) this.#set(row, !all);
    this.#changed();
  }

  /** Clear selection: the bar goes, focus goes to the table's caption. */
  clear(): void {
    this.selected.clear();
    this.options.actions.focus = { caption: true };
    this.#changed();
  }

  /** A page arrived: selected rows on it take its data, and leave the selection when they cannot be revoked now. */
  loaded(items: readonly Invitation[]): void {
    for (const inv of items) {
      if (!this.selected.has(inv.id)) continue;
      if (this.options.actions.canRevoke(inv)) this.selected.set(inv.id, inv);
      else this.selected.delete(inv.id);
    }
  }

  /** Another query or collection: nothing selected or shown applies to it (a run under way goes on). */
  reset(): void {
    this.selected.clear();
    this.outcomes.clear();
    this.confirming = false;
    this.summary = undefined;
    this.#anchor = undefined;
  }

  /** "Revoke N": opens the confirmation that names the count, focus on its Revoke button. */
  ask(): void {
    this.confirming = true;
    this.focus = 'confirm';
    this.host.requestUpdate();
  }

  cancel(): void {
    this.confirming = false;
    this.focus = 'revoke';
    this.host.requestUpdate();
  }

  stop(): void {
    this.stopper?.abort();
  }

  /**
   * Fires `invitation-bulk-revoke` / `invitation-bulk-resend` with the selected invitations; unless cancelled, sends
   * them one by one (internal/bulk-run.ts), then fires the summary event and reloads the page once.
   */
  async start(action: BulkAction): Promise<void> {
    if (this.running) return;
    const invitations = [...this.selected.values()];
    this.confirming = false;
    const event =
      action === 'revoke' ? new InvitationBulkRevokeEvent(invitations) : new InvitationBulkResendEvent(invitations);
    if (!invitations.length || !this.host.dispatchEvent(event)) {
      this.focus = action;
      this.host.requestUpdate();
      return;
    }
    this.running = action;
    this.summary = undefined;
    this.focus = 'stop';
    this.host.requestUpdate();
    await runBulk(this, action, invitations);
  }

  /** The checkbox column's header: the page's checkbox. */
  head(visible: readonly Invitation[]) {
    return renderSelectPage(this, visible);
  }

  /** A row's checkbox cell. */
  cell(inv: Invitation, visible: readonly Invitation[]) {
    return renderSelectCell(this, inv, visible);
  }

  /** What a run did to a row, in its status cell. */
  outcome(inv: Invitation) {
    return renderOutcome(this, inv);
  }

  /** The bulk bar (nothing while there is nothing to show). */
  bar(canResend: boolean) {
    return renderBulkBar(this, canResend);
  }

  /** Moves focus to the bar's control asked for, once it is rendered. */
  applyFocus(root: ShadowRoot): void {
    const target = this.focus && root.querySelector<HTMLElement>(`[data-bulk="${this.focus}"]`);
    if (target) {
      target.focus();
      this.focus = undefined;
    }
  }

  #set(inv: Invitation, on: boolean): void {
    if (on) this.selected.set(inv.id, inv);
    else this.selected.delete(inv.id);
  }

  #changed(): void {
    this.summary = undefined;
    this.confirming = false;
    this.host.requestUpdate();
  }
}
