/**
 * The archive build's article source: a folder of imported `.mdx` pages read directly, instead of
 * through Astro's content layer. At 60k articles the content layer bundles one module per MDX file
 * (15+ minutes) or keeps every rendered body in its data store (GBs); here each page keeps only
 * its front matter and file path, and its body is compiled when the page renders (mdx-body.ts).
 * Pure Node, no Astro import, so it is tested alone.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sha1 } from '../digest.ts';
import { parsePageData } from '../page-format/reader.ts';
import type { ArticleData } from '../page-format/schema.ts';

/** One page of the archive folder: its validated front matter and where its body is. */
export interface ArchiveRecord {
  id: string;
  data: ArticleData;
  /** Absolute path of the `.mdx` file. */
  file: string;
  /** SHA-1 of the whole page text: what incremental rendering compares. */
  digest: string;
  /** Ids of the page's `<KbRef>` mentions as written: whose titles the page shows. */
  mentions: string[];
}

/** The `.mdx` page names of `dir`, sorted (the order the glob loader gives). */
export function archivePageNames(dir: string): string[] {
  return readdirSync(dir).filter((name) => name.endsWith('.mdx')).sort();
}

/** One page of `dir`, read and validated. */
export function readArchivePage(dir: string, name: string): ArchiveRecord {
  const file = join(dir, name);
  const text = readFileSync(file, 'utf8');
  const data = parsePageData(text, file);
  const digest = sha1(text);
  const mentions = [...new Set(Array.from(text.matchAll(/<KbRef id="([^"]*)"/g), (m) => m[1]!))];
  return { id: name.slice(0, -'.mdx'.length), data, file, digest, mentions };
}

/** Every `.mdx` page of `dir`, sorted by file name (the order the glob loader gives). */
export function readArchiveFolder(dir: string): ArchiveRecord[] {
  return archivePageNames(dir).map((name) => readArchivePage(dir, name));
}
