import type { ArgTypes, Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { MINIMAL_VIEWPORTS } from 'storybook/viewport';
import manifest from '../custom-elements.json';
import '../src/define.js';

interface Item {
  name: string;
  kind?: string;
  description?: string;
  privacy?: string;
  static?: boolean;
  attribute?: string;
  type?: { text?: string };
  default?: string;
}
interface Declaration {
  tagName?: string;
  members?: Item[];
  attributes?: Item[];
  events?: Item[];
  slots?: Item[];
  cssProperties?: Item[];
  cssParts?: Item[];
}
interface Manifest {
  modules: { declarations?: Declaration[] }[];
}

/** The argType `type` for a TypeScript type, so Storybook infers a text, number or boolean control where it can. */
function sbType(text: string): NonNullable<ArgTypes[string]['type']> {
  const plain = text.replace(/\s*\|\s*undefined\b/g, '').trim();
  if (plain === 'string' || plain === 'number' || plain === 'boolean') return { name: plain };
  return { name: 'other', value: text };
}

const declarations = (manifest as Manifest).modules.flatMap((module) => module.declarations ?? []);

/** `invitation-query-change` → `onInvitationQueryChange`, the arg a story binds the event's spy to. */
const handlerName = (event: string) =>
  `on${event.replace(/(?:^|-)(\w)/g, (_match, letter: string) => letter.toUpperCase())}`;

/**
 * The docs table of an element, from custom-elements.json (`npm run storybook` and `npm run build-storybook` run
 * `cem analyze` first). Storybook's own extraction keys every row by its bare name, so a part named like a
 * member (`sort`, `status`, `search`, `page-size`, `roles`) would replace the member's row, and it lists
 * private, protected and static members. Here: public attributes and properties keyed by name (the stories' args),
 * events, slots, CSS custom properties and parts under keys of their own; only attributes and properties have
 * controls.
 */
function argTypesOf(tagName: unknown): ArgTypes | null {
  const element = declarations.find((d) => d.tagName === tagName);
  if (!element) return null;
  const argTypes: ArgTypes = {};
  const row = (key: string, item: Item, category: string, type?: string, control?: false) => {
    argTypes[key] = {
      name: item.name,
      description: item.description,
      ...(type ? { type: sbType(type) } : {}),
      ...(control === false ? { control: { disable: true } } : {}),
      table: {
        category,
        ...(type ? { type: { summary: type } } : {}),
        ...(item.default !== undefined ? { defaultValue: { summary: item.default } } : {}),
      },
    };
  };
  const properties = (element.members ?? []).filter(
    (m) => m.kind === 'field' && !m.static && m.privacy !== 'private' && m.privacy !== 'protected',
  );
  const reflected = new Set((element.attributes ?? []).map((a) => a.name));
  for (const p of properties) {
    if (p.attribute && reflected.has(p.attribute)) continue; // documented as its attribute
    row(p.name, p, 'properties', p.type?.text);
  }
  for (const a of element.attributes ?? []) row(a.name, a, 'attributes', a.type?.text);
  for (const e of element.events ?? []) {
    row(`event:${e.name}`, e, 'events', e.type?.text, false);
    // The story binds a spy to `on…`: hidden from the table, shown in the Actions panel under the event's name.
    argTypes[handlerName(e.name)] = { action: e.name, table: { disable: true } };
  }
  for (const s of element.slots ?? []) {
    row(`slot:${s.name || 'default'}`, { ...s, name: s.name || '(default)' }, 'slots', undefined, false);
  }
  for (const c of element.cssProperties ?? []) row(c.name, c, 'css custom properties', undefined, false);
  for (const part of element.cssParts ?? []) row(`::part(${part.name})`, part, 'css shadow parts', undefined, false);
  return argTypes;
}

// The component descriptions of the docs pages come from the manifest too.
setCustomElementsManifest(manifest);

const preview: Preview = {
  parameters: {
    controls: { expanded: true, sort: 'requiredFirst' },
    docs: { toc: true, extractArgTypes: argTypesOf },
    // The a11y panel fails a story on any violation; so does `npm run test:storybook`.
    a11y: { test: 'error' },
    // Listed explicitly so scripts/storybook-check.mjs reads each story's viewport size from its parameters.
    viewport: { options: MINIMAL_VIEWPORTS },
  },
};
export default preview;
