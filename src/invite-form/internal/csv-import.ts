/**
 * CSV import of `<invite-form>`, loaded on first use: the preview of the rows (row, address, role, what is wrong),
 * sending the ready ones through the form's submit queue, and what became of each. Nothing is lost: rows not sent
 * stay in the table, with the reason, and download as CSV.
 */
import { html, nothing, type ReactiveController } from 'lit';
import { adoptCss } from '../../internal/lazy-styles.js';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import { csvMessages } from '../../i18n/en-csv.js';
import type { Messages } from '../../i18n/en.js';
import type { RoleOption } from '../../providers/adapter.js';
import type { InviteForm } from '../invite-form.js';
import {
  checkRows,
  CsvFileError,
  decode,
  MAX_BYTES,
  MAX_ROWS,
  parseCsv,
  toCsv,
  type CheckedRow,
  type CsvRow,
  type RowProblem,
} from './csv.js';
import { previewStyles, renderActions, renderPreview, renderRow, type RowView } from './csv-preview.js';

/** What the lead's conflict check says of an address (point 3 of issue 16). */
export type Conflict = 'invited' | 'member' | 'checking' | undefined;

/** A row of the table: the file's row, checked, with what sending made of it. */
interface Row extends CheckedRow {
  key: number;
  /** Not sent: the reason (a failed request, or sending stopped first). */
  failure?: string;
}

/**
 * Rows are rendered in slices of this many, the first at once and one more a task, so that a long file never blocks
 * the page; a slice already on screen is not rendered again until its rows change.
 */
const SLICE = 100;

/** A cell as the table shows it: at most 200 characters (an address has at most 254; a longer cell is not one). */
const cut = (text: string) => (text.length > 200 ? `${text.slice(0, 199)}…` : text);

/**
 * The import: a file (or pasted text) read and checked into rows, the preview table, the send and its results.
 * Hooked into the form's lifecycle (a Lit controller): the download link's object URL is revoked when the form leaves
 * the page.
 */
export class CsvImport implements ReactiveController {
  /** Rows of the table, in file order. */
  rows: Row[] = [];
  /** The file's name ('' for pasted text). */
  name = '';
  /** The file was refused as a whole, or could not be read: why. */
  error?: string;
  /** Invitations sent by the last run (the rows sent have left the table). */
  sent?: number;
  /**
   * What the conflict check says of an address: already invited, already a member, or still checking. A row already
   * invited (unless "Resend if already invited" is ticked) or already a member is not sent. The form's conflict check
   * knows the addresses typed earlier and the invitations made here.
   */
  conflictOf = (email: string): Conflict => {
    const conflict = this.form['conflicts'].of(email);
    return conflict === 'checking' ? conflict : conflict?.kind;
  };

  private source: (CsvRow & { key: number })[] = [];
  private checkedFor = '';
  /** Slices of rows on screen. */
  private shown = 0;
  private slices?: { rows: Row[]; slices: Row[][] };
  private revealing = false;
  /** The rows were read and checked, and the preview may show (a task after). */
  private showing = false;
  private nextKey = 1;
  private fromPaste = false;
  private url?: string;
  private urlFor?: Row[];
  private run = 0;

  /**
   * This is the form's own code, loaded on first use: it reads the form's private state by name (`form['queue']`,
   * TypeScript's way in to private members), as sending.ts does. `isEmail` is the chips' rule (addresses.ts), handed
   * over: a value imported from a module of the form would split that module off the form's first download.
   */
  constructor(
    private readonly form: InviteForm,
    private readonly isEmail: (text: string) => boolean,
  ) {
    // The import's English messages and styles arrive with it (a form that never imports downloads neither).
    Object.assign((form.constructor as unknown as { english: Partial<Messages> }).english, csvMessages);
    adoptCss(form.shadowRoot, previewStyles);
    form.addController(this);
  }

  private get localize() {
    return this.form['localize'];
  }

  /** The preview (or the results) is showing. */
  get open(): boolean {
    return this.showing && (this.source.length > 0 || this.sent !== undefined);
  }

  hostDisconnected(): void {
    this.revoke();
  }

