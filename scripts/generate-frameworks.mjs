#!/usr/bin/env node
// Writes the framework bindings from custom-elements.json, so they follow the elements' JSDoc by construction:
// - src/frameworks/react.ts   React wrappers (@lit/react createComponent): one component per tag, an `on<Event>` prop
//                             per event typed with the event's class, every property set as a property;
// - src/frameworks/vue.ts     Vue template types (`GlobalComponents`) for vue-tsc / Volar, and `isCustomElement`;
// - src/frameworks/svelte.ts  Svelte element types (`SvelteHTMLElements`) for svelte-check.
// They are not in git (.gitignore): `npm install` (the `prepare` script), `npm test`, `npm run lint` and `vite build`
// write them from the committed custom-elements.json, which does not describe them, so nothing loops.
// `--check` writes nothing and exits 1 when a file is not what the manifest gives.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const HEADER = (what) =>
  `// Generated from custom-elements.json by scripts/generate-frameworks.mjs — do not edit; \`npm run build\` rewrites it.\n// ${what}\n`;

const pascal = (name) => name.replace(/(^|-)([a-z0-9])/g, (_, __, c) => c.toUpperCase());
const doc = (text, indent = '  ') =>
  text
    ? `${indent}/** ${String(text)
        .replace(/\*\//g, '*\\/')
        .replace(/\s*\n\s*/g, ' ')
        .trim()} */\n`
    : '';
const quote = (key) => (/^[A-Za-z_$][\w$]*$/.test(key) ? key : `'${key}'`);

/** The custom elements of a manifest, with what the bindings need, in tag order. */
export function elementsOf(manifest) {
  const declarations = new Map();
  for (const mod of manifest.modules ?? []) {
    for (const decl of mod.declarations ?? []) declarations.set(decl.name, { decl, path: mod.path });
  }
  const elements = [];
  for (const mod of manifest.modules ?? []) {
    for (const decl of mod.declarations ?? []) {
      if (!decl.customElement || !decl.tagName) continue;
      const fields = (decl.members ?? []).filter(
        (m) => m.kind === 'field' && !m.static && (m.privacy ?? 'public') === 'public' && !m.name.startsWith('_'),
      );
      const events = (decl.events ?? [])
        .filter((e) => e.name)
        .map((e) => {
          const type = e.type?.text?.trim();
          const source = type && declarations.get(type);
          return { name: e.name, description: e.description, type: source ? type : 'Event', module: source?.path };
        });
      elements.push({
        tag: decl.tagName,
        className: decl.name,
        description: decl.summary || decl.description,
        fields: fields.map((f) => ({ name: f.name, description: f.description })),
        attributes: (decl.attributes ?? []).map((a) => ({
          name: a.name,
          field: a.fieldName,
          description: a.description,
        })),
        events,
      });
    }
  }
  return elements.sort((a, b) => a.tag.localeCompare(b.tag));
}

/** Where the bindings are written (ignored by git). */
const OUT = 'src/frameworks';

/** `../x.js` import path from src/frameworks/ to a manifest module path (src/x.ts). */
const fromOut = (path) => relative(OUT, path).replace(/\.ts$/, '.js');

/** `import type { A, B } from '…';` lines for the event classes the elements use. */
function eventImports(elements) {
  const byModule = new Map();
  for (const e of elements.flatMap((el) => el.events)) {
    if (!e.module) continue;
    const names = byModule.get(e.module) ?? new Set();
    names.add(e.type);
    byModule.set(e.module, names);
  }
  return [...byModule]
    .map(([path, names]) => `import type { ${[...names].sort().join(', ')} } from '${fromOut(path)}';\n`)
    .join('');
}

function checkEntries(elements) {
  for (const el of elements) {
    for (const file of [`src/${el.tag}/index.ts`, `src/${el.tag}/define.ts`]) {
      if (!existsSync(join(root, file))) {
        throw new Error(`<${el.tag}> has no ${file}: every tag needs a class entry and a define entry (see README).`);
      }
    }
  }
}

export function reactSource(elements) {
  let out = HEADER(
    'React wrappers: `import { InvitationList } from "invitation-elements/react"`. Importing this module registers the tags in the browser.',
  );
  out += `import React from 'react';\nimport { createComponent, type EventName } from '@lit/react';\n`;
  for (const el of elements)
    out += `import { ${el.className} as ${el.className}Element } from '../${el.tag}/define.js';\n`;
  out += eventImports(elements);
  // Lit makes a class's property accessors when the class is first used (its registration, in a browser), and
  // @lit/react tells a property from an attribute by them: made now, a server render sets what the browser will.
  out += `\n// The property accessors, now (on a server nothing registers the tags): @lit/react reads them.\n`;
  for (const el of elements) out += `void ${el.className}Element.observedAttributes;\n`;
  for (const el of elements) {
    out += `\n/**\n * \`<${el.tag}>\` as a React component${el.description ? `: ${el.description.trim()}` : '.'}\n`;
    out += ` * Properties (\`fetcher\`, \`adapter\`, …) are set as properties; events are \`on…\` props.\n */\n`;
    out += `export const ${el.className} = createComponent({\n  react: React,\n  tagName: '${el.tag}',\n`;
    out += `  elementClass: ${el.className}Element,\n  displayName: '${el.className}',\n  events: {\n`;
    for (const e of el.events) {
      out += doc(e.description, '    ');
      out += `    on${pascal(e.name)}: '${e.name}' as EventName<${e.type}>,\n`;
    }
    out += `  },\n});\n\n/** The props of {@link ${el.className}}. */\n`;
    out += `export type ${el.className}Props = React.ComponentProps<typeof ${el.className}>;\n`;
  }
  return out;
}

