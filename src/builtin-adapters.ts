// The built-in adapters by name, so `provider="auth0" | "clerk" | "upsun"` works. Called by the define entries
// (src/define.ts, src/<tag>/define.ts), not on import: every module but those entries is free of side effects
// (package.json "sideEffects"), so a bundler drops what a host does not use. Registering twice is harmless.
import { registerAdapter } from './providers/adapter.js';
import { auth0Adapter } from './providers/auth0.js';
import { clerkAdapter } from './providers/clerk.js';
import { upsunAdapter } from './providers/upsun.js';

export function registerBuiltinAdapters(): void {
  registerAdapter('auth0', auth0Adapter);
  registerAdapter('clerk', clerkAdapter);
  registerAdapter('upsun', upsunAdapter);
}
