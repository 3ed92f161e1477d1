import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { HelpSnapshot } from '@direkthilfe/core/help/help-state';
import '../packages/widgets/src/dh-help-panel.js';
import type { DhHelpPanel } from '../packages/widgets/src/dh-help-panel/dh-help-panel.js';
import { mockHelpApi, type MockMode } from './help-api-mock.js';

interface Args {
  /** How the mocked help API behaves. */
  api: MockMode;
  page: string | null;
  role: 'admin' | 'user';
  roles: ('admin' | 'user')[];
  lang: 'de' | 'en';
  articleId: string | null;
  query: string;
}

/** Wired as `window.direkthilfe` wires it: the panel's own changes come back into its state. */
const follow = (event: CustomEvent<Partial<HelpSnapshot>>) => {
  const panel = event.currentTarget as DhHelpPanel;
  panel.state = { ...panel.state, ...event.detail };
};

const meta: Meta<Args> = {
  title: 'Elements/dh-help-panel',
  component: 'dh-help-panel',
  args: {
    api: 'ok',
    page: 'admin/warenkorb',
    role: 'admin',
    roles: ['admin', 'user'],
    lang: 'de',
    articleId: null,
    query: '',
  },
  argTypes: {
    api: { control: 'inline-radio', options: ['ok', 'loading', 'offline'] },
    role: { control: 'inline-radio', options: ['admin', 'user'] },
    lang: { control: 'inline-radio', options: ['de', 'en'] },
  },
  parameters: {
    layout: 'fullscreen',
    // The panel is fixed to the viewport's edge (a modal dialog on narrow screens): each story gets a frame.
    docs: { story: { inline: false, iframeHeight: 640 } },
  },
  // The help API is mocked (stories/help-api-mock.ts); `no-dock` leaves Storybook's page as it is.
  render: (args) =>
    html`<dh-help-panel
      no-dock
      api-base=${mockHelpApi(args.api)}
      .state=${
        {
          open: true,
          page: args.page,
          role: args.role,
          roles: args.roles,
          lang: args.lang,
          articleId: args.articleId,
          query: args.query,
          wizard: null,
        } satisfies HelpSnapshot
      }
      @dh-state-change=${follow}
    ></dh-help-panel>`,
};
export default meta;

type Story = StoryObj<Args>;

/** The help API has not answered yet. */
export const Loading: Story = { args: { api: 'loading' } };

/**
 * An administrator on the cart page, in the administrator view: the page's topic with its menu path,
 * a guide step with "Zurück" and "Weiter", related topics, the first-steps offer and contact.
 */
export const AdminView: Story = {};

/** A user without administrator rights: the user view only, so no view switch. */
export const UserView: Story = { args: { page: 'user/endgeraete', role: 'user', roles: ['user'] } };

/** A page without help of its own. */
export const PageWithoutTopic: Story = { args: { page: 'demo/start' } };

/** Search results in the current view, with the matched words marked (a typo is forgiven). */
export const SearchResults: Story = { args: { query: 'warenkorp' } };

/** Nothing found: words to try instead, taken from the page's topics. */
export const NoResults: Story = { args: { query: 'Zebrastreifen' } };

/**
 * An article opened from elsewhere (a search result or a link): back to the page's topic, and the guide's
 * "Zurück" and "Weiter".
 */
export const ArticleWithGuide: Story = { args: { page: 'admin/auftraege', articleId: 'admin-warenkorb-bestellen' } };

/** The help cannot be reached: the message and "Erneut versuchen". */
export const Offline: Story = { args: { api: 'offline' } };

/** An English reader: English texts, and the German article with a note that it stands in. */
export const EnglishWithGermanFallback: Story = { args: { lang: 'en' } };

/** On a narrow screen (up to 640 px) the panel is a modal dialog that covers the page. */
export const NarrowScreen: Story = { globals: { viewport: { value: 'mobile1', isRotated: false } } };
