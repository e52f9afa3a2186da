/**
 * `kbatlas redirects <host> [site]`: the redirect rules that let a host answer Microsoft's old KB URLs
 * with a real 301 (lib/linking/redirect-rules.ts). nginx needs only the base path; `_redirects` hosts
 * (Netlify, Cloudflare Pages) need the articles of the built site, one line per printed spelling.
 */
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { normalizeArticleId } from '../lib/parse/ids.ts';
import { nginxMap, REDIRECTS_LIMITS, redirectsFile, redirectsRuleCount } from '../lib/linking/redirect-rules.ts';
import { articlePath } from '../lib/site/urls.ts';
import { fileDiagnostic } from '../lib/diagnostics/diagnostic.ts';
import { diagnosticLine } from '../lib/diagnostics/diagnostic-line.ts';

/** Hosts the command writes rules for. */
export const REDIRECT_HOSTS = ['nginx', 'netlify', 'cloudflare'] as const;

/** Options of a `kbatlas redirects` run. */
export interface RedirectsOptions {
  /** The built site folder; needed for `netlify` and `cloudflare`. */
  site?: string;
  /** The site's base path (`/kbarchive/`). Default: read from the site's oembed.json, else `/`. */
  basePath?: string;
  /** File to write; default: stdout. A file is replaced only if this command wrote it. */
  out?: string;
  log?: (line: string) => void;
}

/** The first line of every file this command writes: how it recognises its own files. */
const MARK = '# KB Atlas:';

/** Every article page of a built site (archived, or a cited id's not-in-archive page), in number order. */
function siteIds(site: string): string[] {
  const kb = join(site, 'kb');
  if (!existsSync(join(site, 'index.html')) || !existsSync(kb)) throw new Error(`${site} is not a built KB Atlas site (expected index.html and a kb/ folder in it)`);
  const ids: string[] = [];
  for (const bucket of readdirSync(kb)) {
    for (const id of readdirSync(join(kb, bucket))) if (normalizeArticleId(id)?.id === id && existsSync(join(kb, bucket, id, 'index.html'))) ids.push(id);
  }
  return ids.sort((a, b) => Number(a.slice(1)) - Number(b.slice(1)));
}

/** The base path an oembed.json's absolute `url` shows (`https://kb.example.org/kbarchive/kb/311/Q311457/` → `/kbarchive/`), else `/`. */
function basePathOf(site: string, ids: readonly string[]): string {
  for (const id of ids) {
    try {
      const { url } = JSON.parse(readFileSync(join(site, articlePath(id), 'oembed.json'), 'utf8')) as { url?: string };
      const path = url ? new URL(url).pathname : '';
      if (path.endsWith(articlePath(id))) return path.slice(0, -articlePath(id).length);
    } catch {
      // A cited id's page has no oembed.json: try the next.
    }
  }
  return '/';
}

/** Writes `text` to `file` atomically, refusing to replace a file this command did not write. */
function writeRules(file: string, text: string): void {
  if (existsSync(file) && !readFileSync(file, 'utf8').startsWith(MARK)) throw new Error(`${file} exists and was not written by kbatlas redirects; not replaced`);
  const temp = join(dirname(file), `.${basename(file)}.kbatlas-tmp-${process.pid}`);
  try {
    writeFileSync(temp, text);
    renameSync(temp, file);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

/** Prints or writes the rules for `host`; returns the exit code (1 when the rules cannot be made or exceed the host's limit). */
export function runRedirects(host: (typeof REDIRECT_HOSTS)[number], options: RedirectsOptions): number {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const fail = (file: string, message: string) => {
    log(diagnosticLine(fileDiagnostic('kbatlas/redirects', file, message)));
    return 1;
  };
  let text: string;
  try {
    if (host === 'nginx') {
      text = nginxMap(options.basePath ?? (options.site ? basePathOf(options.site, siteIds(options.site)) : '/'));
    } else {
      if (!options.site) return fail('<site>', `${host} rules list every article: give the built site folder`);
      const ids = siteIds(options.site);
      const rules = redirectsRuleCount(ids);
      if (host === 'cloudflare' && rules > REDIRECTS_LIMITS.cloudflare) {
        return fail(options.site, `${rules} rules for ${ids.length} articles, more than the ${REDIRECTS_LIMITS.cloudflare} static redirects Cloudflare Pages reads; its 404 page still resolves every old URL by script (see docs/linking.md)`);
      }
      if (rules > REDIRECTS_LIMITS.netlify) log(diagnosticLine(fileDiagnostic('kbatlas/redirects', options.site, `${rules} rules; Netlify advises fewer than ${REDIRECTS_LIMITS.netlify}`, { severity: 'warning' })));
      text = redirectsFile(ids, options.basePath ?? basePathOf(options.site, ids));
    }
    if (options.out) writeRules(options.out, text);
    else process.stdout.write(text);
  } catch (error) {
    return fail(options.out ?? options.site ?? '<site>', (error as Error).message);
  }
  return 0;
}
