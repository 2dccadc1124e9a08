import { defineConfig } from 'vite';

// Library mode: ESM only, one file per entry; lit, @lit/* and zod stay external (they are dependencies: the
// consumer's bundler dedupes them). Type declarations come from `tsc -p tsconfig.build.json` (see "build").
export default defineConfig({
  build: {
    target: 'es2022',
    lib: {
      entry: {
        index: 'src/index.ts',
        define: 'src/define.ts',
        emulator: 'src/emulator/index.ts',
      },
      formats: ['es'],
    },
    rolldownOptions: {
      external: [/^lit($|\/)/, /^@lit\//, /^zod($|\/)/],
    },
    sourcemap: true,
    minify: false,
    emptyOutDir: true,
  },
});
