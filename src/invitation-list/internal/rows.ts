/**
 * Table templates of <invitation-list>: head, rows, cells, row actions, skeleton. Provider data is text only, shown
 * through `displayText` (no bidi controls that would disguise it).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { BulkController } from './bulk.js';
import { rowActionsRun, type RowActionsController } from './row-actions.js';
import type { LocalizeController } from '../../internal/localize.js';
import { displayText, type Invitation, type InvitationStatus, type Sort } from '../../model.js';
import type { AdapterCapabilities, InvitationAdapter } from '../../providers/adapter.js';

export interface TableView {
  adapter: InvitationAdapter;
  /** Host-given role labels by value (the `roles` property), tried before the adapter's own labels. */
  roleLabels: ReadonlyMap<string, string>;
  localize: LocalizeController;
  actions: RowActionsController;
  sort: Sort;
  now: number;
  /** The rows on screen, in order. */
  visible: readonly Invitation[];
  /** The ids of invitations just created, marked as new. */
  fresh: ReadonlySet<string>;
  /** The selection, where the list is `selectable` (the checkbox column). */
  bulk?: BulkController;
  /** Which table row shows which invitation (`RowSlots.assign(visible)`, once per render). */
  keyOf: (inv: Invitation) => number;
}

/**
 * Which table row shows which invitation, as keys for `repeat`. While the rows keep their order (a refresh, a row
 * added or removed) each invitation keeps its row, so focus and the DOM stay with it. When they are reordered or all
 * new (a sort, another page, other filters), the rows are reused in place, by position: updating 100 rows in place
 * takes half the time of moving them (`npm run bench`, the sort re-render).
 */
export class RowSlots {
  #slot = new Map<string, number>();
  #order: string[] = [];
  #next = 0;

