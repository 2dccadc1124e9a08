import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import {
  SubmitQueueController,
  unsent,
  type DraftOutcome,
  type QueueResult,
  type Sending,
} from './internal/submit-queue.js';
import { InvitationCreateEvent, InvitationErrorEvent } from '../events.js';
import { InvitationError, type InvitationDraft } from '../model.js';
import type { CreateCapabilities, RoleOption } from '../providers/adapter.js';
import { themeStyles } from '../internal/theme.js';
import { commonMessages } from '../i18n/en-common.js';
import { formMessages } from '../i18n/en-form.js';
import { InvitationsElement } from '../internal/base-element.js';
import { isEmail } from './internal/addresses.js';
import { EmailChips } from './internal/email-chips.js';
import type { CsvImport } from './internal/csv-import.js';
import { carriesFiles, looksTabular, renderImportButton } from './internal/import-trigger.js';
import { renderExpiry, renderOptions } from './internal/fields.js';
import { styles } from './invite-form.styles.js';
import { RolePicker, type RoleLoader } from './internal/role-picker.js';
import { ConflictChecker, type MemberLoader } from './internal/conflicts.js';
import {
  expiryScale,
  FIELD_ATTRIBUTES,
  missingFields,
  validateForm,
  type FormField,
  type FormIssue,
  type HostField,
} from './internal/validation.js';

export type { RoleLoader } from './internal/role-picker.js';
export type { MemberLoader } from './internal/conflicts.js';

/** How long a submission waits for the look-ups of the addresses just typed. */
const CHECK_WAIT_MS = 3000;
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Removing the attribute gives back the empty default (Lit would set `null`). */
const text = { fromAttribute: (value: string | null) => value ?? '' };

