/** The stories render a working form (they are the docs' live examples). */
import { expect, fixture } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import meta, * as stories from '../../stories/invite-form.stories.js';
import type { InviteForm } from '../../src/elements/invite-form/invite-form.js';
import { $, alertText } from './invite-form-support.js';

type Render = (args: typeof meta.args) => TemplateResult;
const render = (story: { args?: object; render?: unknown }) =>
  ((story.render ?? meta.render) as Render)({ ...meta.args!, ...story.args } as typeof meta.args);

describe('<invite-form>', () => {
  describe('when its stories render', () => {
    for (const name of ['Auth0', 'Clerk', 'Upsun', 'RateLimited', 'NetworkFailure', 'Themed'] as const) {
      it(`${name} shows a form wired to the emulator`, async () => {
        const host = await fixture<HTMLElement>(render(stories[name]));
        const el = (host.localName === 'invite-form' ? host : host.querySelector('invite-form')) as InviteForm;
        await el.updateComplete;
        expect($(el, 'form'), alertText(el)).to.exist;
      });
    }

    it('Misconfigured shows the configuration error', async () => {
      const el = await fixture<InviteForm>(render(stories.Misconfigured));
      expect(alertText(el)).to.contain('No provider is set');
    });
  });
});
