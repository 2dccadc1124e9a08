import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import type { InviteForm } from '../src/elements/invite-form/invite-form.js';
import { createEmulator, type Fault, type ProviderName } from '../src/emulator/index.js';
import { auth0Adapter } from '../src/providers/auth0.js';
import { clerkAdapter } from '../src/providers/clerk.js';
import { upsunAdapter } from '../src/providers/upsun.js';

const adapters = { auth0: auth0Adapter, clerk: clerkAdapter, upsun: upsunAdapter };

interface Args {
  provider: ProviderName;
  /** Faults the emulator answers the first create requests with. */
  faults: Fault[];
  latency: number;
  lang: string;
}

/** A form wired to a fresh in-browser emulator of the provider (nothing leaves the page). */
function renderForm({ provider, faults, latency, lang }: Args) {
  const emulator = createEmulator({ provider, count: 5 });
  emulator.latency(latency);
  for (const fault of faults) emulator.fault(fault);
  const props = (el: Element | undefined) => {
    if (!el) return;
    const form = el as InviteForm;
    form.adapter = adapters[provider];
    form.fetcher = emulator.fetch;
    if (provider !== 'upsun') form.roles = [...emulator.roles];
  };
  return html`<invite-form
    endpoint=${emulator.endpoint}
    lang=${lang}
    client-id="AaiyAPdpYdesoKnqjj8HJqRn4T5titww"
    inviter-name="Ada Admin"
    ${ref(props)}
  ></invite-form>`;
}

const meta: Meta<Args> = {
  title: 'Elements/invite-form',
  component: 'invite-form',
  tags: ['autodocs'],
  args: { provider: 'auth0', faults: [], latency: 300, lang: 'en' },
  argTypes: {
    provider: { control: 'inline-radio', options: ['auth0', 'clerk', 'upsun'] },
    latency: { control: { type: 'range', min: 0, max: 3000, step: 100 } },
    faults: { control: 'object' },
  },
  render: renderForm,
  parameters: {
    docs: {
      description: {
        component:
          'Invites one or many people through Auth0, Clerk or Upsun (here: the built-in emulators). Paste a list, ' +
          'choose roles and expiry, send; failures stay in the field with their reason.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<Args>;

/** Auth0: roles as checkboxes, expiry up to 30 days, send-email toggle; one request per address. */
export const Auth0: Story = {};

/** Clerk: exactly one role (a select), expiry up to 365 days; many addresses go in bulk requests of 10. */
export const Clerk: Story = { args: { provider: 'clerk' } };

/** Upsun: permissions as checkboxes and "Resend if already invited" (`force`). */
export const Upsun: Story = { args: { provider: 'upsun' } };

/** The first request is rate limited for 3 seconds: the form counts down and retries the same address. */
export const RateLimited: Story = {
  args: { provider: 'upsun', faults: [{ kind: 'rate-limit', retryAfter: 3, method: 'POST' }] },
};

/** The connection fails: every address stays in the field, with the reason above the button. */
export const NetworkFailure: Story = {
  args: { provider: 'clerk', faults: [{ kind: 'network', method: 'POST' }] },
};

/** No provider and no endpoint: the configuration error the form shows instead of fields. */
export const Misconfigured: Story = {
  render: () => html`<invite-form></invite-form>`,
};

/** Themed through the public custom properties. */
export const Themed: Story = {
  render: (args) =>
    html`<div
      style="--invitations-accent: #7a1fa2; --invitations-radius: 14px; --invitations-gap: 1.4rem; max-width: 36rem"
    >
      ${renderForm(args)}
    </div>`,
};
