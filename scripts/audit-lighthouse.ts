/**
 * Lighthouse audit of the default site: builds the embedded articles at `/` and under `/kbarchive/`
 * (into `.cache/lighthouse/`), serves each on the project's static host (which answers a missing path
 * with `404.html` and status 404 and gzips text, as GitHub Pages, Netlify and nginx do), and runs Lighthouse 12
 * through its Node API in Debian's headless Chromium over one page of each type, as a phone (its
 * default: Moto G Power, simulated slow 4G and 4× slower CPU) and as a desktop (its desktop preset).
 * Each run starts a fresh browser, as Lighthouse's CLI does: one browser for all would remember a
 * failed `/favicon.ico` from one page to the next.
 *
 * Prints the four category scores per page and form factor (the median of `--runs`), every audit that
 * cost points, the metrics, and Lighthouse's CPU benchmark of the machine; exits 1 when a score is
 * below 100 for a reason not listed in {@link byDesign}. Not part of `npm test`: an audit, like the benchmarks.
 *
 *   npm run audit:lighthouse [-- --reuse] [--runs 3] [--only search] [--form mobile|desktop] [--json out.json] [--save dir]
 *
 * --reuse keeps sites already built; --only audits the pages whose name holds the word; --json writes
 * the results; --save keeps each run's whole Lighthouse report.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { desktopConfig } from 'lighthouse';
import { repoRoot } from '../tests/helpers/cli.ts';
import { buildDefaultSites } from '../tests/helpers/default-sites.ts';
import { serveStatic, type StaticServer } from '../tests/helpers/search-server.ts';

/** The page types audited: a name, which build (`root` or `based`), and the path under that build's base. */
const pages = [
  { name: 'home', site: 'root', path: '' },
  { name: 'article', site: 'root', path: 'kb/311/Q311457/' },
  { name: 'absent article', site: 'root', path: 'kb/213/Q213410/' },
  { name: 'product list', site: 'root', path: 'products/' },
  { name: 'keyword page', site: 'root', path: 'keywords/kbsms200/' },
  { name: 'year page', site: 'root', path: 'years/2002/' },
  { name: 'search with results', site: 'root', path: 'search/?q=service+pack' },
  { name: '404', site: 'root', path: 'no-such-page/' },
  { name: 'article under /kbarchive/', site: 'based', path: 'kb/311/Q311457/' },
] as const;

/**
 * Audits a page fails on purpose, with the reason. The 404 page answers with status 404 (as it must:
 * a 200 would be a "soft 404"), which Chrome logs as a failed load of the page itself and Lighthouse's
 * SEO counts against it; it asks search engines not to index it. (The page of an id the archive lacks
 * is indexable: it lists the articles that cite that id, which is what someone searching the id wants.)
 */
const byDesign: Record<string, Record<string, string>> = {
  '404': {
    'http-status-code': 'the page answers 404, as a missing page must',
    'errors-in-console': 'Chrome logs the page\'s own 404 status as a failed resource load',
    'is-crawlable': '`noindex`: a missing page is not for search engines',
  },
};

/** Lighthouse's four categories, in the order printed. */
const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
type Category = (typeof categories)[number];
/** The metrics printed, by audit id. */
const metricIds = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index'] as const;
const formFactors = ['mobile', 'desktop'] as const;
type FormFactor = (typeof formFactors)[number];

/** The parts of Lighthouse's result read here. */
interface LighthouseResult {
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] } | undefined>;
  audits: Record<string, { score: number | null; displayValue?: string; title: string; details?: { items?: { sourceLocation?: { url?: string } }[] } } | undefined>;
  environment: { benchmarkIndex: number };
  runWarnings: string[];
}

/** An audit that cost points: its category, id, score and value, and the reason when it is by design. */
interface Lost {
  category: Category;
  id: string;
  score: number;
  value: string;
  title: string;
  reason?: string;
}

/** One page's result in one form factor: median scores (0–100), the audits that cost points and the metrics of the median run. */
interface PageResult {
  name: string;
  form: FormFactor;
  url: string;
  scores: Record<Category, number>;
  lost: Lost[];
  metrics: Record<string, string>;
  benchmarkIndex: number;
}

const args = process.argv.slice(2);
const option = (name: string) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const runs = Math.max(1, Number(option('--runs') ?? 1));
const only = option('--only');
const forms = formFactors.filter((form) => !option('--form') || option('--form') === form);
const jsonOut = option('--json');
const saveDir = option('--save');
if (saveDir) mkdirSync(saveDir, { recursive: true });
const chromePath = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => existsSync(path));

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** The audits of `lhr`'s categories that scored under 1, each with its reason when `page` fails it by design. */
function lostAudits(lhr: LighthouseResult, page: string, url: string): Lost[] {
  const lost: Lost[] = [];
  for (const category of categories) {
    for (const ref of lhr.categories[category]?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      if (!audit || ref.weight === 0 || audit.score === null || audit.score >= 1) continue;
      let reason = byDesign[page]?.[ref.id];
      // The 404 page's console may hold its own status and nothing else.
      if (ref.id === 'errors-in-console' && audit.details?.items?.some((item) => item.sourceLocation?.url !== url)) reason = undefined;
      lost.push({ category, id: ref.id, score: audit.score, value: audit.displayValue ?? '', title: audit.title, ...(reason ? { reason } : {}) });
    }
  }
  return lost;
}

