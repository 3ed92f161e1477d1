import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { HelpArticle } from '@direkthilfe/core/studio/studio-client';
import '../packages/studio/src/dh-studio-preview/dh-studio-preview.js';
import { CATALOG, PREVIEW } from './mocks/studio-api.js';

interface Args {
  article: HelpArticle | null;
  page: string;
  view: 'admin' | 'user';
  panelLang: 'de' | 'en';
}

const meta: Meta<Args> = {
  title: 'Studio/dh-studio-preview',
  component: 'dh-studio-preview',
  // The studio's elements belong to an application, not to the widgets' custom-elements manifest: no docs page.
  tags: ['!autodocs'],
  args: { article: PREVIEW, page: 'admin/warenkorb', view: 'admin', panelLang: 'de' },
  render: (args) =>
    html`<dh-studio-preview
      article-id="admin-warenkorb-bestellen"
      .article=${args.article}
      .roles=${['admin']}
      .contexts=${['admin/warenkorb']}
      .pages=${CATALOG.pages}
      page=${args.page}
      view=${args.view}
      panel-lang=${args.panelLang}
      stored
    ></dh-studio-preview>`,
};
export default meta;

type Story = StoryObj<Args>;

/** The article in the panel frame on its page, with the link to the portal page. */
export const OnItsPage: Story = {};

/** A view and page where the help would not show it: said above the frame. */
export const NotShownThere: Story = { args: { page: 'user/uebersicht', view: 'user' } };

/** An English panel: the German text stands in and says so. */
export const EnglishPanel: Story = { args: { panelLang: 'en' } };

/** The frontmatter is not valid yet. */
export const Unavailable: Story = { args: { article: null } };
