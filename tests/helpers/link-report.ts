/**
 * The link check of tests/helpers/links.ts, with links to absent articles told apart: a reference to
 * an article the archive lacks leads to its not-in-archive page, and is counted as such, never as a
 * broken link (a missing not-in-archive page would be one).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkLinks, htmlFiles, type LinkReport } from './links.ts';

/** A link check's figures, absent-article references apart. */
export interface LinkFigures extends LinkReport {
  /** Links to not-in-archive pages, by page. */
  absentReferences: { page: string; href: string }[];
  /** The ids that have a not-in-archive page. */
  absentIds: string[];
  /** `href="…"` texts the regex-based checker saw inside inline scripts (not links), left out of `broken`. */
  inScripts: number;
}

const SCRIPT = /<script\b[^>]*>[\s\S]*?<\/script>/g;

const ARTICLE_LINK = /<a\s[^>]*href="([^"]*\/kb\/\d{3}\/(Q\d+)\/)"/g;

/** Whether a built page is a not-in-archive page (AbsentArticle.astro). */
function isAbsentPage(html: string): boolean {
  return /<article class="article absent-article"/.test(html);
}

/** Checks every internal link of the site in `dir` (served under `base`) and counts references to absent articles. */
export function linkFigures(dir: string, base = '/'): LinkFigures {
  const report = checkLinks(dir, base);
  const pages = htmlFiles(dir);
  const markup = new Map<string, string>();
  const outsideScripts = (page: string) => {
    let html = markup.get(page);
    if (html === undefined) markup.set(page, (html = readFileSync(join(dir, page), 'utf8').replace(SCRIPT, '')));
    return html;
  };
  const broken = report.broken.filter((b) => outsideScripts(b.page).includes(`="${b.href}"`) || /[&"<>]/.test(b.href));
  const absentIds = pages
    .filter((page) => /^kb\/\d{3}\/Q\d+\/index\.html$/.test(page) && isAbsentPage(readFileSync(join(dir, page), 'utf8')))
    .map((page) => page.split('/')[2]!);
  const absent = new Set(absentIds);
  const absentReferences: { page: string; href: string }[] = [];
  for (const page of pages) {
    for (const match of readFileSync(join(dir, page), 'utf8').matchAll(ARTICLE_LINK)) {
      if (absent.has(match[2]!)) absentReferences.push({ page, href: match[1]! });
    }
  }
  return { ...report, broken, absentReferences, absentIds, inScripts: report.broken.length - broken.length };
}