/**
 * A form that invites people to an organization through any invitations API: one or many email addresses (typed or
 * pasted, shown as chips), the role or roles, the expiry, and the provider's options — only the fields the adapter's
 * `capabilities.create` supports. It validates before sending, sends at a polite pace (Clerk in bulk), pauses for
 * a 429's `Retry-After` before the next address (it never sends the same request twice), reports per address what
 * was sent and what was not, and keeps what was not in the field.
 *
 * **CSV import**: "Import CSV" (a file), a file dropped on the form, or a table pasted into the email input (a tab
 * on a line, or `address, role`) opens a preview of the rows — email and role columns (a header `email,role` in any
 * order, else address then role; comma, tab or semicolon; RFC 4180 quotes; a role by value or label, several
 * separated by `|`; an empty role takes the role chosen in the form) with what is wrong with each row. The ready rows
 * are sent like addresses (the same events, pace and bulk requests), each with its own role; rows not sent stay in
 * the table with the reason and download as CSV (`email,role,error`, cells made safe for spreadsheets). The import's
 * code loads on first use.
 *
 * @tagname invite-form
 * @summary Invite one or many people to an organization.
 *
 * @attr lang - The language of the UI (else the nearest ancestor's `lang`, else `<html lang>`, else English).
 * @attr dir - `ltr` or `rtl`: the layout direction; else the nearest ancestor's `dir`, else the direction of the language (`ar`, `he`, … are right to left).
 * @cssstate rtl - Laid out right to left: a `dir="rtl"` around it, or a right-to-left `lang` (`ar`, `he`, …) with no `dir`.
 *
 * @fires {InvitationCreateEvent} invitation-create - Before anything is sent, with `detail.drafts` (one per address).
 * Cancelable: `preventDefault()` sends nothing.
 * @fires {InvitationCreatedEvent} invitation-created - After a submission created invitations, with
 * `detail.invitations` (one per created invitation) and `detail.endpoint`.
 * @fires {InvitationErrorEvent} invitation-error - Once per failed request, with `detail.error`, `detail.action`
 * (`'create'`) and `detail.drafts` (the drafts it concerns).
 *
 * @csspart form - The `<form>`.
 * @csspart emails - The email field (label, chips, input, hint, errors).
 * @csspart emails-box - The box that looks like the input and holds the chips and the real input.
 * @csspart emails-input - The text input where addresses are typed.
 * @csspart chip - One address; also `chip-invalid` when it is not valid, listed twice or refused by the server.
 * @csspart chip-invalid - An address with a problem.
 * @csspart chip-remove - The remove button of a chip.
 * @csspart resend-instead - Under an address that already has a pending invitation: replace it ("Resend instead").
 * @csspart keep-pending - Takes "Resend instead" back.
 * @csspart replacing - The addresses whose pending invitation will be replaced.
 * @csspart roles - The role picker: a select, checkboxes (a multiple select from 9 roles on, without the descriptions) or a text input.
 * @csspart more-options - With `compact`: the disclosure ("More options") holding the expiry and the email choices.
 * @csspart expiry - The expiry fieldset.
 * @csspart expiry-preset - A preset button (1, 7, 30 days).
 * @csspart send-email - The send-email checkbox and its label.
 * @csspart force - The "resend if already invited" checkbox and its label.
 * @csspart field-error - The error text under a field.
 * @csspart error - The alert above the button (config errors, failures that concern no field).
 * @csspart submit - The submit button.
 * @csspart stop - The button that stops a long submission.
 * @csspart progress - "Sending 2 of 12…", and "Sending resumes in 3 s…" while a 429's Retry-After is waited out.
 * @csspart status - The polite live region ("Invitation sent to a@b.co").
 * @csspart results - The per-address results of the last submission.
 * @csspart import - The "Import CSV" control: the label of a visually hidden file input, styled as a button (a file
 * can also be dropped on the form).
 * @csspart import-error - Why a file could not be imported (empty, not text, too large, too many rows).
 * @csspart drop-zone - The overlay shown while a file is dragged over the form.
 * @csspart preview - The import preview: the summary and the table of rows, in place of the email field.
 * @csspart preview-table - The table of the rows to import (row, email, role, status).
 * @csspart preview-row - One row of the file; `data-state` is `ready`, `problem` or `failed` (not sent, after sending).
 * @csspart preview-remove - The button that removes a row from the import.
 * @csspart import-send - The button that sends the ready rows.
 * @csspart import-cancel - The button that closes the preview (the rows are dropped; the field is back).
 * @csspart download-failed - The link that downloads the rows not sent, as CSV.
 *
 * @cssprop --invitations-accent - Buttons, focus ring and chips.
 * @cssprop --invitations-accent-contrast - Text on the accent colour.
 * @cssprop --invitations-text - Text colour.
 * @cssprop --invitations-muted - Hints.
 * @cssprop --invitations-surface - Background.
 * @cssprop --invitations-surface-alt - Chips and the results box.
 * @cssprop --invitations-border - Borders of inputs and boxes.
 * @cssprop --invitations-danger - Errors and invalid chips.
 * @cssprop --invitations-success - Sent addresses.
 * @cssprop --invitations-warning - The suggestion to resend.
 * @cssprop --invitations-radius - Corner radius.
 * @cssprop --invitations-font - The font shorthand.
 * @cssprop --invitations-gap - Space between fields.
 */
export class InviteForm extends InvitationsElement {
  /** Reactive properties (see InvitationsElement.properties): documented where each is declared below. */
  static override properties: PropertyDeclarations = {
    clientId: { attribute: 'client-id', converter: text },
    inviterName: { attribute: 'inviter-name', converter: text },
    connectionId: { attribute: 'connection-id', converter: text },
    redirectUrl: { attribute: 'redirect-url', converter: text },
    inviterId: { attribute: 'inviter-id', converter: text },
    roles: { attribute: false },
    defaultRole: { attribute: 'default-role' },
    allowedDomains: { attribute: 'allowed-domains', converter: text },
    list: { converter: text },
    pace: { type: Number },
    members: { attribute: false },
    noConflictCheck: { type: Boolean, attribute: 'no-conflict-check' },
    expiry: { state: true },
    expiryError: { state: true },
    sendEmail: { state: true },
    force: { state: true },
    attempted: { state: true },
    alerts: { state: true },
    announcement: { state: true },
    results: { state: true },
    suggestForce: { state: true },
    replacing: { state: true },
    submitting: { state: true },
    importer: { state: true },
    importFailure: { state: true },
    dropping: { state: true },
    compact: { type: Boolean, reflect: true },
    moreOpen: { state: true },
  };

