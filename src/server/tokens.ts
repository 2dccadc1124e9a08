/**
 * Upstream tokens: obtained the provider's way, cached until shortly before they expire, fetched by one request at a
 * time however many requests wait for one (single flight), dropped and fetched again after a 401, and shared between
 * instances through an optional `TokenStore`. A token or a secret never leaves this module but in the
 * `Authorization` header of an upstream request.
 */

/** A token and when it stops being usable (epoch ms). */
export interface StoredToken {
  token: string;
  expiresAt: number;
}

/**
 * Where several instances of the handler share their token (a KV namespace, Redis, …). `key` names the credential
 * without revealing it (a SHA-256 of it); `ttlSeconds` is how long the value is worth keeping.
 */
export interface TokenStore {
  get(key: string): Promise<StoredToken | undefined> | StoredToken | undefined;
  set(key: string, value: StoredToken, ttlSeconds: number): Promise<void> | void;
  delete?(key: string): Promise<void> | void;
}

/** How a token is obtained for one credential. */
export interface TokenGrant {
  /** Names the credential in a TokenStore (already hashed: no secret in it). */
  readonly key: string;
  /** One token request to the provider: the token and its lifetime in seconds. */
  fetch(signal: AbortSignal): Promise<{ token: string; expiresIn: number }>;
}

/** Seconds before expiry at which a token is renewed: a tenth of its life, at most five minutes. */
const margin = (lifetimeMs: number) => Math.min(300_000, lifetimeMs / 10);

/** The token of one credential, cached, fetched once at a time, renewed before expiry and after a 401. */
export class TokenCache {
  #current?: StoredToken & { renewAt: number };
  #pending?: Promise<string>;
  /** The last token the upstream refused: never taken back from a store that cannot delete it. */
  #refused?: string;

  constructor(
    private readonly grant: TokenGrant,
    private readonly now: () => number,
    private readonly store?: TokenStore,
    private readonly timeoutMs = 10_000,
  ) {}

  /** A token that is good now: the cached one, the store's, or a new one (one request, shared by every caller). */
  async get(): Promise<string> {
    const current = this.#current;
    if (current && this.now() < current.renewAt) return current.token;
    this.#pending ??= this.#obtain().finally(() => (this.#pending = undefined));
    return this.#pending;
  }

  /** The upstream refused `token` (401): forget it, so that the next `get()` asks for a new one. */
  async invalidate(token: string): Promise<void> {
    this.#refused = token;
    if (this.#current?.token === token) this.#current = undefined;
    const stored = await this.store?.get(this.grant.key);
    if (stored?.token === token) await this.store?.delete?.(this.grant.key);
  }

  async #obtain(): Promise<string> {
    const stored = await this.store?.get(this.grant.key);
    // Another instance's token, unless it is the one this instance already had or saw refused.
    const other =
      stored && stored.token !== this.#current?.token && stored.token !== this.#refused ? stored : undefined;
    if (other && this.now() < other.expiresAt - margin(other.expiresAt - this.now())) {
      this.#remember(other);
      return other.token;
    }
    const { token, expiresIn } = await this.grant.fetch(AbortSignal.timeout(this.timeoutMs));
    const value = { token, expiresAt: this.now() + expiresIn * 1000 };
    this.#remember(value);
    await this.store?.set(this.grant.key, value, expiresIn);
    return token;
  }

  #remember(value: StoredToken) {
    const life = value.expiresAt - this.now();
    this.#current = { ...value, renewAt: value.expiresAt - margin(life) };
  }
}

/** SHA-256 of a text, hex (Web Crypto): names a credential without revealing it. */
export async function fingerprint(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
