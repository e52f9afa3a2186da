/**
 * Page weight of a built site (a script that prints figures, not a test): what every article page's
 * HTML is made of (scripts/page-weight/breakdown.ts), the median page against its source article, and
 * the page gzipped as hosts send it, and the shared files a browser fetches once (`_astro/`).
 * Usage: npm run audit:page-weight [-- <dist>] [--sources <folder of kb/NNN/QID/README.md>] [--show <QID>]
 * Defaults: dist, ../shared/corpus/kb, Q311457.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { median, pageBreakdown, PARTS, type Breakdown } from './page-weight/breakdown.ts';

const args = process.argv.slice(2);
/** Removes `--name value` from the arguments and returns the value. */
function option(name: string, fallback: string): string {
  const at = args.indexOf(name);
  return at === -1 ? fallback : (args.splice(at, 2)[1] ?? fallback);
}
const sourcesDir = resolve(option('--sources', fileURLToPath(new URL('../../shared/corpus/kb', import.meta.url))));
const show = option('--show', 'Q311457');
const dist = resolve(args[0] ?? 'dist');
for (const [what, path] of [['site', join(dist, 'kb')], ['sources', sourcesDir]] as const) {
  if (!existsSync(path)) {
    console.error(`page-weight: ${what} not found at ${path}; nothing measured.`);
    process.exit(2);
  }
}

/** Every `QID/README.md` under `dir`, by id. */
function sourceSizes(dir: string): Map<string, number> {
  const sizes = new Map<string, number>();
  for (const path of readdirSync(dir, { recursive: true }).map(String)) {
    if (basename(path) === 'README.md') sizes.set(basename(dirname(path)), statSync(join(dir, path)).size);
  }
  return sizes;
}

const sources = sourceSizes(sourcesDir);
const pages: { id: string; page: number; gzipped: number; source: number; parts: Breakdown }[] = [];
for (const bucket of readdirSync(join(dist, 'kb'))) {
  for (const id of readdirSync(join(dist, 'kb', bucket))) {
    const source = sources.get(id);
    const file = join(dist, 'kb', bucket, id, 'index.html');
    // Pages of ids the archive lacks (cited, not archived) have no source to compare with.
    if (source === undefined || !existsSync(file)) continue;
    const html = readFileSync(file, 'utf8');
    pages.push({ id, page: Buffer.byteLength(html), gzipped: gzipSync(html).length, source, parts: pageBreakdown(html) });
  }
}
if (pages.length === 0) {
  console.error(`page-weight: no article page under ${dist}/kb has a source in ${sourcesDir}.`);
  process.exit(2);
}

const kb = (bytes: number) => (bytes / 1000).toFixed(2);
const total = pages.reduce((sum, p) => sum + p.page, 0);
const shown = pages.find((p) => p.id === show);
console.log(`${pages.length} article pages of ${dist} with their source in ${sourcesDir}\n`);
console.log(`| part | median KB | share of all page bytes |${shown ? ` ${show} KB |` : ''}`);
console.log(`| --- | ---: | ---: |${shown ? ' ---: |' : ''}`);
for (const part of PARTS) {
  const bytes = pages.reduce((sum, p) => sum + p.parts[part], 0);
  console.log(`| ${part} | ${kb(median(pages.map((p) => p.parts[part])))} | ${((100 * bytes) / total).toFixed(1)} % |${shown ? ` ${kb(shown.parts[part])} |` : ''}`);
}
console.log(`| **whole page** | ${kb(median(pages.map((p) => p.page)))} | 100 % |${shown ? ` ${kb(shown.page)} |` : ''}`);
console.log(`| source article | ${kb(median(pages.map((p) => p.source)))} | |${shown ? ` ${kb(shown.source)} |` : ''}`);

const ratios = pages.map((p) => p.page / p.source);
console.log(`\nmedian page / median source: ${(median(pages.map((p) => p.page)) / median(pages.map((p) => p.source))).toFixed(2)}`);
console.log(`median of page / source per article: ${median(ratios).toFixed(2)}; at most 2: ${ratios.filter((r) => r <= 2).length} of ${pages.length}`);
const gzipped = median(pages.map((p) => p.gzipped));
console.log(`median page gzipped (as hosts send it): ${kb(gzipped)} KB, ${(gzipped / median(pages.map((p) => p.source))).toFixed(2)}× the median source`);

const assets = join(dist, '_astro');
if (existsSync(assets)) {
  const files = readdirSync(assets).map((name) => ({ name, bytes: statSync(join(assets, name)).size }));
  const bytes = files.reduce((sum, f) => sum + f.bytes, 0);
  console.log(`\nshared files (${assets}, fetched once and cached): ${files.length} files, ${kb(bytes)} KB`);
  for (const f of files.sort((a, b) => b.bytes - a.bytes)) console.log(`  ${f.name} ${kb(f.bytes)} KB`);
}
