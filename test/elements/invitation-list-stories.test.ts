/** The stories render a working list (they are the docs' live examples). */
import { expect, fixture, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { InvitationList } from '../../src/elements/invitation-list/invitation-list.js';
import meta, * as stories from '../../stories/invitation-list.stories.js';
import { part, rows, text } from './invitation-list-helpers.js';

type Args = NonNullable<typeof meta.args>;
type Render = (args: Args) => TemplateResult;
const render = (story: { args?: Partial<Args> }) =>
  (meta.render as Render)({ ...meta.args, latency: 0, ...story.args } as Args);

async function renderStory(story: { args?: Partial<Args> }) {
  const host = await fixture<HTMLElement>(render(story));
  const el = host.querySelector('invitation-list') as InvitationList;
  await el.updateComplete;
  return el;
}

describe('<invitation-list>', () => {
  describe('when its stories render', () => {
    for (const name of ['Clerk', 'Auth0', 'Upsun', 'Narrow', 'German'] as const) {
      it(`${name} lists invitations from the emulator`, async () => {
        const el = await renderStory(stories[name]);
        await waitUntil(() => rows(el).length > 0, 'rows render');
        expect(rows(el)).to.have.length(10);
        expect(part(el, 'error')).to.equal(null);
      });
    }

    it('Empty and FilteredEmpty show the two empty states', async () => {
      const empty = await renderStory(stories.Empty);
      await waitUntil(() => part(empty, 'empty'), 'the empty state shows');
      expect(part(empty, 'clear-filters')).to.equal(null);
      const filtered = await renderStory(stories.FilteredEmpty);
      await waitUntil(() => part(filtered, 'empty'), 'the filtered empty state shows');
      expect(text(part(filtered, 'clear-filters'))).to.equal('Clear filters');
    });

    it('ServerError shows the error with Retry', async () => {
      const el = await renderStory(stories.ServerError);
      await waitUntil(() => part(el, 'error'), 'the error shows');
      expect(text(part(el, 'retry'))).to.equal('Retry');
    });
  });
});
