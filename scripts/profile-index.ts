/**
 * Where the index stage's time goes (a script that prints figures, not a test): the article pages of
 * a built site through one Pagefind service, as one bundle, with the settings of the real index
 * (src/lib/search/settings.ts), reading the service's own CPU seconds from /proc after the pages
 * are added and after `writeFiles`. The service is a separate process (`pagefind_extended`), so a
 * CPU profile of Node does not see it.
 * Usage: node scripts/profile-index.ts <site> [--trim] [--out <dir>]
 * `--trim` hands Pagefind each page cut to what it indexes (no `<head>` contents, nothing after the
 * body's last indexed section; indexed-part.ts), to compare; the bundles can be compared with diff -r.
 * Linux only (/proc). Results go into docs/archive-build.md.
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { findArticlePages } from '../src/lib/search/indexer/article-pages.ts';
import { indexedPart } from '../src/lib/search/indexer/indexed-part.ts';
import { indexChunkSize, indexConfig } from '../src/lib/search/settings.ts';

const args = process.argv.slice(2);
const trim = args.includes('--trim');
const outAt = args.indexOf('--out');
const out = outAt >= 0 ? args[outAt + 1]! : join(tmpdir(), `kbatlas-profile-index-${process.pid}`);
const site = args.find((arg, i) => !arg.startsWith('--') && args[i - 1] !== '--out');
if (!site) {
  console.error('usage: node scripts/profile-index.ts <site> [--trim] [--out <dir>]');
  process.exit(2);
}
// As the shard worker does (shard-worker.ts): the service inherits it.
process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = String(indexChunkSize);

/** CPU seconds of this process's child processes (the Pagefind service), from /proc. */
function serviceSeconds(): number {
  let seconds = 0;
  for (const thread of readdirSync(`/proc/${process.pid}/task`)) {
    for (const pid of readFileSync(`/proc/${process.pid}/task/${thread}/children`, 'utf8').trim().split(/\s+/).filter(Boolean)) {
      try {
        const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        seconds += (Number(fields[11]) + Number(fields[12])) / 100;
      } catch {
        /* exited */
      }
    }
  }
  return seconds;
}

/** The page cut to what Pagefind reads: `<head>` emptied, the rest closed after the indexed part. */
function trimmed(html: string): string {
  if (!html.includes('data-pagefind-body')) return html;
  const body = html.indexOf('<body');
  return html.slice(0, body).replace(/<head>[\s\S]*<\/head>/, '<head></head>') + indexedPart(html).slice(body) + '</article></main></body></html>';
}

const pages = findArticlePages(site);
const { index, errors } = await pagefind.createIndex(indexConfig);
if (!index) throw new Error(`Pagefind createIndex: ${errors.join('; ')}`);
let bytes = 0;
const started = performance.now();
for (let at = 0; at < pages.length; at += 32) {
  await Promise.all(
    pages.slice(at, at + 32).map(async (page) => {
      const html = readFileSync(page.file, 'utf8');
      const content = trim ? trimmed(html) : html;
      bytes += Buffer.byteLength(content);
      const added = await index.addHTMLFile({ url: page.url, content });
      if (added.errors.length > 0) throw new Error(`${page.file}: ${added.errors.join('; ')}`);
    }),
  );
}
const added = performance.now();
const addingSeconds = serviceSeconds();
rmSync(out, { recursive: true, force: true });
const written = await index.writeFiles({ outputPath: out });
if (written.errors.length > 0) throw new Error(`Pagefind writeFiles: ${written.errors.join('; ')}`);
const total = serviceSeconds();
const node = process.cpuUsage();
console.log(`${pages.length} pages (${trim ? 'trimmed' : 'whole'}), ${(bytes / 1e6).toFixed(1)} MB handed to Pagefind; bundle in ${out}`);
console.log('| step | wall s | Pagefind CPU s |\n| --- | ---: | ---: |');
console.log(`| adding the pages | ${((added - started) / 1000).toFixed(1)} | ${addingSeconds.toFixed(1)} |`);
console.log(`| writeFiles | ${((performance.now() - added) / 1000).toFixed(1)} | ${(total - addingSeconds).toFixed(1)} |`);
console.log(`Node's own CPU: ${((node.user + node.system) / 1e6).toFixed(1)} s`);
await pagefind.close();
