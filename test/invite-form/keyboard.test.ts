/** The whole flow with the keyboard only (real key presses through the browser, `sendKeys`). */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { RequestContext } from '../../src/providers/adapter.js';
import { ROLES, deferred, fakeAdapter, formWith, succeed, formOf } from './helpers.js';

const DAY = 86400;

describe('<invite-form>', () => {
  describe('when it is used with the keyboard only', () => {
    it('types, fixes, validates, chooses and submits without a pointer', async () => {
      const gate = deferred<void>();
      const adapter = fakeAdapter(
        {
          roles: { min: 1, max: 2, options: ROLES.slice(0, 2) },
          expiry: { min: DAY, max: 30 * DAY, step: DAY, default: 7 * DAY },
          sendEmail: true,
        },
        { impl: (drafts) => gate.promise.then(() => succeed(drafts, {} as RequestContext)) },
      );
      const el = await formWith(adapter);
      el.focus();
      await sendKeys({ type: 'a@b.co, nope' });
      await sendKeys({ press: 'Enter' }); // implicit submission: "nope" becomes a chip and fails validation
      await el.updateComplete;
      expect(formOf(el).chips()).to.deep.equal(['a@b.co', 'nope']);
      expect(formOf(el).focusName()).to.equal('#emails-input');
      expect(adapter.calls).to.have.length(0);

      await sendKeys({ press: 'Backspace' }); // edits the last chip
      await el.updateComplete;
      expect(formOf(el).emailInput().value).to.equal('nope');
      for (let i = 0; i < 4; i++) await sendKeys({ press: 'Backspace' });
      await sendKeys({ type: 'c@d.co' });
      await sendKeys({ press: 'Enter' }); // valid addresses, but no role yet: focus goes to the roles
      await el.updateComplete;
      await el.updateComplete;
      expect(formOf(el).chips()).to.deep.equal(['a@b.co', 'c@d.co']);
      expect(formOf(el).focusName()).to.equal('#role-0');
      expect(adapter.calls).to.have.length(0);

      await sendKeys({ press: ' ' });
      await sendKeys({ press: 'Tab' }); // role-1
      await sendKeys({ press: 'Tab' }); // preset "1 day"
      await sendKeys({ press: 'Tab' }); // preset "7 days"
      await sendKeys({ press: 'Tab' }); // preset "30 days"
      expect(formOf(el).focusName()).to.equal('expiry-preset');
      expect(el.shadowRoot!.activeElement!.textContent!.trim()).to.equal('30 days');
      await sendKeys({ press: 'Enter' });
      await sendKeys({ press: 'Tab' }); // expiry input
      expect(formOf(el).focusName()).to.equal('#expiry-input');
      await sendKeys({ press: 'Tab' }); // send-email
      await sendKeys({ press: ' ' });
      await sendKeys({ press: 'Tab' }); // submit
      expect(formOf(el).focusName()).to.equal('submit');
      await sendKeys({ press: 'Enter' });
      await sendKeys({ press: 'Enter' }); // a second Enter while busy sends nothing more
      expect(adapter.calls).to.have.length(1);
      gate.resolve();
      await formOf(el).settled();

      expect(adapter.calls).to.deep.equal([
        [{ email: 'a@b.co', roles: ['member'], expiresInSeconds: 30 * DAY, sendEmail: false }],
        [{ email: 'c@d.co', roles: ['member'], expiresInSeconds: 30 * DAY, sendEmail: false }],
      ]);
      expect(formOf(el).statusText()).to.equal('2 invitations sent');
      expect(formOf(el).focusName()).to.equal('submit');
      await expect(el).to.be.accessible();
    });
  });
});
