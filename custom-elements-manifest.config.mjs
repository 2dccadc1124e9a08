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
      // The elements declare their reactive properties in `static properties` (no decorators: 0.4 kB less to
      // download). The analyzer reads `{ state: true }` there as an attribute: internal state is private, and is
      // neither an attribute nor API.
      name: 'states-are-not-attributes',
      packageLinkPhase({ customElementsManifest }) {
        for (const declaration of customElementsManifest.modules.flatMap((m) => m.declarations ?? [])) {
          const internal = new Set(
            (declaration.members ?? []).filter((m) => m.privacy === 'private').map((m) => m.name),
          );
          for (const member of declaration.members ?? []) if (internal.has(member.name)) delete member.attribute;
          if (declaration.attributes) {
            declaration.attributes = declaration.attributes.filter((a) => !internal.has(a.fieldName));
          }
        }
      },
    },
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
