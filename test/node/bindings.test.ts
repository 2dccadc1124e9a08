/**
 * src/frameworks/{react,vue,svelte}.ts are generated from custom-elements.json (scripts/generate-frameworks.mjs; not in
 * git): what is on disk must be what the manifest gives, and must carry every element and event the manifest has.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

describe('the framework bindings generated from custom-elements.json', () => {
  it('are current, and carry every element and event of the manifest', async () => {
    const stale = await executeServerCommand('framework-bindings-stale');
    expect(stale, 'run: node scripts/generate-frameworks.mjs').to.deep.equal([]);
    const manifest = await (await fetch('/custom-elements.json')).json();
    const files = (await executeServerCommand('framework-bindings')) as Record<string, string>;
    const [react, vue, svelte] = ['react', 'vue', 'svelte'].map((name) => files[`src/frameworks/${name}.ts`]);
    const pascal = (name: string) => name.replace(/(^|-)([a-z])/g, (_m, _d, c: string) => c.toUpperCase());
    const elements = manifest.modules
      .flatMap((m: { declarations?: object[] }) => m.declarations ?? [])
      .filter((d: { tagName?: string }) => d.tagName) as { tagName: string; events: { name: string }[] }[];
    expect(elements.map((e) => e.tagName)).to.deep.equal(['invitation-list', 'invite-form']);
    for (const { tagName, events } of elements) {
      // (booleans, not `contain`: a failure would print whole files)
      expect(react.includes(`tagName: '${tagName}'`), `react wraps <${tagName}>`).to.equal(true);
      for (const bindings of [vue, svelte])
        expect(bindings.includes(`'${tagName}'`), `types of ${tagName}`).to.equal(true);
      for (const { name } of events) {
        expect(react.includes(`on${pascal(name)}: '${name}'`), `react prop of ${name}`).to.equal(true);
        expect(vue.includes(`on${pascal(name)}?:`), `vue handler of ${name}`).to.equal(true);
        expect(svelte.includes(`'on${name}'?:`), `svelte handler of ${name}`).to.equal(true);
      }
    }
  });

  it('name custom-elements.json in package.json "customElements", the file "./custom-elements.json" exports', async () => {
    const pkg = await (await fetch('/package.json')).json();
    expect(pkg.customElements).to.equal('custom-elements.json');
    expect(pkg.exports['./custom-elements.json']).to.equal('./custom-elements.json');
    expect(pkg.files).to.include('custom-elements.json');
  });
});