  static override styles = [themeStyles, styles];
  static override english = { ...commonMessages, ...formMessages };

  /** Registers the element (`define.ts` does it for you); pass another tag or registry on a name collision. */
  static define(tag = 'invite-form', registry: CustomElementRegistry = customElements): void {
    this.register(tag, registry);
  }

  /** Auth0: the application (`client_id`) whose login route the invitation link opens. Required by Auth0. */
  clientId = '';
  /** Auth0: the inviter's name shown in the email (`inviter.name`). Required by Auth0. */
  inviterName = '';
  /** Auth0: the connection the invitee signs up with (`connection_id`). */
  connectionId = '';
  /** Clerk: where the invitee lands after accepting (`redirect_url`). */
  redirectUrl = '';
  /** Clerk: the user id of the inviter (`inviter_user_id`). */
  inviterId = '';

  /**
   * The roles to choose from: `{ value, label, description? }[]`, or a function `(signal) => Promise<…>` that loads
   * them. Defaults to the provider's fixed set (`capabilities.create.roles.options`, e.g. Upsun permissions).
   */
  roles?: RoleOption[] | RoleLoader;

  /**
   * The role new invitations start with, one of the options' values; unset = the provider's default where it has one
   * (Clerk `org:member`), empty = none (the user must choose).
   */
  defaultRole?: string;

  /**
   * Email domains invitations may go to, separated by commas or spaces (`example.com, example.org`; case does not
   * matter; a subdomain is another domain). An address elsewhere is refused on its chip, before anything is sent.
   * Empty: any domain. Check the same on your server (`policy.emailDomains` of `invitation-elements/server`).
   */
  allowedDomains = '';

  /**
   * The id of an `<invitation-list>` in the same document or shadow root: after creating, it shows the new
   * invitations (`showCreated()`; another element's `refresh()`).
   */
  list = '';

  /** Minimum milliseconds between two create requests (one address each, or one Clerk bulk of up to 10). */
  pace = 250;

  /**
   * The organization's members, to refuse their addresses before sending: their emails, or a function
   * `(emails, signal) => Promise<Iterable<string>>` given the addresses typed (lower case) that resolves to those of
   * them that belong to members. Unset: members are not checked (the provider's own error still names them).
   */
  members?: readonly string[] | MemberLoader;

  /**
   * Do not look up pending invitations as addresses are typed. By default each address is checked before sending:
   * through the API's email filter where it has one (Clerk, for up to 5 addresses at once), else in the pending
   * invitations, read once (up to 2,000).
   */
  noConflictCheck = false;

  /** Expiry in the scale's unit; undefined = the provider's default. */
  private expiry?: number;
  private expiryError?: string;
  private sendEmail = true;
  private force = false;
  /** A submission was attempted: show "required" errors from now on. */
  private attempted = false;
  private alerts: string[] = [];
  private announcement = '';
  private results?: DraftOutcome[];
  private suggestForce = false;

  /** Counts submissions and resets: a submission that a reset overtook only fires its events. */
  private runs = 0;
  private readonly conflicts = new ConflictChecker(this, {
    adapter: () => this.activeAdapter,
    context: (signal) => this.requestContext(signal),
    members: () => this.members,
    enabled: () => !this.noConflictCheck && !!this.endpoint,
  });
  private readonly chips = new EmailChips(
    this,
    this.localize,
    () => this.domains,
    (email) => this.conflicts.of(email),
  );
  /** Pending invitations are being revoked before their replacements are sent (providers without `force`). */
  private replacing = false;
  /** A submission waits for the look-ups of the addresses just typed. */
  private submitting = false;
  private readonly queue = new SubmitQueueController(this);
  private readonly picker = new RolePicker(this, this.localize, {
    roles: () => this.roles,
    create: () => this.create,
    defaultRole: () => this.defaultRole,
  });

