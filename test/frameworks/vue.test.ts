import { createApp, nextTick, type App as VueApp } from 'vue';
import App from './vue/App.vue';
import { runScenario, setup } from './support.js';

describe('Vue (custom elements in a template, built with @vitejs/plugin-vue)', () => {
  let host: HTMLElement;
  let app: VueApp | undefined;

  beforeEach(() => {
    host = document.body.appendChild(document.createElement('div'));
  });
  afterEach(() => {
    app?.unmount();
    host.remove();
  });

  it('renders the emulator rows, and create and revoke events reach the @invitation-… handlers', async () => {
    const ctx = setup();
    app = createApp(App, { ...ctx.props });
    app.mount(host);
    await nextTick();
    await runScenario(host, ctx);
  });
});
