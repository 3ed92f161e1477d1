// The single script a portal page loads. It sets up `window.direkthilfe`, adds the launcher when the page
// declares a page key (`data-dh-page`) or asks for it (`data-direkthilfe`), and loads each element's code
// when the page uses the element.
import { startAutoloader } from './autoloader.js';
import { direkthilfe } from './embed/instance.js';

direkthilfe();
const wantsLauncher = () =>
  !document.querySelector('dh-help-launcher') &&
  [document.documentElement, document.body].some((e) => e && ('dhPage' in e.dataset || 'direkthilfe' in e.dataset));
if (wantsLauncher()) document.body.append(document.createElement('dh-help-launcher'));
startAutoloader();
