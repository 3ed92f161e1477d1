import type { PublishedArticle } from '../content/model.js';
import type { SearchDocument } from './types.js';

/** What the search indexes of a published article. */
export const articleSearchDocument = (article: PublishedArticle): SearchDocument => ({
  id: article.id,
  title: article.title,
  summary: article.summary,
  roles: article.roles,
  keywords: article.keywords,
  synonyms: article.synonyms,
  headings: article.headings.map((h) => h.text),
  body: article.text,
});
