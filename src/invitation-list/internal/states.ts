/** The frames of <invitation-list>'s states: table (loading or loaded), empty, error, action notice. */
import { html, nothing, type TemplateResult } from 'lit';
import type { LocalizeController } from '../../internal/localize.js';
import type { InvitationError } from '../../model.js';

/** The table around `head` and `rows`; `busy` marks it `aria-busy` while a page loads. */
export function renderTable(
  localize: LocalizeController,
  head: TemplateResult,
  rows: TemplateResult,
  busy: boolean,
): TemplateResult {
  return html`<div part="table-wrapper">
    <table part="table" aria-busy=${busy ? 'true' : 'false'}>
      <caption part="caption" tabindex="-1">
        ${localize.term('listCaption')}
        ${busy ? html`<span class="visually-hidden">${localize.term('listLoading')}</span>` : nothing}
      </caption>
      ${head}
      <tbody>
        ${rows}
      </tbody>
    </table>
  </div>`;
}

/** No rows: "none yet", or "none match" with a button that clears the filters. */
export function renderEmpty(localize: LocalizeController, filtered: boolean, onClear: () => void): TemplateResult {
  return html`<div part="empty">
    <p>${localize.term(filtered ? 'listEmptyFiltered' : 'listEmpty')}</p>
    ${
      filtered
        ? html`<button type="button" part="clear-filters" @click=${onClear}>
            ${localize.term('listClearFilters')}
          </button>`
        : nothing
    }
  </div>`;
}

/**
 * A failed load: the server's message, how long it asks to wait, and Retry. `retryIn`: seconds before the automatic
 * retry after a 429, counted down outside the alert (a timer is not announced every second).
 */
export function renderError(
  localize: LocalizeController,
  error: InvitationError,
  onRetry: () => void,
  retryIn?: number,
): TemplateResult {
  return html`<div part="error" role="alert">
      <p class="title">${localize.term('listLoadFailed')}</p>
      <p class="message">${error.message}</p>
      ${error.retryAfter ? html`<p>${localize.term('listRetryAfter', localize.number(error.retryAfter))}</p>` : nothing}
      <button type="button" part="retry" @click=${onRetry}>${localize.term('listRetry')}</button>
    </div>
    ${retryIn === undefined ? nothing : html`<p part="countdown" role="timer">${localize.term('retryIn', retryIn)}</p>`}`;
}

/** A failed row action, until dismissed or replaced. */
export function renderNotice(localize: LocalizeController, notice: string | undefined, onDismiss: () => void) {
  return notice
    ? html`<div part="notice" role="alert">
        <p>${notice}</p>
        <button type="button" @click=${onDismiss}>${localize.term('listDismiss')}</button>
      </div>`
    : nothing;
}
