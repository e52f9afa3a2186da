/** getStaticPaths of the per-article JSON endpoints: one collection read per route, not per page. */
import { getCollection } from 'astro:content';
import type { ArticleData } from '../site/article-schema.ts';
import { bucketOf } from '../site/urls.ts';

/** Props of a per-article endpoint. */
export type ArticleDataProps = {
  data: ArticleData;
};

/** Route entries `{ bucket, id }` → the article's front matter, for every article in the archive. */
export async function articleDataPaths(): Promise<{ params: { bucket: string; id: string }; props: ArticleDataProps }[]> {
  const entries = await getCollection('articles');
  return entries.map(({ data }) => ({ params: { bucket: bucketOf(data.number), id: data.id }, props: { data } }));
}
