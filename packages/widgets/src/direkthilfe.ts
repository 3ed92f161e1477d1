// The single script a portal page loads. It sets up `window.direkthilfe`, adds the launcher when the page
// declares a page key (`data-dh-page`) or asks for it (`data-direkthilfe`), and loads each element's code
// when the page uses the element. The launcher is part of this script: it needs no Lit, and the panel's
// code loads on the first open or when the pointer or focus comes near the launcher.
import { startAutoloader } from './autoloader.js';
import './dh-help-launcher.js';
import { direkthilfe } from './embed/instance.js';

// For the types of this script: `window.direkthilfe`.
export type {} from './embed/instance.js';

direkthilfe();
const wantsLauncher = () =>
  !document.querySelector('dh-help-launcher') &&
  [document.documentElement, document.body].some((e) => e && ('dhPage' in e.dataset || 'direkthilfe' in e.dataset));
if (wantsLauncher()) document.body.append(document.createElement('dh-help-launcher'));
startAutoloader();
