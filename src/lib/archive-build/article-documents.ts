/**
 * The articles' JSON documents (`/kb/NNN/QID/oembed.json`), written by the archive build itself
 * instead of through Astro's page pipeline. Each is a pure function of one article's front matter and
 * the archive index, which the plan stage already holds; through Astro, every one of these 59,835
 * small files paid the routing, `Response`, log line and write of a page — about 1 ms of CPU each,
 * nearly half a page's cost (docs/archive-build.md, "Where the time goes"). The bytes come from the
 * function the ordinary build's route uses (linking/oembed.ts), so both builds write the same file.
 * They are written into a staging folder of their own while the Astro processes render, and merged
 * with the rendered parts.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { SiteLocation } from '../build-config.ts';
import { oembedDocument } from '../linking/oembed.ts';
import { siteRoot } from '../linking/site-root.ts';
import type { ArticleData } from '../page-format/schema.ts';
import type { ArchiveIndex } from '../site/archive-model.ts';
import type { ArticleEndpoint } from './page-files.ts';

/** One document to write: its output file (relative to dist/), which endpoint it is, and its article's front matter. */
export interface ArticleDocument {
  file: string;
  name: ArticleEndpoint;
  data: ArticleData;
}

/** The documents of one build, with the index they read (cards, who cites whom). */
export interface ArticleDocuments {
  index: Pick<ArchiveIndex, 'cards' | 'citedBy'>;
  files: ArticleDocument[];
}

/** The bytes of each endpoint: the same functions the ordinary build's routes answer with. */
const documentOf: Record<ArticleEndpoint, (data: ArticleData, index: ArticleDocuments['index'], root: URL) => string> = {
  'oembed.json': oembedDocument,
};

/** Documents written between two turns of the event loop (the render processes' logs are read meanwhile). */
const BATCH = 256;

/**
 * Writes `documents` under `dir` (emptied first) for the site at `location`; resolves with how many
 * were written. Stops between batches once `signal` is aborted (the render failed).
 */
export async function writeArticleDocuments(documents: ArticleDocuments, dir: string, location: SiteLocation, signal?: AbortSignal): Promise<number> {
  const root = siteRoot(location.site, location.base);
  rmSync(dir, { recursive: true, force: true });
  let written = 0;
  for (let at = 0; at < documents.files.length; at += BATCH) {
    signal?.throwIfAborted();
    for (const { file, name, data } of documents.files.slice(at, at + BATCH)) {
      const path = join(dir, file);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, documentOf[name](data, documents.index, root));
      written += 1;
    }
    await nextTurn();
  }
  return written;
}
