import type { HelpSnapshot } from '@direkthilfe/core/help/help-state';

/** The panel's state in the browser tests: open on the cart page, admin view, German, plus `change`. */
export const openPanelState = (change: Partial<HelpSnapshot> = {}): HelpSnapshot => ({
  open: true,
  page: 'admin/warenkorb',
  role: 'admin',
  roles: ['admin', 'user'],
  lang: 'de',
  articleId: null,
  query: '',
  wizard: null,
  ...change,
});
