/** The article pages of a built site: `kb/<bucket>/Q<n>/index.html`. */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { isCanonicalId } from '../../parse/ids.ts';

/** An article page of the built site. */
export interface ArticlePage {
  /** Absolute path of `kb/<bucket>/<id>/index.html`. */
  file: string;
  /** `/kb/311/Q311457/`: from the site root, without the base path (the browser adds it). */
  url: string;
  /** Article number (`311457`). */
  number: number;
}

/** Every article page under `siteDir`, in a stable order (bucket, then id). */
export function findArticlePages(siteDir: string): ArticlePage[] {
  const pages: ArticlePage[] = [];
  const kb = join(siteDir, 'kb');
  if (!existsSync(kb)) return pages;
  const buckets = readdirSync(kb, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
  for (const bucket of buckets) {
    for (const id of readdirSync(join(kb, bucket)).sort()) {
      const match = isCanonicalId(id);
      const file = join(kb, bucket, id, 'index.html');
      if (match && existsSync(file)) pages.push({ file, url: `/kb/${bucket}/${id}/`, number: Number(id.slice(1)) });
    }
  }
  return pages;
}
