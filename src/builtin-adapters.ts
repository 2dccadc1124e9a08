// Registers the built-in adapters by name, so `provider="auth0" | "clerk" | "upsun"` works. Imported by the
// per-element define entries (src/<tag>/define.ts); registering twice is harmless.
import { registerAdapter } from './providers/adapter.js';
import { auth0Adapter } from './providers/auth0.js';
import { clerkAdapter } from './providers/clerk.js';
import { upsunAdapter } from './providers/upsun.js';

registerAdapter('auth0', auth0Adapter);
registerAdapter('clerk', clerkAdapter);
registerAdapter('upsun', upsunAdapter);
