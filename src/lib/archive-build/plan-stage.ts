/**
 * The archive build's plan stage, run by the build before the render: reads the imported folder
 * once, computes the digest of every incrementally rendered page (page-digests.ts), records them
 * as this build's (`<state>/next/<route>.json`, promoted to `done/` once dist/ holds the pages),
 * and writes the render plan (render-plan.ts): the pages whose digest differs from the one
 * recorded when dist/ was last written, sliced into one list per render process. The routes read
 * the plan; they neither compute digests nor write files. The articles' JSON documents are not
 * Astro's to render: the plan stage hands the stale ones, with the data they are made of, to the
 * build (article-documents.ts), which writes them beside the render.
 *
 *   <state>/done/<route>.json   output file → digest, of the pages in dist/
 *   <state>/next/<route>.json   the same, of this build
 *   <state>/plan.json           the render plan
 *   <state>/pages.json          per page: the stamp its file had, its digest and mentions (page-records.ts)
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildArchiveIndex } from '../site/archive-model.ts';
import type { ArticleDocuments } from './article-documents.ts';
import { readPageRecords } from './page-records.ts';
import { siteDigests, type PageDigests } from './page-digests.ts';
import { ARTICLE_ENDPOINTS, articleFile, routeNames } from './page-files.ts';
import { RENDER_PLAN_VERSION, writeRenderPlan, type PlannedRoute } from './render-plan.ts';

/** What the plan stage needs. */
export interface PlanOptions {
  /** The imported `.mdx` folder. */
  contentDir: string;
  /** Render state folder (`done/`, `next/`, `plan.json`). */
  stateDir: string;
  /** Render processes the stale pages are shared among. */
  parts: number;
  /** Read every page, even those whose file's stamp is the one recorded (a forced build); default false. */
  reread?: boolean;
}

/** What the plan stage decided. */
export interface PlannedRender {
  /** The render plan's file, for the render processes. */
  planFile: string;
  /** Articles in the plan. */
  articles: number;
  /** Imported pages read (the others' records were kept from the last plan: page-records.ts). */
  read: number;
  /** Incrementally rendered pages in all, and those to render. */
  pages: number;
  stale: number;
  /** Files (relative to dist/) a route produced last time and produces no more. */
  obsolete: string[];
  /** The articles' JSON documents to write (those whose inputs changed), for the build to write itself. */
  documents: ArticleDocuments;
}

/** Reads one route's recorded digests (`{}` when none). */
export function readDigests(dir: string, route: string): PageDigests {
  try {
    return JSON.parse(readFileSync(join(dir, `${route}.json`), 'utf8')) as PageDigests;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw error;
  }
}

/** Writes one route's digests atomically. */
function writeDigests(dir: string, route: string, digests: PageDigests): void {
  mkdirSync(dir, { recursive: true });
  const tmp = join(dir, `.${route}.json.tmp`);
  writeFileSync(tmp, JSON.stringify(digests));
  renameSync(tmp, join(dir, `${route}.json`));
}

/** `items` in `count` contiguous slices (the last ones may be empty). */
function slices<T>(items: readonly T[], count: number): T[][] {
  const size = Math.ceil(items.length / count);
  return Array.from({ length: count }, (_, i) => items.slice(i * size, (i + 1) * size));
}

/** Plans the render of `contentDir`: records this build's digests and writes the plan. */
export function planRender(options: PlanOptions): PlannedRender {
  const folder = readPageRecords(options.contentDir, options.stateDir, options.reread);
  const { records } = folder;
  const index = buildArchiveIndex(records.map((record) => record.data));
  // The routes whose files the build writes itself (the articles' JSON documents), and their stale files.
  const documentRoutes = new Set(ARTICLE_ENDPOINTS.map((name) => routeNames.endpoint(name)));
  const staleDocuments = new Set<string>();
  const digests = siteDigests(records, index);
  const doneDir = join(options.stateDir, 'done');
  const nextDir = join(options.stateDir, 'next');
  rmSync(nextDir, { recursive: true, force: true });
  // Every route recorded last time (a route may have gone since) and every route now.
  const recorded = existsSync(doneDir) ? readdirSync(doneDir).filter((n) => n.endsWith('.json')).map((n) => n.slice(0, -'.json'.length)) : [];
  const routes: Record<string, PlannedRoute> = {};
  const obsolete: string[] = [];
  let pages = 0;
  let stale = 0;
  for (const route of new Set([...Object.keys(digests), ...recorded])) {
    const next = digests[route] ?? {};
    const done = readDigests(doneDir, route);
    // Files a route produced last time and produces no more.
    for (const file of Object.keys(done)) if (!(file in next)) obsolete.push(file);
    if (!(route in digests)) continue;
    writeDigests(nextDir, route, next);
    const files = Object.keys(next).filter((file) => done[file] !== next[file]);
    pages += Object.keys(next).length;
    stale += files.length;
    if (documentRoutes.has(route)) for (const file of files) staleDocuments.add(file);
    else routes[route] = { total: Object.keys(next).length, parts: slices(files, options.parts) };
  }
  const planFile = join(options.stateDir, 'plan.json');
  writeRenderPlan(planFile, {
    version: RENDER_PLAN_VERSION,
    articles: records.map(({ id, data, file }) => ({ id, data, file })),
    routes,
    writtenByBuild: [...documentRoutes],
  });
  folder.save(planFile);
  const documents: ArticleDocuments = {
    index,
    files: records.flatMap(({ id, data }) =>
      ARTICLE_ENDPOINTS.map((name) => ({ file: articleFile(id, name), name, data })).filter(({ file }) => staleDocuments.has(file))),
  };
  return { planFile, articles: records.length, read: folder.read, pages, stale, obsolete, documents };
}
