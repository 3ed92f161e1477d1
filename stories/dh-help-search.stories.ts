import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { buildSearchIndex } from '@direkthilfe/core/search/build-index';
import '../packages/widgets/src/dh-help-search.js';

interface Args {
  query: string;
  view: 'admin' | 'user';
  lang: string;
  loaded: boolean;
}

const article = (id: string, title: string, body: string, roles: ('admin' | 'user')[] = ['admin']) => ({
  id,
  title,
  summary: body.split('.')[0],
  roles,
  keywords: [],
  synonyms: [],
  headings: [],
  body,
});

/** A small index, built here as the content build would. */
const index = buildSearchIndex([
  article(
    'warenkorb',
    'Warenkorb prüfen und bestellen',
    'Prüfen Sie den Warenkorb und klicken Sie auf Kostenpflichtig bestellen.',
  ),
  article(
    'auftrag',
    'Auftrag hinzufügen',
    'Nach dem Formular kommt der Auftrag mit dem Aktivierungsdatum in den Warenkorb.',
  ),
  article('passwort', 'Regeln für Ihr Passwort', 'Das Passwort braucht mindestens acht Zeichen.', ['user', 'admin']),
]);

const meta: Meta<Args> = {
  title: 'Elements/dh-help-search',
  component: 'dh-help-search',
  args: { query: '', view: 'admin', lang: 'de', loaded: true },
  render: (args) =>
    html`<dh-help-search
      lang=${args.lang}
      .view=${args.view}
      .query=${args.query}
      .index=${args.loaded ? index : undefined}
      .suggestions=${['Warenkorb', 'Passwort']}
    ></dh-help-search>`,
};
export default meta;

type Story = StoryObj<Args>;

/** Before typing. */
export const Empty: Story = {};

/** Results with the matched words marked (a typo is forgiven). */
export const Results: Story = { args: { query: 'warenkorp' } };

/** Nothing found: suggestions. */
export const NoResults: Story = { args: { query: 'Zebrastreifen' } };

/** The index is still loading. */
export const Loading: Story = { args: { query: 'Warenkorb', loaded: false } };

/** English texts. */
export const English: Story = { args: { query: 'Passwort', lang: 'en' } };
