import type { CommonPasswordLookup } from '@direkthilfe/core/password/rules';
import type { StrengthContext, StrengthEstimate } from '@direkthilfe/core/password/strength';

export interface PasswordData {
  isCommon: CommonPasswordLookup;
  /** Null when the chunks could not be loaded. */
  estimateStrength: ((password: string, context: StrengthContext) => StrengthEstimate) | null;
}

/**
 * Used when the lazy chunks fail to load (offline, a blocked path): the field stays usable and
 * leaves the blocklist to the server, which always checks it.
 */
const UNAVAILABLE: PasswordData = { isCommon: () => false, estimateStrength: null };

let loading: Promise<PasswordData> | undefined;

/**
 * Loads the blocklist and the strength dictionaries as lazy chunks, once per page: they are
 * much larger than the field itself and only needed once someone starts to type.
 */
export function loadPasswordData(): Promise<PasswordData> {
  loading ??= Promise.all([
    import('@direkthilfe/core/password/blocklist'),
    import('@direkthilfe/core/password/strength'),
  ]).then(
    ([blocklist, strength]) => ({ isCommon: blocklist.isCommonPassword, estimateStrength: strength.estimateStrength }),
    () => {
      loading = undefined;
      return UNAVAILABLE;
    },
  );
  return loading;
}