  /** The allowed domains, lower case (none: any). */
  private get domains(): string[] {
    return this.allowedDomains
      .toLowerCase()
      .split(/[\s,;]+/)
      .filter(Boolean);
  }

  /** The CSV import, once loaded (on first use). */
  private importer?: CsvImport;
  private importFailure?: string;
  /** A file is dragged over the form. */
  private dropping = false;
  private importerLoad?: Promise<CsvImport>;

  /** Empties the form and restores every choice to its default; stops a submission under way. */
  reset(): void {
    this.runs++;
    this.queue.cancel();
    this.conflicts.forget();
    this.importer?.close(false);
    this.chips.clear();
    this.picker.reset();
    this.expiry = undefined;
    this.sendEmail = true;
    this.clearOutcome();
  }

  /**
   * A compact layout: the email field, the role and the send button on one line where the form is 640 px wide or
   * more; the expiry and the email choices under "More options". What `<invitation-list>`'s Invite dialog suits.
   */
  compact = false;

  /** "More options" is open (compact): it stays open once opened, by the user or by a field in it that needs them. */
  private moreOpen = false;

  /** The addresses in the field, as chips so far (those not sent stay after a submission). */
  get emails(): string[] {
    return this.chips.chips.map((c) => c.email);
  }

  /** Focuses the email input. */
  override focus(options?: FocusOptions): void {
    const input = this.renderRoot.querySelector<HTMLElement>('#emails-input');
    if (input) input.focus(options);
    else super.focus(options);
  }

  private get create(): CreateCapabilities | undefined {
    return this.activeAdapter?.capabilities.create;
  }

  private get scale() {
    return this.create?.expiry ? expiryScale(this.create.expiry) : undefined;
  }

  private get expiryValue(): number {
    return this.expiry ?? this.scale?.default ?? NaN;
  }

  private get pacing(): number {
    return Number.isFinite(this.pace) && this.pace >= 0 ? this.pace : 250;
  }

  /** Config errors: no adapter, no endpoint, or a provider field that is required but not set. */
  private formConfigError(): InvitationError | undefined {
    const error = this.configError();
    if (error) return error;
    const missing = missingFields(this.create!, this);
    if (!missing.length) return undefined;
    const names = this.localize.list(missing.map((key) => FIELD_ATTRIBUTES[key]));
    return new InvitationError(this.localize.term('formMissingFields', names, missing.length), {
      kind: 'config',
      code: 'missing_field',
      field: missing[0],
    });
  }

  private issues(): FormIssue[] {
    const scale = this.scale;
    const values = { emails: this.chips.emails, roles: this.picker.current, expiry: scale && this.expiryValue };
    const issues = validateForm(values, this.create!, scale);
    // a repeat or a domain outside allowed-domains stops the submission too (the chip says which)
    const refused = this.chips.chips.some((c) => {
      const problem = this.chips.problem(c);
      return problem === 'duplicate' || problem === 'domain' || problem === 'member' || problem === 'invited';
    });
    if (refused && !issues.some((i) => i.field === 'emails')) issues.unshift({ field: 'emails', kind: 'invalid' });
    return issues;
  }

  private drafts(): InvitationDraft[] {
    const roles = this.picker.current;
    const extra = this.draftOptions();
    const force = !!this.create!.force;
    return this.chips.chips.map((chip) => ({
      email: chip.email,
      roles: [...roles],
      ...extra,
      // "Resend instead" where the provider replaces a pending invitation itself (Upsun `force`)
      ...(chip.replace && force ? { force: true } : {}),
    }));
  }

  /** Every draft field but the email and the roles: expiry, send-email, force, the host-set fields. */
  private draftOptions(): Partial<InvitationDraft> {
    const create = this.create!;
    const extra: Partial<InvitationDraft> = {};
    if (create.expiry && this.scale) {
      const seconds = this.expiryValue * this.scale.seconds;
      extra.expiresInSeconds = Math.min(create.expiry.max, Math.max(create.expiry.min, seconds));
    }
    if (create.sendEmail) extra.sendEmail = this.sendEmail;
    if (create.force) extra.force = this.force;
    for (const key of Object.keys(FIELD_ATTRIBUTES) as HostField[]) {
      if (create.fields[key] && this[key].trim()) extra[key] = this[key].trim();
    }
    return extra;
  }

