/**
 * The site build's configuration, read once from the environment into one typed, validated object.
 * This is the only module that reads `process.env` (with `astro.config.mjs`, which hands it to
 * Astro): every other module receives these values. The environment is how the configuration
 * crosses into `astro build`, which `kbatlas build` runs as child processes; `buildEnv` writes it
 * for them, so both sides share one contract.
 *
 *   KB_SITE_URL            public URL of the deployed site             default http://localhost:4321
 *   KB_BASE_PATH           base path the site is served under          default /
 *   KB_OUT_DIR             output folder (then its cache beside it)     default dist
 *   KB_BUILD_CONCURRENCY   pages Astro renders at a time                default 8
 *   KB_CONTENT_DIR         imported pages of the ordinary build         default content/kb
 *   KB_RENDER_PLAN         archive build only: the render plan (archive-build/render-plan.ts; set by kbatlas build)
 *   KB_RENDER_PART         archive build only: `i/n`, the slice of the plan's pages this process renders
 *   KB_SKIP_INDEX          `1`: the search index is built later, by the caller (kbatlas build)
 *   KBATLAS_DEBUG          any value: the CLI prints stack traces of internal errors
 */
import { z } from 'zod';

/** `i/n`: the i-th of n slices (0 <= i < n). */
const renderPart = z
  .string()
  .regex(/^\d+\/\d+$/, 'must be i/n')
  .transform((value) => {
    const [index, count] = value.split('/').map(Number) as [number, number];
    return { index, count };
  })
  .refine(({ index, count }) => count >= 1 && index < count, 'must be i/n with 0 <= i < n');

/** What the environment may hold, each value checked. */
const environment = z.object({
  KB_SITE_URL: z.url().default('http://localhost:4321'),
  KB_BASE_PATH: z.string().default('/'),
  KB_OUT_DIR: z.string().min(1).optional(),
  KB_BUILD_CONCURRENCY: z.coerce.number().int().min(1).default(8),
  KB_CONTENT_DIR: z.string().min(1).default('content/kb'),
  KB_RENDER_PLAN: z.string().optional(),
  KB_RENDER_PART: renderPart.optional(),
  KB_SKIP_INDEX: z.string().optional(),
});

/** The archive build's settings, present only in an archive build. */
export interface ArchiveRender {
  /** The render plan (archive-build/render-plan.ts): the articles, read instead of the content layer, and the pages to render. */
  plan: string;
  /** The slice of the plan's pages this process renders. */
  part: { index: number; count: number };
}

/** The build's configuration. */
export interface BuildConfig {
  /** Public URL of the deployed site (absolute links, canonical URLs, sitemap). */
  site: string;
  /** Base path the site is served under (`/kbarchive/`). */
  base: string;
  /** Output folder. */
  outDir: string;
  /** Astro's cache folder: beside a chosen output folder (parallel builds of other content never share one), else Astro's default. */
  cacheDir: string | undefined;
  /** Pages Astro renders at a time (one page's file write overlaps the next page's rendering). */
  concurrency: number;
  /** Folder of imported `.mdx` pages the ordinary build reads. */
  contentDir: string;
  /** Set in an archive build (`kbatlas build`). */
  archive: ArchiveRender | undefined;
  /** The search index is built later by the caller, not at the end of this build. */
  skipIndex: boolean;
}

/** `schema` checked against the `KB*` variables of `env`; throws naming the first malformed variable. */
function readEnvironment<T>(schema: z.ZodType<T>, env: Record<string, string | undefined>): T {
  // An empty variable counts as unset, as `VAR= command` is the usual way to unset one for a command.
  const given = Object.fromEntries(Object.entries(env).filter(([name, value]) => name.startsWith('KB') && value !== ''));
  const parsed = schema.safeParse(given);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`${String(issue.path[0])}=${given[String(issue.path[0])]}: ${issue.message}`);
  }
  return parsed.data;
}

/** The configuration in `env`; throws naming the variable when a value is malformed. */
export function readBuildConfig(env: Record<string, string | undefined> = process.env): BuildConfig {
  const e = readEnvironment(environment, env);
  return {
    site: e.KB_SITE_URL,
    base: e.KB_BASE_PATH,
    outDir: e.KB_OUT_DIR ?? 'dist',
    cacheDir: e.KB_OUT_DIR ? `${e.KB_OUT_DIR.replace(/\/+$/, '')}.cache` : undefined,
    concurrency: e.KB_BUILD_CONCURRENCY,
    contentDir: e.KB_CONTENT_DIR,
    archive: e.KB_RENDER_PLAN
      ? { plan: e.KB_RENDER_PLAN, part: e.KB_RENDER_PART ?? { index: 0, count: 1 } }
      : undefined,
    skipIndex: e.KB_SKIP_INDEX === '1',
  };
}

let cached: BuildConfig | undefined;

/** The configuration of this process, read once, on first use (a command that builds nothing never reads it). */
export function buildConfig(): BuildConfig {
  cached ??= readBuildConfig();
  return cached;
}

/**
 * The settings that shape every page's links, as the environment gives them (`<site>|<base>`, empty
 * when unset): `kbatlas build` re-renders every page when they change. Read raw, not checked: the
 * render processes check them (a malformed value fails the render stage, leaving the previous site).
 */
export function siteAddress(env: Record<string, string | undefined> = process.env): string {
  return `${env.KB_SITE_URL ?? ''}|${env.KB_BASE_PATH ?? ''}`;
}

/** Where the site is served (`KB_SITE_URL`, `KB_BASE_PATH`). */
export interface SiteLocation {
  site: string;
  base: string;
}

/**
 * The site's URL and base path as the render processes will read them, for what `kbatlas build`
 * writes itself (the articles' JSON documents). Only these two are checked: any other setting is the
 * render processes' to check. Throws naming the variable when one is malformed.
 */
export function readSiteLocation(env: Record<string, string | undefined> = process.env): SiteLocation {
  const e = readEnvironment(environment.pick({ KB_SITE_URL: true, KB_BASE_PATH: true }), env);
  return { site: e.KB_SITE_URL, base: e.KB_BASE_PATH };
}

/** Whether the CLI prints stack traces of internal errors (KBATLAS_DEBUG set to anything). */
export function debugEnabled(env: Record<string, string | undefined> = process.env): boolean {
  return Boolean(env.KBATLAS_DEBUG);
}

/** What `kbatlas build` sets for one render process of an archive build. */
export interface ArchiveRenderSettings {
  planFile: string;
  outDir: string;
  part: { index: number; count: number };
}

/** The environment of a render process of an archive build: this process's own, plus its settings (the search index is built afterwards). */
export function archiveRenderEnv(settings: ArchiveRenderSettings): Record<string, string | undefined> {
  return {
    ...process.env,
    KB_RENDER_PLAN: settings.planFile,
    KB_OUT_DIR: settings.outDir,
    KB_RENDER_PART: `${settings.part.index}/${settings.part.count}`,
    KB_SKIP_INDEX: '1',
  };
}
