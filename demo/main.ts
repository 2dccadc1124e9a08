// The demo page: both elements talk to the library's server handler on this origin (demo/backend.ts), which calls
// the built-in emulators over HTTP (/api/{provider}/invitations) or the real provider (/api/invitations) with its
// own credentials. Everything a user does here goes through the public API only.
import '../src/define.js';
import { getAdapter, type InviteForm, type InvitationList, type ProviderName, type RoleOption } from '../src/index.js';

type Provider = ProviderName;
interface DemoConfig {
  mode: 'emulator' | 'real';
  provider?: Provider;
  endpoint?: string;
  endpoints?: Record<Provider, string>;
  roles?: Record<Provider, RoleOption[]>;
  /** What the server sets in every Auth0 invitation (its policy); the form must send the same. */
  auth0?: { clientId: string; inviterName: string };
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
  // What this provider's create needs from the host (Auth0: the application and an inviter name), and its roles
  // where it has no fixed set of its own (Upsun's permissions are built in).
  const create = getAdapter(provider)!.capabilities.create;
  if (create.fields.clientId?.required) form.setAttribute('client-id', config.auth0?.clientId ?? '');
  if (create.fields.inviterName?.required) form.setAttribute('inviter-name', config.auth0?.inviterName ?? '');
  const roles = config.roles?.[provider];
  if (roles && !create.roles.options) form.roles = list.roles = roles;
  document.querySelector('#form-slot')!.replaceChildren(form);
  document.querySelector('#list-slot')!.replaceChildren(list);
  mode.textContent =
    config.mode === 'real'
      ? `Real ${provider} through this server's handler (${endpoint}).`
      : `Built-in ${provider} emulator through this server's handler (${endpoint}).`;
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
  // One radio button per provider the server emulates (the provider table).
  const names = Object.keys(config.endpoints!) as Provider[];
  document.querySelector('#providers')!.append(
    ...names.map((name, i) => {
      const label = document.createElement('label');
      const radio = Object.assign(document.createElement('input'), { type: 'radio', name: 'provider', value: name });
      radio.checked = i === 0;
      label.append(radio, ` ${getAdapter(name)!.label ?? name}`);
      return label;
    }),
  );
  mount(names[0]);
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
