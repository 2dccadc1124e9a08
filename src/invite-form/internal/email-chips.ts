import { html, nothing, type ReactiveControllerHost } from 'lit';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import type { LocalizeController } from '../../internal/localize.js';
import { formatAddress, isEmail, parseAddresses, splitTyped, type ParsedAddress } from './addresses.js';
import type { Conflict } from './conflicts.js';

/** One address in the field. */
export interface Chip extends ParsedAddress {
  key: number;
  /** Why the server refused it, after a submission. */
  error?: string;
  /** The user chose to replace its pending invitation ("Resend instead"). */
  replace?: boolean;
}

export type ChipProblem = 'invalid' | 'domain' | 'duplicate' | 'member' | 'invited' | 'rejected';

export interface ChipsView {
  disabled: boolean;
  /** Say that an address is needed (after a submission attempt with none). */
  required: boolean;
  /** What the field says about its addresses (email-problems.ts), once loaded: with the sending code. */
  problems?: typeof import('./email-problems.js').renderEmailProblems;
}

/**
 * The email part of `<invite-form>`: chips for the addresses entered so far, and the input where more are typed or
 * pasted. Typing a separator (`,` `;` newline, or a space after an address) turns what precedes it into chips;
 * pasting turns the whole text into chips; Backspace in the empty input takes the last chip back into the input;
 * each chip's remove button works with Enter, Space, Delete or Backspace, and the arrow keys move between chips.
 */
export class EmailChips {
  chips: Chip[] = [];
  /** What is in the input, not yet a chip. */
  text = '';
  private nextKey = 1;

  constructor(
    readonly host: ReactiveControllerHost & HTMLElement,
    readonly localize: LocalizeController,
    /** The email domains allowed (lower case), or none: any. */
    readonly allowedDomains: () => string[],
    /** What the conflict check found for an address. */
    private readonly conflictOf: (email: string) => Conflict | 'checking' | undefined = () => undefined,
  ) {}

  /** The email of every chip, in order. */
  get emails(): string[] {
    return this.chips.map((c) => c.email);
  }

  /**
   * What is wrong with a chip: not an address, not of an allowed domain, a repeat, a member's, already invited (and
   * not to be replaced), or refused by the server.
   */
  problem(chip: Chip): ChipProblem | undefined {
    if (!isEmail(chip.email)) return 'invalid';
    const allowed = this.allowedDomains();
    if (allowed.length && !allowed.includes(chip.email.slice(chip.email.lastIndexOf('@') + 1).toLowerCase())) {
      return 'domain';
    }
    const first = this.chips.find((c) => c.email.toLowerCase() === chip.email.toLowerCase());
    if (first !== chip) return 'duplicate';
    const conflict = this.conflictOf(chip.email);
    if (conflict !== 'checking' && conflict?.kind === 'member') return 'member';
    if (chip.error) return 'rejected';
    return conflict !== 'checking' && conflict?.kind === 'invited' && !chip.replace ? 'invited' : undefined;
  }

  /** The addresses worth looking up: valid, of an allowed domain, listed once. */
  get checkable(): string[] {
    return this.chips.flatMap((c) => {
      const problem = this.problem(c);
      return !problem || problem === 'invited' ? [c.email] : [];
    });
  }

  /** Sets (or clears) "replace the pending invitation" on the chip of `email`. */
  setReplace(email: string, replace: boolean): void {
    const key = email.toLowerCase();
    this.chips = this.chips.map((c) => (c.email.toLowerCase() === key ? { ...c, replace, error: undefined } : c));
    this.host.requestUpdate();
  }

  /** Turns text (one address or a whole pasted list) into chips. */
  add(text: string): void {
    for (const address of parseAddresses(text)) this.chips.push({ ...address, key: this.nextKey++ });
    this.host.requestUpdate();
  }

  /** Turns what is left in the input into chips. */
  commit(): void {
    if (!this.text.trim()) return;
    const text = this.text;
    this.text = '';
    this.add(text);
  }

  clear(): void {
    this.chips = [];
    this.text = '';
    this.host.requestUpdate();
  }

  /** Drops the chips of these (lower-cased) emails. */
  removeEmails(emails: Set<string>): void {
    this.chips = this.chips.filter((c) => !emails.has(c.email.toLowerCase()));
    this.host.requestUpdate();
  }

  /** Marks the chips of these emails as refused, with the reason; `undefined` clears every mark. */
  setError(emails: string[] | undefined, error?: string): void {
    const wanted = emails && new Set(emails.map((e) => e.toLowerCase()));
    this.chips = this.chips.map((c) =>
      !wanted ? { ...c, error: undefined } : wanted.has(c.email.toLowerCase()) ? { ...c, error } : c,
    );
    this.host.requestUpdate();
  }

  private get root() {
    return this.host.shadowRoot!;
  }

  private get input() {
    return this.root.querySelector<HTMLInputElement>('#emails-input');
  }

  focusInput(): void {
    this.input?.focus();
  }

  private focusChip(index: number) {
    const buttons = this.root.querySelectorAll<HTMLButtonElement>('button[data-chip]');
    if (index >= 0 && index < buttons.length) buttons[index].focus();
    else this.input?.focus();
  }

