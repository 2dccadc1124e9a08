/**
 * The submission queue's run, loaded with the first submission (submit-queue.ts holds the queue's state and loads
 * it), and what the form makes of its outcome (outcome.ts). It imports values only from model.ts and
 * internal/sleep.ts (which only code loaded on demand imports): a value from a module of the form would make bundlers
 * split that module off the form's first download, into a chunk of its own. Not even lit's `html`, which the form
 * hands over: a third chunk loaded on demand importing lit makes Rolldown split lit off the single-file CDN bundle
 * (rolldown/rolldown#10731).
 */
import { InvitationError, type Invitation, type InvitationDraft } from '../../model.js';
import type { DraftOutcome, QueueFailure, QueueOptions, QueueResult, SubmitQueueController } from './submit-queue.js';
import { sleep as abortableSleep } from '../../internal/sleep.js';

// What the form makes of a submission's outcome (errors placed by field, the per-address results): needed only
// once something was sent, so it comes with the run.
export { placeErrors, reason, renderProgress, renderResults, styleResults, summarize } from './outcome.js';
export { formResultMessages } from '../../i18n/en-form-results.js';

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
