#!/usr/bin/env node
// Rewrites the API tables of README.md (between <!-- api:start --> and <!-- api:end -->) from custom-elements.json,
// so the README documents exactly what the JSDoc declares. Run by `npm run build`; CI fails when README changes.
import { readFileSync, writeFileSync } from 'node:fs';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const esc = (s = '') => String(s).replace(/\|/g, '\\|').replace(/\n+/g, ' ').trim();
const code = (s) => (s ? `\`${esc(s)}\`` : '');

function table(headers, rows) {
  if (!rows.length) return '';
  return (
    [
      `| ${headers.join(' | ')} |`,
      `| ${headers.map(() => '---').join(' | ')} |`,
      ...rows.map((r) => `| ${r.join(' | ')} |`),
    ].join('\n') + '\n'
  );
}

const out = [];
for (const mod of manifest.modules) {
  for (const decl of mod.declarations ?? []) {
    if (!decl.customElement || !decl.tagName) continue;
    out.push(`### \`<${decl.tagName}>\`\n`);
    if (decl.description) out.push(`${decl.description.trim()}\n`);
    const attrs = decl.attributes ?? [];
    const members = (decl.members ?? []).filter(
      (m) => m.privacy !== 'private' && m.privacy !== 'protected' && !m.static,
    );
    const fields = members.filter((m) => m.kind === 'field');
    const methods = members.filter((m) => m.kind === 'method');
    out.push('#### Attributes and properties\n');
    out.push(
      table(
        ['Attribute', 'Property', 'Type', 'Default', 'Description'],
        [
          ...fields.map((f) => {
            const attr = attrs.find((a) => a.fieldName === f.name);
            return [
              attr ? code(attr.name) : '—',
              code(f.name),
              code(f.type?.text),
              code(f.default),
              esc(f.description),
            ];
          }),
          // attributes with no field of their own (native ones such as `lang`)
          ...attrs
            .filter((a) => !a.fieldName || !fields.some((f) => f.name === a.fieldName))
            .map((a) => [code(a.name), '—', code(a.type?.text ?? 'string'), '', esc(a.description)]),
        ],
      ),
    );
    if (methods.length) {
      out.push('#### Methods\n');
      out.push(
        table(
          ['Method', 'Description'],
          methods.map((m) => [
            code(`${m.name}(${(m.parameters ?? []).map((p) => p.name).join(', ')})`),
            esc(m.description),
          ]),
        ),
      );
    }
    if (decl.events?.length) {
      out.push('#### Events\n');
      out.push(
        table(
          ['Event', 'Description'],
          decl.events.filter((e) => e.name).map((e) => [code(e.name), esc(e.description)]),
        ),
      );
    }
    if (decl.slots?.length) {
      out.push('#### Slots\n');
      out.push(
        table(
          ['Slot', 'Description'],
          decl.slots.map((s) => [s.name ? code(s.name) : '(default)', esc(s.description)]),
        ),
      );
    }
    if (decl.cssParts?.length) {
      out.push('#### CSS parts\n');
      out.push(
        table(
          ['Part', 'Description'],
          decl.cssParts.map((p) => [code(p.name), esc(p.description)]),
        ),
      );
    }
    if (decl.cssProperties?.length) {
      out.push('#### CSS custom properties\n');
      out.push(
        table(
          ['Property', 'Default', 'Description'],
          decl.cssProperties.map((p) => [code(p.name), code(p.default), esc(p.description)]),
        ),
      );
    }
  }
}

const readme = readFileSync('README.md', 'utf8');
const start = '<!-- api:start -->';
const end = '<!-- api:end -->';
const i = readme.indexOf(start);
const j = readme.indexOf(end);
if (i < 0 || j < i) throw new Error(`README.md needs ${start} … ${end} markers`);
const next = `${readme.slice(0, i + start.length)}\n\n${out.join('\n')}\n${readme.slice(j)}`;
if (next !== readme) writeFileSync('README.md', next);
