import type { Meta } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent } from 'storybook/test';
import { formMeta, type FormArgs, type FormStory } from '../support/form.js';
import { expectNarrowViewport, expectNoHorizontalScroll, pasteInto, shadowOf, textOf, until } from '../support/play.js';

/**
 * The docs page (generated from custom-elements.json: attributes, properties, events, parts, CSS custom properties)
 * and a playground whose controls are the element's attributes, plus the emulator's set-up. Every provider's states
 * and flows are under Auth0, Clerk and Upsun.
 */
const meta = {
  ...formMeta('auth0'),
  title: 'invite-form/Overview',
  tags: ['autodocs'],
} satisfies Meta<FormArgs>;
export default meta;

const form = (canvasElement: HTMLElement) => shadowOf(canvasElement, 'invite-form');

/** Every attribute is a control; `provider`, `latency` and `faults` set up the emulator. */
export const Playground: FormStory = {
  play: async ({ canvasElement }) => {
    await expect(form(canvasElement).part('form')).toBeVisible();
  },
};

/** No `provider` and no `endpoint`: the configuration error, instead of fields. */
export const Misconfigured: FormStory = {
  render: () => html`<invite-form></invite-form>`,
  play: async ({ canvasElement }) => {
    await expect(form(canvasElement).part('error')).toHaveTextContent('No provider is set.');
  },
};

/** Auth0 without `client-id` and `inviter-name`: the form names the attributes it needs. */
export const MissingAuth0Attributes: FormStory = {
  name: 'Auth0 without client-id and inviter-name',
  args: { 'client-id': '', 'inviter-name': '' },
  play: async ({ canvasElement }) => {
    const error = form(canvasElement).part('error');
    await expect(error).toHaveTextContent('inviter-name');
    await expect(error).toHaveTextContent('client-id');
  },
};

/** Flow: stop a long submission; what was not sent stays in the field. */
export const FlowStopSending: FormStory = {
  name: 'Flow: stop sending',
  args: { holdMethod: 'POST', holdAfter: 1, timeout: 0 },
  play: async ({ canvasElement, args }) => {
    const s = form(canvasElement);
    const emails = ['first@example.org', 'second@example.org', 'third@example.org'];
    await pasteInto(s.part('emails-input'), emails.join('\n'));
    await userEvent.click(s.part('submit'));
    await until(() => expect(s.part('progress')).toHaveTextContent('Sending 2 of 3…'));
    await userEvent.click(s.part('stop'));
    await until(() => expect(s.part('error')).toHaveTextContent('Sending stopped.'));
    const chips = s.parts('chip').map((c) => textOf(c.querySelector('.chip-text')));
    await expect(chips).toEqual(['second@example.org', 'third@example.org']);
    await expect(args.onInvitationCreated).toHaveBeenCalledTimes(1);
  },
};

/** A 320 px wide viewport with many long addresses: chips wrap, nothing scrolls sideways. */
export const Narrow: FormStory = {
  name: 'Narrow (320 px)',
  globals: { viewport: { value: 'mobile1', isRotated: false } },
  play: async ({ canvasElement }) => {
    const s = form(canvasElement);
    await pasteInto(
      s.part('emails-input'),
      'margaret.hamilton@apollo-guidance.example.org, grace.hopper@navy.example.org, katherine.johnson@nasa.example',
    );
    await until(() => expect(s.parts('chip')).toHaveLength(3));
    await expectNarrowViewport();
    await expectNoHorizontalScroll();
  },
};
