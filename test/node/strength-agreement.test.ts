import { test } from 'node:test';
import assert from 'node:assert/strict';
import { estimateStrength } from '@direkthilfe/core/password/strength';
import { strengthAgreement } from '../helpers/strength-agreement.js';

const result = strengthAgreement((password) => estimateStrength(password).score);
const share = (a: { agree: number; total: number }) => a.agree / a.total;

test('the trimmed estimate gives the score of the full zxcvbn-ts for at least 90 % of the fixed list', () => {
  assert.equal(result.total, 2000);
  assert.ok(share(result) >= 0.9, `all ${share(result)}`);
});

test('the trimmed estimate never rates a password of the fixed list 2 steps above the full zxcvbn-ts', () => {
  assert.deepEqual(result.overrated, []);
});
