/** For tests outside Storybook (test/elements/*-stories.test.ts): a CSF module's stories, rendered as Storybook would. */
import type { TemplateResult } from 'lit';

interface StoryLike {
  args?: object;
  render?: unknown;
}

/** Each named export of a CSF module, with its args (the meta's, then the story's) and a render() of them. */
export function storiesOf(module: Record<string, unknown>) {
  const meta = module.default as StoryLike;
  return Object.entries(module)
    .filter(([name]) => name !== 'default')
    .map(([name, value]) => {
      const story = value as StoryLike;
      const args = { ...meta.args, ...story.args };
      const render = (story.render ?? meta.render) as (args: object) => TemplateResult;
      return { name, args, render: () => render(args) };
    });
}
