/** Front matter of imported `.mdx` pages, read as Astro reads it (js-yaml) and checked by the site schema. */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { articleSchema, type ArticleData } from '../../../src/lib/page-format/schema.ts';

/** Every page's front matter in a folder of imported pages, by file name order. */
export async function readPages(dir: string): Promise<ArticleData[]> {
  const names = (await readdir(dir)).filter((name) => name.endsWith('.mdx')).sort();
  return Promise.all(names.map(async (name) => frontMatter(await readFile(join(dir, name), 'utf8'))));
}

/** The validated front matter of one page's text. */
export function frontMatter(mdx: string): ArticleData {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(mdx);
  if (!match) throw new Error('page has no front matter');
  return articleSchema.parse(load(match[1]!));
}
