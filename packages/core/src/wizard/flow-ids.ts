/** The wizards there are, by id: what the panel may show without loading their definitions. */
export const FLOW_IDS: readonly string[] = ['admin-first-setup', 'user-first-login'];
