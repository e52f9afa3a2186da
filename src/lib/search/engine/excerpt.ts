/**
 * Excerpts with the matched words marked, section links, and phrase checks, cut from an article's
 * display data in the browser with the same word rules the index used.
 */
import type { DocData } from './format.ts';
import { wordKeys, words, wordTerms, type Word } from './tokenize.ts';

/** Words shown in an excerpt. Default: 30. */
const excerptWords = 30;

/** True when a word of the text matches one of the query's terms. */
export type WordMatcher = (word: string) => boolean;

const ascii = /^[\x00-\x7f]*$/;

/**
 * A matcher for the terms a query looked up (compounds, parts, prefix matches); remembers each word's
 * answer. Most words of an article match nothing, and cutting and stemming each costs more than the
 * rest of an excerpt, so an ASCII word is first checked for the first two letters of some term
 * (stemming changes only endings, so a word holding a term holds its start; non-ASCII words, whose
 * lowercasing can change length, always take the full check).
 */
export function matcherOf(terms: ReadonlySet<string>): WordMatcher {
  const answers = new Map<string, boolean>();
  const starts = [...new Set([...terms].map((term) => term.slice(0, 2)))];
  // One case-insensitive pattern of those starts: for an ASCII word the same test as lowercasing it and
  // looking for each, without the lowercased copy or the remembered answer's lookup (most words stop here).
  const anyStart = starts.length > 0 ? new RegExp(starts.map((start) => start.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&')).join('|'), 'i') : null;
  return (word) => {
    if (ascii.test(word) && !anyStart?.test(word)) return false;
    let answer = answers.get(word);
    if (answer === undefined) {
      answer = wordTerms(word).some((term) => terms.has(term));
      answers.set(word, answer);
    }
    return answer;
  };
}

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** Text escaped for HTML. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => escapes[c]!);
}

/** The best `excerptWords`-word window of `text` (most matched words), as HTML with `<mark>` around matches; '' for empty text. */
export function excerptOf(text: string, matches: WordMatcher): { html: string; hits: number } {
  const list = words(text);
  return windowOf(text, list, list.map((word) => matches(word.text)), 0, list.length);
}

/**
 * The best window of the words `from`..`to` of `list` (words of `text`, `hit` telling which match):
 * the window with most matches, then centred on them, as escaped HTML with marks.
 */
function windowOf(text: string, list: readonly Word[], hit: readonly boolean[], from: number, to: number): { html: string; hits: number } {
  if (to <= from) return { html: '', hits: 0 };
  let best = from;
  let bestHits = -1;
  let running = 0;
  for (let end = from; end < to; end++) {
    if (hit[end]) running++;
    if (end - from >= excerptWords && hit[end - excerptWords]) running--;
    if (running > bestHits) {
      bestHits = running;
      best = Math.max(from, end - excerptWords + 1);
    }
  }
  // Centre the matches in the window, so a lone match is not the last word shown.
  if (bestHits > 0) {
    let first = best;
    while (!hit[first]) first++;
    let lastHit = Math.min(to, best + excerptWords) - 1;
    while (!hit[lastHit]) lastHit--;
    best = Math.max(from, Math.min(first - Math.floor((excerptWords - (lastHit - first + 1)) / 2), to - excerptWords));
  }
  const last = Math.min(to, best + excerptWords) - 1;
  let html = '';
  let at = list[best]!.start;
  for (let i = best; i <= last; i++) {
    const word = list[i]!;
    html += escapeHtml(text.slice(at, word.start));
    html += hit[i] ? `<mark>${escapeHtml(word.text)}</mark>` : escapeHtml(word.text);
    at = word.end;
  }
  return { html, hits: Math.max(0, bestHits) };
}

/** The whole searchable text of an article, sections joined (headings included). */
export function fullText(doc: DocData): string {
  return doc.sections.map(([, heading, text]) => (heading ? `${heading} ${text}` : text)).join(' ');
}

/** An article's text cut into words once, for all its excerpts and phrase checks. */
export interface DocWords {
  /** {@link fullText} of the article. */
  text: string;
  /** Its words in order. */
  words: Word[];
  /** Per section: anchor, heading, and the ranges of `words` in its heading and in its text. */
  sections: Array<{ anchor: string; title: string; heading: [number, number]; body: [number, number] }>;
}

const analysed = new WeakMap<DocData, DocWords>();
const keysOf = new WeakMap<DocData, string[]>();

/** The words of an article's display data (computed once per loaded article). */
export function docWords(doc: DocData): DocWords {
  let found = analysed.get(doc);
  if (!found) {
    const text = fullText(doc);
    const list = words(text);
    // Sections are joined by single spaces and a word never holds one, so each section's words are a
    // run of the whole text's words: find each part's range from its offset in the text.
    const sections: DocWords['sections'] = [];
    let offset = 0;
    let at = 0;
    const rangeUpTo = (end: number): [number, number] => {
      const from = at;
      while (at < list.length && list[at]!.start < end) at++;
      return [from, at];
    };
    for (const [anchor, heading, body] of doc.sections) {
      const headingRange = rangeUpTo(offset + (heading ? heading.length : 0));
      offset += heading ? heading.length + 1 : 0;
      const bodyRange = rangeUpTo(offset + body.length);
      offset += body.length + 1;
      sections.push({ anchor, title: heading, heading: headingRange, body: bodyRange });
    }
    found = { text, words: list, sections };
    analysed.set(doc, found);
  }
  return found;
}

/** Phrase keys of an article's whole text (`phraseKeys(fullText(doc))`, computed once per loaded article). */
export function docPhraseKeys(doc: DocData): string[] {
  let keys = keysOf.get(doc);
  if (!keys) {
    keys = wordKeys(docWords(doc).words);
    keysOf.set(doc, keys);
  }
  return keys;
}

/** How many times a text's keys (`phraseKeys(text)`) hold the keys `phrase` one after another (overlaps counted). */
export function phraseCount(keys: readonly string[], phrase: readonly string[]): number {
  let count = 0;
  outer: for (let i = 0; i + phrase.length <= keys.length; i++) {
    for (let j = 0; j < phrase.length; j++) if (keys[i + j] !== phrase[j]) continue outer;
    count++;
  }
  return count;
}

/** True when a text's keys (`phraseKeys(text)`, computed once for all of a query's phrases) hold the keys `phrase` one after another. */
export function holdsPhrase(keys: readonly string[], phrase: readonly string[]): boolean {
  return phrase.length === 0 || phraseCount(keys, phrase) > 0;
}

/** A matching section of an article: heading, anchor, excerpt. */
export interface SectionMatch {
  anchor: string;
  title: string;
  excerpt: string;
  hits: number;
}

/** What a result shows of an article: the excerpt of its whole text, and the sections with an anchor holding a match, most matches first (page order on ties). */
export function articleExcerpts(doc: DocData, matches: WordMatcher): { excerpt: string; sections: SectionMatch[] } {
  const { text, words: list, sections } = docWords(doc);
  const hit = list.map((word) => matches(word.text));
  const found: SectionMatch[] = [];
  for (const { anchor, title, heading, body } of sections) {
    if (!anchor) continue;
    let inHeading = 0;
    for (let i = heading[0]; i < heading[1]; i++) if (hit[i]) inHeading++;
    const { html, hits } = windowOf(text, list, hit, body[0], body[1]);
    if (hits + inHeading > 0) found.push({ anchor, title, excerpt: html, hits: hits + inHeading });
  }
  return { excerpt: windowOf(text, list, hit, 0, list.length).html, sections: found.sort((a, b) => b.hits - a.hits) };
}
