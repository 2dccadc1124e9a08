import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { loadFailed, RowActionsController, type RowAction } from './internal/row-actions.js';
import type { InviteDialog, InviteFormLike } from './internal/invite-dialog.js';
import { inviteDialogCode } from './internal/invite-dialog-code.js';
import { LIST_MAX_RETRIES, LIST_MAX_RETRY_WAIT } from './internal/retry.js';
import type { BulkController } from './internal/bulk.js';
import { ListLoader, type Loaded } from './internal/loader.js';
import {
  filtersFrom,
  filtersKey,
  firstPosition,
  formatSort,
  jumpPosition,
  pagingCaps,
  placeCursor,
  positionAt,
  queryAttributes,
  nextPosition,
  previousPosition,
  queryKey,
  queryState,
  type Filters,
  type Position,
} from './internal/query-state.js';
import {
  InvitationCreatedEvent,
  InvitationErrorEvent,
  InvitationQueryChangeEvent,
  InvitationLoadedEvent,
} from '../events.js';
import type { Invitation } from '../model.js';
import type { AdapterCapabilities, InvitationAdapter, RoleOption } from '../providers/adapter.js';
import { themeStyles } from '../internal/theme.js';
import { commonMessages } from '../i18n/en-common.js';
import { listMessages } from '../i18n/en-list.js';
import { InvitationsElement } from '../internal/base-element.js';
import { renderPager } from './internal/pager.js';
import { renderToolbar } from './internal/toolbar.js';
import { listStyles } from './invitation-list.styles.js';
import { columnsOf, renderHead, renderRows, renderSkeleton, RowSlots, type TableView } from './internal/rows.js';
import { rowStyles } from './internal/rows.styles.js';
import { renderEmpty, renderError, renderNotice, renderTable } from './internal/states.js';

const SEARCH_DELAY = 300;
const MAX_SKELETON_ROWS = 25;

