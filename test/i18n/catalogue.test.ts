/**
 * The built-in catalogues at run time (the type check is test/i18n/catalogue.types.ts): every English key and no
 * other, of the same kind and arity, actually translated, with every argument the English message shows, and an
 * answer for every plural category — Arabic's six included.
 */
import { expect } from '@open-wc/testing';
import { BUILTIN_LOCALES, builtinLocaleFor, type BuiltinLocale } from '../../src/i18n/builtin.js';
import { en, type MessageKey, type Messages } from '../../src/i18n/en.js';

const LOCALES = Object.keys(BUILTIN_LOCALES) as BuiltinLocale[];
const catalogues = new Map<BuiltinLocale, Messages>(
  await Promise.all(LOCALES.map(async (l) => [l, (await BUILTIN_LOCALES[l]()).default] as const)),
);
const KEYS = Object.keys(en) as MessageKey[];

type Fn = (...args: unknown[]) => string;
const call = (messages: Messages, key: MessageKey, args: unknown[]) => (messages[key] as Fn)(...args);

/** The keys of the messages that take a number (the type makes this test list exactly those). */
type NumericKey = {
  [K in MessageKey]: Messages[K] extends (...args: infer A) => string ? (number extends A[number] ? K : never) : never;
}[MessageKey];

/** The messages that take numbers, and which of their arguments are numbers. */
const NUMERIC: Record<NumericKey, number[]> = {
  retryIn: [0],
  formResumeIn: [0],
  listLoaded: [1],
  listNewInvitations: [0],
  formRolesMin: [0],
  formRolesMax: [0],
  formExpiryPresetDays: [0],
  formExpiryPresetHours: [0],
  formExpiryRangeDays: [0, 1],
  formExpiryRangeHours: [0, 1],
  formSubmit: [0],
  formSending: [0, 1],
  formSentMany: [0],
  formFailed: [0, 1],
  formMissingFields: [1],
  listSelected: [0],
  listBulkRevoke: [0],
  listBulkResend: [0],
  listBulkConfirm: [0],
  listBulkRevoked: [0],
  listBulkResent: [0],
  listBulkFailed: [0],
  formImportSummary: [0, 1],
  formImportResult: [0, 1],
  formImportRowDuplicate: [0],
  formImportRemoveRow: [0],
  formImportRoleFor: [0],
  formImportTooLarge: [0],
  formImportTooMany: [0, 1],
};

/** Buttons that show one message and are named by another (e.g. with the row's email): [visible, accessible name]. */
const LABEL_IN_NAME: [MessageKey, MessageKey][] = [
  ['listRevoke', 'listRevokeLabel'],
  ['listConfirm', 'listConfirmLabel'],
  ['listResend', 'listResendLabel'],
  ['listCopyLink', 'listCopyLinkLabel'],
  ['listCopied', 'listCopiedLabel'],
  ['listPrevious', 'listPreviousPage'],
  ['listNext', 'listNextPage'],
];

/** Sample arguments: a recognisable text for a string (‹a›, ‹b›, …), 3, 7 or 11 for a number. */
const sample = (key: MessageKey): unknown[] =>
  Array.from({ length: (en[key] as Fn).length }, (_, i) =>
    (NUMERIC as Partial<Record<MessageKey, number[]>>)[key]?.includes(i) ? 3 + 4 * i : `‹${'abc'[i]}›`,
  );

