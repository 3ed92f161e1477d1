import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../packages/studio/src/dh-studio-invitation/dh-studio-invitation.js';
import { mockStudioClient } from './mocks/studio-api.js';

interface Args {
  token: string;
}

const meta: Meta<Args> = {
  title: 'Studio/dh-studio-invitation',
  component: 'dh-studio-invitation',
  // The studio's elements belong to an application, not to the widgets' custom-elements manifest: no docs page.
  tags: ['!autodocs'],
  args: { token: 'x'.repeat(43) },
  render: (args) =>
    html`<dh-studio-invitation .client=${mockStudioClient()} .token=${args.token}></dh-studio-invitation>`,
};
export default meta;

type Story = StoryObj<Args>;

/** The invitation link: a first password under the policy. */
export const FirstPassword: Story = {};

/** A link without its token. */
export const IncompleteLink: Story = { args: { token: '' } };
