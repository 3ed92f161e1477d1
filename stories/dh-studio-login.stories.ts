import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../packages/studio/src/dh-studio-login/dh-studio-login.js';
import { mockStudioClient } from './mocks/studio-api.js';

interface Args {
  lang: string;
}

const meta: Meta<Args> = {
  title: 'Studio/dh-studio-login',
  component: 'dh-studio-login',
  // The studio's elements belong to an application, not to the widgets' custom-elements manifest: no docs page.
  tags: ['!autodocs'],
  args: { lang: 'de' },
  render: (args) => html`<dh-studio-login lang=${args.lang} .client=${mockStudioClient()}></dh-studio-login>`,
};
export default meta;

type Story = StoryObj<Args>;

/** The studio's sign-in. */
export const SignIn: Story = {};

/** English texts. */
export const English: Story = { args: { lang: 'en' } };
