import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FLOW_IDS } from './flow-ids.js';
import { FLOWS } from './flows.js';

test('the list of wizard ids names every flow, and only those', () => {
  assert.deepEqual([...FLOW_IDS].sort(), Object.keys(FLOWS).sort());
});
