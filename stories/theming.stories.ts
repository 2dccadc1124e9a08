import type { Meta } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import { loaded } from './support/list.js';
import { formIn, listIn } from './support/play.js';
import { renderTogether, togetherMeta, type TogetherArgs, type TogetherStory } from './support/together.js';

/**
 * Both elements themed from outside: the public custom properties (`--invitations-*`, inherited through the shadow
 * roots) for colours, radius, font and spacing, and `::part()` for anything else. The elements follow
 * `prefers-color-scheme` on their own; a host with its own dark mode sets the custom properties instead.
 */
const meta = {
  ...togetherMeta(),
  title: 'Theming',
} satisfies Meta<TogetherArgs>;
export default meta;

const styleOf = (el: Element) => getComputedStyle(el);

/** Custom properties for colours, radius, font, spacing and row height; `::part()` for headers, badges, buttons. */
export const CustomPropertiesAndParts: TogetherStory = {
  name: 'Custom properties and parts',
  render: (args) =>
    html`<style>
        .brand {
          --invitations-accent: #6d28d9;
          --invitations-accent-contrast: #ffffff;
          --invitations-surface-alt: #f5f3ff;
          --invitations-border: #c4b5fd;
          --invitations-warning: #92400e;
          --invitations-radius: 14px;
          --invitations-font: 15px/1.5 Georgia, 'Times New Roman', serif;
          --invitations-gap: 1.25rem;
          --invitations-row-height: 3.25rem;
        }
        .brand invitation-list::part(header) {
          text-transform: uppercase;
          letter-spacing: 0.05em;
          font-size: 0.8em;
        }
        .brand invitation-list::part(status-pending) {
          background: #fef3c7;
          color: #78350f;
        }
        .brand invitation-list::part(pager-button) {
          border-radius: 999px;
        }
        .brand invitation-list::part(row):hover {
          background: #faf5ff;
        }
        .brand invite-form::part(submit) {
          text-transform: uppercase;
          letter-spacing: 0.04em;
        }
        .brand invite-form::part(emails-box) {
          border-width: 2px;
        }
      </style>
      <div class="brand">${renderTogether(args)}</div>`,
  play: async ({ canvasElement }) => {
    const list = listIn(canvasElement);
    const form = formIn(canvasElement);
    await loaded(list);
    const accent = 'rgb(109, 40, 217)';
    await expect(styleOf(form.part('submit')!).backgroundColor, '--invitations-accent').toBe(accent);
    await expect(styleOf(list.part('pager-page')!).backgroundColor, 'the current page').toBe(accent);
    await expect(styleOf(list.part('header')!).textTransform, '::part(header)').toBe('uppercase');
    await expect(styleOf(list.part('pager-next')!).borderRadius, '::part(pager-button)').toBe('999px');
    await expect(styleOf(form.part('emails-box')!).borderTopWidth, '::part(emails-box)').toBe('2px');
  },
};

/**
 * The elements' own dark palette, from `prefers-color-scheme: dark`: switch your system (or DevTools → Rendering →
 * Emulate CSS prefers-color-scheme) to see it here; `npm run test:storybook` renders this story in dark mode
 * (`parameters.colorScheme`).
 */
export const DarkMode: TogetherStory = {
  name: 'Dark mode (prefers-color-scheme)',
  parameters: { colorScheme: 'dark' },
  play: async ({ canvasElement }) => {
    const list = listIn(canvasElement);
    await loaded(list);
    if (matchMedia('(prefers-color-scheme: dark)').matches) {
      await expect(styleOf(list.el).backgroundColor).toBe('rgb(22, 24, 29)');
      await expect(styleOf(formIn(canvasElement).el).backgroundColor).toBe('rgb(22, 24, 29)');
    }
  },
};

/** A host with its own dark theme: the same elements, dark through the custom properties alone. */
export const DarkHostPalette: TogetherStory = {
  name: 'Dark mode (host palette)',
  render: (args) =>
    html`<div
      style="
        --invitations-accent: #a78bfa;
        --invitations-accent-contrast: #1e1b2e;
        --invitations-text: #ecebf5;
        --invitations-muted: #b4b1c8;
        --invitations-surface: #16151f;
        --invitations-surface-alt: #24222f;
        --invitations-border: #4a4560;
        --invitations-danger: #ff9b94;
        --invitations-success: #7ee2a0;
        --invitations-warning: #f5c866;
        background: #16151f;
        color-scheme: dark;
        padding: 1.5rem;
      "
    >
      ${renderTogether(args)}
    </div>`,
  play: async ({ canvasElement }) => {
    const list = listIn(canvasElement);
    await loaded(list);
    await expect(styleOf(list.el).backgroundColor).toBe('rgb(22, 21, 31)');
    await expect(styleOf(list.el).color).toBe('rgb(236, 235, 245)');
  },
};
