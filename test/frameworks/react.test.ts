import { expect } from '@open-wc/testing';
import { createElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { App } from './react/App.jsx';
import { InvitationList, InviteForm } from '../../src/frameworks/react.js';
import { runScenario, setup } from './support.js';

describe('React (invitation-elements/react, built with @vitejs/plugin-react)', () => {
  let host: HTMLElement;
  let root: Root;

  beforeEach(() => {
    host = document.body.appendChild(document.createElement('div'));
    root = createRoot(host);
  });
  afterEach(() => {
    root.unmount();
    host.remove();
  });

  it('has one wrapper per tag of custom-elements.json, named after the class', () => {
    expect(InvitationList.displayName).to.equal('InvitationList');
    expect(InviteForm.displayName).to.equal('InviteForm');
  });

  it('renders the emulator rows, and create and revoke events reach the onInvitation… props', async () => {
    const ctx = setup();
    root.render(createElement(App, ctx.props));
    await runScenario(host, ctx);
  });
});
