// The demo page: both elements on the built-in emulators (over real HTTP, /emulator/…) or on a real backend
// proxied by the dev server (/api/invitations). Everything a user does here goes through the public API only.
import '../src/define.js';
import type { InviteForm, InvitationList, RoleOption } from '../src/index.js';

type Provider = 'auth0' | 'clerk' | 'upsun';
interface DemoConfig {
  mode: 'emulator' | 'real';
  provider?: Provider;
  endpoint?: string;
  endpoints?: Record<Provider, string>;
  roles?: Record<Provider, RoleOption[]>;
}

const config: DemoConfig = await (await fetch('/demo-config.json')).json();
const controls = document.querySelector<HTMLFormElement>('#controls')!;
const mode = document.querySelector('#mode')!;

function mount(provider: Provider) {
  const endpoint = config.mode === 'real' ? config.endpoint! : config.endpoints![provider];
  const list = document.createElement('invitation-list') as InvitationList;
  list.id = 'invitations';
  list.provider = provider;
  list.endpoint = endpoint;
  const form = document.createElement('invite-form') as InviteForm;
  form.provider = provider;
  form.endpoint = endpoint;
  form.setAttribute('list', 'invitations');
  if (provider === 'auth0') {
    form.setAttribute('client-id', 'AaiyAPdpYdesoKnqjj8HJqRn4T5titww');
    form.setAttribute('inviter-name', 'Demo Admin');
  }
  const roles = config.roles?.[provider];
  if (roles && provider !== 'upsun') form.roles = list.roles = roles;
  document.querySelector('#form-slot')!.replaceChildren(form);
  document.querySelector('#list-slot')!.replaceChildren(list);
  mode.textContent =
    config.mode === 'real'
      ? `Real ${provider} backend through the dev server's proxy (${endpoint}).`
      : `Built-in ${provider} emulator over HTTP: ${endpoint}`;
}

async function control(body: Record<string, unknown>) {
  const provider = (new FormData(controls).get('provider') as Provider) ?? 'auth0';
  await fetch('/emulator-control', { method: 'POST', body: JSON.stringify({ provider, ...body }) });
}

if (config.mode === 'real') {
  document.querySelector<HTMLElement>('#providers')!.hidden = true;
  document.querySelector<HTMLElement>('#faults')!.hidden = true;
  mount(config.provider!);
} else {
  mount('auth0');
  controls.addEventListener('change', (event) => {
    const target = event.target as HTMLInputElement | HTMLSelectElement;
    if (target.name === 'provider') mount(target.value as Provider);
    if (target.name === 'latency') {
      void control({
        action: 'latency',
        latency: target.value === 'random' ? { min: 200, max: 1500 } : Number(target.value),
      });
    }
  });
  controls.addEventListener('click', async (event) => {
    const button = (event.target as HTMLElement).closest('button');
    if (!button) return;
    if (button.dataset.fault) await control({ action: 'fault', fault: JSON.parse(button.dataset.fault) });
    if (button.dataset.action === 'reset') {
      await control({ action: 'reset' });
      document.querySelector<InvitationList>('invitation-list')?.refresh();
    }
  });
}
