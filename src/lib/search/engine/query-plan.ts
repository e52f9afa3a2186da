/**
 * A query as the index sees it: the word groups every result must match, and the quoted phrases it
 * must hold. Each group is one segment of a typed word: a compound (`compver.ini`, looked up whole,
 * or by its parts when the index lacks it whole) or one part's term (`install`, or, for the last
 * word when the index lacks it, the terms it begins).
 */
import { phraseKeys, segmentKey, segments, stopTerms, words } from './tokenize.ts';

/** One thing a result must match. */
export interface TermGroup {
  /** The term looked up: a compound or a part's term. */
  term: string;
  /** For a compound, its parts' terms (used when the index lacks the compound). */
  parts: string[];
  /** For a part of the last word, the lowercased part as typed, to look up as a prefix when the index lacks `term`; else null. */
  prefix: string | null;
  /** True when the term comes only from quoted phrases (which are checked in the text anyway). */
  quotedOnly: boolean;
}

/** A parsed query. */
export interface QueryPlan {
  groups: TermGroup[];
  /** Quoted phrases, each as its keys ({@link phraseKeys}); results must hold each one. */
  phrases: string[][];
  /** The unquoted words' keys when there are several: a result holding them in a row ranks first. */
  loosePhrase: string[] | null;
}

/** Parses a query (see the module comment). Stop words are dropped from the groups unless nothing else is left. */
export function planQuery(query: string): QueryPlan {
  const phrases: string[][] = [];
  const loose = query.replace(/"([^"]*)"?/g, (_, phrase: string) => {
    const keys = phraseKeys(phrase);
    if (keys.length > 0) phrases.push(keys);
    return ' ';
  });
  const all = words(query.replace(/"/g, ' '));
  const looseKeys = phraseKeys(loose);
  const unquoted = new Set(looseKeys);
  const groups: TermGroup[] = [];
  const seen = new Set<string>();
  all.forEach((word, index) => {
    const last = index === all.length - 1 && !/["\s]$/.test(query);
    for (const segment of segments(word.text)) {
      const term = segmentKey(segment);
      if (seen.has(term)) continue;
      seen.add(term);
      const typed = word.text.toLowerCase();
      const prefix = last && !segment.compound && typed.length >= 3 && segments(typed).length === 1 ? typed : null;
      groups.push({ term, parts: segment.compound ? segment.parts : [], prefix, quotedOnly: !unquoted.has(term) });
    }
  });
  const kept = groups.filter((group) => group.parts.length > 0 || !stopTerms.has(group.term));
  return { groups: kept.length > 0 ? kept : groups, phrases, loosePhrase: looseKeys.length > 1 ? looseKeys : null };
}

/**
 * Index terms a half-typed last word has typed past: the index holds stems, which can be shorter
 * than the word so far (`componen` is on its way to `component`, indexed as `compon`), so its
 * prefixes down to 3 letters less than typed (and never under 3) count too. Longest first.
 */
export function stemsTypedPast(typed: string): string[] {
  return Array.from({ length: Math.max(0, Math.min(3, typed.length - 3)) }, (_, i) => typed.slice(0, typed.length - 1 - i));
}
