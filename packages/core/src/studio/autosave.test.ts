import { afterEach, beforeEach, mock, test } from 'node:test';
import assert from 'node:assert/strict';
import { AutosaveScheduler, type AutosaveState } from './autosave.js';

beforeEach(() => mock.timers.enable({ apis: ['setTimeout'] }));
afterEach(() => mock.timers.reset());

/** Lets the promise callbacks of a finished save run. */
const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

function scheduler(fail = () => false) {
  const sent: string[] = [];
  const states: AutosaveState[] = [];
  const autosave = new AutosaveScheduler('v0', {
    save: async (text) => {
      sent.push(text);
      if (fail()) throw new Error('offline');
    },
    idleMs: 2000,
    maxWaitMs: 15_000,
    onStateChange: (state) => states.push(state),
  });
  return { autosave, sent, states };
}

test('a pause in typing saves the newest text once', async () => {
  const { autosave, sent, states } = scheduler();
  autosave.change('v1');
  autosave.change('v2');
  assert.equal(autosave.state, 'pending');
  mock.timers.tick(1999);
  assert.deepEqual(sent, []);
  mock.timers.tick(1);
  await settle();
  assert.deepEqual(sent, ['v2']);
  assert.equal(autosave.dirty, false);
  assert.deepEqual(states, ['pending', 'saving', 'saved']);
});

test('while typing goes on, the text is saved at least every 15 seconds', async () => {
  const { autosave, sent } = scheduler();
  for (let second = 1; second <= 31; second++) {
    autosave.change(`v${second}`);
    mock.timers.tick(1000);
    await settle();
  }
  assert.deepEqual(sent, ['v15', 'v30']);
  assert.equal(autosave.dirty, true);
});

test('going back to the saved text needs no save', () => {
  const { autosave, sent } = scheduler();
  autosave.change('v1');
  autosave.change('v0');
  assert.equal(autosave.state, 'saved');
  mock.timers.tick(20_000);
  assert.deepEqual(sent, []);
});

test('leaving saves at once; nothing is left to save after it', async () => {
  const { autosave, sent } = scheduler();
  autosave.change('v1');
  await autosave.flush();
  assert.deepEqual(sent, ['v1']);
  await autosave.flush();
  mock.timers.tick(20_000);
  assert.deepEqual(sent, ['v1']);
});

test('text typed during a save goes with the next one', async () => {
  const { autosave, sent } = scheduler();
  autosave.change('v1');
  mock.timers.tick(2000);
  autosave.change('v2');
  assert.equal(autosave.state, 'saving');
  await settle();
  assert.equal(autosave.state, 'pending');
  mock.timers.tick(2000);
  await settle();
  assert.deepEqual(sent, ['v1', 'v2']);
  assert.equal(autosave.state, 'saved');
});

test('a failed save is tried again and stays dirty until it works', async () => {
  let offline = true;
  const { autosave, sent, states } = scheduler(() => offline);
  autosave.change('v1');
  mock.timers.tick(2000);
  await settle();
  assert.equal(autosave.state, 'failed');
  assert.equal(autosave.dirty, true);
  offline = false;
  mock.timers.tick(2000);
  await settle();
  assert.deepEqual(sent, ['v1', 'v1']);
  assert.equal(autosave.state, 'saved');
  assert.deepEqual(states, ['pending', 'saving', 'failed', 'saving', 'saved']);
});

test('a revision saved meanwhile leaves nothing pending', () => {
  const { autosave, sent } = scheduler();
  autosave.change('v1');
  autosave.saved('v1');
  assert.equal(autosave.dirty, false);
  mock.timers.tick(20_000);
  assert.deepEqual(sent, []);
});