  private remove(chip: Chip, focusIndex: number) {
    this.chips = this.chips.filter((c) => c !== chip);
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => this.focusChip(focusIndex));
  }

  private onChipKeydown(event: KeyboardEvent, chip: Chip, index: number) {
    if (event.key === 'Backspace' || event.key === 'Delete') {
      event.preventDefault();
      // Backspace goes left, like deleting text; Delete keeps the position (the next chip, or the input).
      this.remove(chip, event.key === 'Backspace' ? Math.max(0, index - 1) : index);
    } else if (event.key === 'ArrowLeft' || event.key === 'ArrowRight') {
      event.preventDefault();
      const step = (event.key === 'ArrowLeft') === (this.localize.dir() === 'ltr') ? -1 : 1;
      this.focusChip(Math.max(0, index + step));
    }
  }

  private onInput(event: InputEvent) {
    const input = event.target as HTMLInputElement;
    // Pasted text the paste handler did not get (its data unreadable, or inserted by the browser's own menu or an
    // assistive tool): all of it becomes chips, as a paste does, not just what ends in a separator.
    if (event.inputType === 'insertFromPaste') return this.takeAll(input, input.value);
    const { done, rest } = splitTyped(input.value);
    this.text = rest;
    if (done) {
      this.add(done);
      input.value = rest;
    }
    this.host.requestUpdate();
  }

  private onPaste(event: ClipboardEvent) {
    const pasted = event.clipboardData?.getData('text/plain');
    if (!pasted) return; // the browser inserts it: onInput (insertFromPaste) makes the chips
    event.preventDefault();
    const input = event.target as HTMLInputElement;
    const start = input.selectionStart ?? input.value.length;
    const end = input.selectionEnd ?? input.value.length;
    this.takeAll(input, input.value.slice(0, start) + pasted + input.value.slice(end));
  }

  /** Makes chips of all of `text`, and empties the input. */
  private takeAll(input: HTMLInputElement, text: string) {
    input.value = this.text = '';
    this.add(text);
  }

  private onInputKeydown(event: KeyboardEvent) {
    const input = event.target as HTMLInputElement;
    const atStart = input.selectionStart === 0 && input.selectionEnd === 0;
    if (event.key === 'Backspace' && input.value === '' && this.chips.length) {
      // Edit the last chip: it goes back into the input.
      event.preventDefault();
      const chip = this.chips[this.chips.length - 1];
      this.chips = this.chips.slice(0, -1);
      this.text = formatAddress(chip);
      input.value = this.text;
      this.host.requestUpdate();
    } else if (event.key === (this.localize.dir() === 'ltr' ? 'ArrowLeft' : 'ArrowRight') && atStart) {
      if (this.chips.length) {
        event.preventDefault();
        this.focusChip(this.chips.length - 1);
      }
    }
  }

  private mark(chip: Chip): string | undefined {
    const problem = this.problem(chip);
    if (problem === 'invalid') return this.localize.term('formAddressInvalidMark');
    if (problem === 'domain') return this.localize.term('formAddressDomainMark');
    if (problem === 'duplicate') return this.localize.term('formAddressDuplicateMark');
    if (problem === 'member') return this.localize.term('formAlreadyMember');
    if (problem === 'invited') return this.localize.term('formAlreadyInvited');
    return problem === 'rejected' ? chip.error : undefined;
  }

  /** The whole email field: label, chips, input, hint, and one line per problem (once that code is there). */
  render(view: ChipsView) {
    const term = this.localize.term.bind(this.localize);
    const invalid = (view.required && !this.chips.length) || this.chips.some((c) => this.problem(c));
    const said = invalid && !!view.problems;
    return html`<div class="field" part="emails">
      <label for="emails-input">${term('formEmailsLabel')}</label>
      ${this.renderBox(view.disabled, invalid, said)}
      <p id="emails-hint" class="hint">${term('formEmailsHint')}</p>
      ${view.problems?.(this, view, html) ?? nothing}
    </div>`;
  }

  /** `said`: the lines saying what is wrong are there (`#emails-error`). */
  private renderBox(disabled: boolean, invalid: boolean, said: boolean) {
    const term = this.localize.term.bind(this.localize);
    return html`<div class="chips-box" part="emails-box" ?data-invalid=${invalid}>
      ${
        this.chips.length
          ? html`<ul class="chips" aria-label=${term('formAddresses')}>
              ${repeat(
                this.chips,
                (c) => c.key,
                (chip, index) => {
                  const mark = this.mark(chip);
                  const replacing = !mark && chip.replace;
                  return html`<li
                    class="chip"
                    part=${mark ? 'chip chip-invalid' : 'chip'}
                    ?data-invalid=${!!mark}
                    ?data-checking=${this.conflictOf(chip.email) === 'checking'}
                  >
                    <span class="chip-text">${chip.email}</span>
                    ${
                      mark || replacing
                        ? html`<span class="chip-mark" aria-hidden="true">${mark ? '!' : '↻'}</span
                            ><span class="visually-hidden">(${mark ?? term('formAddressReplaceMark')})</span>`
                        : nothing
                    }
                    <button
                      type="button"
                      class="chip-remove"
                      part="chip-remove"
                      data-chip
                      aria-label=${term('formRemoveAddress', chip.email)}
                      @click=${() => this.remove(chip, index)}
                      @keydown=${(e: KeyboardEvent) => this.onChipKeydown(e, chip, index)}
                    >
                      <span aria-hidden="true">×</span>
                    </button>
                  </li>`;
                },
              )}
            </ul>`
          : nothing
      }
      <input
        id="emails-input"
        part="emails-input"
        type="text"
        inputmode="email"
        autocomplete="off"
        autocapitalize="off"
        spellcheck="false"
        .value=${live(this.text)}
        aria-invalid=${invalid ? 'true' : 'false'}
        aria-describedby=${said ? 'emails-hint emails-error' : 'emails-hint'}
        ?disabled=${disabled}
        @input=${(e: InputEvent) => this.onInput(e)}
        @paste=${(e: ClipboardEvent) => this.onPaste(e)}
        @keydown=${(e: KeyboardEvent) => this.onInputKeydown(e)}
        @blur=${() => this.commit()}
      />
    </div>`;
  }
}
