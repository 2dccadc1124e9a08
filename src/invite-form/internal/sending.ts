/**
 * The submission queue's run, loaded with the first submission (submit-queue.ts holds the queue's state and loads
 * it); the rest of a submission of the form (`submit`: the revokes of "Resend instead", the events, the linked list);
 * and what the form makes of its outcome (`showOutcome`, outcome.ts). It imports values only from model.ts, events.ts
 * and modules that only code loaded on demand imports (outcome.ts, email-problems.ts, internal/sleep.ts, the English
 * texts it brings): a value from a module of the form would make bundlers split that module off the form's first
 * download, into a chunk of its own. Not even lit's `html`, which the form
 * hands over: a third chunk loaded on demand importing lit makes Rolldown split lit off the single-file CDN bundle
 * (rolldown/rolldown#10731).
 */
import { InvitationError, type Invitation, type InvitationDraft } from '../../model.js';
import { InvitationCreatedEvent, InvitationErrorEvent } from '../../events.js';
import type { InvitationAdapter } from '../../providers/adapter.js';
import type { InviteForm } from '../invite-form.js';
import type { DraftOutcome, QueueFailure, QueueOptions, QueueResult, SubmitQueueController } from './submit-queue.js';
import type { HostField } from './validation.js';
import { placeErrors, styleResults, summarize } from './outcome.js';
import { formProblemMessages } from '../../i18n/en-form-problems.js';
import { formResultMessages } from '../../i18n/en-form-results.js';
import { sleep as abortableSleep } from '../../internal/sleep.js';

// What the form makes of a submission's outcome (errors placed by field, the per-address results): needed only
// once something was sent, so it comes with the run.
export { reason, renderProgress, renderResults } from './outcome.js';
// What the email field says about its addresses: needed once focus is in the form, as this code is.
export { renderEmailProblems } from './email-problems.js';
/** The English of what this code shows: the form adds it to its own when this code arrives. */
export const formLaterMessages = { ...formProblemMessages, ...formResultMessages };

export const DEFAULT_MAX_RATE_LIMIT_WAITS = 3;
export const DEFAULT_MAX_RETRY_WAIT = 60;

/** Statuses that concern the drafts of one request only: the queue carries on with the next request. */
const DRAFT_STATUSES = new Set([400, 404, 409, 422]);

/** Pairs what the server created with the drafts sent: by email, else by position (the adapter contract). */
function match(chunk: InvitationDraft[], created: Invitation[]): (Invitation | undefined)[] {
  const left = [...created];
  const byEmail = chunk.map((draft) => {
    const i = left.findIndex((inv) => inv.email.toLowerCase() === draft.email.toLowerCase());
    return i < 0 ? undefined : left.splice(i, 1)[0];
  });
  return byEmail.map((inv, i) => inv ?? (created.length === chunk.length ? created[i] : undefined));
}

