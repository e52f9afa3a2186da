/**
 * Redirect rules for hosts that can answer Microsoft's old KB URLs with a real 301 and no script. They
 * mirror the URL grammar of kb-urls.ts (tests check each against it) and send every shape to the
 * article's canonical path; an absent article's path then gets the 404 page, which says so.
 *
 * - nginx: one `map` of regular expressions, the same few dozen lines for any archive size, covering
 *   every shape in any case, language and parameter order (digit counts pick the three-digit bucket).
 * - Netlify / Cloudflare Pages (`_redirects`): no regular expressions and case-sensitive paths, so one
 *   static line per article and spelling Microsoft printed. Cloudflare reads at most 2,000 static rules
 *   and Netlify advises staying under 10,000: see `REDIRECTS_LIMITS`. Shapes without a line (other
 *   spellings, queries) still reach the 404 page, whose script resolves them.
 */
import { articlePath } from '../site/urls.ts';

/** Rules a `_redirects` file may hold: Cloudflare Pages' static limit, and the count past which Netlify advises against more. */
export const REDIRECTS_LIMITS = { cloudflare: 2000, netlify: 10_000 } as const;

/** `/` or `/kbarchive/`, always with both slashes. */
function rootOf(base: string): string {
  return `/${base.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
}

/** The old paths Microsoft printed for an article, relative to the root (case as printed). */
function printedPaths(number: number): string[] {
  const digits = String(number);
  const paths = [`kb/${digits}`, `kb/${digits}/en-us`, `support/kb/articles/q${digits}.asp`];
  if (digits.length > 3) paths.push(`support/kb/articles/Q${digits.slice(0, -3)}/${digits.at(-3)}/${digits.slice(-2)}.asp`);
  return paths;
}

/** A `_redirects` file (Netlify, Cloudflare Pages) sending the printed old paths of `ids` (`Q311457`) to their pages. */
export function redirectsFile(ids: readonly string[], base: string): string {
  const root = rootOf(base);
  const lines = ['# KB Atlas: Microsoft\'s old KB URLs to the archive (kbatlas redirects). Other spellings reach 404.html, whose script resolves them.'];
  for (const id of ids) {
    const target = `${root}${articlePath(id)}`;
    for (const path of printedPaths(Number(id.slice(1)))) lines.push(`${root}${path} ${target} 301`);
  }
  return `${lines.join('\n')}\n`;
}

/** How many rules `redirectsFile` writes for these ids. */
export function redirectsRuleCount(ids: readonly string[]): number {
  return ids.reduce((n, id) => n + printedPaths(Number(id.slice(1))).length, 0);
}

/** The digits of an id in a regular expression: prefix, leading zeros, then the number split as its bucket needs. */
const digitForms = [
  { digits: '(?<b>[1-9]\\d{2})(?<r>\\d{3})', bucket: '$b' },
  { digits: '(?<b>[1-9]\\d)(?<r>\\d{3})', bucket: '0$b' },
  { digits: '(?<b>[1-9])(?<r>\\d{3})', bucket: '00$b' },
  { digits: '(?<b>)(?<r>[1-9]\\d{0,2})', bucket: '000' },
] as const;

const id = (digits: string) => `(?:q|kb)?0*${digits}`;
const lang = '[a-z]{2,3}(?:-[a-z0-9]{2,8}){0,2}';
/** `;`, `/` as written in a query string, raw or percent-encoded. */
const semi = '(?:;|%3B)';
const slash = '(?:/|%2F)';

/**
 * The shapes of kb-urls.ts as regular expressions over `$uri?$args` after the root (`$uri` is decoded by
 * nginx, `$args` is not). `D` stands for the id's digits. The canonical `kb/NNN/QID/` is left out: it is a file.
 */
function shapes(digits: string): string[] {
  const D = id(digits);
  const query = `(?:default\\.aspx|kb\\.aspx|index\\.html)?\\?(?:[^#]*&)?`;
  return [
    `(?:kb/)?${D}/?\\?`,
    `kb/${D}/${lang}/?\\?`,
    `${lang}/kb/${D}/?\\?`,
    `(?:${lang}/)?help/${D}(?:/[^/?]+)?/?\\?`,
    `support/kb/articles/${D}\\.(?:asp|htm)\\?`,
    `${query}(?:kbid|id)=${D}(?:&|$)`,
    `${query}scid=kb${semi}(?:${lang}${semi})?${D}(?:&|$)`,
  ];
}

/** The split `.asp` form (`Q311/4/57.asp`, also inside `scid=`), whose first part is the bucket when the last has two digits. */
function splitShapes(): { pattern: string; bucket: string }[] {
  const out: { pattern: string; bucket: string }[] = [];
  for (const [first, bucket] of [['[1-9]\\d{2}', '$b'], ['[1-9]\\d', '0$b'], ['[1-9]', '00$b']] as const) {
    const split = (s: string) => `q0*(?<b>${first})${s}(?<m>\\d)${s}(?<l>\\d{2})\\.(?:asp|htm)`;
    out.push({ pattern: `support/kb/articles/${split('/')}\\?`, bucket });
    out.push({ pattern: `(?:default\\.aspx|kb\\.aspx|index\\.html)?\\?(?:[^#]*&)?scid=${slash}support${slash}kb${slash}articles${slash}${split(slash)}(?:&|$)`, bucket });
  }
  return out;
}

/** An nginx regular expression source, with `/` and the root's characters as they are (nginx needs no escaping of `/`). */
function escapeRoot(root: string): string {
  return root.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * An nginx `map` from `"$uri?$args"` to the canonical path of the article any old shape names (empty when
 * none), for the archive at `base`. Use with `if ($kbatlas_article) { return 301 $kbatlas_article; }`.
 */
export function nginxMap(base: string): string {
  const root = rootOf(base);
  const start = `^${escapeRoot(root)}`;
  const lines = [`# KB Atlas: Microsoft's old KB URLs to the archive under ${root} (kbatlas redirects nginx).`, 'map "$uri?$args" $kbatlas_article {', '    default "";'];
  for (const form of digitForms) {
    for (const shape of shapes(form.digits)) lines.push(`    "~*${start}${shape}" ${root}kb/${form.bucket}/Q$b$r/;`);
  }
  for (const { pattern, bucket } of splitShapes()) lines.push(`    "~*${start}${pattern}" ${root}kb/${bucket}/Q$b$m$l/;`);
  lines.push('}');
  return `${lines.join('\n')}\n`;
}