/**
 * A table of an organization's invitations — Auth0, Clerk, Upsun or any backend with an adapter — with paging in
 * the provider's own style, sort, status and role filters, email search, and row actions (revoke with an inline
 * confirmation, resend, copy the invitation link, details) — one by one, or several at once with `selectable`. Shows
 * only the controls and columns the adapter supports.
 *
 * @summary Lists, pages, filters and revokes organization invitations.
 *
 * @tagname invitation-list
 *
 * @attr lang - Language of the texts and dates (`en`, `de`, …); else the nearest ancestor's, else `<html lang>`.
 * @attr dir - `ltr` or `rtl`: the layout direction; else the nearest ancestor's `dir`, else the direction of the language (`ar`, `he`, … are right to left).
 * @cssstate rtl - Laid out right to left: a `dir="rtl"` around it, or a right-to-left `lang` (`ar`, `he`, …) with no `dir`.
 *
 * @fires {InvitationRevokeEvent} invitation-revoke - Before an invitation is revoked (cancelable). `detail.invitation`.
 * @fires {InvitationRevokedEvent} invitation-revoked - After the server revoked an invitation. `detail.invitation`.
 * @fires {InvitationResendEvent} invitation-resend - Before an invitation is sent again (cancelable), where the adapter can resend.
 * @fires {InvitationResentEvent} invitation-resent - After an invitation was sent again. `detail: { invitation, previous }`.
 * @fires {InvitationBulkRevokeEvent} invitation-bulk-revoke - Before the selected invitations are revoked one by one (cancelable: nothing is sent). `detail.invitations`. `invitation-revoke` and `invitation-revoked` (or `invitation-error`) still fire for each.
 * @fires {InvitationBulkRevokedEvent} invitation-bulk-revoked - Once after a bulk revoke. `detail: { revoked, failed: { invitation, error }[], skipped }`.
 * @fires {InvitationBulkResendEvent} invitation-bulk-resend - Before the selected invitations are sent again one by one (cancelable), where the adapter can resend. `detail.invitations`.
 * @fires {InvitationBulkResentEvent} invitation-bulk-resent - Once after a bulk resend. `detail: { resent: { invitation, previous }[], failed, skipped }`.
 * @fires {InvitationErrorEvent} invitation-error - A request failed. `detail: { error: InvitationError, action: 'list' | 'revoke' | 'resend', invitation? }`. After a 429 with `Retry-After` ≤ 60 s the list loads again by itself (at most 3 times, with a countdown); a row's own revoke or resend is never retried (a bulk run waits out a 429 and sends that one again, without an error event).
 * @fires {InvitationQueryChangeEvent} invitation-query-change - The user changed page, page size, sort, status or role filter, or search. `detail.query`, and `detail.attributes`: the same in the shape of the attributes (`page`, `page-size`, `sort`, `status`, `search`, `role-filter`, `page-cursor`), to keep in the URL and set back.
 * @fires {InvitationLoadedEvent} invitation-loaded - A page of invitations has rendered. `detail: { invitations, total? }`.
 * @fires {InvitationLoadedEvent} invitations-loaded - Deprecated: the former name of `invitation-loaded`, fired right after it with the same detail until the next release.
 *
 * @slot invite-form - An `<invite-form>` to open from the toolbar's Invite button, in a modal dialog; it takes the list's `endpoint`, `provider`/`adapter`, `fetcher` and `roles` where it has none of its own, and is made `compact` when it arrives.
 *
 * @csspart toolbar - The bar holding search, the status and role filters, sort, and the Invite button.
 * @csspart invite - The Invite button (only with a slotted `<invite-form>`).
 * @csspart invite-dialog - The modal dialog the slotted form opens in.
 * @csspart invite-close - The dialog's Close button.
 * @csspart search - The email search input (only where the adapter can search).
 * @csspart status-filter - The fieldset of status checkboxes.
 * @csspart role-filter - The role filter select (where role values are known: the `roles` property, Upsun's permissions).
 * @csspart sort - The sort select.
 * @csspart progress - The thin progress bar shown while a page reloads.
 * @csspart notice - The message of a failed row action.
 * @csspart table-wrapper - The scroll container around the table.
 * @csspart table - The table.
 * @csspart caption - The table caption (focus lands here when no row is left to focus).
 * @csspart header-row - The row of column headers.
 * @csspart header - Each column header (also `header-email`, `header-status`, …).
 * @csspart row - Each invitation row (skeleton rows too).
 * @csspart row-new - A row of an invitation just created, for `newMarkDuration` ms (with `row`).
 * @csspart new-mark - The "New" mark in the email cell of such a row.
 * @csspart skeleton - A placeholder row while the first page loads.
 * @csspart cell - Each cell (also `cell-email`, `cell-status`, `cell-roles`, `cell-inviter`, `cell-created`, `cell-expires`, `cell-actions`).
 * @csspart status - The status badge (also `status-pending`, `status-expired`, …).
 * @csspart actions - The container of a row's action buttons.
 * @csspart action - Each row action button (also `action-revoke`, `action-confirm`, `action-cancel`, `action-resend`, `action-copy`, `action-details`).
 * @csspart details-row - The row under an invitation that holds its details, while they are open.
 * @csspart details - The details of one invitation: every field in full (a `<dl>`).
 * @csspart details-link - The invitation's https link in its details.
 * @csspart confirm - The inline revoke confirmation.
 * @csspart header-select - The header of the checkbox column (`selectable`), holding `select-page`.
 * @csspart select-page - The checkbox that selects every revocable row of the page (mixed when some are).
 * @csspart cell-select - The cell of a row's checkbox (with `cell`).
 * @csspart select-row - A revocable row's checkbox.
 * @csspart row-selected - A selected row (with `row`).
 * @csspart outcome - What a bulk run did to the row, in its status cell (also `outcome-sending`, `outcome-done`, `outcome-failed` with the reason).
 * @csspart bulk-bar - The bar shown while rows are selected, during a bulk run and with its summary.
 * @csspart bulk-count - "3 selected".
 * @csspart bulk-action - Each button of the bulk bar (also `bulk-action-revoke`, `bulk-action-resend`, `bulk-action-clear`, `bulk-action-confirm`, `bulk-action-cancel`, `bulk-action-stop`).
 * @csspart bulk-confirm - The "Revoke 3 invitations?" confirmation.
 * @csspart bulk-progress - "Revoking 2 of 5…", during a run.
 * @csspart bulk-summary - What the last run did ("3 invitations revoked. 1 failed and stays selected.").
 * @csspart pager - The pagination bar.
 * @csspart range - The "1–10 of 57" / "Page 2" text.
 * @csspart pager-button - Previous, next and numbered page buttons (also `pager-previous`, `pager-next`, `pager-page`).
 * @csspart limit - The note shown when the provider lists no further records.
 * @csspart page-size - The page-size select.
 * @csspart empty - The empty state.
 * @csspart clear-filters - The "Clear filters" button of the empty state.
 * @csspart error - The error state (and configuration errors).
 * @csspart retry - The retry button of the error state.
 * @csspart countdown - "Retrying in 5 s…", after a 429 whose short Retry-After the list (or a bulk run) waits out by itself.
 *
 * @cssprop --invitations-accent - Accent colour (focus ring, selected page, progress bar).
 * @cssprop --invitations-accent-contrast - Text colour on the accent colour.
 * @cssprop --invitations-text - Text colour.
 * @cssprop --invitations-muted - Secondary text colour.
 * @cssprop --invitations-surface - Background colour.
 * @cssprop --invitations-surface-alt - Background of headers, badges and skeletons.
 * @cssprop --invitations-border - Border colour.
 * @cssprop --invitations-danger - Colour of errors, expired dates and the revoke confirmation.
 * @cssprop --invitations-success - Colour of the accepted badge and the copied confirmation.
 * @cssprop --invitations-warning - Colour of the pending badge.
 * @cssprop --invitations-radius - Corner radius.
 * @cssprop --invitations-font - Font shorthand.
 * @cssprop --invitations-row-height - Height of a row (skeleton rows use it too, so nothing jumps).
 */
