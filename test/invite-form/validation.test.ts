import { expect } from '@open-wc/testing';
import { regexes, email as zodEmail } from 'zod/mini';
import { EMAIL, isEmail } from '../../src/invite-form/internal/addresses.js';
import { expiryScale, validateForm } from '../../src/invite-form/internal/validation.js';
import type { CreateCapabilities } from '../../src/providers/adapter.js';
import { ROLES, fakeAdapter, formWith, submitEmails, formOf } from './helpers.js';

const DAY = 86400;
const create = (over: Partial<CreateCapabilities> = {}): CreateCapabilities => ({
  roles: { min: 1, max: 2 },
  sendEmail: false,
  force: false,
  fields: {},
  ...over,
});

describe('<invite-form>', () => {
  describe('when the expiry range is derived from the capabilities', () => {
    it('clamps the 1/7/30-day presets to the range and keeps the default among them', () => {
      expect(expiryScale({ min: 60, max: 30 * DAY, step: 1, default: 7 * DAY })).to.deep.include({
        unit: 'days',
        min: 1,
        max: 30,
        default: 7,
        presets: [1, 7, 30],
      });
      expect(expiryScale({ min: 2 * DAY, max: 14 * DAY, step: DAY, default: 10 * DAY }).presets).to.deep.equal([
        2, 7, 10, 14,
      ]);
      expect(expiryScale({ min: 3600, max: 12 * 3600, step: 3600, default: 3600 })).to.deep.include({
        unit: 'hours',
        max: 12,
        presets: [1, 6, 12],
      });
    });
  });

  describe('when values are checked against the capabilities', () => {
    it('reports one issue per field, in field order', () => {
      const scale = expiryScale({ min: DAY, max: 365 * DAY, step: DAY, default: 30 * DAY });
      expect(validateForm({ emails: [], roles: [], expiry: 0 }, create(), scale)).to.deep.equal([
        { field: 'emails', kind: 'required' },
        { field: 'roles', kind: 'min' },
        { field: 'expiry', kind: 'range' },
      ]);
      expect(
        validateForm({ emails: ['a@b.co', 'x'], roles: ['a', 'b', 'c'], expiry: 1.5 }, create(), scale),
      ).to.deep.equal([
        { field: 'emails', kind: 'invalid' },
        { field: 'roles', kind: 'max' },
        { field: 'expiry', kind: 'range' },
      ]);
      expect(validateForm({ emails: ['a@b.co'], roles: ['a'], expiry: 365 }, create(), scale)).to.deep.equal([]);
    });

    it("checks addresses with zod's own email grammar", () => {
      expect(EMAIL.source).to.equal(regexes.email.source);
      expect(EMAIL.flags).to.equal(regexes.email.flags);
      const schema = zodEmail();
      const samples = ['a@b.co', 'Jane.Doe+x@sub.example.org', 'a@b', '.a@b.co', 'a..b@c.co', 'a b@c.co', 'x', ''];
      for (const text of samples) expect(isEmail(text), text).to.equal(schema.safeParse(text).success);
    });

    it('says "too many roles" when there are also empty ones', () => {
      expect(validateForm({ emails: ['a@b.co'], roles: ['a', '', 'c'] }, create())).to.deep.equal([
        { field: 'roles', kind: 'max' },
      ]);
      expect(validateForm({ emails: ['a@b.co'], roles: ['a', ''] }, create())).to.deep.equal([
        { field: 'roles', kind: 'min' },
      ]);
    });
  });

  describe('when the form is submitted empty', () => {
    it('sends nothing, says an address is needed and focuses the email input', async () => {
      const adapter = fakeAdapter();
      const el = await formWith(adapter);
      let created = 0;
      el.addEventListener('invitation-create', () => created++);
      formOf(el).submitButton().click();
      await el.updateComplete;
      await el.updateComplete;
      expect(adapter.calls).to.have.length(0);
      expect(created).to.equal(0);
      expect(formOf(el).$('#emails-error')!.textContent).to.contain('Enter at least one email address.');
      expect(formOf(el).emailInput().getAttribute('aria-invalid')).to.equal('true');
      expect(formOf(el).emailInput().getAttribute('aria-describedby')).to.equal('emails-hint emails-error');
      expect(formOf(el).focusName()).to.equal('#emails-input');
      await expect(el).to.be.accessible();
    });
  });

  describe('when an address is invalid', () => {
    it('sends nothing and focuses the email input', async () => {
      const adapter = fakeAdapter();
      const el = await formWith(adapter);
      await submitEmails(el, 'a@b.co, nope@');
      await el.updateComplete;
      expect(adapter.calls).to.have.length(0);
      expect(formOf(el).focusName()).to.equal('#emails-input');
    });

    it('sends nothing while an address is listed twice', async () => {
      const adapter = fakeAdapter();
      const el = await formWith(adapter);
      await submitEmails(el, 'a@b.co, A@b.co');
      expect(adapter.calls).to.have.length(0);
    });
  });

  describe('when too few roles are chosen', () => {
    it('says how many are needed next to the roles and focuses the first checkbox', async () => {
      const adapter = fakeAdapter({ roles: { min: 1, max: 3, options: ROLES } });
      const el = await formWith(adapter);
      await submitEmails(el, 'a@b.co');
      await el.updateComplete;
      expect(adapter.calls).to.have.length(0);
      const first = formOf(el).$<HTMLInputElement>('#role-0')!;
      expect(formOf(el).focusName()).to.equal('#role-0');
      expect(first.getAttribute('aria-invalid')).to.equal('true');
      expect(first.getAttribute('aria-describedby')).to.contain('roles-error');
      expect(formOf(el).$('#roles-error')!.textContent).to.equal('Choose a role.');
      await expect(el).to.be.accessible();
    });

    it('focuses the role select when exactly one role is needed, and clears the error once one is chosen', async () => {
      const adapter = fakeAdapter({ roles: { min: 1, max: 1, options: ROLES } });
      const el = await formWith(adapter);
      await submitEmails(el, 'a@b.co');
      await el.updateComplete;
      const select = formOf(el).$<HTMLSelectElement>('#role-select')!;
      expect(formOf(el).focusName()).to.equal('#role-select');
      select.value = 'admin';
      select.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(formOf(el).$('#roles-error')).to.be.null;
      await formOf(el).submit(); // (its sending code may still be on its way: submit() waits for it)
      await formOf(el).settled();
      expect(adapter.calls[0][0].roles).to.deep.equal(['admin']);
    });

    it('chooses the only role there is by itself when one is required', async () => {
      const adapter = fakeAdapter({ roles: { min: 1, max: 1, options: [ROLES[0]] } });
      const el = await formWith(adapter);
      await submitEmails(el, 'a@b.co');
      expect(adapter.calls[0][0].roles).to.deep.equal(['member']);
    });
  });

  describe('when too many roles are chosen', () => {
    it('says the maximum', async () => {
      const adapter = fakeAdapter({ roles: { min: 0, max: 2, options: ROLES } });
      const el = await formWith(adapter);
      for (const box of formOf(el).$$<HTMLInputElement>('input[name="role"]')) box.click();
      await submitEmails(el, 'a@b.co');
      expect(adapter.calls).to.have.length(0);
      expect(formOf(el).$('#roles-error')!.textContent).to.equal('Choose at most 2 roles.');
    });
  });

  describe('when the expiry is out of range', () => {
    it('shows the range next to the field and focuses it', async () => {
      const adapter = fakeAdapter({ expiry: { min: DAY, max: 30 * DAY, step: DAY, default: 7 * DAY } });
      const el = await formWith(adapter);
      const input = formOf(el).$<HTMLInputElement>('#expiry-input')!;
      input.value = '45';
      input.dispatchEvent(new InputEvent('input'));
      await el.updateComplete;
      expect(formOf(el).$('#expiry-error')!.textContent).to.equal('Enter a whole number of days from 1 to 30.');
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      expect(input.getAttribute('aria-describedby')).to.equal('expiry-date expiry-error');
      await formOf(el).paste('a@b.co');
      await formOf(el).submit();
      await el.updateComplete;
      expect(adapter.calls).to.have.length(0);
      expect(formOf(el).focusName()).to.equal('#expiry-input');
      await expect(el).to.be.accessible();
    });
  });

  describe('when a free-text role is required', () => {
    it('splits role keys on commas and requires one', async () => {
      const adapter = fakeAdapter({ roles: { min: 1, max: 5 } });
      const el = await formWith(adapter);
      await submitEmails(el, 'a@b.co');
      await el.updateComplete;
      expect(formOf(el).focusName()).to.equal('#role-input');
      const input = formOf(el).$<HTMLInputElement>('#role-input')!;
      input.value = 'org:admin, org:billing';
      input.dispatchEvent(new InputEvent('input'));
      await el.updateComplete;
      await formOf(el).submit();
      expect(adapter.calls[0][0].roles).to.deep.equal(['org:admin', 'org:billing']);
    });
  });
});
