/**
 * Every article of the site, from whichever source the build uses: the content collection (the
 * ordinary path: `npm run build`, the embedded default site, tests) or, in an archive build, the
 * articles of the render plan (archive-build/render-plan.ts). Both give the same records in the same order,
 * so every page is the same whichever path rendered it.
 */
import { getCollection, render } from 'astro:content';
import { readFileSync } from 'node:fs';
import type { ArticleData } from '../page-format/schema.ts';
import { splitPage } from '../page-format/reader.ts';
import { articleSource } from '../archive-build/article-source.ts';
import { compileMdxBody, type MdxContent } from '../archive-build/mdx-body.ts';
import { currentPlan } from '../archive-build/render-plan.ts';
import { byNumber } from './ordering.ts';

/** One article: its front matter, and how to get its body as a component. */
export interface ArticleRecord {
  id: string;
  data: ArticleData;
  /** The rendered-on-demand body (`<Content components={…} />`). */
  content(): Promise<MdxContent>;
}

let cached: Promise<ArticleRecord[]> | undefined;

/** All articles by ascending number, read once per build (the dev server rereads so edits show). */
export function getArticles(): Promise<ArticleRecord[]> {
  if (import.meta.env.DEV) return load();
  cached ??= load();
  return cached;
}

async function load(): Promise<ArticleRecord[]> {
  const source = articleSource();
  const records: ArticleRecord[] = source.kind === 'archive'
    ? currentPlan()!.articles.map(({ id, data, file }) => ({
        id,
        data,
        // The body is read and compiled only when its page renders: nothing holds 60k bodies.
        content: async () => compileMdxBody(splitPage(readFileSync(file, 'utf8'), file).body, data, file),
      }))
    : (await getCollection('articles')).map((entry) => ({
        id: entry.id,
        data: entry.data,
        content: async () => (await render(entry)).Content as unknown as MdxContent,
      }));
  return records.sort((a, b) => byNumber(a.data, b.data));
}