export class InvitationList extends InvitationsElement {
  /** Reactive properties (see InvitationsElement.properties): documented where each is declared below. */
  static override properties: PropertyDeclarations = {
    pageSize: { attribute: 'page-size', type: Number },
    roles: { attribute: false },
    sort: {},
    status: {},
    search: {},
    roleFilter: { attribute: 'role-filter' },
    page: { type: Number },
    pageCursor: { attribute: 'page-cursor' },
    selectable: { type: Boolean, reflect: true },
    pace: { type: Number },
    _announcement: { state: true },
    _new: { state: true },
    _bulk: { state: true },
    _inviteForm: { state: true },
  };

  static override styles = [themeStyles, listStyles, rowStyles];
  static override english = { ...commonMessages, ...listMessages };

  /** Registers the element under `tag` (rename it on a collision). The class file itself registers nothing. */
  static define(tag = 'invitation-list', registry: CustomElementRegistry = customElements): void {
    this.register(tag, registry);
  }

  /** Rows per page, within 1 and the adapter's `maxPageSize`; unset = the adapter's default. */
  pageSize?: number;

  /**
   * Labels for role values, `{ value, label }[]` — e.g. Auth0 role ids (`rol_…`) to their names; the same options an
   * `<invite-form>` takes. Without it, the adapter's labels (Clerk `role_name`, Upsun permissions) or the raw values.
   */
  roles?: RoleOption[];

  /** `<field>:asc|desc`, e.g. `created_at:desc`, on one of the adapter's sort fields; unset = its default. */
  sort = '';

  /** Comma-separated normalized statuses to show, e.g. `pending,expired`; empty = all. */
  status = '';

  /** Email search text (only where the adapter can search). */
  search = '';

  /**
   * Show only the invitations that carry this role value (`org:admin`, `admin`, `rol_…`); empty = every role. (Not
   * `role`: that is the ARIA attribute of every element.) The control offers the `roles` property's values (Upsun:
   * its permissions). Where the server cannot filter by role — none of the built-in three can — the list reads its
   * pages in order until a page is full, and pages by "next".
   */
  roleFilter = '';

  /**
   * The page shown, from 1: set it (with `page-cursor` where the provider pages by cursor) to restore a place kept
   * from `invitation-query-change`; the list keeps it current as the user pages.
   */
  page = 1;

  /**
   * The cursor the page was reached with, for providers that page by cursor (Upsun) — from
   * `invitation-query-change`'s `attributes`. Without it such a list starts on the first page.
   */
  pageCursor = '';

  /**
   * Rows can be selected: a checkbox on each revocable (pending) row and one for the page, where the adapter can
   * revoke; the bulk bar then revokes (after one confirmation) or resends the selected invitations one by one. The
   * selection is kept across the pages of one query and cleared when the query changes.
   */
  selectable = false;

