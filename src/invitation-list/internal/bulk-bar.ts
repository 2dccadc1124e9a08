/**
 * The bulk bar of <invitation-list>, while rows are selected: "N selected", Revoke N (with a confirmation that names
 * the count), Resend N (where the adapter resends), Clear selection; during a run its progress, the 429 countdown
 * and Stop; after it, the summary.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { BulkController } from './bulk.js';

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
