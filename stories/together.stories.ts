import type { Meta } from '@storybook/web-components-vite';
import { expect, userEvent } from 'storybook/test';
import { loaded, rows } from './support/list.js';
import { shadowOf, statusText, textOf, until } from './support/play.js';
import { togetherMeta, type TogetherArgs, type TogetherStory } from './support/together.js';

/** `<invite-form list="invitations">` above `<invitation-list id="invitations">`, on one emulator. */
const meta = {
  ...togetherMeta(),
  title: 'Together',
} satisfies Meta<TogetherArgs>;
export default meta;

const ROLE = { auth0: 'Member', clerk: 'Member', upsun: 'Manage users' } as const;

/** Flow: invite someone; the list reloads and shows the new invitation first. */
export const FlowInviteAndRefresh: TogetherStory = {
  name: 'Flow: invite, and the list refreshes',
  play: async ({ canvasElement, args }) => {
    const list = shadowOf(canvasElement, 'invitation-list');
    const form = shadowOf(canvasElement, 'invite-form');
    await loaded(list);
    const email = 'just.invited@example.org';
    await userEvent.type(form.part('emails-input'), email);
    const select = form.root.querySelector<HTMLSelectElement>('#role-select');
    const role = ROLE[args.provider];
    if (select) {
      await userEvent.selectOptions(select, [...select.options].find((o) => textOf(o) === role)!.value);
    } else {
      const label = [...form.root.querySelectorAll('[part~="roles"] label')].find((l) => textOf(l) === role);
      await userEvent.click(label!);
    }
    await userEvent.click(form.part('submit'));
    await until(() => expect(statusText(form.root)).toContain(`Invitation sent to ${email}`));
    await until(() => expect(textOf(rows(list)[0]?.querySelector('[part~="cell-email"]'))).toBe(email));
  },
};
