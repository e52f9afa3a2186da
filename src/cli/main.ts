/** The `kbatlas` command line: parses arguments and hands over to a command. */
import { statSync } from 'node:fs';
import { Argument, Command, CommanderError, InvalidArgumentError } from 'commander';
import { debugEnabled } from '../lib/build-config.ts';
import { CliError, exitCodes } from '../lib/diagnostics/cli-error.ts';
import { runImport } from '../lib/import/import-command.ts';
import { runParse } from './parse-command.ts';
import { printable } from '../lib/diagnostics/printable.ts';

/** Parses a positive integer option. */
function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a positive integer');
  return n;
}

/** Parses a size option: bytes, or a number with `k`, `M` or `G` (binary units: `512k`, `4M`). */
function byteSize(value: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*([kmg]?)i?b?$/i.exec(value.trim());
  const scale = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[(match?.[2] ?? '').toLowerCase() as '' | 'k' | 'm' | 'g'];
  const bytes = match ? Math.floor(Number(match[1]) * scale) : NaN;
  if (!Number.isSafeInteger(bytes) || bytes < 1) throw new InvalidArgumentError('expected a size such as 4M, 512k or 100000');
  return bytes;
}

/** Help of the article size option, shared by import and build. */
const maxArticleSizeHelp = 'refuse articles larger than this (archive members too; default 4M)';

const program = new Command()
  .name('kbatlas')
  .description('Turn archived Microsoft Knowledge Base articles into MDX pages for the KB Atlas site.')
  .showHelpAfterError()
  // Usage errors throw (a CommanderError, exit code 2 below) instead of exiting with commander's 1; subcommands inherit this.
  .exitOverride();

/** Writes a command's summary as JSON when asked, and exits 1 when any article failed. */
async function finishWithSummary(summary: { failed: number }, jsonFile: string | undefined): Promise<void> {
  if (jsonFile) {
    const { writeFile } = await import('node:fs/promises');
    await writeFile(jsonFile, `${JSON.stringify(summary, null, 2)}\n`);
  }
  process.exitCode = summary.failed > 0 ? 1 : 0;
}

program
  .command('import')
  .description('import articles (files, folders, .tar/.tar.gz/.tar.xz archives) as one <QID>.mdx page each')
  .argument('<inputs...>', 'article files (README.md or .TXT), folders holding them, or archives')
  .requiredOption('-o, --out <dir>', 'folder to write the .mdx pages to')
  .option('-j, --threads <n>', 'worker threads converting articles (default: available cores)', positiveInt)
  .option('--no-progress', 'never show a progress bar')
  .option('-v, --verbose', 'print every warning, not only counts per rule, and each problem\'s hint')
  .option('-f, --force', 'convert every source again, even those unchanged since the last import into --out')
  .option('--json <file>', 'also write the summary as JSON to this file')
  .option('--max-article-size <size>', maxArticleSizeHelp, byteSize)
  .addHelpText('after', '\nExit code: 0 when every article was imported, 1 when any failed, 2 on a usage error or an --out it cannot use.\nExample: kbatlas import ../shared/corpus/kb-full.tar.xz --out /tmp/kb-pages')
  .action(async (inputs: string[], options: { out: string; threads?: number; progress: boolean; verbose?: boolean; force?: boolean; json?: string; maxArticleSize?: number }) => {
    const summary = await runImport(inputs, options);
    await finishWithSummary(summary, options.json);
  });

program
  .command('build')
  .description('build the searchable site of a whole archive into --out: import, render, index; again only what changed')
  .argument('<inputs...>', 'article files, folders or archives (as for import)')
  .option('-o, --out <dir>', 'site output folder', 'dist')
  .option('-w, --work <dir>', 'folder keeping imported pages and build state between builds', '.kbatlas/archive')
  .option('-j, --jobs <n>', 'parallel Astro processes for a large render, and Pagefind services for the index (default 2)', positiveInt)
  .option('-f, --force', 'start from scratch: import, render and index everything')
  .option('--shard-size <n>', 'most articles per search shard (default 7500): smaller uses less memory, more requests per query', positiveInt)
  .option('--no-progress', 'print progress only every 15 s')
  .option('--json <file>', 'also write the per-stage summary as JSON to this file')
  .option('--max-article-size <size>', maxArticleSizeHelp, byteSize)
  .option('-v, --verbose', 'print every import warning, not only counts per rule, and each problem\'s hint')
  .option('--cpu-prof <dir>', 'write V8 CPU profiles of the render processes into this folder (for docs/archive-build.md)')
  .addHelpText('after', '\nExample: npm run build:archive -- ../shared/corpus/kb-full.tar.xz')
  .action(async (inputs: string[], options: { out: string; work: string; jobs?: number; force?: boolean; shardSize?: number; progress: boolean; json?: string; maxArticleSize?: number; verbose?: boolean; cpuProf?: string }) => {
    // Loaded only here: the build brings in the search indexer and the site's modules, which import and parse never need.
    const { runBuild } = await import('../lib/archive-build/build.ts');
    const summary = await runBuild(inputs, options);
    await finishWithSummary(summary, options.json);
  });

