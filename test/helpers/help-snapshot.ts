import { HelpState, type HelpSnapshot } from '@direkthilfe/core/help/help-state';

/** The panel's state in the browser tests: core's defaults, open on the cart page in the admin view, plus `change`. */
export const openPanelState = (change: Partial<HelpSnapshot> = {}): HelpSnapshot =>
  new HelpState({ roles: ['admin', 'user'], open: true, page: 'admin/warenkorb', ...change }).snapshot;
