/**
 * The `<invite-form>` stories: args (the element's attributes, its events as spies, and the emulator's set-up), the
 * render, and one story per state and flow, made for any provider. `stories/invite-form/*.stories.ts` pick them per
 * provider; the play functions check what each story claims to show, and what went over the wire.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { ref } from 'lit/directives/ref.js';
import { expect, fn, userEvent } from 'storybook/test';
import '../../src/define.js';
import {
  emulate,
  emulatorArgTypes,
  fetcherFor,
  pendingEmail,
  withoutControls,
  type Emulator,
  type EmulatorArgs,
  type Fault,
  type ProviderName,
} from './emulator.js';
import { lastDetail, pasteInto, shadowOf, statusText, textOf, until, type Listener, type Shadow } from './play.js';

export interface FormArgs extends EmulatorArgs {
  'client-id': string;
  'inviter-name': string;
  'connection-id': string;
  'redirect-url': string;
  'inviter-id': string;
  list: string;
  pace: number;
  timeout: number;
  lang: string;
  dir: string;
  onInvitationCreate: Listener;
  onInvitationCreated: Listener;
  onInvitationError: Listener;
}

export type FormStory = StoryObj<FormArgs>;

/** An `<invite-form>` on a fresh emulator of `args.provider` (or on `shared`, the list's, in combined stories). */
export function renderForm(args: FormArgs, shared?: Emulator) {
  const made = shared ?? emulate(args);
  const { fetcher, remember } = fetcherFor(made, args);
  return html`<invite-form
    provider=${args.provider}
    endpoint=${made.endpoint}
    client-id=${args['client-id']}
    inviter-name=${args['inviter-name']}
    connection-id=${args['connection-id']}
    redirect-url=${args['redirect-url']}
    inviter-id=${args['inviter-id']}
    list=${args.list}
    pace=${args.pace}
    timeout=${args.timeout}
    lang=${ifDefined(args.lang || undefined)}
    dir=${ifDefined(args.dir || undefined)}
    .fetcher=${fetcher}
    .roles=${args.provider === 'upsun' ? undefined : [...made.roles]}
    @invitation-create=${args.onInvitationCreate}
    @invitation-created=${args.onInvitationCreated}
    @invitation-error=${args.onInvitationError}
    ${ref(remember)}
  ></invite-form>`;
}

/** The form's args with the list's defaults where both have one (for the combined stories). */
export const formDefaults = (provider: ProviderName = 'auth0'): FormArgs => ({
  provider,
  count: 5,
  latency: 150,
  faults: [],
  'client-id': 'AaiyAPdpYdesoKnqjj8HJqRn4T5titww',
  'inviter-name': 'Ada Admin',
  'connection-id': '',
  'redirect-url': '',
  'inviter-id': '',
  list: '',
  pace: 100,
  timeout: 30000,
  lang: '',
  dir: '',
  onInvitationCreate: fn(),
  onInvitationCreated: fn(),
  onInvitationError: fn(),
});

/** Everything of the meta but the title (each CSF file gives its own, statically). */
export function formMeta(provider: ProviderName = 'auth0'): Omit<Meta<FormArgs>, 'title'> {
  return {
    component: 'invite-form',
    render: (args) => renderForm(args),
    args: formDefaults(provider),
    argTypes: {
      ...emulatorArgTypes,
      pace: { control: { type: 'number', min: 0, step: 50 } },
      timeout: { control: { type: 'number', min: 0, step: 1000 } },
      lang: { control: 'inline-radio', options: ['', 'en', 'de', 'fr', 'ja'] },
      dir: { control: 'inline-radio', options: ['', 'ltr', 'rtl'] },
      // Set by the story (the emulator's endpoint and fetcher), or objects and functions.
      ...withoutControls('endpoint', 'roles', 'adapter', 'fetcher', 'messages'),
    },
  };
}

// ------------------------------------------------------------------------------------------------------------------
// Play helpers

const form = (canvasElement: HTMLElement) => shadowOf(canvasElement, 'invite-form');

const input = (s: Shadow) => s.part<HTMLInputElement>('emails-input');
const chips = (s: Shadow) => s.parts('chip').map((c) => textOf(c.querySelector('.chip-text')));
const posts = (s: Shadow) => s.emulator().requests.filter((r) => r.method === 'POST');

/** Pastes addresses into the email field (they become chips). */
async function paste(s: Shadow, emails: string[], separator = ', ') {
  await userEvent.click(input(s));
  await pasteInto(input(s), emails.join(separator));
  await until(() => expect(chips(s)).toEqual(emails));
}

