/**
 * The providers' credentials, emulated: with `credentials`, an emulator serves its provider's token endpoint (Auth0's
 * client-credentials grant, Upsun's API-token exchange) and then answers API calls only with a valid bearer — a token
 * it issued and that has not expired, or Clerk's secret key — and 401 in the provider's error shape otherwise
 * (shared/API-NOTES.md §7). Without `credentials` it asks for nothing, as before.
 */
import type { Random } from './random.js';
import { json } from './wire.js';

/** What each emulated provider accepts. */
export interface EmulatorCredentials {
  /** Auth0: a Machine-to-Machine application; tokens last `expiresIn` seconds (Auth0's default: 86400). */
  auth0: { clientId: string; clientSecret: string; expiresIn?: number };
  /** Clerk: the secret key, the bearer of every call. */
  clerk: { secretKey: string };
  /** Upsun: a user's API token, exchanged for access tokens of `expiresIn` seconds (Upsun's: 900). */
  upsun: { apiToken: string; expiresIn?: number };
}

/** A token request as the emulator got it. */
export interface TokenRequest {
  method: string;
  headers: Headers;
  /** The body's fields: JSON or form-urlencoded. */
  fields: Record<string, string>;
}

/** How one provider authenticates (part of its ProviderDefinition). */
export interface AuthDefinition<C> {
  /** Path of the token endpoint below the emulator's base (`/oauth/token`), when the provider has one. */
  tokenPath?: string;
  /**
   * Checks a token request: the token's lifetime in seconds, or the provider's refusal. `audiencePath` is the path
   * the requested audience's URL must end with (the API base, with a trailing slash).
   */
  grant?(request: TokenRequest, credentials: C, audiencePath: string): number | Response;
  /** The token response body for an access token. */
  tokenBody?(token: string, expiresIn: number): unknown;
  /** A bearer that is always valid (Clerk's secret key). */
  staticBearer?(credentials: C): string;
  /** The provider's error code of a refused bearer (Clerk `authentication_invalid`). */
  unauthorizedCode?: string;
}

/** Reads a token request body: JSON or `application/x-www-form-urlencoded`. */
export function tokenFields(text: string, contentType: string | null): Record<string, string> {
  const type = (contentType ?? '').split(';')[0].trim().toLowerCase();
  if (type === 'application/json') {
    try {
      const value: unknown = JSON.parse(text);
      if (value && typeof value === 'object' && !Array.isArray(value)) {
        return Object.fromEntries(Object.entries(value).filter((e): e is [string, string] => typeof e[1] === 'string'));
      }
    } catch {
      return {};
    }
    return {};
  }
  return Object.fromEntries(new URLSearchParams(text));
}

/** An OAuth2 error answer (`{error, error_description}`), as token endpoints send them. */
export const oauthError = (status: number, error: string, description: string) =>
  json(status, { error, error_description: description });

/** The tokens an emulator issued, with their expiry (epoch ms). */
export class TokenLedger {
  readonly #tokens = new Map<string, number>();

  issue(random: Random, now: number, seconds: number): string {
    const token = `emu_${random.alnum(40)}`;
    this.#tokens.set(token, now + seconds * 1000);
    return token;
  }

  /** `valid`, `expired` or `unknown`. */
  check(token: string, now: number): 'valid' | 'expired' | 'unknown' {
    const expires = this.#tokens.get(token);
    if (expires === undefined) return 'unknown';
    return expires > now ? 'valid' : 'expired';
  }

  /** Forgets every token: the next call with one is refused (as after a key rotation). */
  revokeAll(): void {
    this.#tokens.clear();
  }
}