  private get term() {
    return this.localize.term.bind(this.localize);
  }

  /** Reads a file, then previews its rows; a file that cannot be imported gets a message instead. */
  async openFile(file: File): Promise<void> {
    const run = ++this.run;
    try {
      if (file.size > MAX_BYTES) throw new CsvFileError('too-large');
      const text = decode(new Uint8Array(await file.arrayBuffer()));
      if (run === this.run) await this.openText(text, file.name);
    } catch (error) {
      if (run !== this.run) return;
      this.close(false);
      this.error = this.fileError(error);
      this.form.requestUpdate();
    }
  }

  /**
   * Previews the rows of CSV text (a file's, or a pasted table): parsed and checked at once, shown in the next task
   * (so that reading a long file and rendering its first rows are not one long task).
   */
  async openText(text: string, name = ''): Promise<void> {
    this.close(false);
    const run = this.run;
    const { rows } = parseCsv(text);
    if (!rows.length) return this.fail(new CsvFileError('empty'));
    if (rows.length > MAX_ROWS) return this.fail(new CsvFileError('too-many', rows.length));
    this.name = name;
    this.fromPaste = !name;
    this.source = rows.map((row) => ({ ...row, key: this.nextKey++ }));
    this.shown = 1;
    this.sync();
    await new Promise((resolve) => setTimeout(resolve));
    if (run !== this.run) return;
    this.showing = true;
    this.form.requestUpdate();
    await this.form.updateComplete;
    this.form.shadowRoot?.querySelector<HTMLElement>('#import-summary')?.focus();
  }

  private fail(error: CsvFileError) {
    this.error = this.fileError(error);
    this.form.requestUpdate();
  }

  private fileError(error: unknown): string {
    if (!(error instanceof CsvFileError)) {
      return this.term('formImportUnreadable', error instanceof Error ? error.message : String(error));
    }
    if (error.problem === 'too-many') return this.term('formImportTooMany', error.count, MAX_ROWS);
    if (error.problem === 'too-large') return this.term('formImportTooLarge', MAX_BYTES / 1e6);
    return this.term(error.problem === 'binary' ? 'formImportBinary' : 'formImportEmpty');
  }

  /** Drops the rows and the message (a send under way is the form's to stop). */
  close(notify = true): void {
    const fromPaste = this.fromPaste;
    this.run++;
    this.source = [];
    this.rows = [];
    this.showing = false;
    this.error = undefined;
    this.sent = undefined;
    this.name = '';
    this.checkedFor = '';
    this.revoke();
    this.form.requestUpdate();
    // focus back where the import started: the email input (a paste), or the import button
    if (notify) {
      void this.form.updateComplete.then(() => {
        if (fromPaste) this.form.focus();
        else this.form.renderRoot.querySelector<HTMLElement>('#import-input')?.focus();
      });
    }
  }

  /** Checks the rows again when what they are checked against changed (roles chosen, options loaded, domains). */
  private sync() {
    const create = this.form['create'];
    if (!create) return;
    const options = this.form['picker'].options;
    const current = this.form['picker'].current;
    const domains = this.form['domains'];
    const chips = this.form.emails;
    const key = JSON.stringify([
      create.roles,
      options?.map((o) => [o.value, o.label]),
      current,
      domains,
      chips,
      this.source.length,
    ]);
    if (key === this.checkedFor) return;
    const failures = new Map(this.rows.map((r) => [r.key, r.failure]));
    const checked = checkRows(this.source, {
      create,
      options,
      current,
      allowedDomains: domains,
      chips,
      isEmail: this.isEmail,
    });
    this.rows = checked.map((row, i) => ({
      ...row,
      key: this.source[i].key,
      failure: failures.get(this.source[i].key),
    }));
    this.checkedFor = key;
  }

  /** What keeps a row from being sent: its own problem, or a conflict the server has. */
  private problemOf(row: Row): string | undefined {
    if (row.problem) return this.problemText(row.problem);
    const conflict = this.conflictOf(row.email);
    if (conflict === 'member') return this.term('formAlreadyMember');
    if (conflict === 'invited' && !this.form['force']) return this.term('formAlreadyInvited');
    return undefined;
  }

