import { test } from 'node:test';
import assert from 'node:assert/strict';
import { advance, choose, goBack, skip, wizardView, type SavedProgress } from './engine.js';
import { ADMIN_FIRST_SETUP as admin, USER_FIRST_LOGIN as user } from './flows.js';

const none = {
  bspAccount: false,
  permissionUnlocked: false,
  groupsPlanned: false,
  workplaceInCart: false,
  cartOrdered: false,
  orderExecuted: false,
};

test('a new admin starts at the first step, "Schritt 1 von 8", and cannot go on before the backend confirms it', () => {
  const view = wizardView(admin, none);
  assert.equal(view.current, 'bsp-access');
  assert.deepEqual([view.position, view.total], [1, 8]);
  assert.equal(view.canAdvance, false);
  assert.deepEqual(advance(admin, none, {}), {}, '"Weiter" moved on without the backend');
});

test('steps are ticked off by backend state, not by clicks', () => {
  const derived = { ...none, bspAccount: true };
  const saved = advance(admin, derived, {});
  assert.equal(wizardView(admin, derived, saved).current, 'unlock-permission');
  assert.equal(wizardView(admin, derived, saved).steps[0].status, 'done');
});

test('the optional groups step can be skipped, or is done when a group exists', () => {
  const derived = { ...none, bspAccount: true, permissionUnlocked: true };
  const at = wizardView(admin, derived);
  assert.equal(at.current, 'plan-groups');
  assert.equal(at.canSkip, true);
  // Optional, so "Weiter" goes on too: it skips, as "Überspringen" does.
  assert.equal(at.canAdvance, true);
  assert.deepEqual(advance(admin, derived, {}), skip(admin, derived, {}));
  const skipped = skip(admin, derived, {});
  assert.equal(wizardView(admin, derived, skipped).current, 'set-up-workplace');
  assert.equal(wizardView(admin, derived, skipped).steps[2].status, 'skipped');
  assert.equal(wizardView(admin, { ...derived, groupsPlanned: true }).current, 'set-up-workplace');
});

test('the workplace step is done once the backend has checked the form (its draft is saved) or the order is in', () => {
  const derived = { ...none, bspAccount: true, permissionUnlocked: true, groupsPlanned: true };
  assert.equal(wizardView(admin, derived).current, 'set-up-workplace');
  assert.equal(wizardView(admin, derived).canAdvance, false);
  assert.deepEqual(advance(admin, derived, {}), {}, '"Weiter" does nothing before the form is checked');
  const drafted: SavedProgress = { current: 'set-up-workplace', draft: { name: 'Anna Berger' } };
  assert.equal(wizardView(admin, derived, drafted).canAdvance, true);
  assert.equal(wizardView(admin, derived, advance(admin, derived, drafted)).current, 'add-order');
  assert.equal(wizardView(admin, { ...derived, workplaceInCart: true }).steps[3].status, 'done');
});

test('steps without a condition count once passed', () => {
  const saved = advance(user, {});
  assert.deepEqual(saved.passed, ['welcome']);
  assert.equal(wizardView(user, {}, saved).current, 'request-temporary-password');
  assert.equal(wizardView(user, {}, saved).steps[0].status, 'done');
});

test('before any session, the answer to the request for a temporary password counts (kept with the progress)', () => {
  const saved: SavedProgress = { passed: ['welcome'], current: 'request-temporary-password' };
  assert.equal(wizardView(user, {}, saved).canAdvance, false);
  const requested = { ...saved, choices: { username: 'anna.berger' } };
  assert.equal(wizardView(user, {}, requested).canAdvance, true);
  assert.equal(wizardView(user, {}, advance(user, {}, requested)).current, 'enter-temporary-password');
  assert.equal(wizardView(user, {}, advance(user, {}, requested)).canAdvance, false);
});

test('resumes at the saved step on any device, but never ahead of what the backend confirms', () => {
  const derived = { ...none, bspAccount: true, permissionUnlocked: true };
  assert.equal(wizardView(admin, derived, { current: 'order-cart' }).current, 'plan-groups');
  const back: SavedProgress = { current: 'bsp-access' };
  assert.equal(wizardView(admin, derived, back).current, 'bsp-access', 'going back to read a done step is allowed');
  assert.equal(
    wizardView(admin, { ...derived, groupsPlanned: true, workplaceInCart: true }, { passed: ['set-up-workplace'] })
      .current,
    'order-cart',
  );
});

test('back and forth; the last step completes the flow', () => {
  const all = {
    bspAccount: true,
    permissionUnlocked: true,
    groupsPlanned: true,
    workplaceInCart: true,
    cartOrdered: true,
    orderExecuted: true,
  };
  let saved: SavedProgress = { passed: ['set-up-workplace'] };
  assert.equal(wizardView(admin, all, saved).current, 'activation-mail');
  saved = goBack(admin, all, saved);
  assert.equal(wizardView(admin, all, saved).current, 'follow-order');
  saved = advance(admin, all, saved);
  saved = advance(admin, all, saved);
  const view = wizardView(admin, all, saved);
  assert.equal(view.complete, true);
  // Finished: the last step shows as done (✓), not as the current one.
  assert.ok(view.steps.every((s) => s.status === 'done'));
});

