/**
 * Waits `ms` milliseconds; rejects with the signal's reason as soon as it aborts (at once if it already has). Used by
 * code loaded on demand only (the form's sending run, the list's bulk run): imported from an element's first
 * download, it would put this module in a chunk shared with every page.
 */
export function sleep(ms: number, signal: AbortSignal): Promise<void> {
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