  /** Minimum milliseconds between the starts of two requests of a bulk revoke or resend. */
  pace = 250;

  /** A place the host set (`page`, `pageCursor`) that waits for the adapter to be taken. */
  private _wantedPlace?: { page: number; cursor: string };
  /** The position is one the host set and no page of it has loaded yet. */
  private _hostPlaced = false;

  /** How long invitations just created stay marked as new on the list, in milliseconds. */
  static newMarkDuration = 6000;

  private _announcement = '';
  /** The ids of invitations just created (marked as new until `newMarkDuration` passes). */
  private _new: ReadonlySet<string> = new Set();
  private _newTimer?: ReturnType<typeof setTimeout>;
  /** Whether the next page that loads should announce the new invitations it shows. */
  private _newToAnnounce = false;
  /** Creations already shown: a linked form and the document-wide event report the same one. */
  private readonly _shownCreations = new WeakSet<object>();

  /** The last page reported with `invitation-loaded`, and one rendered but not reported yet. */
  private _reported?: Loaded;
  private _unreported?: Loaded;
  private _searchTimer?: ReturnType<typeof setTimeout>;

  private readonly _loader = new ListLoader(
    this,
    (signal) => this.requestContext(signal),
    (error) => this.dispatchEvent(new InvitationErrorEvent(error, 'list')),
  );

  /** Which table row shows which invitation. */
  private readonly _slots = new RowSlots();
  private readonly _actions = new RowActionsController(this, {
    adapter: () => this._loader.adapter,
    context: () => this.requestContext(),
    localize: this.localize,
    announce: (text) => this._announce(text),
    changed: () => void this.refresh(),
  });

  /** "Select many" (internal/bulk.ts): loaded the first time the list is `selectable`. */
  private _bulk?: BulkController;
  private _bulkLoading?: Promise<void>;
  /** The query the selection belongs to. */
  private _selectionKey?: string;

  private _loadBulk(): void {
    this._bulkLoading ??= import('./internal/bulk.js').then(
      ({ BulkController }) => {
        this._bulk = new BulkController(this, {
          actions: this._actions,
          localize: this.localize,
          announce: (text) => this._announce(text),
          changed: () => void this.refresh(),
          pace: () => (Number.isFinite(this.pace) && this.pace >= 0 ? this.pace : 250),
          retryLimits: { tries: LIST_MAX_RETRIES, wait: LIST_MAX_RETRY_WAIT },
        });
      },
      () => void (this._bulkLoading = undefined), // not reached (offline?): the next update tries again
    );
  }

  /** "Select many", the first time the list is `selectable`; a row action pressed before its code was there. */
  protected override pendingLoads() {
    return [this._bulk ? undefined : this._bulkLoading, this._actions.loading, this._inviteLoad];
  }

  /** Reloads the current page from the server (the cache is dropped). Resolves once it has loaded. */
  refresh(): Promise<void> {
    return this._loader.refresh();
  }

  /**
   * Shows invitations just created — what a linked `<invite-form list="…">` calls, and what an `invitation-created`
   * event for this list's endpoint does: the first page in the default order (newest first) is loaded once, and the
   * new rows are marked and announced for `newMarkDuration` ms. The same creation reported twice is shown once.
   */
  async showCreated(created: { invitations: readonly Invitation[] }): Promise<void> {
    if (this._shownCreations.has(created)) return;
    this._shownCreations.add(created);
    clearTimeout(this._newTimer);
    this._new = new Set(created.invitations.map((i) => i.id));
    this._newToAnnounce = true;
    this._newTimer = setTimeout(() => (this._new = new Set()), InvitationList.newMarkDuration);
    const before = this._loader.query;
    this._loader.cache.clear(); // what it holds predates the new invitations
    if (this.sort || this._loader.position.page !== 0) this._userChange(() => (this.sort = ''));
    await this.updateComplete;
    // Already on the first page in the default order: the query did not change, so nothing reloads by itself.
    if (this._loader.query === before) await this._loader.refresh();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener(InvitationCreatedEvent.type, this._onCreated);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener(InvitationCreatedEvent.type, this._onCreated);
    clearTimeout(this._searchTimer);
    clearTimeout(this._newTimer);
  }

