import { Direkthilfe } from './controller.js';

declare global {
  interface Window {
    direkthilfe?: Direkthilfe;
  }
}

/** The page's one `window.direkthilfe`, created on first use. */
export function direkthilfe(): Direkthilfe {
  window.direkthilfe ??= new Direkthilfe();
  return window.direkthilfe;
}
