/** What the backend derives from its own state (`GET /api/onboarding/:flow` → `derived`). */
export type DerivedState = Record<string, boolean>;

/** What the user's progress saves on the server (`PUT /api/onboarding/:flow`). */
export interface SavedProgress {
  /** The step the user is on. */
  current?: string;
  /** Optional steps the user skipped. */
  skipped?: string[];
  /** Steps without a backend condition that the user has passed. */
  passed?: string[];
  /** Choices made on the way, e.g. `{ access: 'register' }`. */
  choices?: Record<string, string>;
  /** Form input kept between steps, e.g. the checked workplace order before its date is chosen. */
  draft?: Record<string, unknown>;
}

export interface WizardStep {
  id: string;
  /** Help articles behind the step, by id. */
  articles: string[];
  /** Where in the portal the step is done. */
  action?: string;
  /**
   * Done when this holds on the backend's derived state (and what the server saved, e.g. a checked draft);
   * without it, done once passed.
   */
  doneWhen?: (derived: DerivedState, saved: SavedProgress) => boolean;
  optional?: boolean;
  /**
   * The portal itself shows this step's page on arrival (after the new password MyPortal opens the
   * Übersicht, as the customer's help says); the wizard follows it there.
   */
  opensPage?: boolean;
  /** Whether the step applies at all (branches), e.g. only for workplaces with a desk phone. */
  appliesWhen?: (derived: DerivedState, choices: Record<string, string>) => boolean;
}

export interface WizardFlow {
  id: string;
  steps: WizardStep[];
}

export type StepStatus = 'done' | 'current' | 'open' | 'skipped';

export interface WizardView {
  steps: {
    id: string;
    status: StepStatus;
    optional: boolean;
    articles: string[];
    action?: string;
    opensPage: boolean;
  }[];
  current: string;
  /** 1-based position of the current step ("Schritt 3 von 7"). */
  position: number;
  total: number;
  /** The backend confirms the current step (or, without a condition, the user passed it). */
  currentDone: boolean;
  /** "Weiter" is possible: the backend confirms the step, it has no condition, or it is optional (then it skips). */
  canAdvance: boolean;
  /** "Überspringen" is possible. */
  canSkip: boolean;
  /** Every step is done or skipped. */
  complete: boolean;
}

const applicable = (flow: WizardFlow, derived: DerivedState, saved: SavedProgress) =>
  flow.steps.filter((step) => step.appliesWhen?.(derived, saved.choices ?? {}) ?? true);

const isDone = (step: WizardStep, derived: DerivedState, saved: SavedProgress) =>
  step.doneWhen ? step.doneWhen(derived, saved) : (saved.passed ?? []).includes(step.id);

const isSettled = (step: WizardStep, derived: DerivedState, saved: SavedProgress) =>
  isDone(step, derived, saved) || (step.optional === true && (saved.skipped ?? []).includes(step.id));

/**
 * Where the user stands: the saved step, unless an earlier required step is not done (the backend state
 * wins over clicks, on any device), else the first step that is not settled.
 */
export function wizardView(flow: WizardFlow, derived: DerivedState, saved: SavedProgress = {}): WizardView {
  const steps = applicable(flow, derived, saved);
  const firstOpen = steps.findIndex((step) => !isSettled(step, derived, saved));
  const savedIndex = steps.findIndex((step) => step.id === saved.current);
  const index =
    savedIndex >= 0 && (firstOpen < 0 || savedIndex <= firstOpen)
      ? savedIndex
      : firstOpen >= 0
        ? firstOpen
        : steps.length - 1;
  const current = steps[index];
  return {
    steps: steps.map((step, i) => ({
      id: step.id,
      optional: step.optional === true,
      articles: step.articles,
      action: step.action,
      opensPage: step.opensPage === true,
      // A finished flow has no current step: the last one shows as done.
      status:
        i === index && firstOpen >= 0
          ? 'current'
          : isDone(step, derived, saved)
            ? 'done'
            : (saved.skipped ?? []).includes(step.id)
              ? 'skipped'
              : 'open',
    })),
    current: current.id,
    position: index + 1,
    total: steps.length,
    currentDone: isDone(current, derived, saved),
    canAdvance: isDone(current, derived, saved) || !current.doneWhen || current.optional === true,
    canSkip: current.optional === true && !isDone(current, derived, saved),
    complete: firstOpen < 0,
  };
}

const stepAfter = (flow: WizardFlow, derived: DerivedState, saved: SavedProgress, id: string, offset: number) => {
  const steps = applicable(flow, derived, saved);
  const index = steps.findIndex((step) => step.id === id);
  return steps[Math.max(0, Math.min(steps.length - 1, index + offset))].id;
};

/**
 * "Weiter": only when the view allows it; a step without condition counts as passed, and an optional step
 * that is not done counts as skipped.
 */
export function advance(flow: WizardFlow, derived: DerivedState, saved: SavedProgress = {}): SavedProgress {
  const view = wizardView(flow, derived, saved);
  if (view.canSkip) return skip(flow, derived, saved);
  if (!view.canAdvance) return saved;
  const step = flow.steps.find((s) => s.id === view.current)!;
  const passed = step.doneWhen ? (saved.passed ?? []) : [...new Set([...(saved.passed ?? []), step.id])];
  const progress = { ...saved, passed };
  // Steps already done elsewhere (another device, the portal itself) are not shown again on the way forward.
  const steps = applicable(flow, derived, progress);
  const from = steps.findIndex((s) => s.id === view.current);
  const nextOpen = steps.findIndex((s, i) => i > from && !isSettled(s, derived, progress));
  return {
    ...progress,
    current: nextOpen >= 0 ? steps[nextOpen].id : stepAfter(flow, derived, progress, view.current, 1),
  };
}

/** "Zurück". */
export function goBack(flow: WizardFlow, derived: DerivedState, saved: SavedProgress = {}): SavedProgress {
  const view = wizardView(flow, derived, saved);
  return { ...saved, current: stepAfter(flow, derived, saved, view.current, -1) };
}

/** "Überspringen": optional steps only. */
export function skip(flow: WizardFlow, derived: DerivedState, saved: SavedProgress = {}): SavedProgress {
  const view = wizardView(flow, derived, saved);
  if (!view.canSkip) return saved;
  const skipped = [...new Set([...(saved.skipped ?? []), view.current])];
  return { ...saved, skipped, current: stepAfter(flow, derived, { ...saved, skipped }, view.current, 1) };
}

/** Records a choice (a branch), e.g. registering in the BSP or using an existing access. */
export const choose = (saved: SavedProgress, key: string, value: string): SavedProgress => ({
  ...saved,
  choices: { ...saved.choices, [key]: value },
});
