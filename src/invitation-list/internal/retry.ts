import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { InvitationError } from '../../model.js';

/** Automatic retries of one query after 429 answers, at most. */
export const LIST_MAX_RETRIES = 3;
/** A 429 asking to wait longer than this many seconds is shown, not waited out. */
export const LIST_MAX_RETRY_WAIT = 60;

/**
 * Waits out a `429 Too Many Requests` on a list load (a GET: safe to send again), counting the seconds down for the
 * UI, then loads again — at most `LIST_MAX_RETRIES` times in a row for the same query, and only when the server said
 * how long to wait (`Retry-After`, ≤ `LIST_MAX_RETRY_WAIT` s). A new query, a manual reload, a success or leaving
 * the page drops the countdown. Nothing that changes data is ever retried here.
 */
export class RetryController implements ReactiveController {
  /** Whole seconds left before the automatic retry, while one is counted down. */
  secondsLeft?: number;
  #key?: string;
  #attempts = 0;
  #timer?: ReturnType<typeof setTimeout>;

  constructor(
    private readonly host: ReactiveControllerHost,
    /** Loads again, if `key` is still the query in force. */
    private readonly retry: (key: string) => void,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.cancel();
  }

  /** The load of `key` failed: schedules a retry when the error allows one. Returns whether it did. */
  failed(key: string, error: InvitationError): boolean {
    this.cancel();
    if (key !== this.#key) {
      this.#key = key;
      this.#attempts = 0;
    }
    const wait = error.retryAfter;
    if (error.status !== 429 || wait === undefined || !(wait >= 0) || wait > LIST_MAX_RETRY_WAIT) return false;
    if (this.#attempts >= LIST_MAX_RETRIES) return false;
    this.#attempts++;
    this.#countdown(key, Math.ceil(wait));
    return true;
  }

  /** A load succeeded, or the user reloads: the next failure starts a fresh count. */
  reset(): void {
    this.cancel();
    this.#key = undefined;
    this.#attempts = 0;
  }

  /** Drops the countdown (another query, another collection). */
  cancel(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    if (this.secondsLeft !== undefined) {
      this.secondsLeft = undefined;
      this.host.requestUpdate();
    }
  }

  #countdown(key: string, left: number): void {
    this.secondsLeft = left > 0 ? left : undefined;
    this.host.requestUpdate();
    this.#timer = setTimeout(
      () => {
        if (left > 1) return this.#countdown(key, left - 1);
        this.#timer = undefined;
        this.secondsLeft = undefined;
        this.host.requestUpdate();
        this.retry(key);
      },
      left > 0 ? 1000 : 0,
    );
  }
}
