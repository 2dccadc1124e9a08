import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type * as SendingModule from './sending.js';
import { InvitationError, type Invitation, type InvitationDraft } from '../../model.js';
import type { InvitationAdapter, RequestContext } from '../../providers/adapter.js';
import { loadError, onDemand } from '../../internal/on-demand.js';

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

/** The sending code: the queue's run (sending.ts). */
export type Sending = typeof SendingModule;

const sendingCode = onDemand(() => import('./sending.js'));

/**
 * Loads the sending code, once per page: with the first submission, or before it (the form asks when focus first
 * enters it or an address is there). A load that fails is tried again the next time.
 */
export const preloadSending = (): Promise<Sending> => sendingCode.load();

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
  /** The sending code (sending.ts), once loaded (by any form of the page): it comes with the first submission. */
  sending?: Sending = sendingCode.loaded;
  /** @internal The run's abort, for `cancel()`. */
  abort?: AbortController;
  /** Loads the sending code (a test makes it fail). */
  loadSending = preloadSending;

  constructor(readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.cancel();
  }

  /** Stops the run: the request in flight is aborted and the drafts not sent yet are reported as skipped. */
  cancel(): void {
    this.abort?.abort(new DOMException('Sending was stopped.', 'AbortError'));
  }

  /**
   * The sending code, loaded unless it is there (any form of the page may have loaded it): for the first submission,
   * which counts as under way meanwhile (the form shows it is checking; a `cancel()` then stops the run before it
   * sends). A load that fails (offline, a deploy that removed the file) rejects with a network `InvitationError` and
   * is tried again the next time.
   */
  async ready(): Promise<Sending> {
    this.abort ??= new AbortController();
    if (this.sending) return this.sending;
    this.busy = true;
    this.host.requestUpdate();
    try {
      return await this.load();
    } catch (error) {
      this.abort = undefined;
      throw error;
    } finally {
      this.busy = false;
      this.host.requestUpdate();
    }
  }

  /**
   * Sends `drafts` (see the class). The sending code loads with the first run; when it cannot be loaded, every draft
   * fails with that network error and stays in the form.
   */
  async run(drafts: InvitationDraft[], options: QueueOptions): Promise<QueueResult> {
    if (this.busy) throw new InvitationError('A submission is already running.', { kind: 'config', code: 'busy' });
    this.busy = true;
    this.done = 0;
    this.total = drafts.length;
    this.resumeIn = undefined;
    this.abort ??= new AbortController();
    this.host.requestUpdate();
    let sending: Sending;
    try {
      sending = this.sending ?? (await this.load());
    } catch (error) {
      this.busy = false;
      this.abort = undefined;
      this.host.requestUpdate();
      return unsent(drafts, error as InvitationError);
    }
    return sending.runQueue(this, drafts, options);
  }

  /**
   * Loads the sending code (`loadSending`) and keeps it, or rejects with a network `InvitationError`; the host
   * renders with it. What `ready()` and `run()` wait for, and the form's load ahead of the first submission.
   */
  async load(): Promise<Sending> {
    try {
      this.sending = await this.loadSending();
    } catch (cause) {
      throw loadError('The sending code', cause);
    }
    this.host.requestUpdate();
    return this.sending;
  }
}

/** What a run reports that could not start: every draft unsent, with the error that stopped it. */
export const unsent = (drafts: InvitationDraft[], error: InvitationError): QueueResult => ({
  outcomes: drafts.map((draft) => ({ draft, error, skipped: true })),
  failures: [{ error, drafts }],
  cancelled: false,
});
