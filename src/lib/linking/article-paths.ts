/** getStaticPaths of the per-article JSON endpoints: one collection read per route, not per page. */
import type { ArticleData } from '../page-format/schema.ts';
import { getArchiveIndex } from '../site/archive-index.ts';
import { getArticles } from '../site/articles.ts';
import { articleDigest } from '../site/page-digests.ts';
import { planPages } from '../site/render-plan.ts';
import { articlePath, bucketOf } from '../site/urls.ts';

/** Props of a per-article endpoint. */
export type ArticleDataProps = {
  data: ArticleData;
};

/**
 * Route entries `{ bucket, id }` → the article's front matter, for every article in the archive
 * (in the archive build, for those whose inputs changed: the same inputs as the article's page).
 * `file` is the endpoint's file name (`oembed.json`).
 */
export async function articleDataPaths(file: string): Promise<{ params: { bucket: string; id: string }; props: ArticleDataProps }[]> {
  const [articles, index] = await Promise.all([getArticles(), getArchiveIndex()]);
  const route = file.replace(/\W+/g, '-');
  return planPages(route, articles, (a) => `${articlePath(a.id)}${file}`, (a) => articleDigest(a, index)).map(({ data }) => ({
    params: { bucket: bucketOf(data.number), id: data.id },
    props: { data },
  }));
}
