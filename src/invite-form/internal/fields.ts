import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { LocalizeController } from '../../internal/localize.js';
import type { CreateCapabilities, RoleOption } from '../../providers/adapter.js';
import type { ExpiryScale } from './validation.js';

/** Ids of the ARIA references, joined; undefined when there are none. */
const ids = (...list: (string | false | undefined)[]) => list.filter(Boolean).join(' ') || undefined;

const fieldError = (id: string, message: string | undefined) =>
  message ? html`<p id=${id} class="field-error" part="field-error">${message}</p>` : nothing;

export interface RolesView {
  localize: LocalizeController;
  create: CreateCapabilities;
  /** The choices; undefined when unknown (no fixed set, no `roles` property, or still loading). */
  options?: RoleOption[];
  loading: boolean;
  loadError?: string;
  selected: string[];
  /** Free-text role keys, when there are no options to choose from. */
  text: string;
  error?: string;
  onToggle(value: string, checked: boolean): void;
  onSelect(value: string): void;
  /** The choice of the multiple select (many roles). */
  onChoose(values: string[]): void;
  onText(text: string): void;
  onRetry(): void;
}

/** From this many options on, several roles are chosen in a multiple select instead of a tall stack of checkboxes. */
export const MANY_ROLES = 9;

/**
 * The role picker: a `<select>` when exactly one role is taken (Clerk), checkboxes when several are (Auth0 roles,
 * Upsun permissions) — a multiple select when there are many —, a text input when the provider needs roles but
 * nobody said which exist, and nothing at all when roles are optional and unknown.
 */
export function renderRoles(v: RolesView) {
  const term = v.localize.term.bind(v.localize);
  const { min, max } = v.create.roles;
  const single = max === 1;
  const error = fieldError('roles-error', v.error);
  const invalid = v.error ? 'true' : 'false';

  if (v.loading || v.loadError) {
    return html`<div class="field" part="roles">
      <span class="label">${term(single ? 'formRoleLabel' : 'formRolesLabel')}</span>
      ${
        v.loading
          ? html`<p class="hint" role="status">${term('formRolesLoading')}</p>`
          : html`<p class="field-error" part="field-error">${term('formRolesFailed', v.loadError!)}</p>
              <button type="button" class="link" @click=${v.onRetry}>${term('formRolesRetry')}</button>`
      }
    </div>`;
  }

  if (!v.options) {
    if (min < 1) return nothing;
    return html`<div class="field" part="roles">
      <label for="role-input">${term(single ? 'formRoleLabel' : 'formRolesLabel')}</label>
      <input
        id="role-input"
        type="text"
        autocomplete="off"
        .value=${live(v.text)}
        aria-invalid=${invalid}
        aria-describedby=${ifDefined(ids(!single && 'role-hint', v.error && 'roles-error'))}
        @input=${(e: InputEvent) => v.onText((e.target as HTMLInputElement).value)}
      />
      ${single ? nothing : html`<p id="role-hint" class="hint">${term('formRolesFreeHint')}</p>`} ${error}
    </div>`;
  }

  if (single) {
    // Once a required role is chosen the placeholder is hidden, not removed: removing it would shift the options
    // under the selection, and WebKit then fires no change for the next one chosen by keyboard.
    const settled = min >= 1 && v.selected.length > 0;
    return html`<div class="field" part="roles">
      <label for="role-select">${term('formRoleLabel')}</label>
      <select
        id="role-select"
        aria-invalid=${invalid}
        aria-describedby=${ifDefined(ids(v.error && 'roles-error'))}
        @change=${(e: Event) => v.onSelect((e.target as HTMLSelectElement).value)}
      >
        <option value="" .selected=${!v.selected.length} ?disabled=${settled} ?hidden=${settled}>
          ${term('formRolePlaceholder')}
        </option>
        ${v.options.map(
          (o) => html`<option value=${o.value} .selected=${v.selected.includes(o.value)}>${o.label}</option>`,
        )}
      </select>
      ${error}
    </div>`;
  }

  if (v.options.length >= MANY_ROLES) {
    return html`<div class="field" part="roles">
      <label for="role-multi">${term('formRolesLabel')}</label>
      <select
        id="role-multi"
        multiple
        size="6"
        aria-invalid=${invalid}
        aria-describedby=${ids('role-multi-hint', v.error && 'roles-error')!}
        @change=${(e: Event) => v.onChoose([...(e.target as HTMLSelectElement).selectedOptions].map((o) => o.value))}
      >
        ${v.options.map(
          (o) => html`<option value=${o.value} .selected=${live(v.selected.includes(o.value))}>${o.label}</option>`,
        )}
      </select>
      <p id="role-multi-hint" class="hint">${term('formRolesManyHint')}</p>
      ${error}
    </div>`;
  }

  return html`<fieldset class="field group" part="roles" aria-describedby=${ifDefined(ids(v.error && 'roles-error'))}>
    <legend>${term('formRolesLabel')}</legend>
    ${v.options.map(
      (o, i) =>
        html`<div class="check">
          <input
            type="checkbox"
            id=${`role-${i}`}
            name="role"
            .value=${o.value}
            .checked=${live(v.selected.includes(o.value))}
            aria-invalid=${invalid}
            aria-describedby=${ifDefined(ids(o.description && `role-${i}-hint`, v.error && 'roles-error'))}
            @change=${(e: Event) => v.onToggle(o.value, (e.target as HTMLInputElement).checked)}
          />
          <label for=${`role-${i}`}>${o.label}</label>
          ${o.description ? html`<p id=${`role-${i}-hint`} class="hint">${o.description}</p>` : nothing}
        </div>`,
    )}
    ${error}
  </fieldset>`;
}