/** Ticks (or selects) a role by its label, as the provider's picker offers it. */
async function chooseRole(s: Shadow, label: string) {
  const select = s.root.querySelector<HTMLSelectElement>('#role-select');
  if (select) {
    const option = [...select.options].find((o) => textOf(o) === label);
    await userEvent.selectOptions(select, option!.value);
    return;
  }
  const labels = [...s.root.querySelectorAll<HTMLLabelElement>('[part~="roles"] label')];
  const found = labels.find((l) => textOf(l) === label);
  if (!found) throw new Error(`no role labelled ${label}`);
  await userEvent.click(found);
  await expect(found.control).toBeChecked();
}

const submit = (s: Shadow) => userEvent.click(s.part('submit'));

/** A role every provider's emulator has, by its label. */
const ROLE: Record<ProviderName, string> = { auth0: 'Member', clerk: 'Member', upsun: 'Manage users' };

const addresses = (n: number, prefix = 'story') =>
  Array.from({ length: n }, (_, i) => `${prefix}.person${i + 1}@example.org`);

/** Auth0's answer to an address it does not accept (its payload validator's words), for the first request. */
const AUTH0_REFUSES_FIRST = {
  kind: 'status',
  status: 400,
  method: 'POST',
  body: {
    statusCode: 400,
    error: 'Bad Request',
    message:
      "Payload validation error: 'Object didn't pass validation for format email: partial.person1@example.org' on " +
      'property invitee.email.',
    errorCode: 'invalid_body',
  },
} as const satisfies Fault;

// ------------------------------------------------------------------------------------------------------------------
// The stories, for one provider

