import { test } from 'node:test';
import assert from 'node:assert/strict';
import { adjacencyGraphs } from '@zxcvbn-ts/language-common';
import { keyboardGraphs } from './keyboards.js';

test('the keyboard graphs built from the layouts are those zxcvbn-ts ships', () => {
  const graphs = keyboardGraphs();
  assert.deepEqual(graphs.qwertz, adjacencyGraphs.qwertz);
  assert.deepEqual(graphs.qwerty, adjacencyGraphs.qwerty);
  assert.deepEqual(graphs.keypad, adjacencyGraphs.keypad);
});
