import { expect, fixture, waitUntil } from '@open-wc/testing';
import { html, type TemplateResult } from 'lit';
import { expectAccessible } from '../helpers/a11y.js';
import * as articleStories from '../../stories/dh-article.stories.js';
import * as launcherStories from '../../stories/dh-help-launcher.stories.js';
import * as searchStories from '../../stories/dh-help-search.stories.js';
import * as roleSwitchStories from '../../stories/dh-role-switch.stories.js';
import * as wizardStories from '../../stories/dh-wizard.stories.js';
import * as passwordFieldStories from '../../stories/dh-password-field.stories.js';

interface StoryModule {
  default: { title?: string; args?: object; render?: (args: never, context: never) => TemplateResult };
  [story: string]: unknown;
}

// The test runner has no import.meta.glob, so every stories file is listed here.
const modules = [
  passwordFieldStories,
  articleStories,
  launcherStories,
  searchStories,
  roleSwitchStories,
  wizardStories,
] as unknown as StoryModule[];

/** Renders one story like Storybook does (meta args, story args, story or meta render). */
function render(meta: StoryModule['default'], story: { args?: object; render?: StoryModule['default']['render'] }) {
  const args = { ...meta.args, ...story.args };
  const renderer = (story.render ?? meta.render)!;
  return renderer(args as never, { args } as never);
}

/** Waits until every Direkthilfe element inside has rendered, lazy data included. */
async function rendered(root: Element) {
  const elements = [...root.querySelectorAll('*')].filter((e) => e.localName.startsWith('dh-')) as (HTMLElement & {
    updateComplete?: Promise<unknown>;
    check?: { pending: unknown[] };
    value?: string;
  })[];
  for (const el of elements) {
    await el.updateComplete;
    expect(el.shadowRoot?.childElementCount, `${el.localName} rendered nothing`).to.be.greaterThan(0);
    if (el.value) await waitUntil(() => el.check?.pending.length === 0, `${el.localName} data did not load`);
    await el.updateComplete;
  }
}

for (const module of modules) {
  const { default: meta, ...stories } = module;
  describe(`stories: ${meta.title}`, () => {
    for (const [name, story] of Object.entries(stories)) {
      it(`${name} renders without errors and without axe violations`, async () => {
        const errors: string[] = [];
        const onError = (event: ErrorEvent) => errors.push(event.message);
        const originalError = console.error;
        console.error = (...args: unknown[]) => errors.push(args.map(String).join(' '));
        window.addEventListener('error', onError);
        try {
          const wrapper = await fixture(html`<div>${render(meta, story as object)}</div>`);
          await rendered(wrapper);
          await expectAccessible(wrapper);
        } finally {
          console.error = originalError;
          window.removeEventListener('error', onError);
        }
        expect(errors).to.deep.equal([]);
      });
    }
  });
}
