/**
 * One rendered DOM check per built-in locale: both elements with `lang` set show that language's texts, dates,
 * relative times and numbers (through Intl), and lay out right to left for Arabic.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { InviteForm } from '../../src/invite-form/invite-form.js';
import { BUILTIN_LOCALES, type BuiltinLocale } from '../../src/i18n/builtin.js';
import {
  fakeAdapter as fakeListAdapter,
  invitation,
  renderList,
  withAdapter,
  listOf,
  textOf,
} from '../invitation-list/helpers.js';
import { ROLES, fakeAdapter as fakeFormAdapter, formOf } from '../invite-form/helpers.js';

const DAY = 86400000;
const LOCALES = Object.keys(BUILTIN_LOCALES) as BuiltinLocale[];

/** Text with its runs of white space (the no-break spaces of French typography too) made one space. */
const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
/** The text of the label of the input with this id, in the form's shadow root. */
const labelOf = (el: HTMLElement, id: string) => textOf(el.shadowRoot!.querySelector(`label[for="${id}"]`));

for (const locale of LOCALES) {
  describe(`lang="${locale}"`, () => {
    const rtl = locale === 'ar';

    it(`renders <invitation-list> in ${locale}: texts, a date, a relative time, numbers${rtl ? ', right to left' : ''}`, async () => {
      const messages = (await BUILTIN_LOCALES[locale]()).default;
      const created = new Date(Date.now() - 3 * DAY - 3600000);
      const items = Array.from({ length: 1234 }, (_, i) =>
        invitation(i, { createdAt: new Date(created.getTime() - i) }),
      );
      const fake = fakeListAdapter({ provider: 'clerk', items });
      const { el } = await renderList((el) => {
        withAdapter(fake)(el);
        el.pageSize = 10;
        el.setAttribute('lang', locale);
      });
      await el.updateComplete;
      const number = new Intl.NumberFormat(locale);

      expect(textOf(listOf(el).part('caption'))).to.equal(norm(messages.listCaption));
      expect(textOf(listOf(el).part('header-email'))).to.equal(norm(messages.listColumnEmail));
      expect(textOf(listOf(el).part('status-pending'))).to.equal(norm(messages.statusPending));
      expect(textOf(listOf(el).part('pager-next'))).to.equal(norm(messages.listNext));
      expect(textOf(listOf(el).part('range'))).to.equal(
        norm(messages.listRange(number.format(1), number.format(10), number.format(1234))),
      );
      const time = listOf(el).$('[part~="cell-created"] time')!;
      const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(created);
      expect(time.getAttribute('title')).to.equal(date);
      const relative = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }).format(-3, 'day');
      expect(textOf(time).startsWith(relative), `"${textOf(time)}" starts with "${relative}"`).to.be.true;
      expect(getComputedStyle(listOf(el).part('table')!).direction).to.equal(rtl ? 'rtl' : 'ltr');
      expect(el.matches(':state(rtl)')).to.equal(rtl);
    });

    it(`renders <invite-form> in ${locale}: labels, plural buttons, the expiry date${rtl ? ', right to left' : ''}`, async () => {
      const messages = (await BUILTIN_LOCALES[locale]()).default;
      const adapter = fakeFormAdapter({
        roles: { min: 1, max: 1, options: ROLES },
        expiry: { min: DAY / 1000, max: (30 * DAY) / 1000, step: DAY / 1000, default: (7 * DAY) / 1000 },
        sendEmail: true,
      });
      const before = Date.now();
      const el = await fixture<InviteForm>(
        html`<invite-form lang=${locale} endpoint="https://api.test/inv"></invite-form>`,
      );
      el.adapter = adapter;
      await el.updateComplete;
      const after = Date.now();

      expect(labelOf(el, 'emails-input')).to.equal(norm(messages.formEmailsLabel));
      expect(labelOf(el, 'role-select')).to.equal(norm(messages.formRoleLabel));
      expect(labelOf(el, 'send-email')).to.equal(norm(messages.formSendEmail));
      expect(textOf(formOf(el).submitButton())).to.equal(norm(messages.formSubmit(1)));
      const presets = [...el.shadowRoot!.querySelectorAll('[part="expiry-preset"]')].map((b) => textOf(b));
      expect(presets).to.deep.equal([1, 7, 30].map((n) => norm(messages.formExpiryPresetDays(n))));
      const format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
      const expected = [before, after].map((t) => norm(messages.formExpiresOn(format.format(new Date(t + 7 * DAY)))));
      expect(expected).to.include(textOf(el.shadowRoot!.querySelector('#expiry-date')));
      expect(getComputedStyle(el.shadowRoot!.querySelector('form')!).direction).to.equal(rtl ? 'rtl' : 'ltr');
    });

    it(`renders the CSV import of <invite-form> in ${locale}: the button, the preview, a row's problem${rtl ? ', right to left' : ''}`, async () => {
      const messages = (await BUILTIN_LOCALES[locale]()).default;
      const el = await fixture<InviteForm>(
        html`<invite-form lang=${locale} endpoint="https://api.test/inv"></invite-form>`,
      );
      el.adapter = fakeFormAdapter({ roles: { min: 1, max: 1, options: ROLES } });
      await el.updateComplete;
      expect(textOf(formOf(el).part('import'))).to.equal(norm(messages.formImport));
      await formOf(el).importFile('a@b.co,admin\nnope,admin', 'team.csv');
      const table = formOf(el).part('preview-table')!;
      expect(textOf(table.querySelector('caption'))).to.equal(norm(messages.formImportCaption('team.csv')));
      expect(formOf(el).importSummary()).to.equal(
        norm(`${messages.formImportSummary(1, 1)} ${messages.formImportNotSent}`),
      );
      expect(
        formOf(el)
          .previewRows()
          .map((r) => r.status),
      ).to.deep.equal([norm(messages.formImportReady), norm(messages.formImportRowInvalid)]);
      expect(textOf(formOf(el).part('import-send'))).to.equal(norm(messages.formSubmit(1)));
      expect(getComputedStyle(table).direction).to.equal(rtl ? 'rtl' : 'ltr');
    });
  });
}
