import { InvitationError } from '../model.js';

/** A module loaded on first use and kept for the page: `loaded` once it is there, `load()` to get it. */
export interface OnDemand<T> {
  readonly loaded?: T;
  /** Starts the load, or gives the one under way. One that failed (offline, a deploy) is tried again next time. */
  load(): Promise<T>;
}

/** `importer` loads it: `() => import('./module.js')` (a literal import(), which bundlers split out), or wraps one. */
export function onDemand<T>(importer: () => Promise<T>): OnDemand<T> {
  let loading: Promise<T> | undefined;
  const module: { loaded?: T; load(): Promise<T> } = {
    load: () =>
      (loading ??= importer().then(
        (loaded) => (module.loaded = loaded),
        (error: unknown) => {
          loading = undefined;
          throw error;
        },
      )),
  };
  return module;
}

/**
 * What a caller reports when code it loads on demand did not arrive (offline, a deploy that removed the file): a
 * network error, and nothing was sent. `what` names the code: "The sending code", "The Clerk code".
 */
export const loadError = (what: string, cause: unknown): InvitationError =>
  new InvitationError(`${what} could not be loaded. Check the connection and try again.`, {
    kind: 'network',
    code: 'chunk_load',
    cause,
  });
