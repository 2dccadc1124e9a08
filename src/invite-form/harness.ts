/**
 * A test harness of `<invite-form>` (in the manner of material-web's `harness.ts`): types, pastes, picks a role and
 * submits as a person does, and reads the chips, alerts, live region and results, without a test framework. The
 * element tests, the hardening suites and the Storybook play functions use it; so can a host's own tests
 * (`invitation-elements/testing`).
 */
import { ShadowQueries, textOf, until } from '../testing/dom.js';
import type { InviteForm } from './invite-form.js';

export class InviteFormHarness extends ShadowQueries {
  declare readonly element: InviteForm;

  constructor(element: InviteForm) {
    super(element);
  }

  emailInput(): HTMLInputElement {
    return this.$<HTMLInputElement>('#emails-input')!;
  }

  submitButton(): HTMLButtonElement {
    return this.$<HTMLButtonElement>('[part="submit"]')!;
  }

  /** The addresses shown as chips, in order. */
  chips(): string[] {
    return this.$$('.chip-text').map(textOf);
  }

  /** The text of the alert above the button (empty when there is none). */
  alertText(): string {
    return textOf(this.$('[part="error"]'));
  }

  /** What the polite live region says. */
  statusText(): string {
    return textOf(this.$('[part="status"]'));
  }

  /** The per-address results of the last submission: state (`sent`, `failed`, `skipped`), address and text. */
  results(): { state: string; email: string; text: string }[] {
    return this.$$('[part="results"] li').map((li) => ({
      state: li.dataset.state ?? '',
      email: textOf(li.querySelector('.result-email')),
      text: textOf(li),
    }));
  }

  /** Types text into the email input (an `input` event, as a keyboard gives), then lets the form render. */
  async type(text: string): Promise<void> {
    const input = this.emailInput();
    input.value = text;
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await this.element.updateComplete;
  }