/** Runs Lighthouse once on `url` in a fresh headless Chromium. */
async function audit(url: string, form: FormFactor, page: string): Promise<{ lhr: LighthouseResult; report: string }> {
  const chrome = await chromeLauncher.launch({
    ...(chromePath ? { chromePath } : {}),
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    // A 404 page is audited as visitors meet it, with its 404 status (Lighthouse stops at one unless told).
    const settings = { ...(form === 'desktop' ? desktopConfig.settings : {}), onlyCategories: [...categories], ignoreStatusCode: page === '404' };
    const answer = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' }, { extends: 'lighthouse:default', settings });
    const lhr = answer?.lhr as unknown as LighthouseResult | undefined;
    const fatal = (answer?.lhr as { runtimeError?: { message: string } } | undefined)?.runtimeError;
    if (!lhr || fatal) throw new Error(`Lighthouse failed on ${url}: ${fatal?.message ?? 'no result'}`);
    return { lhr, report: answer!.report as string };
  } finally {
    chrome.kill();
  }
}

const sites = await buildDefaultSites(join(repoRoot, '.cache/lighthouse'), { reuse: args.includes('--reuse') });
// Text gzipped, as every production static host sends it (GitHub Pages, Netlify, Cloudflare, nginx's gzip).
const servers: Record<'root' | 'based', StaticServer> = {
  root: await serveStatic(sites.root.outDir, sites.root.base, undefined, { gzip: true }),
  based: await serveStatic(sites.based.outDir, sites.based.base, undefined, { gzip: true }),
};
const results: PageResult[] = [];
try {
  for (const page of pages) {
    if (only && !page.name.includes(only)) continue;
    const url = `${servers[page.site].origin}${sites[page.site].base}${page.path}`;
    for (const form of forms) {
      const done: { scores: Record<Category, number>; lhr: LighthouseResult }[] = [];
      for (let run = 0; run < runs; run++) {
        const { lhr, report } = await audit(url, form, page.name);
        const scores = Object.fromEntries(categories.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)])) as Record<Category, number>;
        done.push({ scores, lhr });
        if (saveDir) writeFileSync(join(saveDir, `${page.name.replace(/\W+/g, '-')}-${form}-${run + 1}.json`), report);
      }
      const scores = Object.fromEntries(categories.map((c) => [c, median(done.map((d) => d.scores[c]))])) as Record<Category, number>;
      const typical = done.find((d) => d.scores.performance === scores.performance) ?? done[0]!;
      const metrics = Object.fromEntries(metricIds.map((id) => [id, typical.lhr.audits[id]?.displayValue ?? '']));
      const benchmarkIndex = median(done.map((d) => d.lhr.environment.benchmarkIndex));
      const result: PageResult = { name: page.name, form, url: `${sites[page.site].base}${page.path}`, scores, lost: lostAudits(typical.lhr, page.name, url), metrics, benchmarkIndex };
      results.push(result);
      const runsSeen = runs > 1 ? ` (median of ${runs}: performance ${done.map((d) => d.scores.performance).join(', ')})` : '';
      console.log(`${result.name}, ${form}: ${categories.map((c) => result.scores[c]).join(' / ')}${runsSeen}; CPU benchmark ${Math.round(benchmarkIndex)}`);
      for (const l of result.lost) console.log(`  ${l.category}: ${l.id} ${l.score}${l.value ? ` (${l.value})` : ''}: ${l.title}${l.reason ? ` [by design: ${l.reason}]` : ''}`);
    }
  }
} finally {
  await Promise.all(Object.values(servers).map((server) => server.close()));
}

const cell = (r: PageResult, c: Category) => `${r.scores[c]}${r.lost.some((l) => l.category === c && l.reason) ? '*' : ''}`;
console.log('\n| page | URL | form | performance | accessibility | best practices | SEO |');
console.log('| --- | --- | --- | ---: | ---: | ---: | ---: |');
for (const r of results) console.log(`| ${r.name} | \`${r.url}\` | ${r.form} | ${categories.map((c) => cell(r, c)).join(' | ')} |`);
if (results.some((r) => r.lost.some((l) => l.reason))) console.log('\n\\* below 100 by design only (see the audits above).');
console.log('\n| page | form | FCP | LCP | TBT | CLS | Speed Index |');
console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: |');
for (const r of results) console.log(`| ${r.name} | ${r.form} | ${metricIds.map((id) => r.metrics[id]).join(' | ')} |`);
if (jsonOut) writeFileSync(jsonOut, `${JSON.stringify(results, null, 2)}\n`);
const below = results.filter((r) => categories.some((c) => r.scores[c] < 100 && r.lost.some((l) => l.category === c && !l.reason)));
if (below.length > 0) {
  console.log(`\n${below.length} of ${results.length} audits score below 100 for a reason not by design.`);
  process.exitCode = 1;
}
