/**
 * The run behind "Revoke N" and "Resend N" on <invitation-list>: one request at a time, at the list's polite pace,
 * each through the row actions (so each invitation has its own events and error mapping), a 429 waited out.
 * Loaded the first time a run starts.
 */
import { InvitationBulkResentEvent, InvitationBulkRevokedEvent } from '../../events.js';
import { InvitationError, type Invitation } from '../../model.js';
import type { BulkAction, BulkController, BulkResult } from './bulk.js';
import { sleep } from '../../internal/sleep.js';

/** Errors about one invitation only (gone, not pending, refused as such): the run goes on with the next one. */
const ROW_STATUSES = new Set([400, 404, 409, 422]);

/**
 * Sends `invitations` one by one, at least `pace` ms apart. A 429 is waited out (its `Retry-After`, else 1, 2, 4 s;
 * `resumeIn` counts down) and the same invitation sent again — the server refused it without acting — at most
 * `retryLimits.tries` times in a row and for waits up to `retryLimits.wait` s (the list's own). An error about one invitation (400,
 * 404, 409, 422) fails that row and the run goes on; any other (401, 403, 5xx, network, a longer 429) fails it and
 * leaves the rest unsent, failed with the same reason. Stop sends nothing more. Rows keep their outcome; the failed
 * ones stay selected. Then the summary event, the announcement, and one reload.
 */
export async function runBulk(bulk: BulkController, action: BulkAction, invitations: Invitation[]): Promise<void> {
  const { localize, actions, announce } = bulk.options;
  const stopper = (bulk.stopper = new AbortController());
  const signal = stopper.signal;
  const revoke = action === 'revoke';
  const result: BulkResult = { done: [], failed: [], skipped: [] };
  const fail = (invitation: Invitation, error: InvitationError) => {
    result.failed.push({ invitation, error });
    const reason = localize.term(revoke ? 'listBulkNotRevoked' : 'listBulkNotResent', error.message);
    bulk.outcomes.set(invitation.id, { action, state: 'failed', reason });
  };
  const update = () => bulk.host.requestUpdate();
  /** Sends again after a 429, once its wait is over. */
  const attempt = async <T>(call: () => Promise<T>): Promise<T> => {
    for (let waits = 0; ; waits++) {
      try {
        return await call();
      } catch (cause) {
        const error = InvitationError.from(cause);
        const seconds = Math.ceil(error.retryAfter ?? 2 ** waits);
        if (error.status !== 429 || waits >= bulk.options.retryLimits.tries || seconds > bulk.options.retryLimits.wait)
          throw cause;
        try {
          for (let left = seconds; left > 0; left--) {
            bulk.resumeIn = left;
            update();
            await sleep(1000, signal);
          }
        } catch {
          throw cause; // stopped while waiting: this one was not done
        } finally {
          bulk.resumeIn = undefined;
          update();
        }
      }
    }
  };

  bulk.total = invitations.length;
  let lastStart = -Infinity;
  let stopped: InvitationError | undefined;
  try {
    for (const [i, inv] of invitations.entries()) {
      const wait = lastStart + bulk.options.pace() - performance.now();
      if (!stopped && !signal.aborted && wait > 0) await sleep(wait, signal).catch(() => undefined);
      if (signal.aborted) {
        result.skipped.push(...invitations.slice(i));
        break;
      }
      if (stopped) {
        fail(inv, stopped);
        continue;
      }
      lastStart = performance.now();
      bulk.current = i + 1;
      if (i === 0) {
        const key = revoke ? 'listBulkRevoking' : 'listBulkResending';
        announce(localize.term(key, localize.number(1), localize.number(invitations.length)));
      }
      const outcome = await actions.send(
        action,
        inv,
        () => {
          bulk.outcomes.set(inv.id, { action, state: 'sending' });
          update();
        },
        attempt,
      );
      if (!outcome) {
        result.skipped.push(inv); // a listener cancelled its invitation-revoke / -resend
      } else if (outcome.error) {
        const { error } = outcome;
        fail(inv, error);
        if (error.kind !== 'http' || !ROW_STATUSES.has(error.status ?? 0)) stopped = error;
      } else {
        result.done.push({ invitation: outcome.invitation, previous: inv });
        bulk.outcomes.set(inv.id, { action, state: 'done' });
      }
      update();
    }
  } finally {
    bulk.running = undefined;
    bulk.stopper = undefined;
    bulk.resumeIn = undefined;
  }

  const done = result.done.length;
  const failed = result.failed.length;
  const n = localize.number.bind(localize);
  const summary = [
    done ? localize.term(revoke ? 'listBulkRevoked' : 'listBulkResent', done, n(done)) : '',
    failed ? localize.term('listBulkFailed', failed, n(failed)) : '',
  ]
    .filter(Boolean)
    .join(' ');
  bulk.summary = summary || undefined;
  if (summary) announce(summary);
  bulk.focus = bulk.selected.size ? action : undefined;
  if (!bulk.selected.size) actions.focus = { caption: true };
  bulk.host.dispatchEvent(
    revoke
      ? new InvitationBulkRevokedEvent(
          result.done.map((d) => d.invitation),
          result.failed,
          result.skipped,
        )
      : new InvitationBulkResentEvent(result.done, result.failed, result.skipped),
  );
  if (done) bulk.options.changed();
  update();
}
