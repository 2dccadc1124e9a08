// What a server-side rendering host does with the installed package: import every entry of its "exports" in plain
// Node (no DOM), then render the tags on the server with React (react-dom/server) and Vue (vue/server-renderer).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const pkg = JSON.parse(readFileSync(require.resolve('invitation-elements/package.json'), 'utf8'));

for (const key of Object.keys(pkg.exports)) {
  const specifier = `${pkg.name}${key.slice(1)}`;
  const mod = specifier.endsWith('.json')
    ? await import(specifier, { with: { type: 'json' } })
    : await import(specifier);
  assert.ok(mod, specifier);
  console.log(`  imported ${specifier}`);
}
assert.equal(typeof document, 'undefined', 'an entry defined document');
assert.equal(typeof window, 'undefined', 'an entry defined window');

const React = await import('react');
const { renderToString } = await import('react-dom/server');
const { InvitationList, InviteForm } = await import('invitation-elements/react');
const reactHtml = renderToString(
  React.createElement(
    React.Fragment,
    null,
    React.createElement(InviteForm, { provider: 'clerk', endpoint: '/api/invitations', list: 'inv' }),
    React.createElement(InvitationList, { id: 'inv', provider: 'clerk', endpoint: '/api/invitations' }),
  ),
);
// @lit/react renders the bare tag (plain attributes such as `id` only) and sets the element's properties in the
// browser, after hydration: the server's HTML and the client's first render agree.
assert.equal(reactHtml, '<invite-form></invite-form><invitation-list id="inv"></invitation-list>');
console.log(`  react-dom/server: ${reactHtml}`);

// Nuxt's case: the template of README's Vue section, `isCustomElement` from the package, `.prop` for functions:
// the server writes the plain attributes and leaves the properties to the browser.
const { createSSRApp } = await import('vue');
const { renderToString: vueToString } = await import('vue/server-renderer');
const { isCustomElement } = await import('invitation-elements/vue');
const vueApp = createSSRApp({
  data: () => ({ fetcher: (input, init) => fetch(input, init) }),
  template: `<invitation-list provider="upsun" endpoint="/api/invitations" :fetcher.prop="fetcher" :page-size="20"
    @invitation-revoked="() => {}" />`,
});
vueApp.config.compilerOptions.isCustomElement = isCustomElement;
const vueHtml = await vueToString(vueApp);
assert.equal(
  vueHtml,
  '<invitation-list provider="upsun" endpoint="/api/invitations" page-size="20"></invitation-list>',
);
console.log(`  vue/server-renderer: ${vueHtml}`);
