// custom-elements.json describes the public API only: the two elements (with the base class they inherit their
// shared attributes from), their events and the model types those carry. Internals, providers, the emulator, the
// server and the generated framework bindings stay out of it (the bindings are generated from it).
export default {
  globs: [
    'src/invitation-list/invitation-list.ts',
    'src/invite-form/invite-form.ts',
    'src/internal/base-element.ts',
    'src/events.ts',
    'src/model.ts',
  ],
  outdir: '.',
  litelement: true,
  packagejson: false, // keep package.json's `customElements` as written
  plugins: [
    {
      // The glob's file order follows the file system, which differs between machines: sort, so CI's freshness
      // check of the committed manifest compares content only.
      name: 'stable-module-order',
      packageLinkPhase({ customElementsManifest }) {
        customElementsManifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
      },
    },
  ],
};
