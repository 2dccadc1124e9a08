/**
 * The `<invite-form>` story kit: args (the element's attributes, its events as spies, and the emulator's set-up), the
 * render, and the play helpers. The stories themselves are in stories/invite-form.stories.ts.
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
  kitOf,
  memberRole,
  withoutControls,
  type Emulator,
  type EmulatorArgs,
  type ProviderName,
} from './emulator.js';
import { until, type FormInStory, type Listener } from './play.js';

export interface FormArgs extends EmulatorArgs {
  'client-id': string;
  'inviter-name': string;
  'connection-id': string;
  'redirect-url': string;
  'inviter-id': string;
  'allowed-domains': string;
  /** Unset: the provider's default role (Clerk `org:member`); empty: none. */
  'default-role'?: string;
  compact?: boolean;
  'no-conflict-check'?: boolean;
  /** Members' emails (the `members` property). */
  members?: string[];
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

/**
 * An `<invite-form>` on a fresh emulator of `args.provider` (or on `shared`, the list's, in combined stories). The
 * roles are the emulated organization's, where the provider has no fixed set of its own.
 */
export function renderForm(args: FormArgs, shared?: Emulator) {
  const made = shared ?? emulate(args);
  const { fetcher, remember } = fetcherFor(made, args);
  const ownRoles = kitOf(args.provider).capabilities.create.roles.options;
  return html`<invite-form
    provider=${args.provider}
    endpoint=${made.endpoint}
    client-id=${args['client-id']}
    inviter-name=${args['inviter-name']}
    connection-id=${args['connection-id']}
    redirect-url=${args['redirect-url']}
    inviter-id=${args['inviter-id']}
    allowed-domains=${args['allowed-domains']}
    default-role=${ifDefined(args['default-role'])}
    ?compact=${!!args.compact}
    ?no-conflict-check=${!!args['no-conflict-check']}
    .members=${args.members}
    list=${args.list}
    pace=${args.pace}
    timeout=${args.timeout}
    lang=${ifDefined(args.lang || undefined)}
    dir=${ifDefined(args.dir || undefined)}
    .fetcher=${fetcher}
    .roles=${ownRoles ? undefined : [...made.roles]}
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
  'allowed-domains': '',
  list: '',
  pace: 100,
  timeout: 30000,
  lang: '',
  dir: '',
  onInvitationCreate: fn(),
  onInvitationCreated: fn(),
  onInvitationError: fn(),
});

/** Everything of the meta but the title. */
export function formMeta(provider: ProviderName = 'auth0'): Omit<Meta<FormArgs>, 'title'> {
  return {
    component: 'invite-form',
    render: (args) => renderForm(args),
    args: formDefaults(provider),
    argTypes: {
      ...emulatorArgTypes,
      'default-role': { control: 'text' },
      compact: { control: 'boolean' },
      'no-conflict-check': { control: 'boolean' },
      members: { control: 'object' },
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

export const addresses = (n: number, prefix = 'story') =>
  Array.from({ length: n }, (_, i) => `${prefix}.person${i + 1}@example.org`);

/** The POSTs the story's emulator received (the creates). */
export const posts = (s: FormInStory) => s.emulator().requests.filter((r) => r.method === 'POST');

/** Pastes addresses into the email field (they become chips). */
export async function paste(s: FormInStory, emails: string[], separator = ', ') {
  await userEvent.click(s.emailInput());
  await s.paste(emails.join(separator));
  await until(() => expect(s.chips()).toEqual(emails));
}

/** Chooses the organization's member role, as the provider's picker offers it (Auth0 needs no role: skipped there). */
export async function chooseMember(s: FormInStory) {
  if (!s.$('#role-select, input[name="role"]')) return undefined;
  const role = memberRole(s.emulator());
  await s.chooseRole(role.value);
  return role;
}

export const submit = (s: FormInStory) => userEvent.click(s.submitButton());