  private readonly _onCreated = (event: InvitationCreatedEvent) => {
    if (this.endpoint && event.detail.endpoint === this.endpoint) void this.showCreated(event.detail);
    if (event.target === this._inviteForm) void this._invite?.closeWhenSent(this._inviteForm);
  };

  /** The `<invite-form slot="invite-form">` the Invite button opens in a dialog, if there is one. */
  private _inviteForm?: InviteFormLike;
  /** The dialog's code at work (internal/invite-dialog.ts), once loaded. */
  private _invite?: InviteDialog;
  /** Its load under way, for `updateComplete` to wait for. */
  private _inviteLoad?: Promise<unknown>;

  private _focusInvite(): void {
    this.renderRoot.querySelector<HTMLElement>('[part="invite"]')?.focus();
  }

  private readonly _onInviteSlot = (event: Event) => {
    const [form] = (event.target as HTMLSlotElement).assignedElements();
    this._inviteForm = form && 'emails' in form ? (form as InviteFormLike) : undefined;
    // the form is lent the list's settings (updated()) once the dialog's code is there: it loads now
    if (this._inviteForm) this._withInvite(() => this.requestUpdate(), false);
  };

  /**
   * Runs `use` with the dialog's code: at once when it is there, else once it arrives. A failed load says so in the
   * notice when `loud` (the Invite press); the next press loads it again.
   */
  private _withInvite(use: (dialog: InviteDialog) => void, loud = true): void {
    const start = (code: typeof import('./internal/invite-dialog.js')) =>
      use((this._invite ??= new code.InviteDialog(this)));
    if (inviteDialogCode.loaded) return start(inviteDialogCode.loaded);
    const load = (this._inviteLoad = inviteDialogCode.load().then(start, (cause: unknown) => {
      if (!loud) return;
      this._actions.notice = loadFailed(cause).message;
      this.requestUpdate();
    }));
    void load.finally(() => {
      if (this._inviteLoad === load) this._inviteLoad = undefined;
    });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('page') || changed.has('pageCursor'))
      this._wantedPlace = { page: this.page, cursor: this.pageCursor };
    const { reset, fresh } = this._loader.sync({
      adapter: this.configError() ? undefined : this.activeAdapter,
      endpoint: this.endpoint,
      fetcher: this.fetcher,
      pageSize: this.pageSize,
      sort: this.sort,
      status: this.status,
      search: this.search,
      roleFilter: this.roleFilter,
    });
    if (reset) this._actions.reset();
    const selectionKey = this._loader.filters && filtersKey(this._loader.filters);
    if (this.selectable) this._loadBulk();
    if (reset || !this.selectable || selectionKey !== this._selectionKey) this._bulk?.reset();
    this._selectionKey = selectionKey;
    const adapter = this._loader.adapter;
    if (adapter && this._wantedPlace) {
      // applied after sync(): a host restoring filters and page together keeps the page
      const { page, cursor } = this._wantedPlace;
      this._wantedPlace = undefined;
      this._loader.position = positionAt(page, cursor, this._loader.caps!);
      this._hostPlaced = this._loader.position.page > 0;
    }
    if (fresh) {
      this._actions.loaded(fresh.page.items);
      this._bulk?.loaded(fresh.page.items);
      const placed = this._hostPlaced;
      this._hostPlaced = false;
      if (fresh.page.items.length === 0 && fresh.query.page > 0) {
        // The page is empty: the host placed the list past the end (start over, no request per page on the way
        // back), or its last rows were revoked (step back instead of showing "nothing here").
        if (placed) this._loader.position = firstPosition();
        else this._move(previousPosition(this._loader.position, fresh.page));
      } else {
        this._unreported = fresh;
        // After a create: how many of the new invitations this page shows (a filter may hide some).
        const shownNew = this._newToAnnounce ? fresh.page.items.filter((i) => this._new.has(i.id)).length : 0;
        this._newToAnnounce = false;
        if (shownNew) {
          this._announce(this.localize.term('listNewInvitations', shownNew, this.localize.number(shownNew)));
        } else if (this._reported && queryKey(this._reported.query) !== queryKey(fresh.query)) {
          // Announce where the user went; a reload of the same page (after a revoke) keeps its own message.
          this._announce(this._pageAnnouncement(fresh));
        }
      }
    }
    if (adapter) {
      // `page` and `pageCursor` say where the list is (set here, they start no other update)
      const position = this._loader.position;
      this.page = position.page + 1;
      this.pageCursor = placeCursor(position, this._loader.caps!) ?? '';
    }
    this._loader.commit();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const loaded = this._unreported;
    if (loaded) {
      this._unreported = undefined;
      this._reported = loaded;
      const { items, total } = loaded.page;
      // (events built first, then dispatched: the manifest analyzer reads the JSDoc @fires, not these calls)
      const current = new InvitationLoadedEvent(items, total);
      const legacy = new InvitationLoadedEvent(items, total, InvitationLoadedEvent.legacyType);
      this.dispatchEvent(current);
      this.dispatchEvent(legacy);
      this._loader.prefetch(loaded);
    }
    this._actions.applyFocus(this.shadowRoot!, this._loader.pending);
    this._bulk?.applyFocus(this.shadowRoot!);
    if (this._inviteForm) this._invite?.lend(this._inviteForm);
  }

  private _pageAnnouncement({ query, page, adapter }: Loaded): string {
    const n = (v: number) => this.localize.number(v);
    const where =
      page.total !== undefined && adapter.capabilities.totals
        ? this.localize.term('listPageOf', n(query.page + 1), n(Math.max(1, Math.ceil(page.total / query.pageSize))))
        : this.localize.term('listPage', n(query.page + 1));
    return this.localize.term('listLoaded', where, page.items.length, n(page.items.length));
  }

  private _announce(text: string): void {
    // A changed string is announced even when the same words come twice in a row.
    this._announcement = this._announcement === text ? `${text}\u00a0` : text;
  }

  /** Goes to another page and tells the host. */
  private _move(position: Position, filters: Filters | undefined = this._loader.filters): void {
    this._loader.position = position;
    this._hostPlaced = false;
    const adapter = this._loader.adapter;
    if (!filters || !adapter) return;
    const event = new InvitationQueryChangeEvent(
      queryState(filters, position),
      queryAttributes(filters, position, pagingCaps(adapter.capabilities, filters)),
    );
    this.dispatchEvent(event);
  }

  /** A user change of the filters: set the public property, then start on the first page and tell the host. */
  private _userChange(apply: () => void): void {
    apply();
    const adapter = this._loader.adapter;
    this._move(firstPosition(), adapter && filtersFrom(this, adapter.capabilities));
  }

  private readonly _onSearch = (text: string, now: boolean) => {
    clearTimeout(this._searchTimer);
    const apply = () => {
      if (text.trim() !== (this.search ?? '').trim()) this._userChange(() => (this.search = text));
    };
    if (now) apply();
    else this._searchTimer = setTimeout(apply, SEARCH_DELAY);
  };

  /** What the role filter offers: the host's roles, else the provider's own (Upsun), and the one in force. */
  private _roleOptions(caps: AdapterCapabilities, current: string): RoleOption[] {
    if (!caps.columns.roles) return [];
    const options = this.roles ?? caps.create.roles.options ?? [];
    return !current || options.some((o) => o.value === current)
      ? options
      : [...options, { value: current, label: current }];
  }

  private _clearFilters(): void {
    clearTimeout(this._searchTimer);
    this._userChange(() => {
      this.status = '';
      this.search = '';
      this.roleFilter = '';
    });
    this._actions.focus = { caption: true };
  }

  /** The selection, where the list is `selectable` (and its module has arrived). */
  private _selecting(): BulkController | undefined {
    return this.selectable ? this._bulk : undefined;
  }

  private _tableView(adapter: InvitationAdapter, filters: Filters, visible: Invitation[]): TableView {
    const roleLabels = new Map((this.roles ?? []).map((r) => [r.value, r.label]));
    const { keyOf, reused } = this._slots.assign(visible);
    if (reused) this._focusFollowsItsInvitation(visible);
    return {
      keyOf,
      adapter,
      roleLabels,
      localize: this.localize,
      actions: this._actions,
      sort: filters.sort,
      now: Date.now(),
      visible,
      fresh: this._new,
      bulk: this._selecting(),
    };
  }

  /**
   * The rows are about to be reused in place for other invitations (a sort, another page): focus in a row goes with
   * its invitation after the render, or to the caption when it is no longer shown, never to another's button.
   */
  private _focusFollowsItsInvitation(visible: readonly Invitation[]) {
    const active = this.shadowRoot?.activeElement;
    let row = active?.closest('tr');
    if (row?.getAttribute('part') === 'details-row') row = row.previousElementSibling as HTMLTableRowElement | null;
    const id = row?.getAttribute('data-id');
    if (!id || this._actions.focus) return;
    const action = (active!.closest('[data-action]')?.getAttribute('data-action') ?? undefined) as
      RowAction | undefined;
    this._actions.focus = visible.some((inv) => inv.id === id) ? { id, action } : { caption: true };
  }

  override render() {
    const configError = this.configError();
    const { adapter, filters } = this._loader;
    if (configError || !adapter || !filters) {
      return html`<div part="error" role="alert"><p>${configError?.message}</p></div>`;
    }
    const { localize } = this;
    const caps = adapter.capabilities;
    const loaded = this._loader.current();
    const error = this._loader.error;
    const pending = this._loader.pending;
    const visible = loaded ? loaded.page.items.filter((i) => !this._actions.isRemoved(i.id)) : [];
    const bulk = this._selecting();
    const columns = columnsOf(caps, !!bulk);
    const view = this._tableView(adapter, filters, visible);
    const toolbar = renderToolbar({
      localize,
      caps,
      filters,
      searchText: this.search ?? '',
      onSearch: this._onSearch,
      onStatus: (s, on) =>
        this._userChange(() => {
          const next = on ? [...filters.statuses, s] : filters.statuses.filter((x) => x !== s);
          this.status = caps.statuses.filter((x) => next.includes(x)).join(',');
        }),
      onSort: (sort) => this._userChange(() => (this.sort = formatSort(sort))),
      roleOptions: this._roleOptions(caps, filters.role),
      onRole: (role) => this._userChange(() => (this.roleFilter = role)),
      onInvite:
        this._inviteForm && (() => this._withInvite((dialog) => this._inviteForm && dialog.open(this._inviteForm))),
    });

    let body;
    if (error) {
      body = renderError(localize, error, () => this.refresh(), this._loader.retry.secondsLeft);
    } else if (!loaded) {
      const skeleton = renderSkeleton(view, columns, Math.min(filters.pageSize, MAX_SKELETON_ROWS));
      body = renderTable(localize, renderHead(view, columns), skeleton, true);
    } else if (visible.length === 0 && loaded.query.page === 0) {
      const filtered = filters.statuses.length > 0 || filters.search !== '' || filters.role !== '';
      body = renderEmpty(localize, filtered, () => this._clearFilters());
    } else {
      body = html`${renderTable(localize, renderHead(view, columns), renderRows(view, columns), pending)}
      ${renderPager({
        localize,
        caps: this._loader.caps!, // its paging under these filters (a client-side role filter pages by "next")
        query: loaded.query,
        page: loaded.page,
        shown: visible.length,
        hasNext: this._loader.hasNext(loaded),
        busy: pending,
        onPrevious: () => this._move(previousPosition(this._loader.position, loaded.page)),
        onNext: () => this._move(nextPosition(this._loader.position, loaded.page)),
        onJump: (p) => this._move(jumpPosition(p)),
        onPageSize: (size) => this._userChange(() => (this.pageSize = size)),
      })}`;
    }

    return html`${toolbar}
      <div
        part="progress"
        class="progress"
        role="progressbar"
        aria-label=${localize.term('listLoading')}
        ?hidden=${!(pending && loaded)}
      ></div>
      ${renderNotice(localize, this._actions.notice, () => this._actions.dismiss())}
      ${bulk ? bulk.bar(caps.resend && !!adapter.resend) : nothing} ${body}
      <div class="visually-hidden" role="status">${this._announcement}</div>
      <dialog part="invite-dialog" aria-labelledby="invite-title" @close=${() => this._focusInvite()}>
        <div class="dialog-head">
          <h2 id="invite-title">${localize.term('listInviteTitle')}</h2>
          <button type="button" part="invite-close" @click=${() => this.renderRoot.querySelector('dialog')?.close()}>
            ${localize.term('listClose')}
          </button>
        </div>
        <slot name="invite-form" @slotchange=${this._onInviteSlot}></slot>
      </dialog>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'invitation-list': InvitationList;
  }
}
