export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/emulator/**', 'src/i18n/**'],
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