  /** Forgets the outcome of the last submission (the force choice goes with it: it was about those addresses). */
  private clearOutcome() {
    this.attempted = false;
    this.picker.serverError = undefined;
    this.expiryError = undefined;
    this.alerts = [];
    this.announcement = '';
    this.results = undefined;
    this.suggestForce = false;
    this.force = false;
    this.chips.setError(undefined);
  }

  private async focusField(field: FormField) {
    await this.updateComplete;
    const selector = {
      emails: '#emails-input',
      roles: '#role-select, #role-input, input[name="role"]',
      expiry: '#expiry-input',
    }[field];
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  private get busy(): boolean {
    return this.queue.busy || this.replacing;
  }

  /** The sending code's load that focus or an address started (see `loadSending`). */
  private sendingLoad?: Promise<void>;
  /** That load failed: it is tried again at the next focus (or by the submission), not at every update. */
  private sendingFailed = false;

  /**
   * Loads the sending code ahead of the first submission, when focus first enters the form or an address is there:
   * with it comes what the email field says about its addresses.
   */
  private loadSending() {
    if (this.queue.sending || this.sendingLoad) return;
    this.sendingLoad = this.queue
      .load()
      .then(
        () => undefined,
        () => void (this.sendingFailed = true),
      )
      .finally(() => (this.sendingLoad = undefined));
  }

  private onFocusIn = () => {
    this.sendingFailed = false;
    this.loadSending();
  };

  /** The English of the sending code's texts (the field's problems, the progress, the outcome), once per element. */
  private sendingEnglish = false;
  private withEnglish(sending: Sending): Sending {
    if (!this.sendingEnglish) this.localize.addEnglish(sending.formLaterMessages);
    this.sendingEnglish = true;
    return sending;
  }

  private onSubmit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (this.importer?.open) return this.sendImport();
    const adapter = this.activeAdapter;
    if (this.busy || this.submitting || !adapter || this.formConfigError()) return;
    this.chips.commit();
    const force = this.force;
    this.clearOutcome();
    this.force = force;
    this.attempted = true;
    // The look-ups of the last addresses typed: wait for them a moment (a slow one is left to the provider's error).
    this.conflicts.check(this.chips.checkable);
    if (this.conflicts.busy) {
      this.submitting = true;
      const checked = await Promise.race([this.conflicts.settled().then(() => true), wait(CHECK_WAIT_MS)]);
      this.submitting = false;
      if (!checked) this.conflicts.giveUp();
    }
    const issues = this.issues();
    if (issues.length) return void this.focusField(issues[0].field);

    await this.sendDrafts(this.drafts(), true);
  };

  /**
   * Opens the CSV import preview with a file's rows or CSV text (what "Import CSV", a dropped file and a pasted table
   * do), in place of a preview already open. Nothing is sent until the user sends the rows. A file that cannot be
   * imported shows why, beside the button.
   */
  async importRows(source: File | string): Promise<void> {
    const importer = await this.loadImporter();
    if (!importer) return;
    this.results = undefined;
    this.alerts = [];
    await (typeof source === 'string' ? importer.openText(source) : importer.openFile(source));
  }

  /** The import's code, loaded on first use; undefined (and a message) when it did not load. */
  private async loadImporter(): Promise<CsvImport | undefined> {
    this.importFailure = undefined;
    this.importerLoad ??= import('./internal/csv-import.js').then(
      ({ CsvImport }) => (this.importer = new CsvImport(this, isEmail)),
    );
    try {
      return await this.importerLoad;
    } catch (error) {
      this.importerLoad = undefined;
      this.importFailure = this.localize.term('formImportLoadFailed', InvitationError.from(error).message);
      return undefined;
    }
  }

