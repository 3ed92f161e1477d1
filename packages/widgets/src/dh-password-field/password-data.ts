import type { CommonPasswordLookup } from '@direkthilfe/core/password/rules';
import type { StrengthContext, StrengthEstimate } from '@direkthilfe/core/password/strength';

export interface PasswordData {
  isCommon: CommonPasswordLookup;
  estimateStrength: (password: string, context: StrengthContext) => StrengthEstimate;
}

let loading: Promise<PasswordData> | undefined;

/**
 * Loads the blocklist and the strength dictionaries as lazy chunks, once per page: they are
 * much larger than the field itself and only needed once someone starts to type.
 */
export function loadPasswordData(): Promise<PasswordData> {
  loading ??= Promise.all([
    import('@direkthilfe/core/password/blocklist'),
    import('@direkthilfe/core/password/strength'),
  ]).then(([blocklist, strength]) => ({
    isCommon: blocklist.isCommonPassword,
    estimateStrength: strength.estimateStrength,
  }));
  return loading;
}
