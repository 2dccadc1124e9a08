/** Fault injection: queued misbehaviours the next matching requests get instead of the normal answer. */

export type FaultMethod = 'GET' | 'POST' | 'DELETE';

interface FaultBase {
  /** How many matching requests get this fault (default 1). */
  times?: number;
  /** Only requests with this method match (default: any). */
  method?: FaultMethod;
  /** The API (default), or the token endpoint of an emulator given credentials. */
  target?: 'api' | 'token';
}

export type Fault = FaultBase &
  (
    | /** An error status; `body` replaces the provider-shaped error body. */
      { kind: 'status'; status: number; body?: unknown }
      /** 429 with `Retry-After` seconds (Auth0 also sends `X-RateLimit-Limit/Remaining/Reset`). */
    | { kind: 'rate-limit'; retryAfter: number }
    /** 200 `application/json` whose body is cut off mid-way. */
    | { kind: 'malformed-json' }
    /** An HTML error page (`text/html`), as a proxy or load balancer sends (default status 502). */
    | { kind: 'html'; status?: number }
    /** Never answers; the promise settles only when the request's signal aborts. */
    | { kind: 'hang' }
    /** The connection fails: rejects with `TypeError('Failed to fetch')`, as fetch does offline. */
    | { kind: 'network' }
  );

export type Latency = number | { min: number; max: number };

interface QueuedFault {
  fault: Fault;
  remaining: number;
}

/** Faults in the order they were added; the first one matching a request is used (and counted down). */
export class FaultQueue {
  private queue: QueuedFault[] = [];

  add(fault: Fault): void {
    const times = fault.times ?? 1;
    if (!Number.isInteger(times) || times < 1) throw new RangeError(`fault times must be a positive integer`);
    this.queue.push({ fault, remaining: times });
  }

  clear(): void {
    this.queue = [];
  }

  /** The fault for this request, if any (counted down and dropped when used up). */
  take(method: string, target: 'api' | 'token' = 'api'): Fault | undefined {
    const index = this.queue.findIndex(
      (q) => (q.fault.target ?? 'api') === target && (!q.fault.method || q.fault.method === method.toUpperCase()),
    );
    if (index < 0) return undefined;
    const entry = this.queue[index];
    if (--entry.remaining === 0) this.queue.splice(index, 1);
    return entry.fault;
  }
}

/** The signal's reason, or the AbortError fetch rejects with. */
export function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('The operation was aborted.', 'AbortError');
}

export function throwIfAborted(signal: AbortSignal | null | undefined): void {
  if (signal?.aborted) throw abortReason(signal);
}

/** Waits `ms` (forever when `ms` is Infinity), rejecting with the abort reason as soon as the signal aborts. */
export function sleep(ms: number, signal: AbortSignal | null | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(abortReason(signal));
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onAbort = () => {
      if (timer !== undefined) clearTimeout(timer);
      reject(abortReason(signal!));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    if (Number.isFinite(ms)) {
      timer = setTimeout(() => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      }, ms);
    }
  });
}

/** A latency draw: fixed, or uniform in [min, max] from the emulator's seeded PRNG. */
export function latencyMs(latency: Latency, next: () => number): number {
  if (typeof latency === 'number') return Math.max(0, latency);
  const { min, max } = latency;
  return Math.max(0, Math.round(min + next() * Math.max(0, max - min)));
}

export function htmlPage(status: number, reason: string): string {
  return (
    `<!DOCTYPE html>\n<html lang="en">\n<head><meta charset="utf-8"><title>${status} ${reason}</title></head>\n` +
    `<body>\n<center><h1>${status} ${reason}</h1></center>\n<hr><center>nginx</center>\n</body>\n</html>\n`
  );
}
