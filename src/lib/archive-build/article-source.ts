/**
 * Where the site's articles come from, decided once for the content collection (content.config.ts)
 * and the pages (site/articles.ts): in an archive build (`kbatlas build`), the articles of the
 * render plan, which the plan stage read from the imported folder (at 60k articles the content
 * layer is too slow and too large); else the content collection over the ordinary build's folder
 * (KB_CONTENT_DIR, or content/kb).
 */
import { buildConfig, type BuildConfig } from '../build-config.ts';

/** The article source of a build. */
export type ArticleSource = { kind: 'archive'; plan: string } | { kind: 'collection'; dir: string };

/** The article source `config` names. */
export function articleSource(config: BuildConfig = buildConfig()): ArticleSource {
  return config.archive ? { kind: 'archive', plan: config.archive.plan } : { kind: 'collection', dir: config.contentDir };
}
