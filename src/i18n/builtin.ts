import type { Messages } from './en.js';

/**
 * The catalogues shipped beside English. Each is its own chunk, imported the first time an element shows that
 * language, so a page in English loads none of them.
 */
export const BUILTIN_LOCALES = {
  ar: () => import('./locales/ar.js'),
  de: () => import('./locales/de.js'),
  es: () => import('./locales/es.js'),
  fr: () => import('./locales/fr.js'),
  it: () => import('./locales/it.js'),
  ja: () => import('./locales/ja.js'),
  ko: () => import('./locales/ko.js'),
  nl: () => import('./locales/nl.js'),
  'pt-BR': () => import('./locales/pt-BR.js'),
  'zh-CN': () => import('./locales/zh-CN.js'),
} satisfies Record<string, () => Promise<{ default: Messages }>>;

export type BuiltinLocale = keyof typeof BUILTIN_LOCALES;

const names = Object.keys(BUILTIN_LOCALES) as BuiltinLocale[];

/**
 * The built-in catalogue for a BCP 47 tag: the tag itself (any case), else its language (`de-CH` → `de`, `ar-EG` →
 * `ar`, `pt-PT` → `pt-BR`, `zh-SG` → `zh-CN`). Traditional Chinese (`zh-TW`, `zh-HK`, `zh-Hant`) has none: register
 * one with `registerLocale`. English and unknown languages have none either.
 */
export function builtinLocaleFor(lang: string): BuiltinLocale | undefined {
  const tag = lang.toLowerCase();
  const exact = names.find((name) => name.toLowerCase() === tag);
  if (exact) return exact;
  const [language] = tag.split('-');
  if (language === 'zh') return /-(hant|tw|hk|mo)(-|$)/.test(tag) ? undefined : 'zh-CN';
  if (language === 'pt') return 'pt-BR';
  return names.find((name) => name === language);
}
