/** Both elements on one emulator: the form's `list` attribute points at the list, which reloads after an invite. */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { emulate } from './emulator.js';
import { formDefaults, formMeta, renderForm, type FormArgs } from './form.js';
import { listMeta, renderList, type ListArgs } from './list.js';

export type TogetherArgs = ListArgs & FormArgs;
export type TogetherStory = StoryObj<TogetherArgs>;

/** The form above the list, sharing one emulator. */
export function renderTogether(args: TogetherArgs) {
  const shared = emulate(args);
  return html`<div style="display: grid; gap: 2rem">
    ${renderForm({ ...args, list: 'invitations' }, shared)} ${renderList(args, shared, 'invitations')}
  </div>`;
}

export function togetherMeta(): Omit<Meta<TogetherArgs>, 'title'> {
  const list = listMeta('clerk');
  const form = formMeta('clerk');
  return {
    render: renderTogether,
    args: { ...formDefaults('clerk'), ...list.args, count: 45, list: 'invitations' },
    argTypes: { ...form.argTypes, ...list.argTypes },
    parameters: { layout: 'padded' },
  };
}
