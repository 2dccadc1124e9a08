/** Toolbar (search, status filter, sort) and pager (pages, page size) templates of <invitation-list>. */
import { html, nothing, type TemplateResult } from 'lit';
import type { LocalizeController } from '../../controllers/localize.js';
import { formatSort, pageSizeOptions, pageWindow, type Filters } from '../../controllers/query-state.js';
import type { InvitationStatus, ListQuery, Page, Sort } from '../../model.js';
import type { AdapterCapabilities } from '../../providers/adapter.js';
import { statusLabel } from './rows.js';

export interface ToolbarView {
  localize: LocalizeController;
  caps: AdapterCapabilities;
  filters: Filters;
  /** The search text as typed (the `search` property), not yet trimmed. */
  searchText: string;
  onSearch: (text: string, now: boolean) => void;
  onStatus: (status: InvitationStatus, on: boolean) => void;
  onSort: (sort: Sort) => void;
}

const fieldLabels: Record<string, 'listColumnCreated' | 'listColumnEmail' | 'listFieldUpdated'> = {
  created_at: 'listColumnCreated',
  email: 'listColumnEmail',
  updated_at: 'listFieldUpdated',
};

function sortLabel(localize: LocalizeController, sort: Sort): string {
  const key = fieldLabels[sort.field];
  const field = key ? localize.term(key) : sort.field;
  if (sort.field.endsWith('_at')) {
    return localize.term(sort.direction === 'desc' ? 'listSortNewest' : 'listSortOldest', field);
  }
  return localize.term(sort.direction === 'asc' ? 'listSortAscending' : 'listSortDescending', field);
}

export function renderToolbar(view: ToolbarView): TemplateResult {
  const { localize, caps, filters } = view;
  const sorts = caps.sortFields.flatMap((field): Sort[] =>
    field.endsWith('_at')
      ? [
          { field, direction: 'desc' },
          { field, direction: 'asc' },
        ]
      : [
          { field, direction: 'asc' },
          { field, direction: 'desc' },
        ],
  );
  const current = formatSort(filters.sort);
  return html`<div part="toolbar">
    ${
      caps.search
        ? html`<label class="field field-search">
            <span class="label">${localize.term('listSearchLabel')}</span>
            <input
              part="search"
              type="search"
              autocomplete="off"
              spellcheck="false"
              placeholder=${localize.term('listSearchPlaceholder')}
              .value=${view.searchText}
              @input=${(e: Event) => view.onSearch((e.target as HTMLInputElement).value, false)}
              @keydown=${(e: KeyboardEvent) => {
                if (e.key === 'Enter') view.onSearch((e.target as HTMLInputElement).value, true);
              }}
            />
          </label>`
        : nothing
    }
    ${
      caps.statuses.length > 1
        ? html`<fieldset part="status-filter">
            <legend class="label">${localize.term('listStatusFilterLabel')}</legend>
            ${caps.statuses.map(
              (status) =>
                html`<label class="chip">
                  <input
                    type="checkbox"
                    value=${status}
                    .checked=${filters.statuses.includes(status)}
                    @change=${(e: Event) => view.onStatus(status, (e.target as HTMLInputElement).checked)}
                  />
                  <span>${statusLabel(localize, status)}</span>
                </label>`,
            )}
          </fieldset>`
        : nothing
    }
    ${
      sorts.length > 1
        ? html`<label class="field field-sort">
            <span class="label">${localize.term('listSortLabel')}</span>
            <select
              part="sort"
              @change=${(e: Event) => {
                const [field, direction] = (e.target as HTMLSelectElement).value.split(':');
                view.onSort({ field, direction: direction === 'asc' ? 'asc' : 'desc' });
              }}
            >
              ${sorts.map(
                (s) =>
                  html`<option value=${formatSort(s)} ?selected=${formatSort(s) === current}>
                    ${sortLabel(localize, s)}
                  </option>`,
              )}
            </select>
          </label>`
        : nothing
    }
  </div>`;
}

/** Chevrons towards the inline start and end; mirrored in right-to-left layouts (themeStyles `.icon-directional`). */
const chevron = (d: string) =>
  html`<svg class="icon icon-directional" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
    <path d=${d} fill="none" stroke="currentColor" stroke-width="1.75" stroke-linecap="round" stroke-linejoin="round" />
  </svg>`;
const chevronStart = chevron('M10 3 5 8l5 5');
const chevronEnd = chevron('M6 3l5 5-5 5');

export interface PagerView {
  localize: LocalizeController;
  caps: AdapterCapabilities;
  query: ListQuery;
  page: Page;
  /** Rows shown (the page minus optimistic removals). */
  shown: number;
  hasNext: boolean;
  /** A page is loading: the pager waits for it, so a second click cannot build on a page not shown yet. */
  busy: boolean;
  onPrevious: () => void;
  onNext: () => void;
  onJump: (page: number) => void;
  onPageSize: (size: number) => void;
}

export function renderPager(view: PagerView): TemplateResult {
  const { localize, query, page } = view;
  const n = (value: number) => localize.number(value);
  const from = query.page * query.pageSize + 1;
  const to = query.page * query.pageSize + view.shown;
  const numbered = view.caps.totals && page.total !== undefined;
  const pages = numbered ? Math.max(1, Math.ceil(page.total! / query.pageSize)) : 0;
  const canPrevious = query.page > 0 && !view.busy;
  const canNext = view.hasNext && !view.busy;
  return html`<nav part="pager" aria-label=${localize.term('listPagination')}>
    <span part="range">
      ${
        numbered && view.shown
          ? localize.term('listRange', n(from), n(to), n(page.total!))
          : localize.term('listPage', n(query.page + 1))
      }
    </span>
    <div class="pages">
      <button
        type="button"
        part="pager-button pager-previous"
        aria-label=${localize.term('listPreviousPage')}
        aria-disabled=${canPrevious ? 'false' : 'true'}
        @click=${() => canPrevious && view.onPrevious()}
      >
        ${chevronStart}${localize.term('listPrevious')}
      </button>
      ${
        numbered
          ? pageWindow(query.page, pages).map((p) =>
              p === null
                ? html`<span class="gap" aria-hidden="true">…</span>`
                : html`<button
                    type="button"
                    part="pager-button pager-page"
                    aria-label=${localize.term('listGoToPage', n(p + 1))}
                    aria-current=${p === query.page ? 'page' : nothing}
                    aria-disabled=${view.busy ? 'true' : 'false'}
                    @click=${() => p !== query.page && !view.busy && view.onJump(p)}
                  >
                    ${n(p + 1)}
                  </button>`,
            )
          : nothing
      }
      <button
        type="button"
        part="pager-button pager-next"
        aria-label=${localize.term('listNextPage')}
        aria-disabled=${canNext ? 'false' : 'true'}
        @click=${() => canNext && view.onNext()}
      >
        ${localize.term('listNext')}${chevronEnd}
      </button>
    </div>
    ${page.limitReached ? html`<p part="limit">${localize.term('listLimitReached')}</p>` : nothing}
    <label class="field field-page-size">
      <span class="label">${localize.term('listPageSizeLabel')}</span>
      <select part="page-size" @change=${(e: Event) => view.onPageSize(Number((e.target as HTMLSelectElement).value))}>
        ${pageSizeOptions(query.pageSize, view.caps).map(
          (size) => html`<option value=${size} ?selected=${size === query.pageSize}>${n(size)}</option>`,
        )}
      </select>
    </label>
  </nav>`;
}
