/** The pager of <invitation-list>: previous/next (and numbered pages where there are totals), the range, page size. */
import { live } from 'lit/directives/live.js';
import { html, nothing, type TemplateResult } from 'lit';
import type { LocalizeController } from '../../internal/localize.js';
import type { ListQuery, Page } from '../../model.js';
import type { AdapterCapabilities } from '../../providers/adapter.js';
import { pageSizeOptions, pageWindow } from './query-state.js';

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
          // .selected, live: after the user chose, only the property moves the selection (Firefox)
          (size) => html`<option value=${size} .selected=${live(size === query.pageSize)}>${n(size)}</option>`,
        )}
      </select>
    </label>
  </nav>`;
}
