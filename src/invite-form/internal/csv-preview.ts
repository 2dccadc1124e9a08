/**
 * The templates and styles of `<invite-form>`'s CSV import preview (loaded with it, on first use): the summary and the
 * table of rows, one row, and the actions under it. Text only: file data is never rendered as HTML.
 */
import { html, nothing } from 'lit';
import { css } from '../../internal/lazy-styles.js';
import type { LocalizeController } from '../../internal/localize.js';
import type { RoleOption } from '../../providers/adapter.js';
import type { SubmitQueueController } from './submit-queue.js';
import { renderProgress } from './outcome.js';

export const previewStyles = css`
  /* a file dragged over the form (the drop zone: shown once this code is there) */
  form[data-dropping] {
    position: relative;
  }
  .drop-zone {
    position: absolute;
    inset: -0.5rem;
    display: grid;
    place-items: center;
    padding: 1rem;
    text-align: center;
    font-weight: 600;
    pointer-events: none;
    border: 2px dashed var(--_c-accent);
    border-radius: var(--_c-radius);
    background: var(--_c-surface);
    opacity: 0.95;
  }
  .preview {
    display: grid;
    gap: 0.5rem;
    min-width: 0;
  }
  .preview-scroll {
    max-height: 24rem;
    overflow: auto;
    border: 1px solid var(--_c-border);
    border-radius: var(--_c-radius);
  }
  .preview table {
    width: 100%;
    border-collapse: collapse;
    font-size: 0.95em;
    /* column widths from the header alone: a long file's rows lay out without measuring every cell */
    table-layout: fixed;
  }
  .preview th:nth-child(1) {
    width: 3.5em;
  }
  .preview th:nth-child(2) {
    width: 38%;
  }
  .preview th:nth-child(5) {
    width: 2.5em;
  }
  .preview caption {
    text-align: start;
    font-weight: 600;
    padding: 0.4rem 0.6rem;
  }
  .preview th,
  .preview td {
    text-align: start;
    padding: 0.3rem 0.6rem;
    border-block-start: 1px solid var(--_c-border);
    overflow-wrap: anywhere;
    vertical-align: top;
  }
  .preview thead th {
    position: sticky;
    top: 0;
    background: var(--_c-surface-alt);
  }
  .preview [data-state='problem'] .row-status,
  .preview [data-state='failed'] .row-status {
    color: var(--_c-danger);
  }
  .preview [data-state='ready'] .row-status {
    color: var(--_c-success);
  }
  .preview .num {
    font-variant-numeric: tabular-nums;
  }
  .preview .row-remove {
    border: 0;
    background: none;
    color: inherit;
    padding: 0 0.3rem;
    font-size: 1.1em;
  }
  .summary {
    margin: 0;
  }
  .summary:focus {
    outline: none;
  }
  .import-actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
  }
  .import-actions a {
    color: var(--_c-accent);
  }
`;

export interface PreviewView {
  localize: LocalizeController;
  caption: string;
  /** "12 rows: 10 ready, 2 with problems." (and that those are not sent), or what sending did. */
  summary: string;
  /** Every row is rendered (else the table is `aria-busy`). */
  complete: boolean;
  /** The rows (`renderRow`). */
  body: unknown;
}

/** The summary (the focus target when the preview opens, and the section's name) and the table. */
export function renderPreview(v: PreviewView) {
  const term = v.localize.term.bind(v.localize);
  return html`<section part="preview" class="preview" aria-labelledby="import-summary">
    <p id="import-summary" class="summary" tabindex="-1">${v.summary}</p>
    <div class="preview-scroll">
      <table part="preview-table" aria-busy=${v.complete ? 'false' : 'true'}>
        <caption>
          ${v.caption}
        </caption>
        <thead>
          <tr>
            <th scope="col">${term('formImportColumnRow')}</th>
            <th scope="col">${term('formImportColumnEmail')}</th>
            <th scope="col">${term('formImportColumnRole')}</th>
            <th scope="col">${term('formImportColumnStatus')}</th>
            <th scope="col"><span class="visually-hidden">${term('formImportColumnActions')}</span></th>
          </tr>
        </thead>
        <tbody>
          ${v.body}
        </tbody>
      </table>
    </div>
  </section>`;
}

export interface RowView {
  localize: LocalizeController;
  line: number;
  email: string;
  /** The roles' labels (or the role cell as written, when it names none). */
  role: string;
  /** A role the options do not know: the select that fixes it. */
  roleChoice?: { options: RoleOption[]; onChoose(value: string): void };
  state: 'ready' | 'problem' | 'failed';
  /** Its address is being looked up (pending invitations, members). */
  checking: boolean;
  /** "Ready", what keeps the row from being sent, or why it was not sent. */
  status: string;
  onRemove(): void;
}

/** One row: its line in the file, the address, the role (or a select to fix it), the status, a remove button. */
export function renderRow(v: RowView) {
  const term = v.localize.term.bind(v.localize);
  return html`<tr part="preview-row" data-state=${v.state} ?data-checking=${v.checking} data-line=${v.line}>
    <td class="num">${v.localize.number(v.line)}</td>
    <td class="row-email">${v.email}</td>
    <td class="row-role">
      ${
        v.roleChoice
          ? html`<select
              class="row-role-select"
              aria-label=${term('formImportRoleFor', v.line)}
              @change=${(e: Event) => v.roleChoice!.onChoose((e.target as HTMLSelectElement).value)}
            >
              <option value="" selected>${v.role}</option>
              ${v.roleChoice.options.map((o) => html`<option value=${o.value}>${o.label}</option>`)}
            </select>`
          : v.role
      }
    </td>
    <td class="row-status">${v.status}</td>
    <td>
      <button
        type="button"
        class="row-remove"
        part="preview-remove"
        aria-label=${term('formImportRemoveRow', v.line, v.email)}
        @click=${v.onRemove}
      >
        <span aria-hidden="true">×</span>
      </button>
    </td>
  </tr>`;
}

export interface ActionsView {
  localize: LocalizeController;
  queue: SubmitQueueController;
  /** Rows to send (while sending: rows being sent). */
  count: number;
  /** The rows were sent: Close instead of Cancel. */
  done: boolean;
  /** The rows not sent, as a CSV download. */
  download?: { href: string; name: string };
  onClose(): void;
}

/** Send; Cancel (Close after sending), or Stop and the progress while sending; the download of the rows not sent. */
export function renderActions(v: ActionsView) {
  const term = v.localize.term.bind(v.localize);
  const { queue } = v;
  const busy = queue.busy;
  return html`<div class="import-actions">
    <button
      type="submit"
      part="import-send"
      class="submit"
      aria-disabled=${busy || !v.count ? 'true' : 'false'}
      aria-busy=${busy ? 'true' : 'false'}
    >
      ${term('formSubmit', Math.max(1, v.count))}
    </button>
    ${
      busy
        ? renderProgress(html, v.localize, queue)
        : html`<button type="button" part="import-cancel" class="stop" @click=${v.onClose}>
            ${term(v.done ? 'formImportClose' : 'formImportCancel')}
          </button>`
    }
    ${
      v.download
        ? html`<a part="download-failed" href=${v.download.href} download=${v.download.name}
            >${term('formImportDownload')}</a
          >`
        : nothing
    }
  </div>`;
}