program
  .command('index')
  .description('build or update the Pagefind search index of a built site (<site>/pagefind/); prints what it did as JSON')
  .argument('<site>', 'the built site folder (dist)')
  .option('-f, --force', 'index every shard, even those whose pages are unchanged')
  .option('--shard-size <n>', 'most articles per search shard (default 7500): smaller uses less memory, more requests per query', positiveInt)
  .option('-j, --jobs <n>', 'shards indexed at once, each by its own Pagefind service (default 2)', positiveInt)
  .option('-v, --verbose', 'print each problem\'s hint')
  .action(async (site: string, options: { force?: boolean; shardSize?: number; jobs?: number; verbose?: boolean }) => {
    const { indexSite } = await import('../lib/search/indexer/index-site.ts');
    const { indexStageError, reportLeftOut } = await import('../lib/search/indexer/index-stage.ts');
    const found = statSync(site, { throwIfNoEntry: false });
    if (!found?.isDirectory()) throw new CliError(`cannot index ${site}: ${found ? 'not a folder' : 'no such folder'}`, exitCodes.refused);
    const log = (line: string) => process.stderr.write(`${line}\n`);
    let report;
    try {
      report = await indexSite(site, { force: options.force, perShard: options.shardSize, jobs: options.jobs, log });
    } catch (error) {
      throw indexStageError(error, '; the search index is as it was');
    }
    process.stdout.write(`${JSON.stringify(report)}\n`);
    const leftOut = reportLeftOut(report, log, options.verbose);
    if (leftOut) throw leftOut;
  });

program
  .command('links')
  .description('find the KB links of wiki exports (old Microsoft URLs, bare ids), check them against the archive, rewrite them to its permalinks')
  .argument('<inputs...>', 'wiki export files or folders (text, Markdown, HTML, MediaWiki, Confluence storage)')
  .option('--site <dir|url>', 'a built site folder (dist) or the deployed archive\'s URL, to check each article and read its title')
  .option('--rewrite', 'rewrite old Microsoft URLs to the archive\'s permalinks (a dry run showing the diff unless --write)')
  .option('--base <url>', 'the archive\'s public root for rewritten links (default: --site when it is a URL)')
  .option('--ids', 'with --rewrite, also turn bare ids (Q311457, KB311457) into links')
  .option('--write', 'with --rewrite, write the files (atomically, one by one) instead of showing the diff')
  .option('--json', 'print the report as JSON')
  .option('-v, --verbose', 'print each problem\'s hint')
  .addHelpText('after', '\nExit code: 0, or 1 when a file could not be read or written or an article could not be checked; 2 on a usage error.\nExample: kbatlas links wiki-export/ --site dist --rewrite --base https://kb.example.org/')
  .action(async (inputs: string[], options: { site?: string; rewrite?: boolean; base?: string; ids?: boolean; write?: boolean; json?: boolean; verbose?: boolean }, command: Command) => {
    const { LinksUsageError, runLinks } = await import('./links-command.ts');
    if ((options.write || options.ids || options.base) && !options.rewrite) command.error('error: --write, --ids and --base go with --rewrite', { exitCode: 2 });
    try {
      process.exitCode = (await runLinks(inputs, options)).exitCode;
    } catch (error) {
      if (!(error instanceof LinksUsageError)) throw error;
      command.error(`error: ${error.message}`, { exitCode: 2 });
    }
  });

program
  .command('redirects')
  .description('print (or --out) the redirect rules that answer Microsoft\'s old KB URLs with a 301: an nginx map, or a _redirects file of a built site')
  .addArgument(new Argument('<host>', 'the host the rules are for').choices(['nginx', 'netlify', 'cloudflare']))
  .argument('[site]', 'the built site folder (needed for netlify and cloudflare; gives nginx the base path)')
  .option('--base-path <path>', 'the site\'s base path, e.g. /kbarchive/ (default: read from the site, else /)')
  .option('-o, --out <file>', 'write the rules to this file (replaced only if kbatlas wrote it) instead of stdout')
  .addHelpText('after', '\nExamples: kbatlas redirects netlify dist --out dist/_redirects\n          kbatlas redirects nginx --base-path /kbarchive/ > /etc/nginx/conf.d/kbatlas-map.conf')
  .action(async (host: 'nginx' | 'netlify' | 'cloudflare', site: string | undefined, options: { basePath?: string; out?: string }) => {
    const { runRedirects } = await import('./redirects-command.ts');
    process.exitCode = runRedirects(host, { site, ...options });
  });

program
  .command('parse')
  .description('print the parsed model of one article as JSON (diagnostics on stderr)')
  .argument('<file>', 'an article file (README.md or .TXT)')
  .option('-v, --verbose', 'print each diagnostic\'s hint')
  .action(async (file: string, options: { verbose?: boolean }) => {
    process.exitCode = await runParse(file, undefined, options.verbose);
  });

/** Prints a command's failure as one line (no stack trace unless KBATLAS_DEBUG is set) and returns its exit code. */
function reportFailure(error: unknown): number {
  // Commander has printed its own message (usage, or the help that was asked for).
  if (error instanceof CommanderError) return error.exitCode === 0 ? exitCodes.ok : exitCodes.refused;
  const message = error instanceof Error ? error.message : String(error);
  const lines = message.split('\n').map(printable);
  process.stderr.write(`kbatlas: ${error instanceof CliError ? 'error' : 'internal error'}: ${lines.join('\n  ')}\n`);
  if (debugEnabled() && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
  return error instanceof CliError ? error.exitCode : exitCodes.failed;
}

// A stopped run exits through process.exit, so its 'exit' handlers release its folder locks and
// stop its child processes (folder-lock.ts, render-stage.ts); 128 + the signal's number, as shells report it.
for (const [signal, number] of [['SIGINT', 2], ['SIGTERM', 15], ['SIGHUP', 1]] as const) {
  process.on(signal, () => {
    process.stderr.write(`kbatlas: stopped by ${signal}\n`);
    process.exit(128 + number);
  });
}

try {
  await program.parseAsync();
} catch (error) {
  process.exitCode = reportFailure(error);
}
