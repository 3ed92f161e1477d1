// The single script a portal page loads: it loads each Direkthilfe element when the page uses it.
import { loadElement, startAutoloader } from './autoloader.js';

startAutoloader();

declare global {
  interface Window {
    direkthilfe?: { loadElement: typeof loadElement };
  }
}

window.direkthilfe = { ...window.direkthilfe, loadElement };