test('branches: the desk-phone step only applies to workplaces with a desk phone; choices are kept', () => {
  const base = {
    temporaryPasswordRequested: true,
    temporaryLoginDone: true,
    passwordSet: true,
    deviceRegistered: false,
  };
  assert.equal(wizardView(user, { ...base, hasDeskPhone: true }).total, 7);
  assert.equal(wizardView(user, { ...base, hasDeskPhone: false }).total, 6);
  const saved = choose({}, 'access', 'existing');
  assert.deepEqual(saved.choices, { access: 'existing' });
});

test('the user flow waits for the temporary login and the new password', () => {
  const derived = {
    temporaryPasswordRequested: true,
    temporaryLoginDone: false,
    passwordSet: false,
    deviceRegistered: false,
    hasDeskPhone: true,
  };
  const saved = advance(user, derived, {});
  assert.equal(wizardView(user, derived, saved).current, 'enter-temporary-password');
  assert.equal(wizardView(user, derived, saved).canAdvance, false);
  const loggedIn = { ...derived, temporaryLoginDone: true };
  // The step stays on screen, now confirmed, until the user goes on.
  assert.equal(wizardView(user, loggedIn, saved).canAdvance, true);
  assert.equal(wizardView(user, loggedIn, advance(user, loggedIn, saved)).current, 'set-password');
});

/** What the backend (or the saved progress) records when each step is really done. */
const CONFIRMATIONS: Record<string, { derived?: Record<string, boolean>; saved?: SavedProgress }> = {
  'bsp-access': { derived: { bspAccount: true } },
  'unlock-permission': { derived: { permissionUnlocked: true } },
  'plan-groups': { derived: { groupsPlanned: true } },
  'set-up-workplace': { saved: { draft: { name: 'Lena Neu' } } },
  'add-order': { derived: { workplaceInCart: true } },
  'order-cart': { derived: { cartOrdered: true } },
  'follow-order': { derived: { orderExecuted: true } },
  'request-temporary-password': { derived: { temporaryPasswordRequested: true } },
  'enter-temporary-password': { derived: { temporaryLoginDone: true } },
  'set-password': { derived: { passwordSet: true } },
  'desk-phone': { derived: { deviceRegistered: true } },
};

for (const [flow, start] of [
  [admin, none],
  [user, { hasDeskPhone: true }],
] as const) {
  test(`${flow.id}: walked to the end, each required step opens "Weiter" only once the backend confirms it`, () => {
    let derived: Record<string, boolean> = { ...start };
    let saved: SavedProgress = {};
    for (const [index, step] of flow.steps.entries()) {
      const view = wizardView(flow, derived, saved);
      assert.deepEqual([view.current, view.position, view.complete], [step.id, index + 1, false]);
      // The wizard keeps the step on screen while the backend confirms it.
      saved = { ...saved, current: view.current };
      const confirmation = CONFIRMATIONS[step.id];
      assert.equal(
        view.canAdvance,
        !confirmation || step.optional === true,
        `${step.id}: "Weiter" before the backend confirms`,
      );
      assert.equal(view.canSkip, step.optional === true, `${step.id}: skippable`);
      derived = { ...derived, ...confirmation?.derived };
      saved = { ...saved, ...confirmation?.saved };
      assert.equal(wizardView(flow, derived, saved).canAdvance, true, `${step.id}: confirmed but blocked`);
      saved = advance(flow, derived, saved);
    }
    const end = wizardView(flow, derived, saved);
    assert.deepEqual([end.complete, end.position, end.total], [true, flow.steps.length, flow.steps.length]);
    assert.ok(end.steps.every((s) => s.status === 'done'));
  });

  test(`${flow.id}: resumes from any saved step, never ahead of the first step the backend has not confirmed`, () => {
    for (let confirmed = 0; confirmed <= flow.steps.length; confirmed++) {
      // The first `confirmed` steps are done in the backend (or passed, for steps without a condition).
      let derived: Record<string, boolean> = { ...start };
      let progress: SavedProgress = {};
      for (const step of flow.steps.slice(0, confirmed)) {
        derived = { ...derived, ...CONFIRMATIONS[step.id]?.derived };
        progress = { ...progress, ...CONFIRMATIONS[step.id]?.saved };
        if (!step.doneWhen) progress = { ...progress, passed: [...(progress.passed ?? []), step.id] };
      }
      const firstOpen = Math.min(confirmed, flow.steps.length - 1);
      for (const [index, step] of flow.steps.entries()) {
        const view = wizardView(flow, derived, { ...progress, current: step.id });
        const expected = index <= firstOpen ? index : firstOpen;
        assert.equal(view.position, expected + 1, `${confirmed} confirmed, saved at ${step.id}`);
      }
    }
  });
}
