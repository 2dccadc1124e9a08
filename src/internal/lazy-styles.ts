/**
 * Styles that come with code loaded on demand (the list's row actions and "select many", the form's results and
 * CSV import), added to an element's shadow root when that code arrives, so that a page that never uses it does not
 * download them. `css` marks a template for the build's CSS minifier (scripts/css-literals.mjs) without importing
 * lit: lazy modules do not import lit (ARCHITECTURE.md, "What loads later").
 */
export const css = String.raw;

const sheets = new Map<string, CSSStyleSheet>();

/** Adds `text` to `root`'s styles, after the element's own, once per root (one shared sheet per text). */
export function adoptCss(root: ShadowRoot | null | undefined, text: string): void {
  if (!root) return;
  if (!('replaceSync' in CSSStyleSheet.prototype)) {
    // (no constructable style sheets: a <style> of its own, as lit does then)
    if ([...root.querySelectorAll('style')].some((s) => s.textContent === text)) return;
    const style = document.createElement('style');
    style.textContent = text;
    return void root.append(style);
  }
  let sheet = sheets.get(text);
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(text);
    sheets.set(text, sheet);
  }
  if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}
