import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../packages/widgets/src/dh-password-field.js';

interface Args {
  value: string;
  confirmation: string;
  username: string;
  lang: string;
  label: string;
  confirm: boolean;
  disabled: boolean;
}

const meta: Meta<Args> = {
  title: 'Elements/dh-password-field',
  component: 'dh-password-field',
  args: {
    value: '',
    confirmation: '',
    username: 'anna.berger',
    lang: 'de',
    label: '',
    confirm: false,
    disabled: false,
  },
  argTypes: { lang: { control: 'inline-radio', options: ['de', 'en'] } },
  render: (args) => html`
    <dh-password-field
      name="newPassword"
      lang=${args.lang}
      label=${args.label}
      username=${args.username}
      ?confirm=${args.confirm}
      ?disabled=${args.disabled}
      .value=${args.value}
      .confirmation=${args.confirmation}
    ></dh-password-field>
  `,
};
export default meta;

type Story = StoryObj<Args>;

/** Before typing: every rule is listed as open. */
export const Empty: Story = {};

/** Too short and missing classes: the unmet rules show a cross. */
export const TooShort: Story = { args: { value: 'abc' } };

/** Characters outside A–Z, a–z, 0–9 and _ - . are named. */
export const DisallowedCharacters: Story = { args: { value: 'Grüße 2024!' } };

/** Follows every composition rule but is on the blocklist. */
export const CommonPassword: Story = { args: { value: 'Sommer2024' } };

/** Contains the user name. */
export const ContainsUsername: Story = { args: { value: 'Anna.Berger1' } };

/** Meets the policy but is easy to guess: weak. */
export const ValidButWeak: Story = { args: { value: 'Abcdefg1' } };

/** Meets the policy and is very strong. */
export const ValidAndStrong: Story = { args: { value: 'vK7.qz-Lw3_Rp9xT' } };

/** The confirmation differs. */
export const ConfirmationMismatch: Story = {
  args: { confirm: true, value: 'Kaffee.Tasse-42', confirmation: 'Kaffee.Tasse-24' },
};

/** The confirmation matches. */
export const ConfirmationMatches: Story = {
  args: { confirm: true, value: 'Kaffee.Tasse-42', confirmation: 'Kaffee.Tasse-42' },
};

/** English texts. */
export const English: Story = { args: { lang: 'en', confirm: true, value: 'passwort1' } };

/** Disabled, as inside a disabled fieldset. */
export const Disabled: Story = { args: { disabled: true } };

/** Themed through custom properties and parts. */
export const Themed: Story = {
  args: { value: 'Tr0ub4dor.3' },
  render: (args) => html`
    <style>
      .themed {
        --dh-color-accent: #6b1f7a;
        --dh-focus-ring-color: #6b1f7a;
        --dh-radius: 0;
        --dh-font-family: Georgia, serif;
      }
      .themed::part(rules) {
        border-inline-start: 4px solid #6b1f7a;
        padding-inline-start: 0.5rem;
      }
    </style>
    <dh-password-field class="themed" username=${args.username} .value=${args.value}></dh-password-field>
  `,
};

/** In the customer's "Neues Passwort vergeben" form. */
export const InForm: Story = {
  args: { confirm: true },
  render: (args) => html`
    <form @submit=${(e: Event) => e.preventDefault()}>
      <h2>Neues Passwort vergeben</h2>
      <dh-password-field name="newPassword" username=${args.username} ?confirm=${args.confirm}></dh-password-field>
      <p><button>Weiter</button></p>
    </form>
  `,
};
