import type { Meta } from '@storybook/web-components-vite';
import { formMeta, formStories, type FormArgs, type FormStory } from '../support/form.js';

/** `<invite-form>` on the Auth0 emulator: roles as checkboxes (optional), expiry up to 30 days, send-email toggle; one request per address; needs `client-id` and `inviter-name`. */
const meta = {
  ...formMeta('auth0'),
  title: 'invite-form/Auth0',
} satisfies Meta<FormArgs>;
export default meta;

const stories = formStories('auth0');

/** The empty form, with this provider’s fields. */
export const Ready: FormStory = stories.Ready;

/** A malformed and a repeated address (and no role where one is needed): errors at the fields, nothing sent. */
export const Invalid: FormStory = { ...stories.Invalid, name: 'Form invalid' };

/** A submission under way (the next request never answers): progress and “Stop sending”. */
export const Submitting: FormStory = stories.Submitting;

/** The server answers 429 (Retry-After: 2): the refused addresses stay, a countdown, then the next request. */
export const RateLimited: FormStory = { ...stories.RateLimited, name: 'Rate limited (429)' };

/** Some addresses fail: sent ones leave the field, the others stay with the reason. */
export const PartialFailure: FormStory = { ...stories.PartialFailure, name: 'Partial (bulk) failure' };

/** One address with a role: sent, announced, and the request checked. */
export const FlowInviteOne: FormStory = { ...stories.FlowInviteOne, name: 'Flow: invite one (success)' };

/** Five pasted addresses, all sent. */
export const FlowInviteMany: FormStory = { ...stories.FlowInviteMany, name: 'Flow: invite many (success)' };
