/**
 * Words and index terms, shared by the indexer and the browser so both cut text the same way.
 *
 * A word is a run of non-space text from its first to its last letter or digit (`compver.ini`,
 * `HKEY_LOCAL_MACHINE\System`, `1-2-3`). Its terms:
 * - every *part* (run of letters and digits), lowercased, and stemmed when it is all letters
 *   (`installing` → `instal`), so `install` finds `installing`;
 * - every *compound segment* whole, lowercased and unstemmed: a word splits into segments at
 *   characters other than letters, digits and `. _ - ' @ $` (so `\`, `/`, `:`, `=`, `,` cut), and a
 *   segment of several parts is indexed as typed (`compver.ini`, `2.0`, `hkey_local_machine`), so a
 *   file name or version finds itself and not every page holding `2` and `0`.
 */
import { stemmer } from 'stemmer';

/** A word of a text and where it is. */
export interface Word {
  /** Offset of its first character. */
  start: number;
  /** Offset after its last character. */
  end: number;
  /** The word as written. */
  text: string;
}

const wordPattern = /[\p{L}\p{N}](?:\S*[\p{L}\p{N}])?/gu;
const segmentSplit = /[^\p{L}\p{N}._\-'’@$]+/u;
const partPattern = /[\p{L}\p{N}]+/gu;
const outerPunctuation = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;
const asciiLetters = /^[a-z]+$/;

/** Words of `text` in order. */
export function words(text: string): Word[] {
  const found: Word[] = [];
  for (const match of text.matchAll(wordPattern)) {
    found.push({ start: match.index, end: match.index + match[0].length, text: match[0] });
  }
  return found;
}

const stems = new Map<string, string>();

/** Term of one part: lowercased, stemmed when all ASCII letters. */
export function partTerm(part: string): string {
  const lower = part.toLowerCase();
  if (!asciiLetters.test(lower)) return lower;
  let stem = stems.get(lower);
  if (stem === undefined) {
    stem = stemmer(lower);
    if (stems.size > 200_000) stems.clear();
    stems.set(lower, stem);
  }
  return stem;
}

/** A segment of a word: the whole (when it has several parts) and its parts' terms. */
export interface Segment {
  /** Lowercased segment when it has two or more parts (`compver.ini`), else null. */
  compound: string | null;
  /** Terms of its parts in order (`compver`, `ini`). */
  parts: string[];
}

/** Segments of words seen lately: articles repeat their words, and excerpts, phrase checks and the indexer ask again and again. */
const segmentCache = new Map<string, Segment[]>();

/** Segments of a word (see the module comment). The result is shared: do not change it. */
export function segments(word: string): Segment[] {
  let found = segmentCache.get(word);
  if (found === undefined) {
    found = cutSegments(word);
    if (segmentCache.size >= 100_000) segmentCache.clear();
    segmentCache.set(word, found);
  }
  return found;
}

function cutSegments(word: string): Segment[] {
  const found: Segment[] = [];
  for (const piece of word.split(segmentSplit)) {
    const parts = piece.match(partPattern);
    if (!parts) continue;
    const compound = parts.length > 1 ? piece.replace(outerPunctuation, '').toLowerCase() : null;
    found.push({ compound, parts: parts.map(partTerm) });
  }
  return found;
}

/** Every term a word is indexed under (compounds and parts; may repeat). */
export function wordTerms(word: string): string[] {
  const terms: string[] = [];
  for (const segment of segments(word)) {
    if (segment.compound) terms.push(segment.compound);
    terms.push(...segment.parts);
  }
  return terms;
}

/** The term a segment stands for in a query or a phrase: the compound whole, else its one part's term. */
export function segmentKey(segment: Segment): string {
  return segment.compound ?? segment.parts[0]!;
}

/**
 * Keys of a text for phrase matching: one per segment of each word, in order ({@link segmentKey}),
 * so `"Software Microsoft"` is found inside `HKEY_LOCAL_MACHINE\Software\Microsoft\SMS` and
 * `"installing the"` matches `Installed the`.
 */
export function phraseKeys(text: string): string[] {
  return wordKeys(words(text));
}

/** Phrase keys of words already cut from a text ({@link phraseKeys}), appended to `into`. */
export function wordKeys(list: readonly Word[], into: string[] = []): string[] {
  for (const word of list) for (const segment of segments(word.text)) into.push(segmentKey(segment));
  return into;
}

/**
 * Words a query skips when it has other words: they are in nearly every article, so requiring them
 * costs a download of every article's entry and narrows nothing. Phrases still check them in the text.
 */
export const stopTerms: ReadonlySet<string> = new Set(
  'a an and ar are as at be but by for from ha has have if in into is it it\'s its of on or that the their then there these thei they thi this to wa was were will with you your'
    .split(' ')
    .map(partTerm),
);
