import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../packages/widgets/src/dh-help-launcher.js';

interface Args {
  position: 'top-right' | 'top-left' | 'bottom-right' | 'bottom-left' | 'inline';
}

const meta: Meta<Args> = {
  title: 'Elements/dh-help-launcher',
  component: 'dh-help-launcher',
  args: { position: 'inline' },
  argTypes: {
    position: { control: 'select', options: ['top-right', 'top-left', 'bottom-right', 'bottom-left', 'inline'] },
  },
  render: (args) => html`<dh-help-launcher position=${args.position}></dh-help-launcher>`,
};
export default meta;

type Story = StoryObj<Args>;

/** In the flow of the page (for a host's own header). */
export const Inline: Story = {};

/** Fixed at the top right, the default on portal pages. */
export const TopRight: Story = { args: { position: 'top-right' } };

/** Themed through custom properties. */
export const Themed: Story = {
  render: () =>
    html`<style>
        .themed {
          --dh-color-accent: #5b1f6e;
          --dh-radius: 999px;
        }
      </style>
      <dh-help-launcher class="themed" position="inline"></dh-help-launcher>`,
};
