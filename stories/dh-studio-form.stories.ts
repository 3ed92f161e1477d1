import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { parseFrontmatter } from '@direkthilfe/core/studio/frontmatter-form';
import '../packages/studio/src/dh-studio-form/dh-studio-form.js';
import type { FieldMessage } from '../packages/studio/src/dh-studio-form/dh-studio-form.js';
import { CATALOG, SOURCE } from './mocks/studio-api.js';

interface Args {
  source: string;
  messages: FieldMessage[];
}

const meta: Meta<Args> = {
  title: 'Studio/dh-studio-form',
  component: 'dh-studio-form',
  // The studio's elements belong to an application, not to the widgets' custom-elements manifest: no docs page.
  tags: ['!autodocs'],
  args: { source: SOURCE, messages: [] },
  render: (args) => {
    const parsed = parseFrontmatter(args.source);
    return html`<dh-studio-form
      article-id="admin-warenkorb-bestellen"
      .fields=${parsed.fields}
      .broken=${parsed.error}
      .messages=${args.messages}
      .pages=${CATALOG.pages}
    ></dh-studio-form>`;
  },
};
export default meta;

type Story = StoryObj<Args>;

/** The frontmatter of an article as a form. */
export const Filled: Story = {};

/** The check's messages at their fields, with "Meinten Sie …?". */
export const WithMessages: Story = {
  args: {
    source: SOURCE.replace('contexts: [admin/warenkorb]', 'contexts: [admin/warenkorbb]').replace(
      'title: Warenkorb prüfen und kostenpflichtig bestellen',
      'title: ""',
    ),
    messages: [
      { field: 'title', line: 3, message: 'Das Feld „title“ fehlt oder ist leer.' },
      {
        field: 'contexts',
        line: 6,
        message: 'Die Portalseite „admin/warenkorbb“ gibt es nicht.',
        suggestion: 'admin/warenkorb',
      },
    ],
  },
};

/** A frontmatter that is no valid YAML: the way to its line. */
export const Broken: Story = { args: { source: SOURCE.replace('roles: [admin]', 'roles: [admin') } };
