// @ts-check
// Collapses the indentation of the html`` templates of the sources: every run of white space that holds a line
// break becomes one space, nothing else changes. HTML renders a run of white space as one space wherever these
// templates put them (between tags, around text and expressions, between attributes; no <pre>, no `white-space:
// pre*` in the styles), so what shows and what assistive technology reads are the same; a text node's raw
// `textContent` holds one space where it held a line break and indentation. `vite build` applies it beside
// css-literals.mjs (vite.config.ts), and `npm run bench` to what it measures. The templates are found with the
// TypeScript parser: a tag named `html` or `svg` (lit's), its literal parts only — never an expression inside `${…}`.
import ts from 'typescript';

/** One space for every run of white space that holds a line break. */
export const collapseTemplateText = (/** @type {string} */ text) => text.replace(/[ \t]*\r?\n\s*/g, ' ');

/** Every html`…`/svg`…` template of a module's source, with its line breaks and indentation collapsed. */
export function minifyHtmlLiterals(/** @type {string} */ code, fileName = 'module.ts') {
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  /** @type {[number, number][]} the [start, end) of each literal part's text (without its delimiters) */
  const parts = [];
  const visit = (/** @type {ts.Node} */ node) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && /^(html|svg)$/.test(node.tag.text)) {
      const template = node.template;
      if (ts.isNoSubstitutionTemplateLiteral(template)) {
        parts.push([template.getStart(source) + 1, template.end - 1]);
      } else {
        parts.push([template.head.getStart(source) + 1, template.head.end - 2]);
        for (const span of template.templateSpans) {
          const literal = span.literal;
          const tail = ts.isTemplateTail(literal);
          parts.push([literal.getStart(source) + 1, literal.end - (tail ? 1 : 2)]);
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  if (!parts.length) return code;
  let out = '';
  let at = 0;
  for (const [start, end] of parts.sort((a, b) => a[0] - b[0])) {
    out += code.slice(at, start) + collapseTemplateText(code.slice(start, end));
    at = end;
  }
  return out + code.slice(at);
}

/** The Vite (Rolldown) plugin: the transform, on this library's TypeScript sources, before they are compiled. */
export function htmlLiteralsPlugin() {
  return {
    name: 'invitation-elements:html-literals',
    enforce: /** @type {const} */ ('pre'),
    transform(/** @type {string} */ code, /** @type {string} */ id) {
      if (!/\/src\/.*\.ts$/.test(id) || !/\b(html|svg)`/.test(code)) return undefined;
      return { code: minifyHtmlLiterals(code, id), map: null };
    },
  };
}
