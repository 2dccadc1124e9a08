/**
 * An adapter whose wire code (request builders, zod/mini response schemas, the shared runner) loads on its first
 * request. What the elements read while rendering — name, label, capabilities, role labels — is there at once, so
 * a page draws its toolbar, form and loading state before the dialect's code arrives, and a page that never sends
 * a request never downloads it. The built-in providers are made this way; a custom backend can be too.
 */
import type { InvitationAdapter } from './adapter.js';
import { loadError, onDemand } from '../internal/on-demand.js';
import type { RouteTable } from './kit.js';

/** What a lazy adapter knows before its wire code is loaded. */
export interface AdapterProfile extends Pick<InvitationAdapter, 'name' | 'capabilities' | 'roleLabel'> {
  readonly label: string;
  /** The route table, for the server half and tests (it carries no code). */
  readonly routes?: RouteTable;
  readonly id?: RegExp;
}

/** A built-in dialect's profile: also its route table and id grammar (what the server forwards). */
export type DialectProfile = AdapterProfile & { readonly routes: RouteTable; readonly id: RegExp };

/**
 * An `InvitationAdapter` that answers from `profile` at once and sends through the adapter `load` resolves to
 * (`async () => (await import('./my-dialect.js')).myAdapter`), loaded on the first request and kept. `load` is
 * handed `profile`, so the loaded code need not import the module that holds it (a bundler would then share that
 * module with the page). A load that fails (offline, a deploy that removed the chunk) rejects that request as a
 * network error, and the next request tries again.
 */
export function lazyAdapter<P extends AdapterProfile>(
  profile: P,
  load: (profile: P) => Promise<InvitationAdapter>,
): P & InvitationAdapter {
  const code = onDemand(() => load(profile));
  // Once loaded, a call goes straight to the loaded adapter, with no await in between: its request leaves before
  // the renders its caller has queued, as with an adapter loaded up front. (A synchronous throw still rejects.)
  const wire = <T>(call: (adapter: InvitationAdapter) => Promise<T>): Promise<T> => {
    const loaded = code.loaded;
    if (!loaded) {
      return code.load().then(call, (cause: unknown) => {
        throw loadError(`The ${profile.label} code`, cause);
      });
    }
    try {
      return call(loaded);
    } catch (error) {
      return Promise.reject(error);
    }
  };
  const adapter: InvitationAdapter = {
    ...profile,
    list: (query, ctx) => wire((a) => a.list(query, ctx)),
    create: (drafts, ctx) => wire((a) => a.create(drafts, ctx)),
    revoke: (invitation, ctx) => wire((a) => a.revoke(invitation, ctx)),
  };
  if (profile.capabilities.resend) adapter.resend = (invitation, ctx) => wire((a) => a.resend!(invitation, ctx));
  return adapter as P & InvitationAdapter;
}
