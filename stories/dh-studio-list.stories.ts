import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { StudioArticleListItem } from '@direkthilfe/core/studio/studio-client';
import '../packages/studio/src/dh-studio-list/dh-studio-list.js';
import { CATALOG, LIST } from './mocks/studio-api.js';

interface Args {
  articles: StudioArticleListItem[];
  lang: string;
}

const meta: Meta<Args> = {
  title: 'Studio/dh-studio-list',
  component: 'dh-studio-list',
  // The studio's elements belong to an application, not to the widgets' custom-elements manifest: no docs page.
  tags: ['!autodocs'],
  args: { articles: LIST, lang: 'de' },
  render: (args) =>
    html`<dh-studio-list lang=${args.lang} .articles=${args.articles} .pages=${CATALOG.pages}></dh-studio-list>`,
};
export default meta;

type Story = StoryObj<Args>;

/** Articles in every state: published with an outdated translation, in review without one, scheduled. */
export const Articles: Story = {};

/** No article yet: the way to the first one. */
export const Empty: Story = { args: { articles: [] } };

/** English texts. */
export const English: Story = { args: { lang: 'en' } };
