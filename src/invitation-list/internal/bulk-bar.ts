/**
 * The templates of "select many" on <invitation-list>: the page's and each row's checkbox, a row's outcome, and the
 * bulk bar.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { css } from '../../internal/lazy-styles.js';
import { live } from 'lit/directives/live.js';
import type { Invitation } from '../../model.js';
import type { BulkController } from './bulk.js';

/**
 * The styles of "select many" (checkbox column, selected rows, outcomes, the bulk bar): they come with it, adopted
 * by the list when it loads (bulk.ts), so that a list that is never `selectable` does not download them.
 */
export const bulkStyles = css`
  [part~='cell-select'] {
    width: 1%;
  }
  /* 24px: the minimum target size (WCAG 2.5.8). */
  [part='select-row'],
  [part='select-page'] {
    display: block;
    width: 24px;
    height: 24px;
    min-height: 0;
    margin: 0;
    accent-color: var(--_c-accent);
  }
  [part~='row-selected'] {
    background: color-mix(in srgb, var(--_c-accent) 6%, var(--_c-surface));
  }
  [part~='outcome'] {
    display: block;
    margin-block-start: 0.25rem;
    font-size: 0.8125em;
    color: var(--_c-muted);
  }
  [part~='outcome-failed'] {
    color: var(--_c-danger);
  }

  /* Bulk bar: what is selected and what can be done with it */
  [part='bulk-bar'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 0.75rem;
    padding: 0.5rem 0.75rem;
    margin-block: 0.5rem;
    border: 1px solid var(--_c-accent);
    border-radius: var(--_c-radius);
    background: var(--_c-surface-alt);
  }
  [part~='bulk-action-revoke'],
  [part~='bulk-action-confirm'] {
    color: var(--_c-danger);
  }
  [part~='bulk-action-confirm'] {
    background: var(--_c-danger);
    border-color: var(--_c-danger);
    color: var(--_c-surface);
  }
  [part='bulk-summary'] {
    flex-basis: 100%;
  }

  /* Narrow containers (rows.styles.ts): a row's empty checkbox cell takes no line of the card. */
  @container (max-width: 40rem) {
    [part~='cell-select']:empty {
      display: none;
    }
  }
`;

/** The page's checkbox: checked when every selectable row of the page is, mixed when some are. */
export function renderSelectPage(bulk: BulkController, visible: readonly Invitation[]): TemplateResult {
  const { localize } = bulk.options;
  const rows = bulk.selectable(visible);
  const count = rows.filter((r) => bulk.selected.has(r.id)).length;
  return html`<th scope="col" part="header header-select">
    ${
      rows.length
        ? html`<input
            type="checkbox"
            part="select-page"
            aria-label=${localize.term('listSelectPage')}
            .checked=${live(count === rows.length)}
            .indeterminate=${live(count > 0 && count < rows.length)}
            @click=${() => bulk.togglePage(visible)}
          />`
        : html`<span class="visually-hidden">${localize.term('listSelectColumn')}</span>`
    }
  </th>`;
}

/** A row's checkbox (revocable rows only); Shift+click selects the range from the last one toggled. */
export function renderSelectCell(bulk: BulkController, inv: Invitation, visible: readonly Invitation[]) {
  return html`<td part="cell cell-select">
    ${
      bulk.selectable([inv]).length
        ? html`<input
            type="checkbox"
            part="select-row"
            aria-label=${bulk.options.localize.term('listSelectRow', inv.email)}
            .checked=${live(bulk.selected.has(inv.id))}
            @click=${(e: MouseEvent) => bulk.toggle(inv, (e.target as HTMLInputElement).checked, e.shiftKey, visible)}
          />`
        : nothing
    }
  </td>`;
}

const outcomeKeys = {
  revoke: { sending: 'listBulkRowRevoking', done: 'statusRevoked' },
  resend: { sending: 'listBulkRowResending', done: 'listBulkRowResent' },
} as const;

/** What a bulk run did to the row, in its status cell: under way, done, or why it failed (text, never markup). */
export function renderOutcome(bulk: BulkController, inv: Invitation) {
  const outcome = bulk.outcomes.get(inv.id);
  if (!outcome) return nothing;
  const { action, state, reason } = outcome;
  return html`<span part="outcome outcome-${state}"
    >${state === 'failed' ? reason : bulk.options.localize.term(outcomeKeys[action][state])}</span
  >`;
}

/**
 * The bulk bar, while rows are selected: "N selected", Revoke N (with a confirmation that names the count), Resend N
 * (where the adapter resends), Clear selection; during a run its progress, the 429 countdown and Stop; after it, the
 * summary.
 */
export function renderBulkBar(bulk: BulkController, canResend: boolean): TemplateResult | typeof nothing {
  const { localize } = bulk.options;
  const count = bulk.selected.size;
  if (!count && !bulk.running && !bulk.summary) return nothing;
  const n = localize.number(count);
  const button = (name: string, text: string, onClick: () => void) =>
    html`<button type="button" part="bulk-action bulk-action-${name}" data-bulk=${name} @click=${onClick}>
      ${text}
    </button>`;

  let body;
  if (bulk.running) {
    const key = bulk.running === 'revoke' ? 'listBulkRevoking' : 'listBulkResending';
    body = html`<p part="bulk-progress">
        ${localize.term(key, localize.number(bulk.current), localize.number(bulk.total))}
      </p>
      ${
        bulk.resumeIn === undefined
          ? nothing
          : html`<p part="countdown" role="timer">${localize.term('retryIn', bulk.resumeIn)}</p>`
      }
      ${button('stop', localize.term('listBulkStop'), () => bulk.stop())}`;
  } else if (bulk.confirming) {
    const question = localize.term('listBulkConfirm', count, n);
    body = html`<div
      class="confirm"
      part="bulk-confirm"
      role="group"
      aria-label=${question}
      @keydown=${(e: KeyboardEvent) => {
        if (e.key !== 'Escape') return;
        e.preventDefault();
        bulk.cancel();
      }}
    >
      <span aria-hidden="true">${question}</span>
      ${button('confirm', localize.term('listBulkRevoke', count, n), () => bulk.start('revoke'))}
      ${button('cancel', localize.term('listCancel'), () => bulk.cancel())}
    </div>`;
  } else {
    body = html`${bulk.summary ? html`<p part="bulk-summary">${bulk.summary}</p>` : nothing}
    ${
      count
        ? html`<p part="bulk-count">${localize.term('listSelected', count, n)}</p>
            ${button('revoke', localize.term('listBulkRevoke', count, n), () => bulk.ask())}
            ${canResend ? button('resend', localize.term('listBulkResend', count, n), () => bulk.start('resend')) : nothing}
            ${button('clear', localize.term('listClearSelection'), () => bulk.clear())}`
        : nothing
    }`;
  }
  return html`<div part="bulk-bar">${body}</div>`;
}
