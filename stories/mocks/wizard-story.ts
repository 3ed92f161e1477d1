// Renders `<dh-wizard>` for a story: on the mocked portal API, at the step the story's progress names, and,
// for states that only a sent form shows (an error at a field, "Wird gesendet …"), fills in and sends the
// step's form once it has rendered. No `play` function: the browser story test renders stories without one.
// `wizardStories` makes the stories of a flow from a few shapes (at a step, a load answering, a form sent).
import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { ref } from 'lit/directives/ref.js';
import type { DerivedState, SavedProgress } from '@direkthilfe/core/wizard/engine';
import '../../packages/widgets/src/dh-wizard.js';
// The steps load the password field lazily; loaded up front, a story's form is complete when it is filled in.
import '../../packages/widgets/src/dh-password-field.js';
import type { DhPasswordField } from '../../packages/widgets/src/dh-password-field/dh-password-field.js';
import type { DhWizard } from '../../packages/widgets/src/dh-wizard/dh-wizard.js';
import type { ApiRouteKey } from '@direkthilfe/core/api';
import { mockPortalClient, type Route, type Routes } from './portal-api.js';

export interface WizardArgs {
  lang: 'de' | 'en';
  /** What the backend derives; without it, the wizard loads its state from the (mocked) API. */
  derived?: DerivedState;
  /** The saved progress: the step on screen, passed and skipped steps, choices, the checked draft. */
  progress: SavedProgress;
}

type Rendered = HTMLElement & { updateComplete: Promise<unknown>; renderRoot: ShadowRoot };

/** The current step's form, for filling in and sending it. */
export interface StepForm {
  /** Sets inputs by name, as typing would. */
  fill(values: Record<string, string>): Promise<void>;
  /** Types into the step's `<dh-password-field>` and its confirmation. */
  password(value: string, confirmation?: string): Promise<void>;
  /** Clicks an element of the step (a radio button, a button). */
  click(selector: string): Promise<void>;
  /** Sends the form, as its submit button does (once the form has rendered). */
  submit(): Promise<void>;
}

export interface Scenario {
  flow: 'admin-first-setup' | 'user-first-login';
  /** The story's own answers, over the demo backend's (stories/mocks/portal-api.ts). */
  routes?: Routes;
  /** `never`: no request is answered (loading); `offline`: every request fails as without a connection. */
  all?: 'never' | 'offline';
  /** Whether the backend has a session (false before the user's first login). */
  authenticated?: boolean;
  /** Done once the step has rendered, e.g. filling in and sending its form. */
  then?: (form: StepForm) => Promise<void>;
}

const later = () => new Promise((resolve) => setTimeout(resolve, 10));

async function until<T>(find: () => T | null | undefined, what: string): Promise<T> {
  for (let tries = 0; tries < 200; tries++) {
    const found = find();
    if (found) return found;
    await later();
  }
  throw new Error(`story: ${what} did not render`);
}

/** The wizard's current step, once it has rendered; its controls are waited for as they are used. */
async function stepForm(wizard: DhWizard): Promise<StepForm> {
  await wizard.updateComplete;
  const step = await until(
    () =>
      [...wizard.renderRoot.querySelectorAll<Rendered>('[part="step"] *')].find((e) =>
        e.localName.startsWith('dh-wizard-'),
      ),
    'the step',
  );
  await step.updateComplete;
  const root = step.renderRoot;
  return {
    async fill(values) {
      for (const [name, value] of Object.entries(values)) {
        const input = await until(() => root.querySelector<HTMLInputElement>(`[name="${name}"]`), name);
        input.value = value;
        input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
        input.dispatchEvent(new Event('change', { bubbles: true }));
      }
      await step.updateComplete;
    },
    async password(value, confirmation = value) {
      const field = await until(() => root.querySelector<DhPasswordField>('dh-password-field'), 'the password field');
      field.value = value;
      field.confirmation = confirmation;
      await field.updateComplete;
    },
    async click(selector) {
      (await until(() => root.querySelector<HTMLElement>(selector), selector)).click();
      await step.updateComplete;
    },
    async submit() {
      (await until(() => root.querySelector('form'), `the form of ${step.localName}`)).requestSubmit();
    },
  };
}

const handled = new WeakSet<Element>();

