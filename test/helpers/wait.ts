import { waitUntil as waitUntilOpenWc } from '@open-wc/testing';

/**
 * `waitUntil` with a limit fit for a shared, slow machine: open-wc's default of 1 s fails correct code
 * when a lazy chunk or a server answer takes longer. Tests wait for the condition itself; the limit only
 * ends a wait that would never succeed.
 */
export function waitUntil(
  condition: () => unknown,
  message?: string,
  options: { interval?: number; timeout?: number } = {},
): Promise<void> {
  return waitUntilOpenWc(condition, message, { timeout: 30_000, ...options });
}
