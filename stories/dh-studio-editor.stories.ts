import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../packages/studio/src/dh-studio-editor/dh-studio-editor.js';
import type { Routes } from './mocks/portal-api.js';
import { ok } from './mocks/portal-api.js';
import { ARTICLE, CATALOG, MENU_PATH_PROBLEM, PREVIEW, SOURCE, mockStudioClient } from './mocks/studio-api.js';

interface Args {
  routes: Routes;
  lang: 'de' | 'en';
}

// The editor on a mocked studio API (stories/mocks/studio-api.ts): the article, its check and preview.

const meta: Meta<Args> = {
  title: 'Studio/dh-studio-editor',
  component: 'dh-studio-editor',
  // The studio's elements belong to an application, not to the widgets' custom-elements manifest: no docs page.
  tags: ['!autodocs'],
  args: { routes: {}, lang: 'de' },
  render: (args) =>
    html`<dh-studio-editor
      .client=${mockStudioClient(args.routes)}
      .catalog=${CATALOG}
      article-id="admin-warenkorb-bestellen"
      article-lang=${args.lang}
    ></dh-studio-editor>`,
};
export default meta;

type Story = StoryObj<Args>;

/** A published article: form, text with toolbar, check, preview, save and workflow. */
export const Editing: Story = {};

/** A mistyped menu path: the problem at its line, with "Meinten Sie …?". */
export const WithProblem: Story = {
  args: {
    routes: {
      'GET /api/studio/articles/:id/:lang': ok({
        ...ARTICLE,
        source: SOURCE.replace(
          'Mein Unternehmen → Kontingente & Auftragsstatus → Warenkorb',
          'Mein Unternehmen -> Warenkorb',
        ),
      }),
      'POST /api/studio/render': ok({ problems: [MENU_PATH_PROBLEM], article: PREVIEW }),
    },
  },
};

/** Text autosaved but not saved: offered when the article opens. */
export const AutosaveOffered: Story = {
  args: {
    routes: {
      'GET /api/studio/articles/:id/:lang': ok({
        ...ARTICLE,
        autosave: { source: `${SOURCE}\nNoch nicht gespeichert.\n`, baseRevision: 3, savedAt: '2026-12-02T08:15:00Z' },
      }),
    },
  },
};

/** The English version does not exist yet: it starts from the German text. */
export const NewTranslation: Story = {
  args: {
    lang: 'en',
    routes: {
      'GET /api/studio/articles/:id/:lang': ({ path }) =>
        path.endsWith('/en') ? { status: 404, body: { code: 'article_not_found', message: 'Not found' } } : ok(ARTICLE),
    },
  },
};