/** Runs the queue (see `SubmitQueueController`), whose `run()` has set it busy; it is cleared when the run ends. */
export async function runQueue(
  queue: SubmitQueueController,
  drafts: InvitationDraft[],
  options: QueueOptions,
): Promise<QueueResult> {
  const { adapter, pace } = options;
  const maxWaits = options.maxRateLimitWaits ?? DEFAULT_MAX_RATE_LIMIT_WAITS;
  const maxWait = options.maxRetryWait ?? DEFAULT_MAX_RETRY_WAIT;
  const sleep = options.sleep ?? abortableSleep;
  const size = Math.max(1, Math.floor(adapter.capabilities.bulkSize) || 1);
  // (made by run() before this code loaded, so a Stop pressed meanwhile counts)
  const abort = (queue.abort ??= new AbortController());
  const outcomes: DraftOutcome[] = drafts.map((draft) => ({ draft }));
  const failures: QueueFailure[] = [];
  let lastStart = -Infinity;

  const skipRest = (from: number, error?: InvitationError) => {
    const rest = outcomes.slice(from);
    rest.forEach((o) => Object.assign(o, { skipped: true, error }));
    if (error && rest.length) failures.push({ error, drafts: rest.map((o) => o.draft) });
  };

  try {
    let rateLimited = 0; // 429 answers in a row
    for (let start = 0; start < drafts.length; start += size) {
      const chunk = drafts.slice(start, start + size);
      const slots = outcomes.slice(start, start + size);
      const next = start + chunk.length;
      try {
        const wait = lastStart + pace - performance.now();
        if (wait > 0) await sleep(wait, abort.signal);
        lastStart = performance.now();
        const created = await adapter.create(chunk, options.context(abort.signal));
        rateLimited = 0;
        match(chunk, created).forEach((invitation, i) => {
          slots[i].invitation = invitation;
          if (!invitation) {
            slots[i].error = new InvitationError('The server did not confirm this invitation.', {
              kind: 'invalid-response',
              code: 'unconfirmed',
            });
          }
        });
        const unconfirmed = slots.filter((o) => o.error);
        if (unconfirmed.length)
          failures.push({ error: unconfirmed[0].error!, drafts: unconfirmed.map((o) => o.draft) });
      } catch (thrown) {
        if (abort.signal.aborted) {
          skipRest(start);
          return { outcomes, failures, cancelled: true };
        }
        const error = InvitationError.from(thrown);
        slots.forEach((o) => (o.error = error));
        failures.push({ error, drafts: chunk });
        queue.done = next;
        if (error.status === 429) {
          const seconds = error.retryAfter ?? 2 ** rateLimited;
          if (next < drafts.length && ++rateLimited <= maxWaits && seconds <= maxWait) {
            try {
              await countdown(queue, seconds, sleep, abort.signal);
            } catch {
              skipRest(next);
              return { outcomes, failures, cancelled: true };
            }
            lastStart = -Infinity; // the wait was the pause
            continue;
          }
        }
        if (error.status === 429 || error.kind !== 'http' || !DRAFT_STATUSES.has(error.status ?? 0)) {
          skipRest(next, error);
          return { outcomes, failures, cancelled: false };
        }
      }
      queue.done = next;
      queue.host.requestUpdate();
    }
    return { outcomes, failures, cancelled: false };
  } finally {
    queue.busy = false;
    queue.resumeIn = undefined;
    queue.abort = undefined;
    queue.host.requestUpdate();
  }
}

async function countdown(
  queue: SubmitQueueController,
  seconds: number,
  sleep: NonNullable<QueueOptions['sleep']>,
  signal: AbortSignal,
) {
  for (let left = Math.ceil(seconds); left > 0; left--) {
    queue.resumeIn = left;
    queue.host.requestUpdate();
    await sleep(Math.min(1000, (seconds - (left - 1)) * 1000), signal);
  }
  queue.resumeIn = undefined;
  queue.host.requestUpdate();
}

/*
 * The rest of a submission. This is the form's own code, loaded later: it reads and sets the form's private state by
 * name (`form['chips']`, TypeScript's way in to private members), as the form's methods did before they moved here.
 */

/**
 * Sends drafts for the form once `invitation-create` was not cancelled (InviteForm `sendDrafts`): the revokes of
 * "Resend instead" where the provider cannot replace a pending invitation itself, the queue, then the outcome in the
 * form (`shown`: a submission of the field's addresses, not an import's rows), `invitation-created` and the linked
 * list, `invitation-error` once per failed request. `run` is the form's count of submissions and resets when it
 * started: one that a reset or another submission overtook shows nothing.
 */