  /**
   * Pastes text into the email input as Ctrl+V does: a `paste` event carrying it; when nothing handles that (Firefox
   * keeps a synthetic event's data unreadable), what the browser then does itself: the text inserted at the
   * selection and an `input` event of type `insertFromPaste`.
   */
  async paste(text: string): Promise<void> {
    const input = this.emailInput();
    const data = new DataTransfer();
    data.setData('text/plain', text);
    const event = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true, composed: true });
    if (input.dispatchEvent(event)) {
      // line breaks become spaces, as Firefox's own paste into a single-line input makes them (its default)
      const inserted = text.replace(/\r\n?|\n/g, ' ');
      input.setRangeText(
        inserted,
        input.selectionStart ?? input.value.length,
        input.selectionEnd ?? input.value.length,
        'end',
      );
      input.dispatchEvent(
        new InputEvent('input', { inputType: 'insertFromPaste', data: inserted, bubbles: true, composed: true }),
      );
    }
    await this.element.updateComplete;
  }

  /** Chooses a role by value or label: the option of the select, or the checkbox (ticked if it is not). */
  async chooseRole(valueOrLabel: string): Promise<void> {
    const select = this.$<HTMLSelectElement>('#role-select');
    if (select) {
      const option = [...select.options].find((o) => o.value === valueOrLabel || textOf(o) === valueOrLabel);
      if (!option) throw new Error(`the role select offers no "${valueOrLabel}"`);
      select.value = option.value;
      select.dispatchEvent(new Event('change', { bubbles: true }));
    } else {
      const box = this.$$<HTMLInputElement>('input[name="role"]').find(
        (input) => input.value === valueOrLabel || textOf(input.labels?.[0]) === valueOrLabel,
      );
      if (!box) throw new Error(`no role checkbox "${valueOrLabel}"`);
      if (!box.checked) box.click();
    }
    await this.element.updateComplete;
  }

  /**
   * Clicks the submit button; returns once the submission is sent or refused (the form first waits for the look-ups
   * of addresses just typed: pending invitations, members).
   */
  async submit(): Promise<void> {
    this.submitButton().click();
    await this.element.updateComplete;
    await this.checked();
  }

  /**
   * Whether addresses are being looked up (pending invitations, members), or a submission waits for them or for its
   * sending code (loaded with the first submission).
   */
  get checking(): boolean {
    return !!this.$('[data-checking]');
  }

  /** Waits until no address is being looked up. */
  async checked(timeout = 5000): Promise<void> {
    await until(() => !this.checking && !this.element.isUpdatePending, {
      timeout,
      interval: 5,
      message: 'the look-ups of the addresses did not end',
    });
  }

  /** Whether a submission (of addresses or of imported rows) is under way. */
  get busy(): boolean {
    return [this.submitButton(), this.$('[part="import-send"]')].some((b) => b?.getAttribute('aria-busy') === 'true');
  }

  /** Waits until no submission is under way and the form has rendered. */
  async settled(timeout = 5000): Promise<void> {
    await until(() => !this.busy && !this.element.isUpdatePending, {
      timeout,
      interval: 5,
      message: 'the form did not settle',
    });
    await this.element.updateComplete;
  }

  // ---------------------------------------------------------------------------------------------------------------
  // CSV import

  /** The hidden file input behind the "Import CSV" button. */
  importInput(): HTMLInputElement {
    return this.$<HTMLInputElement>('#import-input')!;
  }

  /** Waits until the import preview, or the message about a refused file, shows (and its addresses are looked up). */
  async importShown(timeout = 5000): Promise<void> {
    await until(() => this.$('[part="preview"], [part="import-error"]'), {
      timeout,
      interval: 5,
      message: 'no import preview or import error showed',
    });
    await this.element.updateComplete;
    await this.checked(timeout); // and the look-ups of its addresses
  }

  /** Chooses a file of `text` in the "Import CSV" file picker (as a person does), and waits for the preview. */
  async importFile(text: string, name = 'people.csv', type = 'text/csv'): Promise<void> {
    const data = new DataTransfer();
    data.items.add(new File([text], name, { type }));
    const input = this.importInput();
    input.files = data.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await this.importShown();
  }

  /** Drags a file of `text` over the form and drops it, and waits for the preview. */
  async dropFile(text: string, name = 'people.csv', type = 'text/csv'): Promise<void> {
    const data = new DataTransfer();
    data.items.add(new File([text], name, { type }));
    const form = this.$('form')!;
    for (const kind of ['dragenter', 'dragover', 'drop']) {
      form.dispatchEvent(new DragEvent(kind, { dataTransfer: data, bubbles: true, cancelable: true, composed: true }));
    }
    await this.importShown();
  }

  /** The rows of the import preview shown so far: line, email, role, status text and state (`ready`, `problem`, `failed`). */
  previewRows(): { line: number; email: string; role: string; status: string; state: string }[] {
    return this.$$('[part~="preview-row"]').map((tr) => ({
      line: Number(tr.dataset.line),
      email: textOf(tr.querySelector('.row-email')),
      role: textOf(tr.querySelector('.row-role select option:checked') ?? tr.querySelector('.row-role')),
      status: textOf(tr.querySelector('.row-status')),
      state: tr.dataset.state ?? '',
    }));
  }

  /** The summary above the preview table ("12 rows: 10 ready, 2 with problems."), empty when there is none. */
  importSummary(): string {
    return textOf(this.$('#import-summary'));
  }

  /** Why a file could not be imported (empty when it could). */
  importError(): string {
    return textOf(this.$('[part="import-error"]'));
  }

  /** Sends the ready rows of the import preview. */
  async sendImport(): Promise<void> {
    this.$<HTMLButtonElement>('[part="import-send"]')!.click();
    await this.element.updateComplete;
  }

  /** Closes the import preview ("Cancel", or "Close" after sending). */
  async cancelImport(): Promise<void> {
    this.$<HTMLButtonElement>('[part="import-cancel"]')!.click();
    await this.element.updateComplete;
  }

  /** The CSV of the "Download the rows not sent" link, or null when there is no link. */
  async failedCsv(): Promise<string | null> {
    const link = this.$<HTMLAnchorElement>('[part="download-failed"]');
    return link ? (await fetch(link.href)).text() : null;
  }

  /**
   * What has focus inside the form, as a readable name (`#id`, else its aria-label, part or text), or null. Tests
   * compare names, not elements: a failing assertion on an element makes some runners serialize the whole graph.
   */
  focusName(): string | null {
    const active = this.focused();
    if (!active) return null;
    if (active.id) return `#${active.id}`;
    return active.getAttribute('aria-label') ?? active.getAttribute('part') ?? textOf(active);
  }
}
