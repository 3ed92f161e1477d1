import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { HelpApiClient } from '@direkthilfe/core/help/api-client';
import '../packages/widgets/src/dh-feedback-comment.js';
import { mockHelpApi, type MockMode } from './help-api-mock.js';

interface Args {
  lang: string;
  api: MockMode;
}

const meta: Meta<Args> = {
  title: 'Elements/dh-feedback-comment',
  component: 'dh-feedback-comment',
  args: { lang: 'de', api: 'ok' },
  render: (args) =>
    html`<div lang=${args.lang}>
      <dh-feedback-comment
        article="admin-warenkorb-bestellen"
        .client=${new HelpApiClient(mockHelpApi(args.api))}
      ></dh-feedback-comment>
    </div>`,
};
export default meta;

type Story = StoryObj<Args>;

/** After "Nein" in the panel: what was missing, optional, with the note on personal data. */
export const Default: Story = {};

/** English texts. */
export const English: Story = { args: { lang: 'en' } };

/** The help server cannot be reached: "Hinweis senden" shows an error and keeps the text. */
export const Offline: Story = { args: { api: 'offline' } };
