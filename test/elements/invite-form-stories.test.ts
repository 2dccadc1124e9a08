/**
 * Every `<invite-form>` story renders a configured form on its emulator. (`npm run test:storybook` runs the same
 * stories in the built Storybook: play functions, page errors and axe.)
 */
import { expect, fixture, html } from '@open-wc/testing';
import * as auth0 from '../../stories/invite-form/auth0.stories.js';
import * as clerk from '../../stories/invite-form/clerk.stories.js';
import * as overview from '../../stories/invite-form/overview.stories.js';
import * as upsun from '../../stories/invite-form/upsun.stories.js';
import * as theming from '../../stories/theming.stories.js';
import * as together from '../../stories/together.stories.js';
import { storiesOf } from '../../stories/support/csf.js';

const CONFIG_ERRORS: Record<string, string> = {
  Misconfigured: 'No provider is set',
  MissingAuth0Attributes: 'client-id',
};

describe('<invite-form>', () => {
  describe('when its stories render', () => {
    for (const [file, module] of Object.entries({ overview, auth0, clerk, upsun, theming, together })) {
      for (const story of storiesOf(module)) {
        it(`${file} › ${story.name} renders a form wired to its emulator`, async () => {
          const host = await fixture<HTMLElement>(html`<div>${story.render()}</div>`);
          const el = host.querySelector('invite-form')!;
          if (file === 'theming' || file === 'together') {
            expect(host.querySelector('invitation-list'), 'and an <invitation-list>').to.exist;
          }
          expect(el, 'an <invite-form>').to.exist;
          await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
          const error = el.shadowRoot!.querySelector('[part="error"][role="alert"]:not([hidden])')?.textContent ?? '';
          if (CONFIG_ERRORS[story.name]) expect(error).to.contain(CONFIG_ERRORS[story.name]);
          else expect(el.shadowRoot!.querySelector('[part="form"]'), error).to.exist;
        });
      }
    }
  });
});
