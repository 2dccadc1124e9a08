/**
 * CSV import of `<invite-form>`, the part on the first screen: the "Import CSV" button and its file input, the drop
 * state, and telling a pasted table from a pasted list. Everything else (parsing, the preview, sending) is in
 * `csv.ts` and `csv-import.ts`, loaded on first use.
 */
import { html } from 'lit';
import type { LocalizeController } from '../../internal/localize.js';

/** What the file input takes: CSV and tab-separated text (a `.txt` export too). */
export const ACCEPT = '.csv,.tsv,.txt,text/csv,text/tab-separated-values,text/plain';

/**
 * Whether pasted text is a table of addresses and roles (→ the import preview) rather than a list of addresses (→
 * chips): a tab on a line, an `email,role` header, or every line an address then one more cell that is not one
 * (`ada@example.com, admin`). `a@b.co, c@d.co` stays a list.
 */
export function looksTabular(text: string): boolean {
  const lines = text.split(/\r\n|\n|\r/).filter((l) => l.trim());
  if (!lines.length) return false;
  if (lines.some((l) => l.includes('\t'))) return true;
  if (/^\W*e-?mail\W*[,;]\W*(roles?|permissions?)\W*$/i.test(lines[0])) return true;
  let second = false;
  for (const line of lines) {
    const cells = line.split(/[,;]/).map((c) => c.trim());
    if (cells.length > 2 || !cells[0].includes('@') || cells[1]?.includes('@')) return false;
    second ||= !!cells[1];
  }
  return second;
}

/** The file a drag carries, if it carries files at all. */
export const carriesFiles = (event: DragEvent): boolean => !!event.dataTransfer?.types.includes('Files');

export interface ImportButtonView {
  localize: LocalizeController;
  disabled: boolean;
  onFile(file: File): void;
}

/**
 * The "Import CSV" control: the file input itself (visually hidden, so that it keeps its keyboard behaviour and its
 * role for assistive technologies) and its label, which looks like a button and opens the picker when clicked.
 */
export function renderImportButton(v: ImportButtonView) {
  return html`<div class="import">
    <input
      id="import-input"
      class="visually-hidden"
      type="file"
      accept=${ACCEPT}
      ?disabled=${v.disabled}
      @change=${(e: Event) => {
        const input = e.target as HTMLInputElement;
        const file = input.files?.[0];
        input.value = ''; // the same file chosen again is a new import
        if (file) v.onFile(file);
      }}
    />
    <label for="import-input" class="link" part="import">${v.localize.term('formImport')}</label>
  </div>`;
}
