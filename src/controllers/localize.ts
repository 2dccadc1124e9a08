import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { en, type MessageKey, type Messages } from '../i18n/en.js';

type Args<K extends MessageKey> = Messages[K] extends (...args: infer A) => string ? A : [];

const locales = new Map<string, Partial<Messages>>([['en', en]]);

/** Intl formatters are costly to build (a third of a 100-row render): one per language and options. */
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat | Intl.RelativeTimeFormat>();
function formatter<T extends Intl.DateTimeFormat | Intl.NumberFormat | Intl.RelativeTimeFormat>(
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

/** Adds or extends a locale (`de`, `pt-BR`, …). Keys it lacks fall back to English. */
export function registerLocale(lang: string, messages: Partial<Messages>): void {
  locales.set(lang.toLowerCase(), { ...locales.get(lang.toLowerCase()), ...messages });
  for (const c of connected) c.host.requestUpdate();
}

/**
 * Resolves the element's language (`lang` on the element → nearest ancestor's `lang` → `<html lang>` → `en`),
 * looks messages up (host overrides → locale → region-less locale → English), and formats dates through `Intl`.
 * Re-renders the host when `<html lang>` or `<html dir>` changes.
 */
export class LocalizeController implements ReactiveController {
  /** Per-element message overrides (the elements' `messages` property). */
  overrides: Partial<Messages> = {};

  constructor(readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    connected.add(this);
    if (!observer && typeof MutationObserver !== 'undefined') {
      observer = new MutationObserver(() => connected.forEach((c) => c.host.requestUpdate()));
      observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang', 'dir'] });
    }
  }

  hostDisconnected(): void {
    connected.delete(this);
    if (connected.size === 0) {
      observer?.disconnect();
      observer = undefined;
    }
  }

  /** The language in force, as a BCP 47 tag. */
  lang(): string {
    const el = this.host.closest('[lang]') as HTMLElement | null;
    return el?.lang || document.documentElement.lang || 'en';
  }

  /** `ltr` or `rtl`, from the nearest `dir`. */
  dir(): 'ltr' | 'rtl' {
    const el = this.host.closest('[dir]') as HTMLElement | null;
    return (el?.dir || document.documentElement.dir) === 'rtl' ? 'rtl' : 'ltr';
  }

  term<K extends MessageKey>(key: K, ...args: Args<K>): string {
    const lang = this.lang().toLowerCase();
    const message =
      this.overrides[key] ?? locales.get(lang)?.[key] ?? locales.get(lang.split('-')[0])?.[key] ?? en[key];
    return typeof message === 'function' ? (message as (...a: unknown[]) => string)(...args) : (message as string);
  }

  date(date: Date, options: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' }): string {
    return formatter(Intl.DateTimeFormat, this.lang(), options).format(date);
  }

  number(value: number, options?: Intl.NumberFormatOptions): string {
    return formatter(Intl.NumberFormat, this.lang(), options).format(value);
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
