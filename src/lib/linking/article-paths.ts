/** getStaticPaths of the per-article JSON endpoints: one collection read per route, not per page. */
import type { ArticleData } from '../page-format/schema.ts';
import { articleFile, routeNames } from '../archive-build/page-files.ts';
import { plannedPages } from '../archive-build/render-plan.ts';
import { getArticles } from '../site/articles.ts';
import { bucketOf } from '../site/urls.ts';

/** Props of a per-article endpoint. */
export type ArticleDataProps = {
  data: ArticleData;
};

/**
 * Route entries `{ bucket, id }` → the article's front matter, for every article in the archive
 * (in the archive build, those of this render's plan: archive-build/render-plan.ts).
 * `file` is the endpoint's file name (`oembed.json`).
 */
export async function articleDataPaths(file: string): Promise<{ params: { bucket: string; id: string }; props: ArticleDataProps }[]> {
  const articles = await getArticles();
  return plannedPages(routeNames.endpoint(file), articles, (a) => articleFile(a.id, file)).map(({ data }) => ({
    params: { bucket: bucketOf(data.number), id: data.id },
    props: { data },
  }));
}
