import type { LoginFailureStore } from '../store/types.js';
import { ApiError } from '../errors.js';

/** Failures from one source that cost nothing; then the wait doubles (1, 2, 4 … s) up to the cap. */
export const FREE_FAILURES = 3;
export const MAX_DELAY_SECONDS = 60;
/** NIST SP 800-63B: at most 100 consecutive failures per account; then only a temporary password opens it. */
export const LOCK_AFTER_FAILURES = 100;

const normal = (username: string) => username.trim().toLowerCase();
const accountKey = (username: string) => `account:${normal(username)}`;
const sourceKey = (username: string, source: string) => `source:${normal(username)}|${source}`;

/**
 * Login throttling by account *and* source. The delay grows per (account, client address), so guesses
 * from elsewhere never slow down the real user on their own device and network; the account as a whole
 * counts consecutive failures from every source and locks after 100 of them, until a login with a
 * temporary password from the mail. Unknown names are counted alike, so the answers tell nothing.
 */
export class LoginThrottle {
  constructor(private readonly failures: LoginFailureStore) {}

  /** Refuses (429 with Retry-After) while this source has to wait for this account. */
  async checkDelay(username: string, source: string): Promise<void> {
    const failures = await this.failures.get(sourceKey(username, source));
    if (!failures || failures.count < FREE_FAILURES) return;
    const delay = Math.min(MAX_DELAY_SECONDS, 2 ** (failures.count - FREE_FAILURES));
    const wait = Math.ceil((Date.parse(failures.lastFailedAt) + delay * 1000 - Date.now()) / 1000);
    if (wait > 0) throw new ApiError(429, 'rate_limited', { seconds: wait }, { retryAfter: wait });
  }

  /** Whether the account has had too many consecutive failures for its own password to open it. */
  async locked(username: string): Promise<boolean> {
    const failures = await this.failures.get(accountKey(username));
    return (failures?.count ?? 0) >= LOCK_AFTER_FAILURES;
  }

  async fail(username: string, source: string): Promise<void> {
    await this.failures.record(accountKey(username));
    await this.failures.record(sourceKey(username, source));
  }

  /** A successful login ends the account's count and this source's wait. */
  async succeed(username: string, source: string): Promise<void> {
    await this.failures.clear([accountKey(username), sourceKey(username, source)]);
  }
}
