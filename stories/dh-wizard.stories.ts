import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../packages/widgets/src/dh-wizard/dh-wizard.js';

interface Args {
  flow: 'admin-first-setup' | 'user-first-login';
  derived: Record<string, boolean>;
  lang: string;
}

const admin = {
  bspAccount: false,
  permissionUnlocked: false,
  groupsPlanned: false,
  workplaceInCart: false,
  cartOrdered: false,
  orderExecuted: false,
};

const meta: Meta<Args> = {
  title: 'Elements/dh-wizard',
  component: 'dh-wizard',
  args: { flow: 'admin-first-setup', derived: admin, lang: 'de' },
  // The backend's state is given directly, so the stories need no server.
  render: (args) => html`<dh-wizard lang=${args.lang} flow=${args.flow} .derived=${args.derived}></dh-wizard>`,
};
export default meta;

type Story = StoryObj<Args>;

/** A new admin: the first step, "Weiter" waits for the backend. */
export const AdminStart: Story = {};

/** Permission unlocked: the optional groups step, which can be skipped. */
export const OptionalStep: Story = { args: { derived: { ...admin, bspAccount: true, permissionUnlocked: true } } };

/** Everything done. */
export const Complete: Story = {
  args: {
    derived: {
      bspAccount: true,
      permissionUnlocked: true,
      groupsPlanned: true,
      workplaceInCart: true,
      cartOrdered: true,
      orderExecuted: true,
    },
  },
};

/** A user without a desk phone, in English. */
export const UserFirstLogin: Story = {
  args: {
    flow: 'user-first-login',
    lang: 'en',
    derived: {
      temporaryPasswordRequested: true,
      temporaryLoginDone: false,
      passwordSet: false,
      deviceRegistered: false,
      hasDeskPhone: false,
    },
  },
};