export function formStories(provider: ProviderName) {
  /** Clerk creates up to 10 per request: its many-address stories need more than one request. */
  const bulk = provider === 'clerk';

  /** The empty form, with the fields this provider takes. */
  const Ready: FormStory = {
    play: async ({ canvasElement }) => {
      const s = form(canvasElement);
      await expect(input(s)).toBeVisible();
      await expect(s.root.querySelector('#role-select') !== null, 'one role, as a select').toBe(provider === 'clerk');
      await expect(s.has('expiry'), 'expiry').toBe(provider !== 'upsun');
      await expect(s.has('send-email'), 'send-email').toBe(provider !== 'upsun');
      await expect(s.has('force'), 'force').toBe(provider === 'upsun');
      await expect(s.part('submit')).toHaveTextContent('Send invitation');
    },
  };

  /** Submitted with a malformed and a repeated address (and, where one is required, no role): nothing is sent. */
  const Invalid: FormStory = {
    play: async ({ canvasElement, args }) => {
      const s = form(canvasElement);
      await paste(s, ['ada@example', 'grace@example.com', 'grace@example.com']);
      await submit(s);
      const errors = await until(() => s.part('field-error'));
      await expect(errors).toHaveTextContent('ada@example is not a valid email address.');
      await expect(errors).toHaveTextContent('grace@example.com is listed twice.');
      await expect(input(s)).toHaveAttribute('aria-invalid', 'true');
      await expect(s.parts('chip-invalid')).toHaveLength(2);
      await until(() => expect(s.root.activeElement, 'focus goes to the first field in error').toBe(input(s)));
      if (provider !== 'auth0') await expect(s.root.textContent).toContain('Choose a role.');
      await expect(args.onInvitationCreate).not.toHaveBeenCalled();
      await expect(posts(s)).toHaveLength(0);
    },
  };

  /** A submission under way: progress, "Stop sending", the fields locked (the next request never answers). */
  const Submitting: FormStory = {
    args: { holdMethod: 'POST', holdAfter: 1, timeout: 0 },
    play: async ({ canvasElement }) => {
      const s = form(canvasElement);
      const emails = addresses(bulk ? 12 : 3);
      await paste(s, emails);
      await chooseRole(s, ROLE[provider]);
      await submit(s);
      const progress = await until(() => s.part('progress'));
      await until(() => expect(progress).toHaveTextContent(bulk ? 'Sending 11 of 12…' : 'Sending 2 of 3…'));
      await expect(s.part('stop')).toHaveTextContent('Stop sending');
      await expect(s.part('submit')).toHaveAttribute('aria-busy', 'true');
      await expect(s.root.querySelector('fieldset.fields')).toBeDisabled();
    },
  };

  /**
   * The server answers the first request 429 (Retry-After: 2): the refused addresses stay in the field (a create is
   * never sent twice), the form counts down, then sends the next request.
   */
  const RateLimited: FormStory = {
    args: { faults: [{ kind: 'rate-limit', retryAfter: 2, method: 'POST' }] },
    play: async ({ canvasElement, args }) => {
      const s = form(canvasElement);
      const emails = addresses(bulk ? 11 : 2, 'patient');
      const refused = emails.slice(0, bulk ? 10 : 1);
      await paste(s, emails);
      await chooseRole(s, ROLE[provider]);
      await submit(s);
      const timer = await until(() => {
        const found = s.root.querySelector('[role="timer"]');
        expect(found, 'the countdown').not.toBeNull();
        return found!;
      });
      await expect(timer).toHaveTextContent(/Sending resumes in [12] s…/);
      await expect(statusText(s.root)).toContain('The server asks to slow down');
      await until(() => expect(posts(s)).toHaveLength(2));
      await until(() => expect(s.part('submit')).toHaveAttribute('aria-busy', 'false'));
      await expect(chips(s), 'the refused addresses stay').toEqual(refused);
      await expect(lastDetail<{ invitations: unknown[] }>(args.onInvitationCreated).invitations).toHaveLength(1);
    },
  };

  /**
   * Some addresses fail: Auth0 refuses the first request (400); Clerk's second bulk request holds an address that
   * already has a pending invitation (the whole request fails); Upsun refuses that address (409) and suggests
   * "Resend if already invited". What was sent leaves the field; what was not stays, marked, with the reason.
   */
  const PartialFailure: FormStory = {
    args: provider === 'auth0' ? { faults: [AUTH0_REFUSES_FIRST] } : { count: 45 },
    play: async ({ canvasElement, args }) => {
      const s = form(canvasElement);
      const fresh = addresses(bulk ? 11 : 2, 'partial');
      const emails = provider === 'auth0' ? addresses(3, 'partial') : [...fresh, pendingEmail(s.emulator())];
      await paste(s, emails);
      await chooseRole(s, ROLE[provider]);
      await submit(s);
      const failed = bulk ? 2 : 1;
      await until(() =>
        expect(s.part('error')).toHaveTextContent(
          `${failed} of ${emails.length} invitations could not be sent. The addresses not sent are still in the field.`,
        ),
      );
      const results = s.part('results');
      await expect(results.querySelectorAll('li[data-state="sent"]')).toHaveLength(emails.length - failed);
      await expect(results.querySelectorAll('li[data-state="failed"]')).toHaveLength(failed);
      await expect(chips(s)).toHaveLength(failed);
      await expect(s.parts('chip-invalid')).toHaveLength(failed);
      await expect(posts(s)).toHaveLength(bulk ? 2 : emails.length);
      await expect(args.onInvitationCreated).toHaveBeenCalledTimes(1);
      await expect(args.onInvitationError).toHaveBeenCalledTimes(1);
      if (provider === 'upsun') {
        await expect(s.part('force')).toHaveTextContent('Tick “Resend if already invited” to replace it.');
        await expect(textOf(s.part('field-error'))).toContain('This address already has a pending invitation.');
      }
    },
  };

  /** Flow: invite one person with a role; the request carries what the form says. */
  const FlowInviteOne: FormStory = {
    play: async ({ canvasElement, args }) => {
      const s = form(canvasElement);
      const email = 'new.colleague@example.org';
      await userEvent.type(input(s), email);
      await chooseRole(s, ROLE[provider]);
      await submit(s);
      await until(() => expect(statusText(s.root)).toContain(`Invitation sent to ${email}`));
      await expect(chips(s), 'the field is empty again').toEqual([]);
      await expect(lastDetail<{ invitations: { email: string }[] }>(args.onInvitationCreated).invitations).toEqual([
        expect.objectContaining({ email }),
      ]);
      const [request] = posts(s);
      await expect(JSON.stringify(request.body)).toContain(email);
      const role = { auth0: 'rol_1Mb2rWx7Pc4Yd6Jb', clerk: 'org:member', upsun: 'members' }[provider];
      await expect(JSON.stringify(request.body)).toContain(role);
    },
  };

  /** Flow: paste several addresses and send them all (Clerk in one bulk request, the others one by one). */
  const FlowInviteMany: FormStory = {
    play: async ({ canvasElement, args }) => {
      const s = form(canvasElement);
      const emails = addresses(5, 'team');
      await paste(s, emails);
      await chooseRole(s, ROLE[provider]);
      await expect(s.part('submit')).toHaveTextContent('Send 5 invitations');
      await submit(s);
      await until(() => expect(statusText(s.root)).toContain('5 invitations sent'));
      await expect(s.part('results').querySelectorAll('li[data-state="sent"]')).toHaveLength(5);
      await expect(posts(s)).toHaveLength(bulk ? 1 : 5);
      await expect(lastDetail<{ invitations: unknown[] }>(args.onInvitationCreated).invitations).toHaveLength(5);
    },
  };

  return { Ready, Invalid, Submitting, RateLimited, PartialFailure, FlowInviteOne, FlowInviteMany };
}