  /**
   * Assigns the rows for `items` (the rows on screen, in order). Returns the key function, and `reused`: whether a
   * row now shows another invitation than before (the caller then looks after focus).
   */
  assign(items: readonly Invitation[]): { keyOf: (inv: Invitation) => number; reused: boolean } {
    const before = new Map(this.#order.map((id, i) => [id, i]));
    let last = -1;
    let kept = 0;
    let inOrder = true;
    for (const inv of items) {
      const i = before.get(inv.id);
      if (i === undefined) continue;
      kept++;
      if (i < last) inOrder = false;
      last = i;
    }
    const slot = new Map<string, number>();
    let reused = false;
    if (kept && inOrder) {
      for (const inv of items) slot.set(inv.id, this.#slot.get(inv.id) ?? this.#next++);
    } else {
      const rows = this.#order.map((id) => this.#slot.get(id)!);
      items.forEach((inv, i) => {
        slot.set(inv.id, i < rows.length ? rows[i] : this.#next++);
        reused ||= i < rows.length && this.#order[i] !== inv.id;
      });
    }
    this.#slot = slot;
    this.#order = items.map((inv) => inv.id);
    return { keyOf: (inv) => slot.get(inv.id)!, reused };
  }
}

export type Column = 'select' | 'email' | 'status' | 'roles' | 'inviter' | 'created' | 'expires' | 'actions';

/** The columns this adapter ever has data for (and the checkboxes first, where rows can be selected). */
export function columnsOf(caps: AdapterCapabilities, selectable = false): Column[] {
  const columns: Column[] = selectable && caps.revoke ? ['select', 'email', 'status'] : ['email', 'status'];
  if (caps.columns.roles) columns.push('roles');
  if (caps.columns.inviter) columns.push('inviter');
  columns.push('created');
  if (caps.columns.expires) columns.push('expires');
  columns.push('actions'); // Details, whatever else the provider allows
  return columns;
}

const headings = {
  select: 'listSelectColumn',
  email: 'listColumnEmail',
  status: 'listColumnStatus',
  roles: 'listColumnRoles',
  inviter: 'listColumnInviter',
  created: 'listColumnCreated',
  expires: 'listColumnExpires',
  actions: 'listColumnActions',
} as const;

/** The column a sort field orders, for `aria-sort`. */
const sortedColumn: Record<string, Column> = { created_at: 'created', email: 'email' };

const statusKeys = {
  pending: 'statusPending',
  processing: 'statusProcessing',
  accepted: 'statusAccepted',
  revoked: 'statusRevoked',
  expired: 'statusExpired',
  failed: 'statusFailed',
} as const;

export const statusLabel = (localize: LocalizeController, status: InvitationStatus) =>
  localize.term(statusKeys[status]);

export function renderHead(view: TableView, columns: Column[]): TemplateResult {
  const sorted = sortedColumn[view.sort.field];
  const ariaSort = view.sort.direction === 'asc' ? 'ascending' : 'descending';
  return html`<thead>
    <tr part="header-row">
      ${columns.map((c) =>
        c === 'select'
          ? view.bulk!.head(view.visible)
          : c === 'actions'
            ? html`<th scope="col" part="header header-actions">
                <span class="visually-hidden">${view.localize.term(headings[c])}</span>
              </th>`
            : html`<th scope="col" part="header header-${c}" aria-sort=${c === sorted ? ariaSort : nothing}>
                ${view.localize.term(headings[c])}
              </th>`,
      )}
    </tr>
  </thead>`;
}

export function renderRows(view: TableView, columns: Column[]): TemplateResult {
  const parts = (inv: Invitation) =>
    `row${view.fresh.has(inv.id) ? ' row-new' : ''}${view.bulk?.selected.has(inv.id) ? ' row-selected' : ''}`;
  return html`${repeat(
    view.visible,
    view.keyOf,
    (inv) =>
      html`<tr part=${parts(inv)} data-id=${inv.id} data-status=${inv.status}>
          ${columns.map((c) => renderCell(view, c, inv))}
        </tr>
        ${view.actions.details === inv.id ? renderDetails(view, inv, columns.length) : nothing}`,
  )}`;
}

const roleText = (view: TableView, role: string, inv: Invitation) =>
  displayText(view.roleLabels.get(role) ?? view.adapter.roleLabel?.(role, inv) ?? role);

/** The details under a row (row-actions-run.ts), once the row actions' code is there (opening one loads it). */
function renderDetails(view: TableView, inv: Invitation, span: number) {
  return (
    rowActionsRun.loaded?.renderDetails(
      view,
      inv,
      span,
      {
        status: (i) => statusLabel(view.localize, i.status),
        role: (role) => roleText(view, role, inv),
      },
      html,
    ) ?? nothing
  );
}

/** Placeholder rows of the same height as real ones, while the first page loads. */
export function renderSkeleton(view: TableView, columns: Column[], count: number): TemplateResult {
  return html`${Array.from(
    { length: count },
    () =>
      html`<tr part="row skeleton" aria-hidden="true">
        ${columns.map(
          (c) =>
            html`<td part="cell cell-${c}" data-label=${view.localize.term(headings[c])}>
              <span class="bone"></span>
            </td>`,
        )}
      </tr>`,
  )}`;
}

function renderCell(view: TableView, column: Column, inv: Invitation) {
  const { localize } = view;
  const label = localize.term(headings[column]);
  const none = localize.term('listNoValue');
  switch (column) {
    case 'select':
      return view.bulk!.cell(inv, view.visible);
    case 'email':
      return html`<th scope="row" part="cell cell-email">
        ${displayText(inv.email)}
        ${view.fresh.has(inv.id) ? html`<span part="new-mark">${localize.term('listNewMark')}</span>` : nothing}
      </th>`;
    case 'status':
      return html`<td part="cell cell-status" data-label=${label}>
        <span part="status status-${inv.status}">${statusLabel(localize, inv.status)}</span>
        ${view.bulk?.outcome(inv) ?? nothing}
      </td>`;
    case 'roles': {
      const roles = inv.roles.map((r) => roleText(view, r, inv));
      return html`<td part="cell cell-roles" data-label=${label}>${roles.length ? roles.join(', ') : none}</td>`;
    }
    case 'inviter':
      return html`<td part="cell cell-inviter" data-label=${label}>
        ${displayText(inv.inviter?.name ?? inv.inviter?.id ?? none)}
      </td>`;
    case 'created':
      return html`<td part="cell cell-created" data-label=${label}>
        ${inv.createdAt ? renderTime(view, inv.createdAt, localize.relative(inv.createdAt, view.now)) : none}
      </td>`;
    case 'expires':
      return html`<td part="cell cell-expires" data-label=${label}>${renderExpiry(view, inv)}</td>`;
    case 'actions':
      return html`<td part="cell cell-actions" data-label=${label}>
        <div part="actions">${renderActions(view, inv)}</div>
      </td>`;
  }
}

function renderExpiry(view: TableView, inv: Invitation) {
  const { localize } = view;
  if (!inv.expiresAt) return localize.term('listNoValue');
  const relative = localize.relative(inv.expiresAt, view.now);
  const expired = inv.status === 'expired' || inv.expiresAt.getTime() <= view.now;
  return renderTime(view, inv.expiresAt, expired ? localize.term('listExpiredAgo', relative) : relative, expired);
}

/** Relative time in view; the full date in the title (hover), for assistive technology, and on keyboard focus. */
function renderTime(view: TableView, date: Date, text: string, expired = false) {
  const full = view.localize.date(date);
  return html`<time datetime=${date.toISOString()} title=${full} class=${expired ? 'expired' : ''}
    >${text}<span class="visually-hidden">, ${full}</span></time
  >`;
}

function renderActions(view: TableView, inv: Invitation) {
  const { actions, localize } = view;
  const { email } = inv; // term() strips bidi controls from its arguments
  // "Really revoke?" (row-actions-run.ts): `confirming` is only set once that code is there
  if (actions.confirming === inv.id) return rowActionsRun.loaded?.renderConfirm(view, inv, html) ?? nothing;
  const copied = actions.copied === inv.id;
  const resending = actions.isResending(inv.id);
  const open = actions.details === inv.id;
  return html`${
      actions.canRevoke(inv)
        ? html`<button
            type="button"
            part="action action-revoke"
            data-action="revoke"
            aria-label=${localize.term('listRevokeLabel', email)}
            @click=${() => actions.ask(inv)}
          >
            ${localize.term('listRevoke')}
          </button>`
        : nothing
    }
    ${
      actions.canResend(inv)
        ? html`<button
            type="button"
            part="action action-resend"
            data-action="resend"
            aria-label=${localize.term('listResendLabel', email)}
            aria-disabled=${resending ? 'true' : 'false'}
            @click=${() => actions.resend(inv)}
          >
            ${localize.term('listResend')}
          </button>`
        : nothing
    }
    ${
      actions.canCopy(inv)
        ? html`<button
            type="button"
            part="action action-copy"
            data-action="copy"
            aria-label=${localize.term(copied ? 'listCopiedLabel' : 'listCopyLinkLabel', email)}
            @click=${() => actions.copy(inv)}
          >
            ${localize.term(copied ? 'listCopied' : 'listCopyLink')}
          </button>`
        : nothing
    }
    <button
      type="button"
      part="action action-details"
      data-action="details"
      aria-expanded=${open ? 'true' : 'false'}
      aria-controls=${open ? actions.detailsId : nothing}
      aria-label=${localize.term('listDetailsLabel', email)}
      @click=${() => actions.toggleDetails(inv)}
      @keydown=${(e: KeyboardEvent) => {
        if (!open || e.key !== 'Escape') return;
        e.preventDefault();
        actions.toggleDetails(inv, true);
      }}
    >
      ${localize.term('listDetails')}
    </button>`;
}