  private problemText(p: RowProblem): string {
    switch (p.kind) {
      case 'empty':
        return this.term('formImportRowEmpty');
      case 'invalid':
        return this.term('formImportRowInvalid');
      case 'domain':
        return this.term('formImportRowDomain', this.localize.list(this.form['domains'], 'disjunction'));
      case 'duplicate':
        return this.term('formImportRowDuplicate', p.line);
      case 'in-field':
        return this.term('formImportRowInField');
      case 'role-unknown':
        return this.term('formImportRowRoleUnknown', p.role);
      case 'roles-min':
        return this.term('formRolesMin', Math.max(1, p.min));
      case 'roles-max':
        return this.term('formRolesMax', p.max);
    }
  }

  /** The rows that would be sent now. */
  get ready(): Row[] {
    this.sync();
    return this.rows.filter((r) => !this.problemOf(r));
  }

  /** Sends the ready rows through the form's queue, with the same events as a submission of chips. */
  async send(): Promise<void> {
    const ready = this.ready;
    if (!ready.length || this.form['queue'].busy) return;
    const extra = this.form['draftOptions']();
    const drafts = ready.map((row) => ({ email: row.email, roles: [...row.roles], ...extra }));
    const run = ++this.run;
    // the form sends, as a submission of addresses: its events, the queue (this module imports no event class: a
    // lazy chunk sharing them costs more than it saves); undefined when nothing was sent (`invitation-create` cancelled)
    const result = await this.form['sendDrafts'](drafts);
    if (!result || run !== this.run) return;
    const sent = new Set<number>();
    result.outcomes.forEach((outcome, i) => {
      const row = ready[i];
      if (outcome.invitation) sent.add(row.key);
      else if (outcome.error) {
        const alone = result.outcomes.filter((o) => o.error === outcome.error).length === 1;
        const reason = this.form['queue'].sending?.reason(this.localize, outcome.error, alone);
        row.failure = this.term('formResultFailed', reason ?? outcome.error.message);
      } else row.failure = this.term('formResultSkipped');
    });
    const created = result.outcomes.flatMap((o) => (o.invitation ? [o.invitation] : []));
    this.source = this.source.filter((r) => !sent.has(r.key));
    this.rows = this.rows.filter((r) => !sent.has(r.key));
    this.checkedFor = '';
    this.sent = created.length;
    if (created.length) {
      this.form['announcement'] =
        created.length === 1 ? this.term('formSentOne', created[0].email) : this.term('formSentMany', created.length);
    }
    if (!this.source.length) return this.close();
    this.form.requestUpdate();
    await this.form.updateComplete;
    this.form.shadowRoot?.querySelector<HTMLElement>('#import-summary')?.focus();
  }

  private remove(row: Row, index: number) {
    this.source = this.source.filter((r) => r.key !== row.key);
    this.rows = this.rows.filter((r) => r.key !== row.key);
    this.checkedFor = '';
    if (!this.source.length) return this.close();
    this.form.requestUpdate();
    void this.form.updateComplete.then(() => {
      const root = this.form.shadowRoot!;
      const buttons = root.querySelectorAll<HTMLElement>('.row-remove');
      (buttons[Math.min(index, buttons.length - 1)] ?? root.querySelector('#import-summary'))?.focus();
    });
  }

  private setRole(row: Row, value: string) {
    const source = this.source.find((r) => r.key === row.key);
    if (!source || !value) return;
    source.role = value;
    this.checkedFor = '';
    this.form.requestUpdate();
  }

  /** The rows not sent, as CSV (`email,role,error`), behind an object URL for the download link. */
  private downloadUrl(rows: Row[]): string {
    if (this.url && this.urlFor === rows) return this.url;
    this.revoke();
    const csv = toCsv([
      ['email', 'role', 'error'],
      ...rows.map((r) => [r.email, r.role || r.roles.join('|'), this.problemOf(r) ?? r.failure ?? '']),
    ]);
    this.url = URL.createObjectURL(new Blob(['\ufeff', csv], { type: 'text/csv;charset=utf-8' }));
    this.urlFor = rows;
    return this.url;
  }