/** The wizard on the mocked API; `scenario.then` runs once per rendered wizard. */
export function renderWizard(args: WizardArgs, scenario: Scenario) {
  const client = mockPortalClient(
    { flow: scenario.flow, derived: args.derived, progress: args.progress, authenticated: scenario.authenticated },
    scenario.routes,
    { all: scenario.all, lang: args.lang },
  );
  const then = scenario.then;
  const afterRender = (element?: Element) => {
    if (!then || !element || handled.has(element)) return;
    handled.add(element);
    stepForm(element as DhWizard)
      .then(then)
      .catch((error: Error) => console.error(error.message));
  };
  return html`<dh-wizard
    lang=${args.lang}
    flow=${scenario.flow}
    .client=${client}
    .derived=${args.derived}
    .progress=${args.progress}
    ${ref(afterRender)}
  ></dh-wizard>`;
}

/** Tomorrow as `YYYY-MM-DD` in local time: the earliest activation date the form accepts. */
export function tomorrow(): string {
  const day = new Date();
  day.setDate(day.getDate() + 1);
  return `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`;
}

/** A password the field's own checks let through (the policy is the server's to judge). */
export const PASSWORD = 'Kabeltrommel.47';

/**
 * Where a story puts the wizard: its args (the step on screen in `progress.current`, the backend's `derived`
 * flags, the language) and the backend's own answers there, over the demo backend's.
 */
export interface At extends Partial<WizardArgs> {
  routes?: Routes;
}

/**
 * A step's form as a story fills it in before sending it to `route`, in this order: a click (a radio button),
 * inputs by name (a function for values of the day they are filled in), the password field.
 */
export interface Form<K extends ApiRouteKey = ApiRouteKey> {
  /** The contract route the form sends to, e.g. `'POST /api/auth/login'`. */
  route: K;
  click?: string;
  fill?: Record<string, string> | (() => Record<string, string>);
  password?: string;
  /** The password's confirmation, where it differs from the password. */
  confirmation?: string;
}

/** What a factory gives a story; the story keeps its `name` and `tags` literal, where Storybook's indexer reads them. */
export type StoryParts = Pick<StoryObj<WizardArgs>, 'args' | 'render'>;

/** Fills in `form` and sends it. */
const send = (form: Form) => async (step: StepForm) => {
  if (form.click) await step.click(form.click);
  if (form.fill) await step.fill(typeof form.fill === 'function' ? form.fill() : form.fill);
  if (form.password) await step.password(form.password, form.confirmation);
  await step.submit();
};

/**
 * The stories of a flow: the meta they share and the factories that make each story's `args` and `render`.
 * `authenticated` tells from a story's args whether the backend has a session (by default it has).
 */
export function wizardStories(flow: Scenario['flow'], options: { authenticated?: (args: WizardArgs) => boolean } = {}) {
  const render = (args: WizardArgs, scenario: Omit<Scenario, 'flow'> = {}) =>
    renderWizard(args, { flow, authenticated: options.authenticated?.(args), ...scenario });
  const story = (at: At, scenario: Omit<Scenario, 'flow' | 'routes'> = {}, answers?: Routes): StoryParts => {
    const { routes: own, ...args } = at;
    const routes = own || answers ? { ...own, ...answers } : undefined;
    const full = { ...(routes && { routes }), ...scenario };
    return Object.keys(full).length ? { args, render: (args) => render(args, full) } : { args };
  };
  const meta: Pick<Meta<WizardArgs>, 'args' | 'argTypes' | 'render'> = {
    args: { lang: 'de', progress: {} },
    argTypes: { lang: { control: 'inline-radio', options: ['de', 'en'] } },
    render: (args) => render(args),
  };
  return {
    /** The meta but for `title` and `component`: those stay literal in the stories file, for Storybook's indexer. */
    meta,
    /** The step as the backend leaves it. */
    at: (at: At) => story(at),
    /** The step with one of its loads answering `answer`: `'never'` (loading), `'offline'` or other data. */
    answering: <K extends ApiRouteKey>(at: At, route: K, answer: Route<K>) =>
      story(at, {}, { [route]: answer } as Routes),
    /** The step's form filled in and sent, the API answering `answer` (without it, the form's own check stops it). */
    sent: <K extends ApiRouteKey>(at: At, form: Form<K>, answer?: Route<K>) =>
      story(at, { then: send(form) }, answer === undefined ? undefined : ({ [form.route]: answer } as Routes)),
    /** An element of the step clicked, e.g. a button that shows more. */
    clicked: (at: At, selector: string) => story(at, { then: (step) => step.click(selector) }),
    /** The wizard before any step: every request unanswered or failing (`all`), or its state from `routes`. */
    wizard: (scenario: Pick<Scenario, 'all' | 'routes'>): StoryParts => ({ render: (args) => render(args, scenario) }),
  };
}
