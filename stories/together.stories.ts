import type { Meta } from '@storybook/web-components-vite';
import { expect, userEvent } from 'storybook/test';
import { chooseMember, submit } from './support/form.js';
import { emailOf, loaded, renderList } from './support/list.js';
import { formIn, listIn, until } from './support/play.js';
import { emulate } from './support/emulator.js';
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

/**
 * Flow: the list's Invite button. An `<invite-form slot="invite-form" compact>` inside the list opens in a modal
 * dialog from its toolbar (it takes the list's endpoint, provider and fetcher); once every address is sent the
 * dialog closes, focus goes back to the button and the list shows the new invitation first.
 */
export const FlowInviteFromTheList: TogetherStory = {
  name: 'Flow: invite from the list (dialog)',
  tags: ['every-provider'],
  render: (args) => renderList(args, emulate(args), 'invitations'),
  play: async ({ canvasElement, args }) => {
    const list = listIn(canvasElement);
    await loaded(list);
    const form = document.createElement('invite-form');
    Object.assign(form, { slot: 'invite-form', compact: true, pace: 0 });
    if (args.provider === 'auth0') {
      form.setAttribute('client-id', args['client-id']);
      form.setAttribute('inviter-name', args['inviter-name']);
    }
    if (args.provider === 'upsun') form.setAttribute('default-role', 'members');
    list.el.append(form);
    const invite = await until(() => {
      const button = list.part<HTMLButtonElement>('invite');
      expect(button).not.toBeNull();
      return button!;
    });
    await userEvent.click(invite);
    const dialog = list.el.shadowRoot!.querySelector('dialog')!;
    // (the dialog's code loads when the form is slotted: a press before it is there waits for it)
    await until(() => expect(dialog.open).toBe(true));
    const email = 'from.the.list@example.org';
    const f = formIn(canvasElement);
    await userEvent.type(f.emailInput(), email);
    await submit(f);
    await until(() => expect(dialog.open).toBe(false));
    await expect(list.focused()).toBe(invite);
    await until(() => expect(list.rows()[0] && emailOf(list.rows()[0])).toBe(email));
  },
};
