/**
 * src/react.ts, src/vue.ts and src/svelte.ts are generated from custom-elements.json (scripts/generate-frameworks.mjs,
 * run by `vite build`): a hand edit, or an element whose JSDoc changed without a build, shows here.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

describe('the framework bindings generated from custom-elements.json', () => {
  it('are current: src/react.ts, src/vue.ts and src/svelte.ts are what the manifest gives', async () => {
    const stale = await executeServerCommand('framework-bindings-stale');
    expect(stale, 'run: node scripts/generate-frameworks.mjs').to.deep.equal([]);
  });

  it('name custom-elements.json in package.json "customElements", the file "./custom-elements.json" exports', async () => {
    const pkg = await (await fetch('/package.json')).json();
    expect(pkg.customElements).to.equal('custom-elements.json');
    expect(pkg.exports['./custom-elements.json']).to.equal('./custom-elements.json');
    expect(pkg.files).to.include('custom-elements.json');
  });
});