export interface ExpiryView {
  localize: LocalizeController;
  scale: ExpiryScale;
  /** The value in the scale's unit (NaN while the input is empty). */
  value: number;
  error?: string;
  now: number;
  onChange(value: number): void;
}

/** Preset buttons (1, 7, 30 days), a number input for any other value, and the date the invitation would expire. */
export function renderExpiry(v: ExpiryView) {
  const term = v.localize.term.bind(v.localize);
  const days = v.scale.unit === 'days';
  const valid = Number.isInteger(v.value) && v.value >= v.scale.min && v.value <= v.scale.max;
  const date = valid ? new Date(v.now + v.value * v.scale.seconds * 1000) : undefined;
  return html`<fieldset class="field group" part="expiry">
    <legend>${term('formExpiryLegend')}</legend>
    <div class="presets">
      ${v.scale.presets.map(
        (n) =>
          html`<button
            type="button"
            class="preset"
            part="expiry-preset"
            aria-pressed=${n === v.value ? 'true' : 'false'}
            @click=${() => v.onChange(n)}
          >
            ${term(days ? 'formExpiryPresetDays' : 'formExpiryPresetHours', n)}
          </button>`,
      )}
    </div>
    <div class="inline">
      <label for="expiry-input">${term(days ? 'formExpiryDays' : 'formExpiryHours')}</label>
      <input
        id="expiry-input"
        type="number"
        inputmode="numeric"
        min=${v.scale.min}
        max=${v.scale.max}
        step="1"
        .value=${live(Number.isNaN(v.value) ? '' : String(v.value))}
        aria-invalid=${v.error ? 'true' : 'false'}
        aria-describedby=${ids('expiry-date', v.error && 'expiry-error')!}
        @input=${(e: InputEvent) => v.onChange((e.target as HTMLInputElement).valueAsNumber)}
      />
    </div>
    <p id="expiry-date" class="hint">
      ${
        date
          ? term('formExpiresOn', v.localize.date(date))
          : term(days ? 'formExpiryRangeDays' : 'formExpiryRangeHours', v.scale.min, v.scale.max)
      }
    </p>
    ${fieldError('expiry-error', v.error)}
  </fieldset>`;
}

export interface OptionsView {
  localize: LocalizeController;
  create: CreateCapabilities;
  sendEmail: boolean;
  force: boolean;
  /** A server answer says some addresses are already invited: point at the force option. */
  suggestForce: boolean;
  onSendEmail(value: boolean): void;
  onForce(value: boolean): void;
}

/** The send-email toggle (Auth0 `send_invitation_email`, Clerk `notify`) and Upsun's force ("resend") option. */
export function renderOptions(v: OptionsView) {
  const term = v.localize.term.bind(v.localize);
  return html`${
    v.create.sendEmail
      ? html`<div class="field check" part="send-email">
          <input
            type="checkbox"
            id="send-email"
            .checked=${live(v.sendEmail)}
            aria-describedby="send-email-hint"
            @change=${(e: Event) => v.onSendEmail((e.target as HTMLInputElement).checked)}
          />
          <label for="send-email">${term('formSendEmail')}</label>
          <p id="send-email-hint" class="hint">${term('formSendEmailHint')}</p>
        </div>`
      : nothing
  }
  ${
    v.create.force
      ? html`<div class="field check" part="force" ?data-suggested=${v.suggestForce}>
          <input
            type="checkbox"
            id="force"
            .checked=${live(v.force)}
            aria-describedby=${ids('force-hint', v.suggestForce && 'force-suggest')!}
            @change=${(e: Event) => v.onForce((e.target as HTMLInputElement).checked)}
          />
          <label for="force">${term('formForce')}</label>
          <p id="force-hint" class="hint">${term('formForceHint')}</p>
          ${v.suggestForce ? html`<p id="force-suggest" class="suggest">${term('formForceSuggest')}</p>` : nothing}
        </div>`
      : nothing
  }`;
}
