/**
 * `<invite-form compact>`: the email field, the role and the send button on one line where the form is 640 px wide or
 * more (stacked below that), the expiry and the email choices under "More options" — which open by themselves when
 * one of them needs the user. What the user chose there still goes over the wire.
 */
import { expect } from '@open-wc/testing';
import type { InviteForm } from '../../src/invite-form/invite-form.js';
import { textOf } from '../../src/testing/dom.js';
import { validateRequestBody } from '../support/specs.js';
import { formOf, formOnEmulator, submitEmails } from './helpers.js';

const compactForm = (width: number) => formOnEmulator('clerk', { compact: '' }, { width });

const box = (el: Element) => el.getBoundingClientRect();
const more = (el: InviteForm) => formOf(el).$<HTMLDetailsElement>('[part="more-options"]')!;

describe('<invite-form compact>', () => {
  it('puts the email field, the role and the send button on one line at 800 px', async () => {
    const { el } = await compactForm(800);
    const input = box(formOf(el).emailInput());
    const role = box(formOf(el).$('#role-select')!);
    const submit = box(formOf(el).submitButton());
    expect(Math.abs(role.top - input.top), 'role level with the emails').to.be.below(12);
    expect(Math.abs(submit.top - input.top), 'send level with the emails').to.be.below(12);
    expect(input.right).to.be.at.most(role.left);
    expect(role.right).to.be.at.most(submit.left);
    expect(el.offsetHeight, 'a short form').to.be.below(220);
  });

  it('stacks them at 400 px', async () => {
    const { el } = await compactForm(400);
    const input = box(formOf(el).emailInput());
    const submit = box(formOf(el).submitButton());
    expect(submit.top).to.be.above(input.bottom);
  });

  it('keeps the expiry and the email choice under "More options", and sends what was chosen there', async () => {
    const { el, emulator } = await compactForm(800);
    const details = more(el);
    expect(details.open).to.equal(false);
    expect(textOf(details.querySelector('summary'))).to.equal('More options');
    expect(details.querySelector('#expiry-input')).to.exist;
    expect(details.querySelector('#send-email')).to.exist;
    expect(formOf(el).$('#expiry-input')!.checkVisibility(), 'hidden while closed').to.equal(false);
    details.querySelector('summary')!.click();
    await el.updateComplete;
    expect(details.open).to.equal(true);
    formOf(el).$<HTMLInputElement>('#send-email')!.click();
    await el.updateComplete;
    await submitEmails(el, 'a@b.co');
    await formOf(el).settled();
    const [post] = emulator.requests.filter((r) => r.method === 'POST');
    validateRequestBody('clerk', post.method, post.url, post.body);
    expect(post.body).to.deep.include({ email_address: 'a@b.co', role: 'org:member', notify: false });
  });

  it('opens "More options" by itself when the expiry is out of range, with focus on it', async () => {
    const { el, emulator } = await compactForm(800);
    const input = formOf(el).$<HTMLInputElement>('#expiry-input')!;
    input.value = '9999';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await el.updateComplete;
    await submitEmails(el, 'a@b.co');
    await el.updateComplete;
    expect(more(el).open).to.equal(true);
    expect(formOf(el).focusName()).to.equal('#expiry-input');
    expect(emulator.requests.filter((r) => r.method === 'POST')).to.have.length(0);
    // fixed: the disclosure stays open under the user's hands
    input.value = '7';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 50)); // (toggle events are queued)
    await el.updateComplete;
    expect(more(el).open, 'still open once the value is fixed').to.equal(true);
  });

  it('renders compact before it has an adapter (a form in a list’s Invite dialog gets the list’s later)', async () => {
    const el = document.createElement('invite-form');
    el.compact = true;
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.error);
    window.addEventListener('error', onError);
    try {
      document.body.append(el);
      await el.updateComplete;
      expect(errors).to.deep.equal([]);
      expect(formOf(el).$('[part="error"]'), 'the configuration error, as without compact').to.exist;
    } finally {
      window.removeEventListener('error', onError);
      el.remove();
    }
  });

  it('has no "More options" without compact', async () => {
    const { el } = await formOnEmulator('clerk');
    expect(formOf(el).$('[part="more-options"]')).to.equal(null);
    expect(formOf(el).$('#expiry-input')).to.exist;
  });
});
