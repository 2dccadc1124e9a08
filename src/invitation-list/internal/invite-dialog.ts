/**
 * The Invite dialog of <invitation-list>: the `<invite-form slot="invite-form">` it opens modally from the toolbar,
 * the settings the list lends that form, and the close once a create sent every address. Loaded when such a form
 * arrives (or by the Invite press, when that load failed), like the row actions' code: it imports values only from
 * modules every page has (see ARCHITECTURE.md).
 */
import type { InvitationList } from '../invitation-list.js';

/** What the list uses of a slotted `<invite-form>` (without importing its class). */
export interface InviteFormLike extends HTMLElement {
  readonly emails: string[];
  readonly updateComplete: Promise<boolean>;
}

/** The settings a list lends the form in its Invite dialog, where the form has none of its own. */
const LENT = ['endpoint', 'provider', 'adapter', 'fetcher', 'roles'] as const;

/** Forms a list has made compact already (once each: a host may turn it off afterwards). */
const compacted = new WeakSet<Element>();

export class InviteDialog {
  #form?: InviteFormLike;
  /** The settings this list lent its form (those the form did not have): kept in step with the list's. */
  readonly #lent = new Set<(typeof LENT)[number]>();

  constructor(private readonly list: InvitationList) {}

  private get dialog(): HTMLDialogElement | null {
    return this.list.renderRoot.querySelector('dialog');
  }

  /**
   * The form gets the list's endpoint, provider and adapter (as a pair: a form with either keeps its own), fetcher
   * and roles where it has none of its own; a form that just arrived gets the compact layout, which suits the dialog.
   */
  lend(form: InviteFormLike): void {
    if (form !== this.#form) {
      this.#form = form;
      this.#lent.clear();
      if ('compact' in form && !compacted.has(form)) {
        compacted.add(form);
        (form as InviteFormLike & { compact: boolean }).compact = true;
      }
    }
    const record = form as unknown as Record<string, unknown>;
    const unset = (key: (typeof LENT)[number]) =>
      this.#lent.has(key) || record[key] === undefined || record[key] === '';
    for (const key of LENT) {
      const free = key === 'provider' || key === 'adapter' ? unset('provider') && unset('adapter') : unset(key);
      if (!free) continue;
      if (record[key] !== this.list[key]) record[key] = this.list[key];
      this.#lent.add(key);
    }
  }

  /** Opens the form in a modal dialog (focus trapped in it, Escape closes it), focus in its email field. */
  open(form: InviteFormLike): void {
    const dialog = this.dialog;
    if (!dialog || dialog.open) return;
    this.lend(form);
    dialog.showModal();
    form.focus();
  }

  /** After a create: the dialog closes once every address was sent (refused ones stay in the form, open). */
  async closeWhenSent(form: InviteFormLike): Promise<void> {
    await form.updateComplete;
    const dialog = this.dialog;
    if (form.emails.length || !dialog?.open) return;
    dialog.close();
    this.list['_focusInvite'](); // now: the form gives focus back to its field when it finds none
  }
}
