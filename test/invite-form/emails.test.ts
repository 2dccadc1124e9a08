import { press } from '../support/engines.js';
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { formatAddress, parseAddresses, splitTyped } from '../../src/invite-form/internal/addresses.js';
import { fakeAdapter, formWith, formOf } from './helpers.js';

describe('<invite-form>', () => {
  describe('when addresses are parsed', () => {
    it('splits on commas, semicolons, spaces and new lines', () => {
      expect(parseAddresses('a@b.co, c@d.co;e@f.co\ng@h.co  i@j.co\r\n').map((a) => a.email)).to.deep.equal([
        'a@b.co',
        'c@d.co',
        'e@f.co',
        'g@h.co',
        'i@j.co',
      ]);
    });

    it('keeps "Name <address>" forms together, quoted names with commas too', () => {
      expect(
        parseAddresses('Jane Doe <jane@x.io>, "Doe, John" <john@x.io>; Ann<ann@x.io> mailto:bob@x.io'),
      ).to.deep.equal([
        { email: 'jane@x.io', name: 'Jane Doe' },
        { email: 'john@x.io', name: 'Doe, John' },
        { email: 'ann@x.io', name: 'Ann' },
        { email: 'bob@x.io' },
      ]);
    });

    it('keeps words that are not addresses as one entry per separator, so nothing is dropped', () => {
      expect(parseAddresses('Jane Doe, a@b.co nope').map((a) => a.email)).to.deep.equal(['Jane Doe', 'a@b.co', 'nope']);
    });

    it('finishes typed text at separators only (a space once an @ was typed)', () => {
      expect(splitTyped('Jane')).to.deep.equal({ done: '', rest: 'Jane' });
      expect(splitTyped('Jane Doe <j@x.io')).to.deep.equal({ done: '', rest: 'Jane Doe <j@x.io' });
      expect(splitTyped('Jane Doe <j@x.io> ')).to.deep.equal({ done: 'Jane Doe <j@x.io> ', rest: '' });
      expect(splitTyped('a@b.co ')).to.deep.equal({ done: 'a@b.co ', rest: '' });
      expect(splitTyped('a@b.co,c@')).to.deep.equal({ done: 'a@b.co,', rest: 'c@' });
      expect(splitTyped('"Doe, J')).to.deep.equal({ done: '', rest: '"Doe, J' });
    });

    it('formats a named address back for editing', () => {
      expect(formatAddress({ email: 'j@x.io', name: 'Doe, John' })).to.equal('"Doe, John" <j@x.io>');
      expect(formatAddress({ email: 'j@x.io', name: 'Jane' })).to.equal('Jane <j@x.io>');
    });
  });

  describe('when addresses are typed', () => {
    it('turns what precedes a separator into a chip and keeps the rest in the input', async () => {
      const el = await formWith(fakeAdapter());
      await formOf(el).type('a@b.co, c@');
      expect(formOf(el).chips()).to.deep.equal(['a@b.co']);
      expect(formOf(el).emailInput().value).to.equal(' c@');
    });

    it('turns the rest of the input into a chip on blur', async () => {
      const el = await formWith(fakeAdapter());
      await formOf(el).type('a@b.co');
      formOf(el).emailInput().dispatchEvent(new FocusEvent('blur'));
      await el.updateComplete;
      expect(formOf(el).chips()).to.deep.equal(['a@b.co']);
      expect(formOf(el).emailInput().value).to.equal('');
    });
  });

  describe('when a list is pasted', () => {
    it('makes one chip per address', async () => {
      const el = await formWith(fakeAdapter());
      await formOf(el).paste('Jane <jane@x.io>,\nbob@x.io; carol@x.io');
      expect(formOf(el).chips()).to.deep.equal(['jane@x.io', 'bob@x.io', 'carol@x.io']);
      expect(formOf(el).submitButton().textContent!.trim()).to.equal('Send 3 invitations');
    });

    it('makes chips of a paste the browser inserts itself (an input event of type insertFromPaste)', async () => {
      // Firefox keeps a synthetic paste event's data unreadable; a context-menu paste or an assistive tool may
      // insert text with no readable paste event at all: the whole insertion is a paste, not typing.
      const el = await formWith(fakeAdapter());
      const input = formOf(el).emailInput();
      input.value = 'jane@x.io, bob@x.io carol@x.io';
      input.dispatchEvent(new InputEvent('input', { inputType: 'insertFromPaste', bubbles: true, composed: true }));
      await el.updateComplete;
      expect(formOf(el).chips()).to.deep.equal(['jane@x.io', 'bob@x.io', 'carol@x.io']);
      expect(input.value).to.equal('');
    });
  });

  describe('when an address is invalid or listed twice', () => {
    it('flags the chip, lists the problem under the field and marks the input invalid', async () => {
      const el = await formWith(fakeAdapter());
      await formOf(el).paste('a@b.co nope A@B.co');
      const chips = formOf(el).$$('[part~="chip"]');
      expect(chips.map((c) => c.getAttribute('part'))).to.deep.equal([
        'chip',
        'chip chip-invalid',
        'chip chip-invalid',
      ]);
      expect(chips[1].textContent).to.contain('not a valid address');
      expect(chips[2].textContent).to.contain('listed twice');
      const input = formOf(el).emailInput();
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      const errors = formOf(el).$(`#${input.getAttribute('aria-describedby')!.split(' ')[1]}`)!;
      expect(errors.textContent).to.contain('nope is not a valid email address.');
      expect(errors.textContent).to.contain('A@B.co is listed twice.');
      await expect(el).to.be.accessible();
    });

    it('marks the chip and the input, and lists the problem once its code is there (it loads with the sending code)', async () => {
      const el = await formWith(fakeAdapter());
      type Queue = { sending: unknown; loadSending: () => Promise<unknown> };
      const queue = (el as unknown as { queue: Queue }).queue;
      const { loadSending } = queue;
      queue.sending = undefined; // as before any form of the page loaded it
      let loads = 0;
      queue.loadSending = () => (loads++, Promise.reject(new TypeError('Failed to fetch dynamically imported module')));
      await formOf(el).paste('nope');
      const input = formOf(el).emailInput();
      expect(formOf(el).$('[part~="chip"]')!.getAttribute('part')).to.equal('chip chip-invalid');
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      // no list yet, and the input names none
      expect(formOf(el).$('#emails-error')).to.equal(null);
      expect(input.getAttribute('aria-describedby')).to.equal('emails-hint');
      await expect(el).to.be.accessible();
      // a failed load is not tried again at every update, but at the next focus
      await formOf(el).paste('also-not');
      expect(loads).to.equal(1);
      queue.loadSending = loadSending;
      input.focus();
      await el.updateComplete;
      expect(input.getAttribute('aria-describedby')).to.equal('emails-hint emails-error');
      expect(formOf(el).$('#emails-error')!.textContent).to.contain('nope is not a valid email address.');
    });

    it('clears the flags once the offending chips are removed', async () => {
      const el = await formWith(fakeAdapter());
      await formOf(el).paste('a@b.co nope');
      formOf(el).$$<HTMLButtonElement>('[part="chip-remove"]')[1].click();
      await el.updateComplete;
      expect(formOf(el).chips()).to.deep.equal(['a@b.co']);
      expect(formOf(el).emailInput().getAttribute('aria-invalid')).to.equal('false');
      expect(formOf(el).$('#emails-error')).to.be.null;
    });
  });

  describe('when chips are handled by keyboard', () => {
    it('Backspace in the empty input takes the last chip back into the input for editing', async () => {
      const el = await formWith(fakeAdapter());
      await formOf(el).paste('a@b.co, Jane <jane@x.io>');
      formOf(el).emailInput().focus();
      await sendKeys({ press: 'Backspace' });
      await el.updateComplete;
      expect(formOf(el).chips()).to.deep.equal(['a@b.co']);
      expect(formOf(el).emailInput().value).to.equal('Jane <jane@x.io>');
      await sendKeys({ press: 'Backspace' }); // now an ordinary Backspace in the text
      await el.updateComplete;
      expect(formOf(el).emailInput().value).to.equal('Jane <jane@x.io');
      expect(formOf(el).chips()).to.deep.equal(['a@b.co']);
    });

    it('ArrowLeft moves from the input to the chips; Delete and Backspace remove the focused chip', async () => {
      const el = await formWith(fakeAdapter());
      await formOf(el).paste('a@b.co c@d.co e@f.co');
      formOf(el).emailInput().focus();
      await sendKeys({ press: 'ArrowLeft' });
      expect(formOf(el).focusName()).to.equal('Remove e@f.co');
      await sendKeys({ press: 'ArrowLeft' });
      expect(formOf(el).focusName()).to.equal('Remove c@d.co');
      await sendKeys({ press: 'Delete' });
      await el.updateComplete;
      expect(formOf(el).chips()).to.deep.equal(['a@b.co', 'e@f.co']);
      expect(formOf(el).focusName()).to.equal('Remove e@f.co');
      await sendKeys({ press: 'Backspace' });
      await el.updateComplete;
      expect(formOf(el).chips()).to.deep.equal(['a@b.co']);
      expect(formOf(el).focusName()).to.equal('Remove a@b.co');
      await sendKeys({ press: 'Enter' }); // the button's own activation removes it too
      await el.updateComplete;
      expect(formOf(el).chips()).to.deep.equal([]);
      expect(formOf(el).focusName()).to.equal('#emails-input');
    });

    it('each chip has a named remove button reachable with Tab', async () => {
      const el = await formWith(fakeAdapter());
      await formOf(el).paste('a@b.co');
      formOf(el).emailInput().focus();
      await press('Shift+Tab');
      expect(formOf(el).focusName()).to.equal('Remove a@b.co');
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(formOf(el).chips()).to.deep.equal([]);
    });
  });
});
