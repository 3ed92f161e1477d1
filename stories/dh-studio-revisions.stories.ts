import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { RevisionInfo } from '@direkthilfe/core/studio/studio-client';
import '../packages/studio/src/dh-studio-revisions/dh-studio-revisions.js';
import { REVISIONS, SOURCE } from './mocks/studio-api.js';

interface Args {
  revisions?: RevisionInfo[];
}

const SOURCES: Record<number, string> = {
  1: SOURCE.replace('kostenpflichtig bestellen', 'bestellen'),
  2: SOURCE.replace(':::achtung Der Warenkorb gilt nur für diese Sitzung\n', ':::hinweis Sitzung\n'),
  3: SOURCE,
};

const meta: Meta<Args> = {
  title: 'Studio/dh-studio-revisions',
  component: 'dh-studio-revisions',
  // The studio's elements belong to an application, not to the widgets' custom-elements manifest: no docs page.
  tags: ['!autodocs'],
  args: { revisions: REVISIONS },
  render: (args) =>
    html`<dh-studio-revisions
      .revisions=${args.revisions}
      .load=${async (n: number) => SOURCES[n]}
    ></dh-studio-revisions>`,
};
export default meta;

type Story = StoryObj<Args>;

/** Every revision with author, time, note and origin; compare and restore. */
export const Versions: Story = {};

/** While the versions load. */
export const Loading: Story = { args: { revisions: undefined } };
