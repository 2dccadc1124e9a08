/**
 * What the email field says about its addresses: one line per problem (not an address, another domain, listed twice,
 * a member's, already invited, refused by the server; none typed after a submission), "Resend instead" under an
 * already invited address and "Keep the pending one" to take it back. Loaded with the sending code (sending.ts), which
 * comes when focus first enters the form or an address is there: until then the field marks each chip (the `!` and
 * its reason, email-chips.ts) and the list waits. Handed lit's `html` (see sending.ts).
 */
import type { TemplateResult } from 'lit';
import type { ChipsView, EmailChips, Chip } from './email-chips.js';

export function renderEmailProblems(chips: EmailChips, view: ChipsView, html: typeof import('lit').html) {
  const { localize } = chips;
  const term = localize.term.bind(localize);
  const messages = chips.chips.flatMap((chip): (string | TemplateResult)[] => {
    const problem = chips.problem(chip);
    if (problem === 'invalid') return [term('formEmailInvalid', chip.email)];
    if (problem === 'domain') {
      return [term('formEmailDomain', chip.email, localize.list(chips.allowedDomains(), 'disjunction'))];
    }
    if (problem === 'duplicate') return [term('formEmailDuplicate', chip.email)];
    if (problem === 'member') return [term('formEmailRejected', chip.email, term('formAlreadyMember'))];
    if (problem === 'invited') {
      return [
        html`${term('formEmailRejected', chip.email, term('formAlreadyInvited'))}
        ${fixButton(chips, chip, 'formResendInstead', true, view.disabled, html)}`,
      ];
    }
    return problem === 'rejected' ? [term('formEmailRejected', chip.email, chip.error!)] : [];
  });
  if (view.required && !chips.chips.length) messages.push(term('formEmailsRequired'));
  const replacing = chips.chips.filter((c) => c.replace && !chips.problem(c));
  return html`${
    messages.length
      ? html`<ul id="emails-error" class="field-error" part="field-error">
          ${messages.map((m) => html`<li>${m}</li>`)}
        </ul>`
      : ''
  }
  ${
    replacing.length
      ? html`<ul class="hint replacing" part="replacing">
          ${replacing.map(
            (chip) =>
              html`<li>
                ${term('formWillReplace', chip.email)}
                ${fixButton(chips, chip, 'formKeepPending', false, view.disabled, html)}
              </li>`,
          )}
        </ul>`
      : ''
  }`;
}

/** "Resend instead" on an already invited address, and "Keep the pending one" to take that back. */
function fixButton(
  chips: EmailChips,
  chip: Chip,
  label: 'formResendInstead' | 'formKeepPending',
  replace: boolean,
  disabled: boolean,
  html: typeof import('lit').html,
) {
  const term = chips.localize.term.bind(chips.localize);
  return html`<button
    type="button"
    class="link-button"
    part=${replace ? 'resend-instead' : 'keep-pending'}
    aria-label=${term('formFixFor', term(label), chip.email)}
    ?disabled=${disabled}
    @click=${() => {
      chips.setReplace(chip.email, replace);
      void chips.host.updateComplete.then(() => chips.focusInput());
    }}
  >
    ${term(label)}
  </button>`;
}