describe('the built-in catalogues', () => {
  it('cover the ten languages of the issue beside English', () => {
    expect(LOCALES).to.have.members(['ar', 'de', 'es', 'fr', 'it', 'ja', 'ko', 'nl', 'pt-BR', 'zh-CN']);
  });

  it('are checked against English messages that show their text arguments verbatim', () => {
    for (const key of KEYS) {
      const fn = en[key];
      if (typeof fn !== 'function') continue;
      const out = call(en, key, sample(key));
      const numeric = (NUMERIC as Partial<Record<MessageKey, number[]>>)[key] ?? [];
      for (let i = 0; i < fn.length; i++) {
        if (!numeric.includes(i)) expect(out, `${key} shows its argument ${i}`).to.contain(`‹${'abc'[i]}›`);
      }
    }
  });

  for (const locale of LOCALES) {
    describe(`${locale}`, () => {
      const messages = () => catalogues.get(locale)!;
      const format = new Intl.NumberFormat(locale);

      it('has every English key and no other', () => {
        expect(Object.keys(messages()).sort()).to.deep.equal([...KEYS].sort());
      });

      it('gives each key the English kind: a text, or a function of as many arguments', () => {
        for (const key of KEYS) {
          const ours = messages()[key];
          expect(typeof ours, key).to.equal(typeof en[key]);
          if (typeof ours === 'function') expect(ours.length, key).to.equal((en[key] as Fn).length);
          else expect(ours.trim(), key).not.to.equal('');
        }
      });

      it('is translated, not a copy of the English texts', () => {
        // A few messages read the same in both languages (Status, —, "Page 2" in French, "a@b.co: reason").
        const same = KEYS.filter((k) =>
          typeof en[k] === 'function'
            ? call(messages(), k, sample(k)) === call(en, k, sample(k))
            : messages()[k] === en[k],
        );
        expect(same.length, `the same as in English: ${same.join(', ')}`).to.be.below(KEYS.length * 0.12);
      });

      it('shows every argument the English message shows, the numbers written for the language', () => {
        for (const key of KEYS.filter((k) => typeof en[k] === 'function')) {
          const args = sample(key);
          const english = call(en, key, args);
          const ours = call(messages(), key, args);
          for (const arg of args) {
            if (typeof arg === 'string' && english.includes(arg)) expect(ours, key).to.contain(arg);
          }
          for (const digits of english.match(/\d+/g) ?? []) {
            const written = [digits, format.format(Number(digits))];
            expect(
              written.some((w) => ours.includes(w)),
              `${key}: "${ours}" shows ${digits}`,
            ).to.be.true;
          }
        }
      });

      it('names each action button with words that contain its visible text (WCAG 2.5.3 Label in Name)', () => {
        // Speech users say what they see ("click Copy link"): the accessible name must contain the visible label.
        const fold = (text: string) => text.toLocaleLowerCase(locale).replace(/\s+/g, ' ');
        for (const [visible, label] of LABEL_IN_NAME) {
          const shown = fold(messages()[visible] as string);
          const named = messages()[label];
          const name = fold(typeof named === 'function' ? call(messages(), label, ['‹a›']) : named);
          expect(name, `${label} contains ${visible} ("${shown}")`).to.contain(shown);
        }
      });

      it('answers every count with a complete sentence (no plural form missing)', () => {
        const counts = [0, 1, 2, 3, 5, 10, 11, 21, 99, 100, 101, 102, 1000000];
        for (const [key, numeric] of Object.entries(NUMERIC) as [MessageKey, number[]][]) {
          for (const count of counts) {
            for (const position of numeric) {
              const args = sample(key).map((a, i) => (i === position ? count : a));
              const out = call(messages(), key, args);
              expect(out, `${key}(${args.join(', ')})`)
                .to.be.a('string')
                .and.not.match(/undefined|NaN|\[object/);
              expect(out.trim(), `${key}(${args.join(', ')})`).not.to.equal('');
            }
          }
        }
      });
    });
  }

  describe('plural rules', () => {
    it('give Arabic its six forms: zero, one, two, few, many, other', () => {
      const ar = catalogues.get('ar')!;
      const number = new Intl.NumberFormat('ar');
      const counts = [0, 1, 2, 3, 11, 100];
      expect(counts.map((c) => new Intl.PluralRules('ar').select(c))).to.deep.equal([
        'zero',
        'one',
        'two',
        'few',
        'many',
        'other',
      ]);
      expect(counts.map((c) => ar.listLoaded('ص', c, number.format(c)))).to.deep.equal([
        'ص، لا دعوات',
        'ص، دعوة واحدة',
        'ص، دعوتان',
        `ص، ${number.format(3)} دعوات`,
        `ص، ${number.format(11)} دعوة`,
        `ص، ${number.format(100)} دعوة`,
      ]);
      expect(counts.slice(1).map((c) => ar.formExpiryPresetDays(c))).to.deep.equal([
        'يوم واحد',
        'يومان',
        `${number.format(3)} أيام`,
        `${number.format(11)} يومًا`,
        `${number.format(100)} يوم`,
      ]);
    });

    it('follow each language: French 0 and 1 are singular, German only 1, Japanese has no plural', () => {
      expect(catalogues.get('fr')!.listLoaded('p', 0, '0')).to.equal('p, 0 invitation');
      expect(catalogues.get('fr')!.listLoaded('p', 2, '2')).to.equal('p, 2 invitations');
      expect(catalogues.get('de')!.listLoaded('p', 0, '0')).to.equal('p, 0 Einladungen');
      expect(catalogues.get('de')!.listLoaded('p', 1, '1')).to.equal('p, 1 Einladung');
      expect(catalogues.get('pt-BR')!.listLoaded('p', 0, '0')).to.equal('p, 0 convites');
      expect(catalogues.get('ja')!.formExpiryPresetDays(1)).to.equal('1 日');
      expect(catalogues.get('ja')!.formExpiryPresetDays(7)).to.equal('7 日');
    });
  });

  describe('builtinLocaleFor()', () => {
    it('takes the tag, else its language, in any case', () => {
      expect(builtinLocaleFor('de')).to.equal('de');
      expect(builtinLocaleFor('de-AT')).to.equal('de');
      expect(builtinLocaleFor('AR-eg')).to.equal('ar');
      expect(builtinLocaleFor('pt-br')).to.equal('pt-BR');
      expect(builtinLocaleFor('pt')).to.equal('pt-BR');
      expect(builtinLocaleFor('pt-PT')).to.equal('pt-BR');
      expect(builtinLocaleFor('zh')).to.equal('zh-CN');
      expect(builtinLocaleFor('zh-Hans-SG')).to.equal('zh-CN');
    });

    it('has none for English, unknown languages and Traditional Chinese', () => {
      for (const tag of ['en', 'en-GB', 'sv', 'x-pig-latin', 'zh-TW', 'zh-Hant', 'zh-HK']) {
        expect(builtinLocaleFor(tag), tag).to.equal(undefined);
      }
    });
  });
});