/** Props of one element: properties by name, attributes whose name differs, typed from the class. */
function propLines(el, { attributes }) {
  let out = '';
  const seen = new Set();
  for (const f of el.fields) {
    out += doc(f.description);
    out += `  ${quote(f.name)}?: ${el.className}['${f.name}'];\n`;
    seen.add(f.name);
  }
  if (attributes) {
    for (const a of el.attributes) {
      // attributes without a property (`lang`, `dir`) are the native ones, typed by the framework already
      if (!a.field || seen.has(a.name)) continue;
      seen.add(a.name);
      out += doc(a.description);
      out += `  ${quote(a.name)}?: ${el.className}['${a.field}'] | string;\n`;
    }
  }
  return out;
}

export function vueSource(elements) {
  let out = HEADER(
    'Vue: `import type {} from "invitation-elements/vue"` once (or "types": ["invitation-elements/vue"]) types the tags in templates.',
  );
  out += `import type { DefineComponent } from 'vue';\n`;
  for (const el of elements) out += `import type { ${el.className} } from '../${el.tag}/index.js';\n`;
  out += eventImports(elements);
  out += `\n/** The tags this package defines. */\nexport const tagNames: readonly string[] = [${elements.map((el) => `'${el.tag}'`).join(', ')}];\n`;
  out += `\n/** For \`compilerOptions.isCustomElement\` of @vitejs/plugin-vue or Nuxt: true for this package's tags. */\n`;
  out += `export const isCustomElement = (tag: string): boolean => tagNames.includes(tag);\n`;
  for (const el of elements) {
    out += `\n/** The props of \`<${el.tag}>\` in a Vue template; bind objects and functions with \`.prop\`. */\n`;
    out += `export interface ${el.className}VueProps {\n${propLines(el, { attributes: false })}`;
    for (const e of el.events) {
      out += doc(e.description);
      out += `  on${pascal(e.name)}?: (event: ${e.type}) => void;\n`;
    }
    out += `}\n`;
  }
  out += `\ndeclare module 'vue' {\n  interface GlobalComponents {\n`;
  for (const el of elements) out += `    '${el.tag}': DefineComponent<${el.className}VueProps>;\n`;
  out += `  }\n}\n`;
  return out;
}

export function svelteSource(elements) {
  let out = HEADER(
    'Svelte: `import type {} from "invitation-elements/svelte"` once (or "types": ["invitation-elements/svelte"]) types the tags.',
  );
  out += `import type { HTMLAttributes } from 'svelte/elements';\n`;
  for (const el of elements) out += `import type { ${el.className} } from '../${el.tag}/index.js';\n`;
  out += eventImports(elements);
  for (const el of elements) {
    out += `\n/** The attributes, properties and event handlers of \`<${el.tag}>\` in a Svelte template. */\n`;
    out += `export interface ${el.className}SvelteProps {\n${propLines(el, { attributes: true })}`;
    for (const e of el.events) {
      out += doc(e.description);
      out += `  'on${e.name}'?: (event: ${e.type}) => void;\n`;
      out += `  'on:${e.name}'?: (event: ${e.type}) => void;\n`;
    }
    out += `}\n`;
  }
  out += `\ndeclare module 'svelte/elements' {\n  interface SvelteHTMLElements {\n`;
  for (const el of elements) {
    out += `    '${el.tag}': Omit<HTMLAttributes<${el.className}>, keyof ${el.className}SvelteProps> & ${el.className}SvelteProps;\n`;
  }
  out += `  }\n}\n`;
  return out;
}

/** The generated files, formatted with the project's prettier config: `{ 'src/frameworks/react.ts': '…', … }`. */
export async function generate(manifest) {
  const elements = elementsOf(manifest);
  if (!elements.length) throw new Error('custom-elements.json lists no custom element: run `npx cem analyze` first.');
  checkEntries(elements);
  const prettier = await import('prettier');
  const files = {
    [`${OUT}/react.ts`]: reactSource(elements),
    [`${OUT}/vue.ts`]: vueSource(elements),
    [`${OUT}/svelte.ts`]: svelteSource(elements),
  };
  for (const [path, source] of Object.entries(files)) {
    const filepath = join(root, path);
    const options = (await prettier.resolveConfig(filepath)) ?? {};
    files[path] = await prettier.format(source, { ...options, filepath });
  }
  return files;
}

/** Files whose content on disk differs from `files`. */
export const staleFiles = (files) =>
  Object.keys(files).filter((path) => {
    const file = join(root, path);
    return !existsSync(file) || readFileSync(file, 'utf8') !== files[path];
  });

export async function run({ check = false } = {}) {
  const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
  const files = await generate(manifest);
  const stale = staleFiles(files);
  if (!check) {
    mkdirSync(join(root, OUT), { recursive: true });
    for (const path of stale) writeFileSync(join(root, path), files[path]);
  }
  return stale;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const check = process.argv.includes('--check');
  const stale = await run({ check });
  if (check && stale.length) {
    console.error(`Out of date: ${stale.join(', ')}. Run: node scripts/generate-frameworks.mjs`);
    process.exit(1);
  }
  // stderr: `npm pack --json` runs this as `prepare`, and its stdout must stay JSON
  console.error(stale.length ? `${check ? 'stale' : 'wrote'} ${stale.join(', ')}` : 'framework bindings are current');
}
