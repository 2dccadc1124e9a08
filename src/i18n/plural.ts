/** The forms of a message by CLDR plural category (`Intl.PluralRules`); `other` is required, missing ones use it. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/**
 * Plural selection for one language: `plural(count, { one: '…', other: '…' })` picks the form `Intl.PluralRules`
 * gives for `count` — `one`/`other` in German, also `zero`, `two`, `few` and `many` in Arabic, `other` alone in
 * Japanese.
 */
export function plurals(lang: string): (count: number, forms: PluralForms) => string {
  const rules = new Intl.PluralRules(lang);
  return (count, forms) => forms[rules.select(count)] ?? forms.other;
}
