/**
 * Query sets generated from the articles themselves, to measure search quality at any scale with the
 * same judge for any engine: a **title query** is an article's title as typed (its `FIX:`-style prefix
 * left out); a **phrase query** is five words in a row from its body, typed without quotes, as someone
 * remembers a sentence by its telling words. A query is answered when one of its first three results is the article, or an
 * article as good an answer: one with the same title, or whose text holds the same words in a row.
 * Articles are picked by a hash of their id and a seed, so a set is the same on every run.
 */
import { isStopWord } from '../../src/lib/search/client/stop-words.ts';
import type { ArticleText } from '../helpers/article-text.ts';

/** A generated query: what is typed and the article it came from. */
export interface GeneratedQuery {
  kind: 'title' | 'phrase';
  q: string;
  id: string;
}

/** FNV-1a of a string: a stable pseudo-random number. */
function fnv(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return hash;
}

/** Lowercase words of letters and digits only, for comparing texts. */
export function normalized(text: string): string {
  return ` ${text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;
}

/** `count` articles picked by hash, in a stable order. */
function pick(articles: readonly ArticleText[], count: number, seed: string): ArticleText[] {
  return [...articles].sort((a, b) => fnv(seed + a.id) - fnv(seed + b.id) || a.id.localeCompare(b.id)).slice(0, count);
}

/** Title queries: the title of `count` articles, prefix (`FIX:`, `SMS:`) left out; titles under three words are skipped. */
export function titleQueries(articles: readonly ArticleText[], count: number, seed = 'title'): GeneratedQuery[] {
  return pick(articles.filter((a) => a.title.replace(/^[A-Z0-9 ]{2,12}:\s*/, '').split(/\s+/).length >= 3), count, seed).map((a) => ({
    kind: 'title',
    q: a.title.replace(/^[A-Z0-9 ]{2,12}:\s*/, ''),
    id: a.id,
  }));
}

/** Phrase queries: five words in a row from the body of `count` articles, with at least three words of four or more letters besides stop words. */
export function phraseQueries(articles: readonly ArticleText[], count: number, seed = 'phrase'): GeneratedQuery[] {
  const out: GeneratedQuery[] = [];
  for (const article of pick(articles, count * 2, seed)) {
    const words = article.text.split(' ').map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''));
    if (words.length < 40) continue;
    for (let attempt = 0; attempt < 20; attempt++) {
      const at = (fnv(`${seed}${article.id}${attempt}`) % (words.length - 5)) >>> 0;
      const span = words.slice(at, at + 5);
      // Remembered for its words: at least three of four or more letters that are not stop words.
      if (span.some((w) => !w) || span.filter((w) => /^\p{L}{4,}$/u.test(w) && !isStopWord(w)).length < 3) continue;
      out.push({ kind: 'phrase', q: span.join(' '), id: article.id });
      break;
    }
    if (out.length === count) break;
  }
  return out;
}

/** Judges answers: `rank(query, ids)` is the 1-based rank of the first good answer among `ids`, or 0. */
export function makeJudge(articles: readonly ArticleText[]): (query: GeneratedQuery, ids: readonly string[]) => number {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const texts = new Map<string, string>();
  const textOf = (id: string) => {
    let text = texts.get(id);
    if (text === undefined) texts.set(id, (text = normalized(byId.get(id)?.text ?? '')));
    return text;
  };
  return (query, ids) => {
    const want = byId.get(query.id);
    const phrase = normalized(query.q);
    const good = (id: string) =>
      id === query.id || (query.kind === 'title' ? byId.get(id)?.title === want?.title : textOf(id).includes(phrase));
    const at = ids.findIndex(good);
    return at === -1 ? 0 : at + 1;
  };
}
