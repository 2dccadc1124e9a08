/**
 * Every story, run as a test in the browser under test: rendered with its args (fresh event spies each time), its
 * play function run to the end — it waits for, and checks, what the story claims to show and what went over the
 * wire — then axe on the result. Stories tagged `every-provider` run once per provider of the provider table.
 * (`npm run test:storybook` runs the same stories in the built Storybook, with its docs pages.)
 */
import { expect, fixture, html } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
import { fn } from 'storybook/test';
import { PROVIDER_NAMES } from '../../src/providers/providers.js';
import * as list from '../../stories/invitation-list.stories.js';
import * as form from '../../stories/invite-form.stories.js';
import { EVERY_PROVIDER } from '../../stories/support/emulator.js';
import { can, setMedia, setViewport } from '../support/engines.js';
import * as theming from '../../stories/theming.stories.js';
import * as together from '../../stories/together.stories.js';

interface StoryLike {
  name?: string;
  args?: Record<string, unknown>;
  tags?: string[];
  globals?: { viewport?: { value?: string } };
  parameters?: { colorScheme?: 'light' | 'dark' };
  render?: (args: Record<string, unknown>) => TemplateResult;
  play?: (context: { canvasElement: HTMLElement; args: Record<string, unknown> }) => Promise<void>;
}

/** The viewports the stories name (Storybook's MINIMAL_VIEWPORTS). */
const VIEWPORTS: Record<string, { width: number; height: number }> = { mobile1: { width: 320, height: 568 } };
const DESKTOP = { width: 1280, height: 900 };

/** Fresh spies for the `on…` args (a story's spies are made once, when its module loads). */
const withFreshSpies = (args: Record<string, unknown>) =>
  Object.fromEntries(
    Object.entries(args).map(([key, value]) => [key, typeof value === 'function' && 'mock' in value ? fn() : value]),
  );

for (const module of [list, form, together, theming] as unknown as Record<string, StoryLike>[]) {
  const meta = module.default as StoryLike & { title: string };
  describe(`stories: ${meta.title}`, () => {
    for (const [exportName, story] of Object.entries(module)) {
      if (exportName === 'default') continue;
      // a story in the dark scheme where the tooling can emulate it (Chromium, test/support/engines.ts)
      if (story.parameters?.colorScheme === 'dark' && !can('mediaEmulation')) continue;
      // a story in a phone-sized viewport where the window can be that narrow (not WebKit's, test/support/engines.ts)
      if (story.globals?.viewport?.value && !can('narrowViewport')) continue;
      const providers = story.tags?.includes(EVERY_PROVIDER) ? PROVIDER_NAMES : [undefined];
      for (const provider of providers) {
        it(`${story.name ?? exportName}${provider ? ` (${provider})` : ''}`, async function () {
          this.timeout(40_000);
          const args = withFreshSpies({ ...meta.args, ...story.args, ...(provider ? { provider } : {}) });
          await setViewport(VIEWPORTS[story.globals?.viewport?.value ?? ''] ?? DESKTOP);
          await setMedia({ colorScheme: story.parameters?.colorScheme ?? 'light' });
          try {
            const canvasElement = await fixture<HTMLDivElement>(html`<div></div>`);
            render((story.render ?? meta.render)!(args), canvasElement);
            // As Storybook does before a play function: the story's elements have rendered once.
            for (const el of canvasElement.querySelectorAll('invitation-list, invite-form')) {
              await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
            }
            await story.play?.({ canvasElement, args });
            await expect(canvasElement).to.be.accessible();
          } finally {
            await setViewport(DESKTOP);
            await setMedia({ colorScheme: 'light' });
          }
        });
      }
    }
  });
}