  /**
   * Sends drafts (a submission of the field's addresses, `shown`, or the import's rows) and gives the queue's result;
   * undefined when `invitation-create` (cancelable) was cancelled. The rest — the revokes of "Resend instead", the
   * queue, the outcome shown, `invitation-created`, the linked list, `invitation-error` — is sending code
   * (sending.ts `submit`), loaded now unless focus in the form loaded it. (A field, as `onSubmit` is: the manifest's
   * analyzer would list a method's dispatches as more events.)
   */
  private sendDrafts = async (drafts: InvitationDraft[], shown = false): Promise<QueueResult | undefined> => {
    const adapter = this.activeAdapter;
    if (!adapter || !this.dispatchEvent(new InvitationCreateEvent(drafts))) return undefined;
    const run = ++this.runs;
    let sending = this.queue.sending;
    try {
      sending ??= await this.queue.ready();
    } catch (error) {
      // Nothing was sent: the addresses stay, and the alert says why.
      const failure = error as InvitationError;
      if (shown && run === this.runs) this.alerts = [failure.message];
      this.dispatchEvent(new InvitationErrorEvent(failure, 'create', { drafts }));
      return unsent(drafts, failure);
    }
    return this.withEnglish(sending).submit(this, adapter, drafts, { run, shown, fieldAttributes: FIELD_ATTRIBUTES });
  };

  /** The code that loads for what is on screen: the sending code (focus, an address), the import's (a file). */
  protected override pendingLoads() {
    return [this.sendingLoad, this.importer ? undefined : this.importerLoad?.catch(() => undefined)];
  }

  /** Sends the import's ready rows (the expiry checked first, as for addresses). */
  private sendImport() {
    if (this.queue.busy || this.formConfigError()) return;
    if (this.issues().some((i) => i.field === 'expiry')) return void this.focusField('expiry');
    return this.importer!.send();
  }

  /** A table pasted into the email input opens the import preview; a list of addresses still becomes chips. */
  private onPasteTable = {
    capture: true,
    handleEvent: (event: ClipboardEvent) => {
      const text = event.clipboardData?.getData('text/plain');
      if ((event.target as Element).id !== 'emails-input' || !text || !looksTabular(text)) return;
      event.preventDefault();
      event.stopPropagation();
      void this.importRows(text);
    },
  };

  /** A file cannot be taken now: while sending, or while an import's rows are on screen (they would be replaced). */
  private get dropRefused(): boolean {
    return this.queue.busy || !!this.importer?.open;
  }

  private onDrag = (event: DragEvent) => {
    if (!carriesFiles(event)) return;
    // (preventing the default is what lets the form take the drop; refused, the pointer says so)
    event.preventDefault();
    const form = event.currentTarget as HTMLElement;
    if (event.type === 'dragleave') {
      if (!form.contains(event.relatedTarget as Node | null)) this.dropping = false;
    } else {
      event.dataTransfer!.dropEffect = this.dropRefused ? 'none' : 'copy';
      this.dropping = !this.dropRefused;
      // the drop zone comes with the import's code, which the drop needs anyway
      if (this.dropping && !this.importer) void this.loadImporter();
    }
  };

