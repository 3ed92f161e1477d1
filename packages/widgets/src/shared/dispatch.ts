import type { DhEventDetail, DhEventName } from '../events.js';

/**
 * Dispatches a typed `dh-*` event that bubbles and leaves shadow roots, so a page hears it on `document`.
 * False when a listener cancelled a `cancelable` event.
 */
export function dispatch<K extends DhEventName>(
  target: EventTarget,
  name: K,
  detail: DhEventDetail<K>,
  cancelable = false,
): boolean {
  return target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable }));
}
