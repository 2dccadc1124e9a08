import type { Meta } from '@storybook/web-components-vite';
import { expect, userEvent } from 'storybook/test';
import { chooseMember, submit } from './support/form.js';
import { emailOf, loaded } from './support/list.js';
import { formIn, listIn, until } from './support/play.js';
import { togetherMeta, type TogetherArgs, type TogetherStory } from './support/together.js';

/** `<invite-form list="invitations">` above `<invitation-list id="invitations">`, on one emulator. */
const meta = {
  ...togetherMeta(),
  title: 'Together',
} satisfies Meta<TogetherArgs>;
export default meta;

/** Flow: invite someone; the list reloads and shows the new invitation first. */
export const FlowInviteAndRefresh: TogetherStory = {
  name: 'Flow: invite, and the list shows the new invitation',
  tags: ['every-provider'],
  play: async ({ canvasElement }) => {
    const list = listIn(canvasElement);
    const form = formIn(canvasElement);
    await loaded(list);
    const email = 'just.invited@example.org';
    await userEvent.type(form.emailInput(), email);
    await chooseMember(form);
    await submit(form);
    await until(() => expect(form.announcement()).toContain(`Invitation sent to ${email}`));
    await until(() => expect(list.rows()[0] && emailOf(list.rows()[0])).toBe(email));
    // marked as new, and announced, for a few seconds
    await expect(list.rows()[0]).toHaveAttribute('part', 'row row-new');
    await until(() => expect(list.announcement()).toContain('1 new invitation at the top'));
  },
};
