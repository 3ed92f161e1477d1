import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../packages/studio/src/dh-studio-conflict/dh-studio-conflict.js';
import { SOURCE } from './mocks/studio-api.js';

interface Args {
  mine: string;
  theirs: string;
}

const meta: Meta<Args> = {
  title: 'Studio/dh-studio-conflict',
  component: 'dh-studio-conflict',
  // The studio's elements belong to an application, not to the widgets' custom-elements manifest: no docs page.
  tags: ['!autodocs'],
  render: (args) =>
    html`<dh-studio-conflict
      .base=${SOURCE}
      .mine=${args.mine}
      .theirs=${args.theirs}
      .revision=${{ number: 4, author: 'anna.redakteurin', createdAt: '2026-12-02T09:30:00Z' }}
    ></dh-studio-conflict>`,
};
export default meta;

type Story = StoryObj<Args>;

/** Changes in different places: merged, nothing to decide. */
export const Merged: Story = {
  args: {
    mine: SOURCE.replace('liegt der Auftrag im Warenkorb.', 'liegt der Auftrag im Warenkorb bereit.'),
    theirs: SOURCE.replace('verfällt der Warenkorb.', 'verfällt der Warenkorb mit allen Aufträgen.'),
  },
};

/** Both changed the same sentence: the place is marked, both versions offered. */
export const Overlapping: Story = {
  args: {
    mine: SOURCE.replace('verfällt der Warenkorb.', 'ist der Warenkorb leer.'),
    theirs: SOURCE.replace('verfällt der Warenkorb.', 'verfällt der Warenkorb mit allen Aufträgen.'),
  },
};
