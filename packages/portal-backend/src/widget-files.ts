/** The widget files as the server publishes them: `direkthilfe.js` and, beside it, its chunks. */
export const WIDGET_ENTRY = '/direkthilfe.js';
/** Chunks carry a content hash in their names, so each name always means the same bytes. */
export const WIDGET_CHUNKS = '/direkthilfe/';

export const isWidgetFile = (path: string): boolean => path === WIDGET_ENTRY || path.startsWith(WIDGET_CHUNKS);
