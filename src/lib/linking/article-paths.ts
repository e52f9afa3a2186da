/** getStaticPaths of the per-article JSON endpoints: one collection read per route, not per page. */
import type { ArticleData } from '../site/article-schema.ts';
import { getArticles } from '../site/articles.ts';
import { bucketOf } from '../site/urls.ts';

/** Props of a per-article endpoint. */
export type ArticleDataProps = {
  data: ArticleData;
};

/** Route entries `{ bucket, id }` → the article's front matter, for every article in the archive. */
export async function articleDataPaths(): Promise<{ params: { bucket: string; id: string }; props: ArticleDataProps }[]> {
  const articles = await getArticles();
  return articles.map(({ data }) => ({ params: { bucket: bucketOf(data.number), id: data.id }, props: { data } }));
}
