// @ts-check
// Minifies the css`` templates of the sources: white space and comments out, nothing else. `vite build` applies it
// to the library and the CDN files (vite.config.ts), and `npm run bench` to what it measures, so the sizes it
// prints are those of what ships. The templates hold no strings where white space matters (checked by the tests
// that render every state with the built-in styles: a rule this broke would show).

/** White space and comments out of a CSS text; `${…}` parts are left as they are. */
export function minifyCss(/** @type {string} */ text) {
  return (
    text
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      .replace(/\s*([{};,>])\s*/g, '$1')
      // after a colon: a declaration's value or a media feature's (in a selector a colon is never followed by a space)
      .replace(/:\s+/g, ':')
      .replace(/\s*!important/g, '!important')
      .replace(/([\s:,(-])0\.(\d)/g, '$1.$2') // 0.5rem → .5rem
      .replace(/;}/g, '}')
      .trim()
  );
}

/** Every css`…` template of a module's source, minified. */
export const minifyCssLiterals = (/** @type {string} */ code) =>
  code.replace(/\bcss`([^`]*)`/g, (_, body) => `css\`${minifyCss(body)}\``);

/** The Vite (Rolldown) plugin: the transform, on this library's TypeScript sources, before they are compiled. */
export function cssLiteralsPlugin() {
  return {
    name: 'invitation-elements:css-literals',
    enforce: /** @type {const} */ ('pre'),
    transform(/** @type {string} */ code, /** @type {string} */ id) {
      if (!/\/src\/.*\.ts$/.test(id) || !code.includes('css`')) return undefined;
      return { code: minifyCssLiterals(code), map: null };
    },
  };
}
