export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/emulator/**', 'src/i18n/**'],
  outdir: '.',
  litelement: true,
  packagejson: false, // keep package.json's `customElements` as written
};
