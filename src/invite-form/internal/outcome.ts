import type { DraftOutcome, QueueFailure, QueueResult, SubmitQueueController } from './submit-queue.js';
import type { LocalizeController } from '../../internal/localize.js';
import type { Invitation, InvitationError } from '../../model.js';
import type { Conflict } from './conflicts.js';
import type { HostField } from './validation.js';
import { adoptCss, css } from '../../internal/lazy-styles.js';

/** The server says the address already has a pending invitation (Clerk 400, Upsun 409). */
export const isAlreadyInvited = (e: InvitationError): boolean =>
  e.status === 409 || e.code === 'organization_invitation_not_unique' || e.code === 'already_invited';

/**
 * What to say about a refused address: our words for codes we know, else the server's message. `alone` is false
 * for a failed bulk request, whose one error may not be about every address in it.
 */
export function reason(localize: LocalizeController, error: InvitationError, alone: boolean): string {
  if (alone && isAlreadyInvited(error)) return localize.term('formAlreadyInvited');
  if (alone && isMember(error)) return localize.term('formAlreadyMember');
  return error.message;
}

/** The server says the address belongs to a member (Clerk `already_a_member_in_organization`). */
const isMember = (e: InvitationError): boolean => e.code === 'already_a_member_in_organization';

/** Where the errors of a submission go. */
export interface PlacedErrors {
  /** Addresses to mark, with the reason. */
  chips: { emails: string[]; message: string }[];
  /** Addresses the server said were already invited or a member's: shown as a conflict found before sending. */
  conflicts: { email: string; conflict: Conflict }[];
  roles?: string;
  expiry?: string;
  /** Messages for the alert above the button (errors that concern no field of the form). */
  alerts: string[];
  /** Some addresses are already invited and the provider can replace invitations (Upsun `force`). */
  suggestForce: boolean;
}

/**
 * Maps each failure to the field it concerns (`error.field`, or a duplicate-invitation code → the address), or else
 * to the alert; an error about a host-set field (`clientId`, …) names the attribute to check (`attributes`: the
 * form's FIELD_ATTRIBUTES, given: imported, validation.ts would be split off the form's first download).
 */
export function placeErrors(
  localize: LocalizeController,
  failures: QueueFailure[],
  canForce: boolean,
  attributes: Record<HostField, string>,
): PlacedErrors {
  const placed: PlacedErrors = { chips: [], conflicts: [], alerts: [], suggestForce: false };
  for (const { error, drafts } of failures) {
    const alone = drafts.length === 1 && error.kind === 'http';
    if (alone && (isAlreadyInvited(error) || isMember(error))) {
      const conflict: Conflict = isMember(error) ? { kind: 'member' } : { kind: 'invited', invitations: [] };
      placed.conflicts.push({ email: drafts[0].email, conflict });
      placed.suggestForce ||= canForce && conflict.kind === 'invited';
    } else if (error.field === 'email' || (error.kind === 'http' && isAlreadyInvited(error))) {
      placed.chips.push({ emails: drafts.map((d) => d.email), message: reason(localize, error, drafts.length === 1) });
      placed.suggestForce ||= canForce && isAlreadyInvited(error);
    } else if (error.field === 'roles') {
      placed.roles = error.message;
    } else if (error.field === 'expiresInSeconds') {
      placed.expiry = error.message;
    } else {
      const attribute = error.field && attributes[error.field as HostField];
      const message = attribute ? localize.term('formCheckAttribute', error.message, attribute) : error.message;
      if (!placed.alerts.includes(message)) placed.alerts.push(message);
    }
  }
  return placed;
}

/**
 * What the form says after a submission: the alert's lines (stopped, or how many were not sent, then `alerts`, the
 * errors placed there) and the announcement (what was sent; none when nothing was).
 */
export function summarize(
  localize: LocalizeController,
  result: QueueResult,
  created: Invitation[],
  total: number,
  alerts: string[],
): { alerts: string[]; announcement?: string } {
  const term = localize.term.bind(localize);
  const summary = result.cancelled
    ? [term('formStopped')]
    : created.length < total
      ? [term('formFailed', total - created.length, total)]
      : [];
  const announcement = !created.length
    ? undefined
    : created.length === 1
      ? term('formSentOne', created[0].email)
      : term('formSentMany', created.length);
  return { alerts: [...summary, ...alerts], announcement };
}

/** The styles of the per-address results, added to the form's shadow root (once) before they are first shown. */
export const styleResults = (root: ShadowRoot | null) => adoptCss(root, resultStyles);

const resultStyles = css`
  .results ul {
    margin: 0;
    padding: 0.5rem 0.8rem;
    list-style: none;
    border-radius: var(--_c-radius);
    background: var(--_c-surface-alt);
  }
  .results li {
    overflow-wrap: anywhere;
  }
  .results [data-state='sent'] .result-icon {
    color: var(--_c-success);
  }
  .results [data-state='failed'] .result-icon,
  .results [data-state='skipped'] .result-icon {
    color: var(--_c-danger);
  }
  .result-email {
    font-weight: 600;
  }
`;

/**
 * The per-address results of the last submission (at least one): sent, not sent (and why), or never sent. `html`:
 * lit's, handed over (see sending.ts).
 */
export function renderResults(html: typeof import('lit').html, localize: LocalizeController, outcomes: DraftOutcome[]) {
  const term = localize.term.bind(localize);
  return html`<section part="results" class="results" aria-label=${term('formResults')}>
    <ul>
      ${outcomes.map((o) => {
        const state = o.invitation ? 'sent' : o.skipped && !o.error ? 'skipped' : 'failed';
        const alone = outcomes.filter((other) => other.error === o.error).length === 1;
        return html`<li data-state=${state}>
          <span class="result-icon" aria-hidden="true">${o.invitation ? '✓' : '✗'}</span>
          <span class="result-email">${o.draft.email}</span>:
          ${
            state === 'sent'
              ? term('formResultSent')
              : state === 'skipped'
                ? term('formResultSkipped')
                : term('formResultFailed', reason(localize, o.error!, alone))
          }
        </li>`;
      })}
    </ul>
  </section>`;
}

/**
 * Stop, and the progress while sending ("Sending 2 of 12…", or the seconds left while a 429 is waited out): the
 * form's and the CSV import's. `html`: lit's, handed over (see sending.ts).
 */
export function renderProgress(
  html: typeof import('lit').html,
  localize: LocalizeController,
  queue: SubmitQueueController,
) {
  const term = localize.term.bind(localize);
  const { resumeIn, done, total } = queue;
  return html`<button type="button" part="stop" class="stop" @click=${() => queue.cancel()}>${term('formStop')}</button>
    <span part="progress" class="progress">
      ${
        resumeIn !== undefined
          ? html`<span role="timer">${term('formResumeIn', resumeIn)}</span>`
          : term('formSending', Math.min(done, total - 1), total)
      }
    </span>`;
}
