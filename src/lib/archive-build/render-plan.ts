/**
 * The render plan: what the archive build's plan stage (plan-stage.ts) hands each Astro render
 * process, as one JSON file. It holds every article's front matter (read once by the plan stage, so
 * no render process reads the archive folder again) and, per route, the output files of the pages
 * whose inputs changed since `dist/` was last written, sliced into one list per render process.
 * Routes only read it (`plannedPages`); they never compute digests or write files.
 *
 *   KB_RENDER_PLAN=<file>   the plan (build-config.ts)
 *   KB_RENDER_PART=i/n      this process renders `parts[i]` of each route (contiguous slices, so each
 *                           part's pages share folders the merge moves whole)
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { writeFileAtomically } from '../atomic-file.ts';
import type { ArticleData } from '../page-format/schema.ts';
import { buildConfig } from '../build-config.ts';

/** Format version of the plan file: a render process refuses a plan of another version (2: `writtenByBuild`). */
export const RENDER_PLAN_VERSION = 2;

/** One article as the render processes read it: front matter and where its page is. */
export interface PlannedArticle {
  id: string;
  data: ArticleData;
  /** Absolute path of the `.mdx` page (its body is compiled when its page renders). */
  file: string;
}

/** One incrementally rendered route: how many pages it has, and which of them each part renders. */
export interface PlannedRoute {
  /** Every page of the route, stale or not: a route that enumerates another number has drifted from the plan stage. */
  total: number;
  /** Output files (relative to dist/) each render process renders, `parts[i]` for part i. */
  parts: string[][];
}

/** The plan of one archive render. */
export interface RenderPlan {
  version: typeof RENDER_PLAN_VERSION;
  /** Every article, sorted by file name. */
  articles: PlannedArticle[];
  /** Route name → its planned pages. */
  routes: Record<string, PlannedRoute>;
  /**
   * Routes whose files the build writes itself, outside Astro (the articles' JSON documents:
   * article-documents.ts): their `getStaticPaths` lists no page in a render process.
   */
  writtenByBuild: string[];
}

/** Writes the plan atomically (temp file + rename). */
export function writeRenderPlan(path: string, plan: RenderPlan): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileAtomically(path, JSON.stringify(plan));
}

/** Reads a plan; throws naming the file when it is of another version. */
export function readRenderPlan(path: string): RenderPlan {
  const plan = JSON.parse(readFileSync(path, 'utf8')) as RenderPlan;
  if (plan.version !== RENDER_PLAN_VERSION) throw new Error(`${path}: render plan version ${String(plan.version)}, expected ${RENDER_PLAN_VERSION}`);
  return plan;
}

let cached: { path: string; plan: RenderPlan } | undefined;

/** The plan of this render process (archive build only), read once. */
export function currentPlan(): RenderPlan | undefined {
  const archive = buildConfig().archive;
  if (!archive) return undefined;
  if (cached?.path !== archive.plan) cached = { path: archive.plan, plan: readRenderPlan(archive.plan) };
  return cached.plan;
}

/**
 * The pages of `route` this process renders: all of them outside the archive build; in it, those
 * of this part's slice of the plan (none of a route the build writes itself). Throws when the route's pages are not those the plan stage
 * counted (the two enumerations drifted: a page would silently go unrendered).
 */
export function plannedPages<T>(route: string, pages: readonly T[], fileOf: (page: T) => string): T[] {
  const plan = currentPlan();
  if (!plan) return [...pages];
  if (plan.writtenByBuild.includes(route)) return [];
  const planned = plan.routes[route];
  if (!planned || planned.total !== pages.length) {
    throw new Error(`render plan: route ${route} has ${pages.length} pages, the plan counted ${planned?.total ?? 'none'} (src/lib/archive-build/page-digests.ts)`);
  }
  const mine = new Set(planned.parts[buildConfig().archive!.part.index] ?? []);
  const chosen = pages.filter((page) => mine.has(fileOf(page)));
  if (chosen.length !== mine.size) throw new Error(`render plan: route ${route} names ${mine.size} files for this part, ${chosen.length} of them among its pages (src/lib/archive-build/page-digests.ts)`);
  return chosen;
}