export async function submit(
  form: InviteForm,
  adapter: InvitationAdapter,
  drafts: InvitationDraft[],
  options: { run: number; shown: boolean; fieldAttributes: Record<HostField, string> },
): Promise<QueueResult> {
  // "Resend instead" where the provider cannot replace a pending invitation itself: its pending invitations go first
  const replacing = form['create']!.force
    ? []
    : drafts.filter((d) => form['chips'].chips.some((c) => c.replace && c.email === d.email));
  const replaced = replacing.length
    ? await revokeReplaced(form, adapter, replacing)
    : new Map<InvitationDraft, InvitationError>();
  const sent = drafts.filter((d) => !replaced.has(d));
  const context = (signal: AbortSignal) => form['requestContext'](signal);
  const result = await form['queue'].run(sent, { adapter, context, pace: form['pacing'] });
  // A draft whose pending invitation could not be revoked was not sent: its outcome is that error, in its place.
  if (replaced.size) {
    const outcomes = new Map(result.outcomes.map((o) => [o.draft, o]));
    result.outcomes = drafts.map((draft) => outcomes.get(draft) ?? { draft, error: replaced.get(draft) });
    result.failures.unshift(...[...replaced].map(([draft, error]) => ({ error, drafts: [draft] })));
  }
  const created = result.outcomes.flatMap((o) => (o.invitation ? [o.invitation] : []));
  for (const invitation of created)
    form['conflicts'].record(invitation.email, { kind: 'invited', invitations: [invitation] });
  if (options.shown && options.run === form['runs']) showOutcome(form, result, created, drafts.length, options);
  if (created.length) {
    const event = new InvitationCreatedEvent(created, form.endpoint);
    form.dispatchEvent(event);
    showInList(form, event.detail);
  }
  for (const failure of result.failures) {
    form.dispatchEvent(new InvitationErrorEvent(failure.error, 'create', { drafts: failure.drafts }));
  }
  return result;
}

/** Revokes the pending invitations of these drafts' addresses (conflict-lookup.ts): the drafts that must not be sent. */
async function revokeReplaced(form: InviteForm, adapter: InvitationAdapter, replacing: InvitationDraft[]) {
  form['replacing'] = true;
  try {
    const { revokeReplaced } = await import('./conflict-lookup.js');
    const known = (email: string) => {
      const conflict = form['conflicts'].of(email);
      return typeof conflict === 'object' && conflict.kind === 'invited' ? conflict.invitations : [];
    };
    const context = () => form['requestContext']();
    const stopped = await revokeReplaced(adapter, replacing, known, context, form['pacing']);
    return new Map([...stopped].map(([draft, thrown]) => [draft, InvitationError.from(thrown)]));
  } finally {
    form['replacing'] = false;
  }
}

/** Shows the outcome: sent addresses leave the field; errors go next to their fields, or else into the alert. */
function showOutcome(
  form: InviteForm,
  result: QueueResult,
  created: Invitation[],
  total: number,
  options: { fieldAttributes: Record<HostField, string> },
) {
  const chips = form['chips'];
  const localize = form['localize'];
  chips.removeEmails(new Set(created.map((i) => i.email.toLowerCase())));
  styleResults(form.shadowRoot);
  form['results'] = result.outcomes;
  const placed = placeErrors(
    localize,
    result.failures,
    !!form['create']?.force && !form['force'],
    options.fieldAttributes,
  );
  for (const { emails, message } of placed.chips) chips.setError(emails, message);
  // The provider's own "already invited" / "already a member": the same message and fix as a conflict found before.
  for (const { email, conflict } of placed.conflicts) {
    chips.setReplace(email, false);
    form['conflicts'].record(email, conflict);
  }
  form['picker'].serverError = placed.roles;
  form['expiryError'] = placed.expiry;
  form['suggestForce'] = placed.suggestForce;
  const said = summarize(localize, result, created, total, placed.alerts);
  form['alerts'] = said.alerts;
  if (said.announcement) form['announcement'] = said.announcement;
  if (created.length === total) {
    // Everything went: start afresh, keeping the role, expiry and send-email choices.
    form['attempted'] = false;
    form['force'] = false;
  }
  void form.updateComplete.then(() => {
    // The locked fields lost focus (Enter in the email input): give it back to the input.
    if (!form.shadowRoot?.activeElement && document.activeElement === document.body) form.focus();
  });
}

/** The linked list (`list`) shows what was created: `showCreated()`, or `refresh()` on another kind of list. */
function showInList(form: InviteForm, detail: InvitationCreatedEvent['detail']) {
  if (!form.list) return;
  const root = form.getRootNode() as Document | ShadowRoot;
  const list = root.getElementById?.(form.list) as
    (HTMLElement & { showCreated?: (d: typeof detail) => unknown; refresh?: () => unknown }) | null;
  if (typeof list?.showCreated === 'function') void list.showCreated(detail);
  else if (typeof list?.refresh === 'function') void list.refresh();
}
