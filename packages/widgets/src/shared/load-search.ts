import type { HelpSearch } from '@direkthilfe/core/help/help-search';
import type { SerializedSearchIndex } from '@direkthilfe/core/search/types';

/**
 * The search engine for a prebuilt index. Its code (with fuse.js) loads with the first index, in parallel
 * with the index's own download, so that opening the panel does not wait for it.
 */
export async function loadSearch(index: SerializedSearchIndex): Promise<HelpSearch> {
  const { HelpSearch } = await import('@direkthilfe/core/help/help-search');
  return new HelpSearch(index);
}
