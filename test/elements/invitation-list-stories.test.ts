/**
 * Every `<invitation-list>` story renders a configured list on its emulator. (`npm run test:storybook` runs the
 * same stories in the built Storybook: play functions, page errors and axe.)
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import * as auth0 from '../../stories/invitation-list/auth0.stories.js';
import * as clerk from '../../stories/invitation-list/clerk.stories.js';
import * as overview from '../../stories/invitation-list/overview.stories.js';
import * as upsun from '../../stories/invitation-list/upsun.stories.js';
import { storiesOf } from '../../stories/support/csf.js';

const CONFIG_ERRORS = new Set(['Misconfigured']);

describe('<invitation-list>', () => {
  describe('when its stories render', () => {
    for (const [file, module] of Object.entries({ overview, auth0, clerk, upsun })) {
      for (const story of storiesOf(module)) {
        it(`${file} › ${story.name} renders a list wired to its emulator`, async () => {
          const host = await fixture<HTMLElement>(html`<div>${story.render()}</div>`);
          const el = host.querySelector('invitation-list')!;
          expect(el, 'an <invitation-list>').to.exist;
          await waitUntil(() => el.shadowRoot?.querySelector('[part="table"], [part="error"], [part="empty"]'));
          const configError = el.shadowRoot!.querySelector('[part="error"]')?.textContent ?? '';
          if (CONFIG_ERRORS.has(story.name)) expect(configError).to.contain('No provider is set');
          else expect(configError).not.to.match(/No provider|No endpoint/);
        });
      }
    }
  });
});
