// @ts-check
// The provider table (src/providers/providers.ts) for the Node scripts (bench, demo): the TypeScript module bundled
// with esbuild and imported from memory, so the scripts read the one table instead of repeating its names.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** @returns {Promise<{ PROVIDER_NAMES: string[], BUILTIN_ADAPTERS: Record<string, any> }>} */
export async function loadProviderTable() {
  const result = await build({
    absWorkingDir: root,
    entryPoints: ['src/providers/providers.ts'],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].text;
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
}
