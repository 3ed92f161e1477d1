import type { CommonPasswordLookup } from '@direkthilfe/core/password/rules';
import type { StrengthContext, StrengthEstimate } from '@direkthilfe/core/password/strength';
import type { Translate } from '@direkthilfe/core/i18n/translator';
import { registerStrings } from '../i18n/i18n.js';

export interface PasswordData {
  isCommon: CommonPasswordLookup;
  /** Null when the chunks could not be loaded. */
  estimateStrength: ((password: string, context: StrengthContext) => StrengthEstimate) | null;
  /** The estimate's feedback in our words (`t` of the core namespace); null without the estimate. */
  strengthFeedback: ((estimate: StrengthEstimate, t: Translate) => string) | null;
}

/**
 * Used when the lazy chunks fail to load (offline, a blocked path): the field stays usable and
 * leaves the blocklist to the server, which always checks it.
 */
const UNAVAILABLE: PasswordData = { isCommon: () => false, estimateStrength: null, strengthFeedback: null };

let loading: Promise<PasswordData> | undefined;

/**
 * Loads the blocklist and the strength dictionaries as lazy chunks, once per page: they are
 * much larger than the field itself and only needed once someone starts to type.
 */
export function loadPasswordData(): Promise<PasswordData> {
  loading ??= Promise.all([
    import('@direkthilfe/core/password/blocklist'),
    import('@direkthilfe/core/password/strength'),
    import('@direkthilfe/core/password/feedback'),
  ]).then(
    ([blocklist, strength, feedback]) => {
      // The feedback texts travel with the estimate: nothing else needs them.
      registerStrings(feedback.feedbackResources, 'core');
      return {
        isCommon: blocklist.isCommonPassword,
        estimateStrength: strength.estimateStrength,
        strengthFeedback: feedback.strengthFeedback,
      };
    },
    () => {
      loading = undefined;
      return UNAVAILABLE;
    },
  );
  return loading;
}
