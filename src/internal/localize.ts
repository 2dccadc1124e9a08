import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { BUILTIN_LOCALES, builtinLocaleFor, type BuiltinLocale } from '../i18n/builtin.js';
import type { MessageKey, Messages } from '../i18n/en.js';
import { displayText } from '../model.js';

type Args<K extends MessageKey> = Messages[K] extends (...args: infer A) => string ? A : [];

/** Catalogues a host registered (`registerLocale`), by lower-case tag. They win over the built-in ones. */
const registered = new Map<string, Partial<Messages>>();
/** Built-in catalogues loaded so far. */
const builtin = new Map<BuiltinLocale, Messages>();
/** Built-in catalogues being imported, or imported (a failed import is not retried: the texts stay English). */
const imports = new Map<BuiltinLocale, Promise<void>>();
const settled = new Set<BuiltinLocale>();
/** Bumped when a catalogue arrives or is registered, so the controllers rebuild their lookup chains. */
let version = 0;

/** Intl formatters are costly to build (a third of a 100-row render): one per language and options. */
type Formatter = Intl.DateTimeFormat | Intl.NumberFormat | Intl.RelativeTimeFormat | Intl.ListFormat;
const formatters = new Map<string, Formatter>();
function formatter<T extends Formatter>(
  kind: new (lang: string, options?: object) => T,
  lang: string,
  options?: object,
): T {
  const key = `${kind.name}|${lang}|${JSON.stringify(options ?? {})}`;
  let f = formatters.get(key) as T | undefined;
  if (!f) formatters.set(key, (f = new kind(lang, options)));
  return f;
}
const connected = new Set<LocalizeController>();
let observer: MutationObserver | undefined;

const rerenderAll = () => connected.forEach((c) => c.host.requestUpdate());

/**
 * Adds or extends a locale (`de`, `pt-BR`, `sv`, …) with your own messages. They win over the built-in catalogue of
 * that language; keys you leave out come from it, else from English. A catalogue with every key an element shows
 * means that element never loads the built-in one for that tag.
 */
export function registerLocale(lang: string, messages: Partial<Messages>): void {
  const tag = lang.toLowerCase();
  const merged = { ...registered.get(tag), ...messages };
  registered.set(tag, merged);
  version++;
  rerenderAll();
}

/**
 * Imports the built-in catalogue for `lang` (`de`, `ar-EG`, `pt`, …) unless it is loaded already; the elements
 * re-render when it arrives. Elements call it themselves; call it before they render to skip their first paint in
 * English. Resolves when done — also when there is no such catalogue or it failed to load (never rejects).
 */
export function loadLocale(lang: string): Promise<void> {
  const locale = builtinLocaleFor(lang);
  if (!locale) return Promise.resolve();
  let pending = imports.get(locale);
  if (!pending) {
    pending = BUILTIN_LOCALES[locale]()
      .then((module) => void builtin.set(locale, module.default))
      .catch((error: unknown) => console.warn(`invitation-elements: the ${locale} messages did not load.`, error))
      .finally(() => {
        settled.add(locale);
        version++;
        rerenderAll();
      });
    imports.set(locale, pending);
  }
  return pending;
}

/** Languages written right to left, by language subtag, and scripts that are. */
const RTL_LANGUAGE = /^(ar|arc|ckb|dv|fa|he|iw|ks|ps|sd|syr|ug|ur|yi)(-|$)/i;
const RTL_SCRIPT = /-(arab|hebr|syrc|thaa|nkoo|adlm|rohg)(-|$)/i;
const LTR_SCRIPT = /-(latn|cyrl)(-|$)/i;

/** The direction a language is written in (`ar`, `he`, `fa`, `ur`, … and `*-Arab` are right to left). */
export function directionOf(lang: string): 'ltr' | 'rtl' {
  return (RTL_LANGUAGE.test(lang) && !LTR_SCRIPT.test(lang)) || RTL_SCRIPT.test(lang) ? 'rtl' : 'ltr';
}

/** The nearest element at or above `el` matching `selector`, across shadow-root boundaries (to the host). */
function closestAcross(el: Element, selector: string): Element | undefined {
  for (let node: Element | undefined = el; node;) {
    const found = node.closest(selector);
    if (found) return found;
    const root = node.getRootNode();
    node = typeof ShadowRoot !== 'undefined' && root instanceof ShadowRoot ? root.host : undefined;
  }
  return undefined;
}

/**
 * Resolves the element's language (`lang` on the element → the nearest ancestor's, across shadow roots →
 * `<html lang>` → `en`), looks messages up (host overrides → registered locale → built-in locale, loaded on demand
 * → English), formats dates, numbers and relative times through `Intl`, and tells the direction (`dir` on the
 * element or an ancestor, else the language's own). Re-renders the host when a `lang` or `dir` attribute changes
 * anywhere in the document, and when the language's catalogue arrives.
 */
export class LocalizeController implements ReactiveController {
  /** Per-element message overrides (the elements' `messages` property). */
  overrides: Partial<Messages> = {};

  #chain: Partial<Messages>[] = [];
  #chainKey = '';
  /** The language resolved for the update under way (a render looks it up for every text and date). */
  #lang?: string;

  /**
   * `english`: the element's own English messages, the last fallback. Each element passes only the keys it shows, so
   * a page with one element does not download the other's texts.
   */
  constructor(
    readonly host: ReactiveControllerHost & HTMLElement,
    private readonly english: Partial<Messages>,
  ) {
    host.addController(this);
  }

