import { ZxcvbnFactory, type OptionsType, type TranslationKeys } from '@zxcvbn-ts/core';
import { commonPasswords } from './data/blocklist.js';
import * as words from './data/strength-dictionaries.js';
import { decodeRankedList } from './word-list.js';
import { keyboardGraphs } from './keyboards.js';
import { transliterate } from '../text/transliterate.js';

/** Longer input is not estimated: it is strong anyway, and zxcvbn's cost grows with length. */
export const STRENGTH_MAX_LENGTH = 64;

export type StrengthScore = 0 | 1 | 2 | 3 | 4;

/** zxcvbn-ts's feedback keys; our own texts for them are in the core locales (`password.feedback`). */
export type StrengthWarning = keyof TranslationKeys['warnings'];
export type StrengthSuggestion = keyof TranslationKeys['suggestions'];

export interface StrengthContext {
  username?: string;
  /** Further words the user is known by (name, company); the estimate treats them as guessable. */
  userInputs?: string[];
}

export interface StrengthEstimate {
  score: StrengthScore;
  /** Why the password is weak, as a feedback key, or null. */
  warning: StrengthWarning | null;
  /** What to do about it, as feedback keys. */
  suggestions: StrengthSuggestion[];
}

let estimator: ZxcvbnFactory | undefined;

/**
 * Without translations zxcvbn-ts answers with its feedback keys: the texts it ships contradict our policy
 * (no need for digits or capitals) and are not in the Sie-form, so the widgets word the keys themselves.
 */
function getEstimator(): ZxcvbnFactory {
  if (estimator) return estimator;
  const options: OptionsType = {
    graphs: keyboardGraphs(),
    maxLength: STRENGTH_MAX_LENGTH,
    // The default (100) lets one long password with many l33t-able characters take 100 ms;
    // 8 keeps every estimate in single-digit milliseconds and still finds p4ssw0rd-style words.
    l33tMaxSubstitutions: 8,
    // Each list at the ranks of its source (see word-list.ts). The blocklist's German base words are not one of
    // them: that list has no ranks, and the estimate finds its words anyway (German words, passwords, walks).
    dictionary: {
      passwords: decodeRankedList({ words: commonPasswords, ranks: words.commonPasswordRanks }),
      morePasswords: decodeRankedList(words.morePasswords),
      germanWords: decodeRankedList(words.germanWords),
      germanFirstnames: decodeRankedList(words.germanFirstnames),
      germanLastnames: decodeRankedList(words.germanLastnames),
      englishTerms: decodeRankedList(words.englishTerms),
      englishFirstnames: decodeRankedList(words.englishFirstnames),
    },
  };
  estimator = new ZxcvbnFactory(options);
  return estimator;
}

/** The user's own inputs, whole and in parts, as a user would fold them into a password. */
function userInputsOf(context: StrengthContext): string[] {
  const raw = [context.username ?? '', ...(context.userInputs ?? [])].map((s) => transliterate(s.trim().toLowerCase()));
  const parts = raw.flatMap((s) => s.split(/[\s._@-]+/));
  return [...new Set([...raw, ...parts].filter((s) => s.length >= 3))];
}

/** Estimates how hard the password is to guess: a score from 0 (very weak) to 4 (very strong) and feedback. */
export function estimateStrength(password: string, context: StrengthContext = {}): StrengthEstimate {
  const input = [...password].slice(0, STRENGTH_MAX_LENGTH).join('');
  const result = getEstimator().check(input, userInputsOf(context));
  return {
    score: result.score as StrengthScore,
    warning: result.feedback.warning as StrengthWarning | null,
    suggestions: result.feedback.suggestions as StrengthSuggestion[],
  };
}