  private revoke() {
    if (this.url) URL.revokeObjectURL(this.url);
    this.url = this.urlFor = undefined;
  }

  /** The message about a refused file, beside the import button. */
  /** The overlay that says the form takes the file being dragged over it. */
  renderDropZone() {
    return html`<div class="drop-zone" part="drop-zone" aria-hidden="true">${this.term('formDropFile')}</div>`;
  }

  renderError() {
    return this.error ? html`<p class="field-error" part="import-error" role="alert">${this.error}</p>` : nothing;
  }

  /** The summary and the table, in place of the email field. */
  renderPreview() {
    this.sync();
    const term = this.term;
    const l = this.localize;
    const rows = this.rows;
    const ready = rows.filter((r) => !this.problemOf(r)).length;
    const options = this.form['picker'].options;
    const label = (value: string) => options?.find((o) => o.value === value)?.label ?? value;
    if (this.slices?.rows !== rows) {
      const slices = [];
      for (let i = 0; i < rows.length; i += SLICE) slices.push(rows.slice(i, i + SLICE));
      this.slices = { rows, slices };
    }
    const slices = this.slices.slices;
    if (this.shown < slices.length && !this.revealing) {
      // the next slice in a task of its own: the page stays responsive, and every row is there in a few frames
      this.revealing = true;
      setTimeout(() => {
        this.revealing = false;
        this.shown++;
        this.form.requestUpdate();
      });
    }
    // what a row's text depends on besides the row: the language, the force choice, what the conflict check says
    const lang = l.lang();
    const force = this.form['force'];
    const conflicts = (slice: Row[]) => slice.map((r) => this.conflictOf(r.email)).join();
    return renderPreview({
      localize: l,
      caption: this.name ? term('formImportCaption', this.name) : term('formImportPasted'),
      summary:
        (this.sent === undefined
          ? term('formImportSummary', ready, rows.length - ready)
          : term('formImportResult', this.sent, rows.length)) +
        (rows.length > ready ? ` ${term('formImportNotSent')}` : ''),
      complete: this.shown >= slices.length,
      body: repeat(
        slices.slice(0, this.shown),
        (slice) => slice[0].key,
        (slice, n) =>
          guard([slice, lang, force, conflicts(slice)], () =>
            slice.map((row, i) => renderRow(this.rowView(row, n * SLICE + i, label, options))),
          ),
      ),
    });
  }

  private rowView(
    row: Row,
    index: number,
    label: (value: string) => string,
    options: RoleOption[] | undefined,
  ): RowView {
    const term = this.term;
    const problem = this.problemOf(row);
    const conflict = problem ? undefined : this.conflictOf(row.email);
    const fixable = row.problem?.kind === 'role-unknown' && options;
    return {
      localize: this.localize,
      line: row.line,
      email: cut(row.email),
      role: cut(row.role && !row.roles.length ? row.role : row.roles.map(label).join(', ')),
      roleChoice: fixable ? { options, onChoose: (value) => this.setRole(row, value) } : undefined,
      state: problem ? 'problem' : row.failure ? 'failed' : 'ready',
      checking: conflict === 'checking',
      status:
        problem ??
        row.failure ??
        term(
          conflict === 'checking'
            ? 'formImportChecking'
            : conflict === 'invited'
              ? 'formAlreadyInvited'
              : 'formImportReady',
        ),
      onRemove: () => this.remove(row, index),
    };
  }

  /** Send, Cancel (Stop while sending), the progress, and the download of the rows not sent. */
  renderActions() {
    const queue = this.form['queue'];
    const unsent = this.sent !== undefined && !queue.busy ? this.rows : [];
    return renderActions({
      localize: this.localize,
      queue,
      count: queue.busy ? queue.total : this.ready.length,
      done: this.sent !== undefined,
      download: unsent.length
        ? { href: this.downloadUrl(unsent), name: `${this.name.replace(/\.[^.]*$/, '') || 'invitations'}-not-sent.csv` }
        : undefined,
      onClose: () => this.close(),
    });
  }
}