  /**
   * English messages of a part of the element loaded on demand (the list's "select many"): from then on the last
   * fallback of every element that shares these English messages (its class).
   */
  addEnglish(messages: Partial<Messages>): void {
    Object.assign(this.english, messages);
  }

  hostConnected(): void {
    connected.add(this);
    // Moved elsewhere in the document: the `lang` and `dir` around may differ from where it was.
    this.host.requestUpdate();
    if (!observer && typeof MutationObserver !== 'undefined') {
      observer = new MutationObserver(rerenderAll);
      observer.observe(document.documentElement, {
        attributes: true,
        attributeFilter: ['lang', 'dir'],
        subtree: true,
      });
    }
  }

  hostDisconnected(): void {
    this.#lang = undefined;
    connected.delete(this);
    if (connected.size === 0) {
      observer?.disconnect();
      observer = undefined;
    }
  }

  /** Before each render: start loading the language's built-in catalogue when it is needed and not there yet. */
  hostUpdate(): void {
    this.#lang = undefined;
    this.#lang = this.lang();
    void this.loading;
  }

  /** After the render: the next look-up outside an update resolves the language afresh. */
  hostUpdated(): void {
    this.#lang = undefined;
  }

  /**
   * The import of the built-in catalogue the element's language needs (started if it was not), until it settles;
   * undefined when there is nothing to wait for — English, a language without one, one loaded already, or one the
   * host registered completely. The elements' `updateComplete` waits for it and for the render that follows.
   */
  get loading(): Promise<void> | undefined {
    const lang = this.lang().toLowerCase();
    const locale = builtinLocaleFor(lang);
    if (!locale || settled.has(locale) || this.#complete(lang) || this.#complete(lang.split('-')[0])) return undefined;
    return loadLocale(lang);
  }

  /** Whether the host registered every message this element shows for `tag`: then no built-in one is needed. */
  #complete(tag: string): boolean {
    const mine = registered.get(tag);
    return !!mine && Object.keys(this.english).every((key) => key in mine);
  }

  /** The language in force, as a BCP 47 tag. */
  lang(): string {
    if (this.#lang) return this.#lang;
    const el = closestAcross(this.host, '[lang]:not([lang=""])') as HTMLElement | undefined;
    return el?.lang || document.documentElement.lang || 'en';
  }

  /** `ltr` or `rtl`: the nearest `dir="ltr|rtl"` (across shadow roots), else the direction of the language. */
  dir(): 'ltr' | 'rtl' {
    const el = closestAcross(this.host, '[dir="ltr" i], [dir="rtl" i]');
    const dir = el?.getAttribute('dir')?.toLowerCase();
    return dir === 'rtl' || dir === 'ltr' ? dir : directionOf(this.lang());
  }

  /** The catalogues to look a key up in, most specific first (English last, then always there). */
  #catalogues(lang: string): Partial<Messages>[] {
    const key = `${lang}|${version}`;
    if (key !== this.#chainKey) {
      const language = lang.split('-')[0];
      const locale = builtinLocaleFor(lang);
      this.#chain = [
        registered.get(lang),
        registered.get(language),
        locale && builtin.get(locale),
        this.english,
      ].filter((c): c is Partial<Messages> => !!c);
      this.#chainKey = key;
    }
    return this.#chain;
  }

  /**
   * The message `key` in the element's language (host overrides first). Text arguments lose their bidi control
   * characters (`displayText`): they are mostly server data (an email, a reason), and a message must not let an
   * override in them reorder the words around them.
   */
  term<K extends MessageKey>(key: K, ...args: Args<K>): string {
    let message = this.overrides[key];
    if (message === undefined) {
      for (const catalogue of this.#catalogues(this.lang().toLowerCase())) {
        message = catalogue[key];
        if (message !== undefined) break;
      }
    }
    if (typeof message !== 'function') return message as string;
    return (message as (...a: unknown[]) => string)(...args.map((a) => (typeof a === 'string' ? displayText(a) : a)));
  }

  date(date: Date, options: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' }): string {
    return formatter(Intl.DateTimeFormat, this.lang(), options).format(date);
  }

  number(value: number, options?: Intl.NumberFormatOptions): string {
    return formatter(Intl.NumberFormat, this.lang(), options).format(value);
  }

  /** "a, b and c" (`conjunction`) or "a, b or c" (`disjunction`), in the element's language. */
  list(items: string[], type: 'conjunction' | 'disjunction' = 'conjunction'): string {
    return formatter(Intl.ListFormat, this.lang(), { type }).format(items);
  }

  /** "in 3 days", "2 hours ago" — the largest unit that fits. */
  relative(date: Date, now = Date.now()): string {
    const seconds = Math.round((date.getTime() - now) / 1000);
    const units: [Intl.RelativeTimeFormatUnit, number][] = [
      ['year', 31536000],
      ['month', 2592000],
      ['week', 604800],
      ['day', 86400],
      ['hour', 3600],
      ['minute', 60],
    ];
    const format = formatter(Intl.RelativeTimeFormat, this.lang(), { numeric: 'auto' });
    for (const [unit, size] of units) {
      if (Math.abs(seconds) >= size) return format.format(Math.trunc(seconds / size), unit);
    }
    return format.format(seconds, 'second');
  }
}
