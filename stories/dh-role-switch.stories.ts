import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../packages/widgets/src/dh-role-switch.js';

interface Args {
  view: 'admin' | 'user';
  roles: ('admin' | 'user')[];
  lang: string;
}

const meta: Meta<Args> = {
  title: 'Elements/dh-role-switch',
  component: 'dh-role-switch',
  args: { view: 'admin', roles: ['admin', 'user'], lang: 'de' },
  render: (args) => html`<dh-role-switch lang=${args.lang} .view=${args.view} .roles=${args.roles}></dh-role-switch>`,
};
export default meta;

type Story = StoryObj<Args>;

/** An administrator in the administrator view. */
export const AdminView: Story = {};

/** The same person in the user view. */
export const UserView: Story = { args: { view: 'user' } };

/** English texts. */
export const English: Story = { args: { lang: 'en' } };