  private onDrop = (event: DragEvent) => {
    this.dropping = false;
    const file = event.dataTransfer?.files[0];
    if (!file) return;
    event.preventDefault(); // never the browser's own drop (it would open the file in place of the page)
    if (!this.dropRefused) void this.importRows(file);
  };

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (this.queue.sending) this.withEnglish(this.queue.sending);
    else if (!this.sendingFailed && (this.chips.chips.length || this.attempted)) this.loadSending();
    if (changed.has('adapter') || changed.has('provider')) {
      this.picker.reset();
      this.expiry = undefined;
    }
    const sources = ['adapter', 'provider', 'endpoint', 'fetcher', 'members', 'noConflictCheck'] as const;
    if (sources.some((name) => changed.has(name))) this.conflicts.forget();
    this.conflicts.check(this.chips.checkable);
    // an import's rows too (in one look-up: the pending invitations read once, whatever the provider)
    if (this.importer?.open) this.conflicts.check(this.importer.rows.filter((r) => !r.problem).map((r) => r.email));
    // Compact: "More options" opens by itself when a field in it needs the user (and stays open).
    if (this.compact && !this.moreOpen && this.create) {
      this.moreOpen = this.issues().some((i) => i.field === 'expiry') || !!this.expiryError || this.suggestForce;
    }
  }

  override render() {
    const error = this.formConfigError();
    if (error) return html`<div class="alert" part="error" role="alert">${error.message}</div>`;
    const term = this.localize.term.bind(this.localize);
    const busy = this.busy;
    const issues = this.issues();
    const issue = (field: FormField) => issues.find((i) => i.field === field);
    const scale = this.scale;

    const more = html`${
      scale
        ? renderExpiry({
            localize: this.localize,
            scale,
            value: this.expiryValue,
            error: issue('expiry')
              ? term(scale.unit === 'days' ? 'formExpiryRangeDays' : 'formExpiryRangeHours', scale.min, scale.max)
              : this.expiryError,
            now: Date.now(),
            onChange: (value) => {
              this.expiry = value;
              this.expiryError = undefined;
            },
          })
        : nothing
    }
    ${renderOptions({
      localize: this.localize,
      create: this.create!,
      sendEmail: this.sendEmail,
      force: this.force,
      suggestForce: this.suggestForce,
      onSendEmail: (value) => (this.sendEmail = value),
      onForce: (value) => (this.force = value),
    })}`;

    const importing = this.importer?.open;
    return html`<form
      part="form"
      class=${this.compact ? 'compact' : ''}
      novalidate
      ?data-checking=${this.submitting || (this.queue.busy && !this.queue.sending)}
      ?data-dropping=${this.dropping}
      @submit=${this.onSubmit}
      @focusin=${this.onFocusIn}
      @paste=${this.onPasteTable}
      @dragenter=${this.onDrag}
      @dragover=${this.onDrag}
      @dragleave=${this.onDrag}
      @drop=${this.onDrop}
    >
      <fieldset class="fields" ?disabled=${busy}>
        ${
          importing
            ? this.importer!.renderPreview()
            : this.chips.render({
                disabled: busy,
                required: this.attempted,
                problems: this.queue.sending?.renderEmailProblems,
              })
        }
        ${
          importing
            ? nothing
            : html`${renderImportButton({ localize: this.localize, disabled: busy, onFile: (f) => this.importRows(f) })}
              ${this.importer?.renderError()}
              ${this.importFailure ? html`<p class="field-error" part="import-error" role="alert">${this.importFailure}</p>` : nothing}`
        }
        ${this.picker.render(this.attempted ? issue('roles') : undefined)} ${this.compact ? nothing : more}
      </fieldset>
      ${
        this.compact
          ? html`<fieldset class="more" ?disabled=${busy}>
              <details
                part="more-options"
                .open=${this.moreOpen}
                @toggle=${(e: Event) => (this.moreOpen = (e.target as HTMLDetailsElement).open)}
              >
                <summary>${term('formMoreOptions')}</summary>
                <div class="fields">${more}</div>
              </details>
            </fieldset>`
          : nothing
      }
      <div class="alert" part="error" role="alert" ?hidden=${!this.alerts.length}>
        ${this.alerts.map((message) => html`<p>${message}</p>`)}
      </div>
      <div class="actions" ?hidden=${importing}>
        <button
          type="submit"
          part="submit"
          class="submit"
          aria-disabled=${busy ? 'true' : 'false'}
          aria-busy=${busy || this.submitting ? 'true' : 'false'}
        >
          ${term('formSubmit', Math.max(1, this.chips.chips.length))}
        </button>
        ${
          busy && !importing
            ? // (while the sending code loads, the form is still "checking": no progress to show yet)
              (this.queue.sending?.renderProgress(html, this.localize, this.queue) ?? nothing)
            : nothing
        }
      </div>
      ${importing ? this.importer!.renderActions() : nothing}
      <div part="status" class="status" role="status">
        ${this.queue.resumeIn !== undefined ? term('formRateLimited') : this.announcement}
      </div>
      ${
        this.results?.length && this.queue.sending
          ? this.queue.sending.renderResults(html, this.localize, this.results)
          : nothing
      }
      ${this.dropping ? this.importer?.renderDropZone() : nothing}
    </form>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'invite-form': InviteForm;
  }
}
