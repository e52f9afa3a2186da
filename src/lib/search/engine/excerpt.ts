/**
 * Excerpts with the matched words marked, section links, and phrase checks, cut from an article's
 * display data in the browser with the same word rules the index used.
 */
import type { DocData } from './format.ts';
import { words, wordTerms, type Word } from './tokenize.ts';

/** Words shown in an excerpt. Default: 30. */
const excerptWords = 30;

/** True when a word of the text matches one of the query's terms. */
export type WordMatcher = (word: string) => boolean;

/** A matcher for the terms a query looked up (compounds, parts, prefix matches); remembers each word's answer. */
export function matcherOf(terms: ReadonlySet<string>): WordMatcher {
  const answers = new Map<string, boolean>();
  return (word) => {
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
  const list: Word[] = words(text);
  if (list.length === 0) return { html: '', hits: 0 };
  const hit = list.map((word) => matches(word.text));
  let best = 0;
  let bestHits = -1;
  let running = 0;
  for (let end = 0; end < list.length; end++) {
    if (hit[end]) running++;
    if (end >= excerptWords && hit[end - excerptWords]) running--;
    const start = Math.max(0, end - excerptWords + 1);
    if (running > bestHits) {
      bestHits = running;
      best = start;
    }
  }
  // Centre the matches in the window, so a lone match is not the last word shown.
  const inWindow = hit.slice(best, best + excerptWords);
  const first = best + inWindow.indexOf(true);
  const lastHit = best + inWindow.lastIndexOf(true);
  if (bestHits > 0) best = Math.max(0, Math.min(first - Math.floor((excerptWords - (lastHit - first + 1)) / 2), list.length - excerptWords));
  const last = Math.min(list.length, best + excerptWords) - 1;
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

/** Sections with an anchor holding a match, most matches first (page order on ties). */
export function matchingSections(doc: DocData, matches: WordMatcher): SectionMatch[] {
  const found: SectionMatch[] = [];
  for (const [anchor, heading, text] of doc.sections) {
    if (!anchor) continue;
    const inHeading = words(heading).filter((word) => matches(word.text)).length;
    const { html, hits } = excerptOf(text, matches);
    if (hits + inHeading > 0) found.push({ anchor, title: heading, excerpt: html, hits: hits + inHeading });
  }
  return found.sort((a, b) => b.hits - a.hits);
}
