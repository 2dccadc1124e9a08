/**
 * The toolbar of <invitation-list>: email search, status filter, role filter and sort, each only where the adapter
 * supports it (the role filter where role values are known).
 */
import { live } from 'lit/directives/live.js';
import { html, nothing, type TemplateResult } from 'lit';
import type { LocalizeController } from '../../internal/localize.js';
import { displayText, type InvitationStatus, type Sort } from '../../model.js';
import type { AdapterCapabilities, RoleOption } from '../../providers/adapter.js';
import { formatSort, type Filters } from './query-state.js';
import { statusLabel } from './rows.js';

export interface ToolbarView {
  localize: LocalizeController;
  caps: AdapterCapabilities;
  filters: Filters;
  /** The search text as typed (the `search` property), not yet trimmed. */
  searchText: string;
  onSearch: (text: string, now: boolean) => void;
  onStatus: (status: InvitationStatus, on: boolean) => void;
  /** The roles the role filter offers (none: no control). */
  roleOptions: readonly RoleOption[];
  onRole: (role: string) => void;
  /** Opens the slotted `<invite-form>` in a dialog; absent: no form, no Invite button. */
  onInvite?: () => void;
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
      view.roleOptions.length
        ? html`<label class="field field-role">
            <span class="label">${localize.term('listRoleFilterLabel')}</span>
            <select part="role-filter" @change=${(e: Event) => view.onRole((e.target as HTMLSelectElement).value)}>
              <option value="" .selected=${live(filters.role === '')}>${localize.term('listRoleAll')}</option>
              ${view.roleOptions.map(
                (o) =>
                  html`<option value=${o.value} .selected=${live(o.value === filters.role)}>
                    ${displayText(o.label, 80)}
                  </option>`,
              )}
            </select>
          </label>`
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
                  // .selected, live: after the user chose, only the property moves the selection (Firefox)
                  html`<option value=${formatSort(s)} .selected=${live(formatSort(s) === current)}>
                    ${sortLabel(localize, s)}
                  </option>`,
              )}
            </select>
          </label>`
        : nothing
    }
    ${
      view.onInvite
        ? html`<button type="button" part="invite" class="invite" aria-haspopup="dialog" @click=${view.onInvite}>
            ${localize.term('listInvite')}
          </button>`
        : nothing
    }
  </div>`;
}
