import { getArticles } from './articles.ts';
import { buildArchiveIndex, type ArchiveIndex } from './archive-model.ts';

let cached: Promise<ArchiveIndex> | undefined;

/**
 * The archive index, computed ONCE per build (every page and getStaticPaths share this promise),
 * so backlinks and browse lists cost O(articles) in total, not per page. The dev server recomputes
 * on each call so edited content shows up.
 */
export function getArchiveIndex(): Promise<ArchiveIndex> {
  if (import.meta.env.DEV) return load();
  cached ??= load();
  return cached;
}

/** Reads every article's front matter and indexes it. */
async function load(): Promise<ArchiveIndex> {
  const articles = await getArticles();
  return buildArchiveIndex(articles.map((article) => article.data));
}
