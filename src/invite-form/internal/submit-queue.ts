import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { InvitationError, type Invitation, type InvitationDraft } from '../../model.js';
import type { InvitationAdapter, RequestContext } from '../../providers/adapter.js';

/** What became of one draft. */
export interface DraftOutcome {
  draft: InvitationDraft;
  /** The invitation the server created for it. */
  invitation?: Invitation;
  /** Why it was not created (for skipped drafts: the error that stopped the queue, if any). */
  error?: InvitationError;
  /** Never sent: the queue stopped before it (cancelled, or after an error every later request would hit too). */
  skipped?: boolean;
}

/** One failed request (or the stop that left drafts unsent), with the drafts it concerns. */
export interface QueueFailure {
  error: InvitationError;
  drafts: InvitationDraft[];
}

export interface QueueResult {
  /** One per draft, in draft order. */
  outcomes: DraftOutcome[];
  failures: QueueFailure[];
  /** `cancel()` was called (or the host left the document) before the queue finished. */
  cancelled: boolean;
}

export interface QueueOptions {
  adapter: InvitationAdapter;
  /** The request context for one call (endpoint, fetcher, and the signal joined with the timeout). */
  context: (signal: AbortSignal) => RequestContext;
  /** Minimum milliseconds between the starts of two requests. */
  pace: number;
  /** 429 answers in a row the queue waits out before it gives up and leaves the rest unsent. */
  maxRateLimitWaits?: number;
  /** A 429 asking to wait longer than this many seconds stops the queue instead of being waited out. */
  maxRetryWait?: number;
  /** Waits `ms` milliseconds, or rejects when `signal` aborts. */
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
}

export const DEFAULT_MAX_RATE_LIMIT_WAITS = 3;
export const DEFAULT_MAX_RETRY_WAIT = 60;

/** Statuses that concern the drafts of one request only: the queue carries on with the next request. */
const DRAFT_STATUSES = new Set([400, 404, 409, 422]);

function defaultSleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

/** Pairs what the server created with the drafts sent: by email, else by position (the adapter contract). */
function match(chunk: InvitationDraft[], created: Invitation[]): (Invitation | undefined)[] {
  const left = [...created];
  const byEmail = chunk.map((draft) => {
    const i = left.findIndex((inv) => inv.email.toLowerCase() === draft.email.toLowerCase());
    return i < 0 ? undefined : left.splice(i, 1)[0];
  });
  return byEmail.map((inv, i) => inv ?? (created.length === chunk.length ? created[i] : undefined));
}

/**
 * Sends drafts through an adapter in chunks of `capabilities.bulkSize`, one request at a time and at least `pace`
 * ms apart. A request is never sent twice: every failure is final for its drafts (they stay in the form for the user
 * to send again). The queue goes on after errors about those drafts (400, 404, 409, 422); after a 429 it first waits
 * the `Retry-After` seconds (1, 2, 4 s without one; `resumeIn` counts down for the UI) before the next request, at most
 * `maxRateLimitWaits` times in a row and only for waits up to `maxRetryWait` s; after any other failure (network,
 * timeout, 401, 403, 5xx) or a 429 it will not wait out, it stops and leaves the rest unsent.
 */
export class SubmitQueueController implements ReactiveController {
  /** A run is under way. */
  busy = false;
  /** Drafts settled so far, and in all, during a run. */
  done = 0;
  total = 0;
  /** Whole seconds left before sending resumes, while a 429 is waited out. */
  resumeIn?: number;
  private abort?: AbortController;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.cancel();
  }

  /** Stops the run: the request in flight is aborted and the drafts not sent yet are reported as skipped. */
  cancel(): void {
    this.abort?.abort(new DOMException('Sending was stopped.', 'AbortError'));
  }

  async run(drafts: InvitationDraft[], options: QueueOptions): Promise<QueueResult> {
    if (this.busy) throw new InvitationError('A submission is already running.', { kind: 'config', code: 'busy' });
    const { adapter, pace } = options;
    const maxWaits = options.maxRateLimitWaits ?? DEFAULT_MAX_RATE_LIMIT_WAITS;
    const maxWait = options.maxRetryWait ?? DEFAULT_MAX_RETRY_WAIT;
    const sleep = options.sleep ?? defaultSleep;
    const size = Math.max(1, Math.floor(adapter.capabilities.bulkSize) || 1);
    const abort = (this.abort = new AbortController());
    const outcomes: DraftOutcome[] = drafts.map((draft) => ({ draft }));
    const failures: QueueFailure[] = [];
    let lastStart = -Infinity;

    this.busy = true;
    this.done = 0;
    this.total = drafts.length;
    this.resumeIn = undefined;
    this.host.requestUpdate();

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
          this.done = next;
          if (error.status === 429) {
            const seconds = error.retryAfter ?? 2 ** rateLimited;
            if (next < drafts.length && ++rateLimited <= maxWaits && seconds <= maxWait) {
              try {
                await this.countdown(seconds, sleep, abort.signal);
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
        this.done = next;
        this.host.requestUpdate();
      }
      return { outcomes, failures, cancelled: false };
    } finally {
      this.busy = false;
      this.resumeIn = undefined;
      this.abort = undefined;
      this.host.requestUpdate();
    }
  }

  private async countdown(seconds: number, sleep: NonNullable<QueueOptions['sleep']>, signal: AbortSignal) {
    for (let left = Math.ceil(seconds); left > 0; left--) {
      this.resumeIn = left;
      this.host.requestUpdate();
      await sleep(Math.min(1000, (seconds - (left - 1)) * 1000), signal);
    }
    this.resumeIn = undefined;
    this.host.requestUpdate();
  }
}
