import { aTimeout, expect, fixture } from '@open-wc/testing';
import { waitUntil } from '../helpers/wait.js';
import { setViewport } from '@web/test-runner-commands';
import { html, type TemplateResult } from 'lit';
import { expectAccessible } from '../helpers/a11y.js';
import * as articleStories from '../../stories/dh-article.stories.js';
import * as launcherStories from '../../stories/dh-help-launcher.stories.js';
import * as panelStories from '../../stories/dh-help-panel.stories.js';
import * as searchStories from '../../stories/dh-help-search.stories.js';
import * as roleSwitchStories from '../../stories/dh-role-switch.stories.js';
import * as wizardAdminStories from '../../stories/dh-wizard-admin.stories.js';
import * as wizardUserStories from '../../stories/dh-wizard-user.stories.js';
import * as passwordFieldStories from '../../stories/dh-password-field.stories.js';
import * as studioListStories from '../../stories/dh-studio-list.stories.js';
import * as studioEditorStories from '../../stories/dh-studio-editor.stories.js';
import * as studioFormStories from '../../stories/dh-studio-form.stories.js';
import * as studioPreviewStories from '../../stories/dh-studio-preview.stories.js';
import * as studioConflictStories from '../../stories/dh-studio-conflict.stories.js';
import * as studioRevisionsStories from '../../stories/dh-studio-revisions.stories.js';
import * as studioWorkflowStories from '../../stories/dh-studio-workflow.stories.js';
import * as studioLoginStories from '../../stories/dh-studio-login.stories.js';
import * as studioInvitationStories from '../../stories/dh-studio-invitation.stories.js';

interface StoryModule {
  default: { title?: string; args?: object; render?: (args: never, context: never) => TemplateResult };
  [story: string]: unknown;
}

// The test runner has no import.meta.glob, so every stories file is listed here.
const modules = [
  passwordFieldStories,
  articleStories,
  launcherStories,
  panelStories,
  searchStories,
  roleSwitchStories,
  wizardAdminStories,
  wizardUserStories,
  studioListStories,
  studioEditorStories,
  studioFormStories,
  studioPreviewStories,
  studioConflictStories,
  studioRevisionsStories,
  studioWorkflowStories,
  studioLoginStories,
  studioInvitationStories,
] as unknown as StoryModule[];

/** Storybook's own small viewports, for stories that set one (`globals.viewport`). */
const VIEWPORTS: Record<string, { width: number; height: number }> = {
  mobile1: { width: 320, height: 568 },
  mobile2: { width: 414, height: 896 },
};

type Story = { args?: object; render?: StoryModule['default']['render']; globals?: { viewport?: { value?: string } } };

/** Renders one story like Storybook does (meta args, story args, story or meta render). */
function render(meta: StoryModule['default'], story: Story) {
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
    // The first story to load the lazy password data transforms its large chunks: room for a busy machine.
    if (el.value) await waitUntil(() => el.check?.pending.length === 0, `${el.localName} data did not load`);
    await el.updateComplete;
  }
  // Elements inside elements (the panel's search and article) render on (mocked) API answers.
  await aTimeout(50);
  const nested = (root: Element | ShadowRoot): (Element & { updateComplete?: Promise<unknown> })[] =>
    [...root.querySelectorAll('*')].flatMap((e) => [
      ...(e.localName.startsWith('dh-') ? [e] : []),
      ...(e.shadowRoot ? nested(e.shadowRoot) : []),
    ]);
  for (const el of nested(root)) await el.updateComplete;
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
        const viewport = VIEWPORTS[(story as Story).globals?.viewport?.value ?? ''];
        try {
          if (viewport) await setViewport(viewport);
          const wrapper = await fixture(html`<div>${render(meta, story as object)}</div>`);
          await rendered(wrapper);
          await expectAccessible(wrapper);
          expect(document.documentElement.scrollWidth, 'the story scrolls sideways').to.be.at.most(innerWidth);
        } finally {
          if (viewport) await setViewport({ width: 800, height: 600 });
          console.error = originalError;
          window.removeEventListener('error', onError);
        }
        expect(errors).to.deep.equal([]);
      });
    }
  });
}
