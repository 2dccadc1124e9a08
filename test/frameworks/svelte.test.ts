import { flushSync, mount, unmount } from 'svelte';
import App from './svelte/App.svelte';
import { runScenario, setup } from './support.js';

describe('Svelte 5 (custom elements in a component, built with @sveltejs/vite-plugin-svelte)', () => {
  let host: HTMLElement;
  let app: Record<string, unknown> | undefined;

  beforeEach(() => {
    host = document.body.appendChild(document.createElement('div'));
  });
  afterEach(async () => {
    if (app) await unmount(app);
    host.remove();
  });

  it('renders the emulator rows, and create and revoke events reach the oninvitation-… handlers', async () => {
    const ctx = setup();
    app = mount(App, { target: host, props: ctx.props });
    flushSync();
    await runScenario(host, ctx);
  });
});
