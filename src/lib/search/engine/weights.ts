/**
 * Ranking: BM25 with field weights, computed at build time into one byte per (term, article) — the
 * *impact* — so the browser needs no per-article statistics (no page list, no lengths) to rank.
 * At query time a term's impact is scaled by its IDF from the term's article count. Tuning notes and
 * the query set: docs/search.md.
 */
import type { SearchRecord } from './record.ts';
import { wordKeys, words, wordTerms } from './tokenize.ts';

/** Ranking settings. */
export const ranking = {
  /** BM25 `k1`: how fast repeats stop counting. */
  termSaturation: 1.2,
  /** BM25 `b`: 0 ignores length, 1 fully normalises. Articles run from 10 to 10,000 words, so softened. */
  pageLength: 0.5,
  /** Article length (words) that counts as average. Fixed, not measured per build, so one article's edit changes no other article's impacts. */
  averageLength: 400,
  /** How many times a word in the title counts. */
  titleWeight: 5,
  /** How many times each spelling of the article's own id counts (`Q266130 266130 KB266130`), so an id query puts the article above those citing it. */
  idsWeight: 10,
  /** Score factor of a term found by prefix (the last word typed is incomplete) against an exact term. */
  prefixFactor: 0.3,
} as const;

/**
 * Term frequencies of an article, weighted by field (body 1, title, ids), its body length in words,
 * and its body's phrase keys in order (`phraseKeys(fullText(doc))`, from the same cut of the text).
 */
export function weightedFrequencies(record: SearchRecord): { frequencies: Map<string, number>; length: number; keys: string[] } {
  const frequencies = new Map<string, number>();
  const keys: string[] = [];
  const count = (text: string, weight: number, body = false): number => {
    const found = words(text);
    for (const word of found) {
      for (const term of new Set(wordTerms(word.text))) frequencies.set(term, (frequencies.get(term) ?? 0) + weight);
    }
    if (body) wordKeys(found, keys);
    return found.length;
  };
  let length = 0;
  // Sections in page order, each heading before its text: the order of the body's full text.
  for (const section of record.sections) length += count(section.heading, 1, true) + count(section.text, 1, true);
  count(record.title, ranking.titleWeight);
  count(record.ids, ranking.idsWeight);
  return { frequencies, length, keys };
}

/** Impact byte (1–255) of a term with weighted frequency `tf` in an article of `length` words. */
export function impact(tf: number, length: number): number {
  const { termSaturation: k1, pageLength: b, averageLength } = ranking;
  const saturated = tf / (tf + k1 * (1 - b + (b * length) / averageLength));
  return Math.max(1, Math.min(255, Math.round(saturated * 255)));
}

/** Impact of every term of an article, and its body's phrase keys (for its follower masks). */
export function articleImpacts(record: SearchRecord): { impacts: Map<string, number>; keys: string[] } {
  const { frequencies, length, keys } = weightedFrequencies(record);
  const impacts = new Map<string, number>();
  for (const [term, tf] of frequencies) impacts.set(term, impact(tf, length));
  return { impacts, keys };
}

/** BM25 inverse document frequency of a term found in `count` of `total` articles. */
export function idf(count: number, total: number): number {
  return Math.log(1 + (total - count + 0.5) / (count + 0.5));
}

/** Score contribution of one term match: IDF × impact, scaled by `factor` (1 exact, {@link ranking.prefixFactor} prefix). */
export function termScore(idfValue: number, impactByte: number, factor = 1): number {
  return idfValue * (impactByte / 255) * (ranking.termSaturation + 1) * factor;
}

/**
 * Score of a whole phrase in an article, for ordering the articles that hold a pasted message: its
 * occurrences (those in the title counted {@link ranking.titleWeight} times more), saturated and
 * length-normalised like a term's impact, so a short article about the message beats a long one that
 * quotes it among other things.
 */
export function phraseScore(inTitle: number, inBody: number, length: number): number {
  const tf = inTitle * ranking.titleWeight + inBody;
  const { termSaturation: k1, pageLength: b, averageLength } = ranking;
  return tf / (tf + k1 * (1 - b + (b * length) / averageLength));
}
