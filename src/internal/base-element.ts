import { LitElement, type PropertyDeclarations } from 'lit';
import { LocalizeController } from './localize.js';
import { commonMessages } from '../i18n/en-common.js';
import type { Messages } from '../i18n/en.js';
import { InvitationError } from '../model.js';
import {
  adapterNames,
  getAdapter,
  type Fetcher,
  type InvitationAdapter,
  type RequestContext,
} from '../providers/adapter.js';

/**
 * What both elements share: where the invitations live (`endpoint`), which dialect speaks to them (`provider` or
 * `adapter`), how requests travel (`fetcher`, `timeout`), and the language of the UI (`lang`, `messages`).
 */
export abstract class InvitationsElement extends LitElement {
  /**
   * The reactive properties, declared for Lit here rather than with decorators (each decorator is a helper call in
   * the first download: 0.4 kB gzip for the two elements). Each is documented where it is declared below;
   * subclasses add theirs the same way (Lit merges them).
   */
  static override properties: PropertyDeclarations = {
    endpoint: { reflect: true },
    provider: { reflect: true },
    adapter: { attribute: false },
    fetcher: { attribute: false },
    timeout: { type: Number },
    messages: { attribute: false },
  };

  /** URL of the invitations collection (what GET lists and POST creates); item URLs derive from it. */
  endpoint = '';

  /** Built-in wire dialect: `auth0`, `clerk` or `upsun` (any name given to `registerAdapter`). */
  provider = '';

  /** A custom adapter object; wins over `provider`. */
  adapter?: InvitationAdapter;

  /**
   * Sends every request; exactly `fetch`'s signature. Plug in auth headers, cookies, CSRF, a proxy or the emulator.
   * Defaults to `globalThis.fetch`.
   */
  fetcher?: Fetcher;

  /**
   * Milliseconds after which a request is given up with a timeout error (at most 2147483647, about 24 days). 0, a
   * negative number or Infinity disables the timeout.
   */
  timeout = 30000;

  /** Message overrides, by key of the English catalogue. */
  messages: Partial<Messages> = {};

  /**
   * The element's English messages (the keys it shows): the last fallback of every look-up.
   * @internal
   */
  static english: Partial<Messages> = commonMessages;

  protected readonly localize = new LocalizeController(this, (this.constructor as typeof InvitationsElement).english);

  /**
   * Registers `this` as `tag`. A no-op when this class (or a subclass) already holds the tag; a clear error when
   * another class does. A class already registered under another name is registered again as a subclass (one class
   * per name is a platform rule), so a host can rename a tag on a collision.
   */
  protected static register(tag: string, registry: CustomElementRegistry): void {
    const existing = registry.get(tag);
    if (existing) {
      if ((existing as unknown) === this || existing.prototype instanceof this) return;
      throw new Error(`<${tag}> is already defined by another class: pass another tag name to define().`);
    }
    const ctor = this as unknown as typeof HTMLElement;
    registry.define(tag, registry.getName?.(ctor) ? class extends ctor {} : ctor);
  }

  /** `lang` and `dir` are native attributes: watch them too, so a change re-renders texts, dates and layout. */
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang', 'dir'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' || name === 'dir') this.requestUpdate();
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('messages')) this.localize.overrides = this.messages ?? {};
    this.#syncDirection();
  }

  #states?: CustomStateSet | null;

  /**
   * Right to left when the nearest `dir` says so, or when there is none and the language is written right to left
   * (`lang="ar"`): the `rtl` custom state sets `direction: rtl` on the host (themeStyles).
   */
  #syncDirection(): void {
    if (this.#states === undefined) {
      try {
        this.#states = this.attachInternals().states ?? null;
      } catch {
        this.#states = null; // a subclass attached the internals, or no CustomStateSet: inherit the direction
      }
    }
    if (this.localize.dir() === 'rtl') this.#states?.add('rtl');
    else this.#states?.delete('rtl');
  }

  /**
   * Resolves once the element has rendered — in its language, and with what it loads on demand: when a render had to
   * wait for that language's messages or for such code (`pendingLoads()`), after the render they bring.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    const loads = [this.localize.loading, ...this.pendingLoads()].filter(Boolean);
    if (loads.length) {
      await Promise.all(loads);
      done = await super.getUpdateComplete();
    }
    return done;
  }

  /** Code loaded on demand that the element waits for, and renders when it arrives (none here). Never rejects. */
  protected pendingLoads(): (Promise<unknown> | undefined)[] {
    return [];
  }

  /** The adapter in force, or undefined when neither `adapter` nor a known `provider` is set. */
  protected get activeAdapter(): InvitationAdapter | undefined {
    return this.adapter ?? (this.provider ? getAdapter(this.provider) : undefined);
  }

  /** A clear configuration error, or undefined when the element can talk to a server. */
  protected configError(): InvitationError | undefined {
    if (!this.activeAdapter) {
      // The names registered now (built-in ones, the host's own), so the message never lists one that is not there.
      const names = this.localize.list(adapterNames(), 'disjunction');
      return new InvitationError(this.localize.term('noAdapter', this.provider, names), {
        kind: 'config',
        code: 'no_adapter',
      });
    }
    if (!this.endpoint) {
      return new InvitationError(this.localize.term('noEndpoint'), { kind: 'config', code: 'no_endpoint' });
    }
    return undefined;
  }

  /** The request context for one call: endpoint, fetcher, and the caller's signal joined with the timeout. */
  protected requestContext(signal?: AbortSignal): RequestContext {
    const signals = [signal].filter((s): s is AbortSignal => !!s);
    // AbortSignal.timeout throws on Infinity and on values past 2^53: `timeout="Infinity"` must not break every request
    if (Number.isFinite(this.timeout) && this.timeout > 0) {
      signals.push(AbortSignal.timeout(Math.min(this.timeout, 2147483647)));
    }
    return {
      endpoint: this.endpoint,
      fetcher: this.fetcher ?? ((input, init) => globalThis.fetch(input, init)),
      signal: signals.length > 1 ? AbortSignal.any(signals) : signals[0],
    };
  }
}
