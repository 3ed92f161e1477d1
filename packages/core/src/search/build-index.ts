import { terms } from './normalize.js';
import { FIELD_WEIGHTS, type SearchDocument, type SearchField, type SerializedSearchIndex } from './types.js';

const fieldText = (doc: SearchDocument, field: SearchField): string => {
  const value = doc[field];
  return Array.isArray(value) ? value.join(' \n ') : value;
};

/** Normalises synonym groups (lists of words or phrases) to lists of term phrases, dropping empty ones. */
export function synonymTerms(groups: string[][]): string[][] {
  return groups
    .map((group) => [...new Set(group.map((phrase) => terms(phrase).join(' ')).filter(Boolean))])
    .filter((group) => group.length > 1);
}

/** Builds the serialisable index: an inverted index of stemmed terms with field-weighted frequencies. */
export function buildSearchIndex(documents: SearchDocument[], synonymGroups: string[][] = []): SerializedSearchIndex {
  const weights = new Map<string, Map<number, number>>();
  documents.forEach((doc, index) => {
    const counts = new Map<string, Partial<Record<SearchField, number>>>();
    for (const field of Object.keys(FIELD_WEIGHTS) as SearchField[]) {
      for (const term of terms(fieldText(doc, field))) {
        const perField = counts.get(term) ?? {};
        perField[field] = (perField[field] ?? 0) + 1;
        counts.set(term, perField);
      }
    }
    for (const [term, perField] of counts) {
      // A term counts per field with a damped frequency: the tenth mention adds little.
      let weight = 0;
      for (const [field, count] of Object.entries(perField) as [SearchField, number][]) {
        weight += FIELD_WEIGHTS[field] * (1 + Math.log(count));
      }
      const docs = weights.get(term) ?? new Map<number, number>();
      docs.set(index, Math.round(weight * 100) / 100);
      weights.set(term, docs);
    }
  });

  const sortedTerms = [...weights.keys()].sort();
  return {
    version: 1,
    docs: documents.map(({ id, title, summary, roles, body }) => ({ id, title, summary, roles, body })),
    terms: sortedTerms,
    postings: sortedTerms.map((term) => [...weights.get(term)!].flat()),
    synonyms: synonymTerms(synonymGroups),
  };
}
