import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { InvitationError, type Invitation, type InvitationDraft } from '../model.js';
import type { InvitationAdapter, RequestContext } from '../providers/adapter.js';

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
  /** Retries of one request after 429 answers (never after any other failure: a POST is not idempotent). */
  maxRetries?: number;
  /** A 429 asking to wait longer than this many seconds is reported instead of waited out. */
  maxRetryWait?: number;
  /** Waits `ms` milliseconds, or rejects when `signal` aborts. */
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
}

export const DEFAULT_MAX_RETRIES = 3;
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
 * ms apart. A 429 is waited out (`retryAfter` seconds, with `retryIn` counting down for the UI) and the same
 * request retried, at most `maxRetries` times. Any other failure is final for its drafts; the queue goes on after
 * errors about those drafts (400, 404, 409, 422) and stops after the others (network, timeout, 401, 403, 5xx,
 * exhausted 429), leaving the rest unsent.
 */
export class InviteSubmitQueueController implements ReactiveController {
  /** A run is under way. */
  busy = false;
  /** Drafts settled so far, and in all, during a run. */
  done = 0;
  total = 0;
  /** Whole seconds left before the next retry, while a 429 is waited out. */
  retryIn?: number;
  private abort?: AbortController;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {}

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
    const maxRetries = options.maxRetries ?? DEFAULT_MAX_RETRIES;
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
    this.retryIn = undefined;
    this.host.requestUpdate();

    const skipRest = (from: number, error?: InvitationError) => {
      const rest = outcomes.slice(from);
      rest.forEach((o) => Object.assign(o, { skipped: true, error }));
      if (error && rest.length) failures.push({ error, drafts: rest.map((o) => o.draft) });
    };

    try {
      for (let start = 0; start < drafts.length; start += size) {
        const chunk = drafts.slice(start, start + size);
        const slots = outcomes.slice(start, start + size);
        for (let attempt = 0; ; attempt++) {
          try {
            const wait = lastStart + pace - performance.now();
            if (wait > 0) await sleep(wait, abort.signal);
            lastStart = performance.now();
            const created = await adapter.create(chunk, options.context(abort.signal));
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
            break;
          } catch (thrown) {
            if (abort.signal.aborted) {
              skipRest(start);
              return { outcomes, failures, cancelled: true };
            }
            const error = InvitationError.from(thrown);
            const wait = error.retryAfter ?? 2 ** attempt;
            if (error.status === 429 && attempt < maxRetries && wait <= maxWait) {
              try {
                await this.countdown(wait, sleep, abort.signal);
              } catch {
                skipRest(start);
                return { outcomes, failures, cancelled: true };
              }
              continue;
            }
            slots.forEach((o) => (o.error = error));
            failures.push({ error, drafts: chunk });
            if (error.kind !== 'http' || !DRAFT_STATUSES.has(error.status ?? 0)) {
              this.done = start + chunk.length;
              skipRest(start + chunk.length, error);
              return { outcomes, failures, cancelled: false };
            }
            break;
          }
        }
        this.done = start + chunk.length;
        this.host.requestUpdate();
      }
      return { outcomes, failures, cancelled: false };
    } finally {
      this.busy = false;
      this.retryIn = undefined;
      this.abort = undefined;
      this.host.requestUpdate();
    }
  }

  private async countdown(seconds: number, sleep: NonNullable<QueueOptions['sleep']>, signal: AbortSignal) {
    for (let left = Math.ceil(seconds); left > 0; left--) {
      this.retryIn = left;
      this.host.requestUpdate();
      await sleep(Math.min(1000, (seconds - (left - 1)) * 1000), signal);
    }
    this.retryIn = undefined;
    this.host.requestUpdate();
  }
}
