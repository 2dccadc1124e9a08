/**
 * THE table of built-in providers: one line each. The `ProviderName` type, the names registered for the elements'
 * `provider` attribute, the emulator's set (src/emulator/providers.ts is keyed by it), the server's dialects, and the
 * stories, tests, demo and bench that run "for every provider" all derive from it. To add a provider, see
 * ARCHITECTURE.md ("Add a provider").
 */
import type { InvitationAdapter } from './adapter.js';
import { registerAdapter } from './adapter.js';
import { auth0Adapter } from './auth0.js';
import { clerkAdapter } from './clerk.js';
import { upsunAdapter } from './upsun.js';

export const BUILTIN_ADAPTERS = {
  auth0: auth0Adapter,
  clerk: clerkAdapter,
  upsun: upsunAdapter,
} as const satisfies Record<string, InvitationAdapter>;

/** A built-in provider: `auth0`, `clerk` or `upsun`. */
export type ProviderName = keyof typeof BUILTIN_ADAPTERS;

/** The built-in providers' names, in table order. */
export const PROVIDER_NAMES = /* @__PURE__ */ Object.keys(BUILTIN_ADAPTERS) as ProviderName[];

/**
 * Registers the built-in adapters by name, so `provider="auth0"` (and the others) works. Called by the define entries
 * (src/define.ts, src/<tag>/define.ts), not on import: every module but those entries is free of side effects
 * (package.json "sideEffects"), so a bundler drops what a host does not use. Registering twice is harmless.
 */
export function registerBuiltinAdapters(): void {
  for (const name of PROVIDER_NAMES) registerAdapter(name, BUILTIN_ADAPTERS[name]);
}
