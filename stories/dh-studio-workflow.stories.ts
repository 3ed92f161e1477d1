import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { StudioLanguageState } from '@direkthilfe/core/studio/studio-client';
import '../packages/studio/src/dh-studio-workflow/dh-studio-workflow.js';

type State = Pick<StudioLanguageState, 'status' | 'revision' | 'publishedRevision' | 'publishAt'>;

interface Args {
  state: State;
  dirty: boolean;
  notice: string;
  error: string;
}

const DRAFT: State = { status: 'draft', revision: 4, publishedRevision: null, publishAt: null };

const meta: Meta<Args> = {
  title: 'Studio/dh-studio-workflow',
  component: 'dh-studio-workflow',
  // The studio's elements belong to an application, not to the widgets' custom-elements manifest: no docs page.
  tags: ['!autodocs'],
  args: { state: DRAFT, dirty: false, notice: '', error: '' },
  render: (args) =>
    html`<dh-studio-workflow
      .state=${args.state}
      ?dirty=${args.dirty}
      notice=${args.notice}
      error=${args.error}
    ></dh-studio-workflow>`,
};
export default meta;

type Story = StoryObj<Args>;

/** A draft: for review, to publish now or at a time. */
export const Draft: Story = {};

/** Handed in for review. */
export const InReview: Story = { args: { state: { ...DRAFT, status: 'review' } } };

/** To be published at a time in the future. */
export const Scheduled: Story = {
  args: { state: { ...DRAFT, status: 'scheduled', publishAt: '2030-01-15T08:00:00Z' } },
};

/** Live, after publishing. */
export const Published: Story = {
  args: { state: { ...DRAFT, status: 'published', publishedRevision: 4 }, notice: 'Der Artikel ist veröffentlicht.' },
};

/** Unsaved changes: the steps wait for a save. */
export const Unsaved: Story = { args: { dirty: true } };

/** Publishing refused: the editor lacks the right. */
export const Refused: Story = {
  args: { error: 'Zum Veröffentlichen fehlt Ihnen das Recht. Geben Sie den Artikel zur Prüfung.' },
};
