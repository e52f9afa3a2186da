/**
 * The archive build's article source: a folder of imported `.mdx` pages read directly, instead of
 * through Astro's content layer. At 60k articles the content layer bundles one module per MDX file
 * (15+ minutes) or keeps every rendered body in its data store (GBs); here each page keeps only
 * its front matter and file path, and its body is compiled when the page renders (mdx-body.ts).
 * Pure Node, no Astro import, so it is tested alone.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { sha1 } from '../digest.ts';
import { articleSchema, type ArticleData } from './article-schema.ts';

/** One page of the archive folder: its validated front matter and where its body is. */
export interface ArchiveRecord {
  id: string;
  data: ArticleData;
  /** Absolute path of the `.mdx` file. */
  file: string;
  /** SHA-1 of the whole page text: what incremental rendering compares. */
  digest: string;
  /** Ids of the page's `<KbRef>` mentions as written: whose titles the page shows. */
  mentions: string[];
}

/** The imported folder the site is built from in archive mode (KB_ARCHIVE_DIR, set only by `kbatlas build`), or undefined for the ordinary content collection. */
export function archiveDir(): string | undefined {
  return process.env.KB_ARCHIVE_DIR || undefined;
}

/** Splits a page into its front matter text and its body, as Astro's front matter parser does. */
export function splitPage(text: string, file: string): { frontmatter: string; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(text);
  if (!match) throw new Error(`${file}:1: no front matter block (--- … ---) at the top of the page`);
  return { frontmatter: match[1]!, body: text.slice(match[0].length) };
}

/**
 * The front matter the emitter writes (src/lib/mdx/yaml.ts): `key: <JSON>` lines, and `key:` lines
 * followed by `  - <JSON>` items. JSON is YAML flow syntax, so this reads exactly what js-yaml reads,
 * at a fifth of the cost (3 s of every archive render); anything else gives undefined and js-yaml.
 */
export function parseEmittedFrontmatter(text: string): Record<string, unknown> | undefined {
  // Characters the emitter escapes because YAML forbids them or reads them as line breaks.
  if (/[\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff\r]/.test(text)) return undefined;
  const data: Record<string, unknown> = {};
  let list: unknown[] | undefined;
  let listKey: string | undefined;
  try {
    for (const line of text.split('\n')) {
      if (line.startsWith('  - ')) {
        if (listKey === undefined) return undefined;
        list ??= data[listKey] = [];
        list.push(JSON.parse(line.slice(4)));
        continue;
      }
      const match = /^([A-Za-z_][A-Za-z0-9_]*):(?: (.+))?$/.exec(line);
      if (!match || match[1]! in data) return undefined;
      list = undefined;
      listKey = undefined;
      if (match[2] === undefined) {
        // `key:` with no items is null in YAML.
        data[match[1]!] = null;
        listKey = match[1]!;
      } else data[match[1]!] = JSON.parse(match[2]);
    }
  } catch {
    return undefined;
  }
  return data;
}

/** Validated front matter of one page text; errors name the file. */
export function parsePageData(text: string, file: string): ArticleData {
  const { frontmatter } = splitPage(text, file);
  let raw: unknown;
  try {
    raw = parseEmittedFrontmatter(frontmatter) ?? yaml.load(frontmatter);
  } catch (error) {
    const line = (error as { mark?: { line: number } }).mark?.line;
    throw new Error(`${file}:${line === undefined ? 1 : line + 2}: front matter is not valid YAML: ${(error as Error).message}`);
  }
  const parsed = articleSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`${file}:1: front matter field '${issue.path.join('.')}' ${issue.message}`);
  }
  return parsed.data;
}

/** Every `.mdx` page of `dir`, sorted by file name (the order the glob loader gives). */
export function readArchiveFolder(dir: string): ArchiveRecord[] {
  const names = readdirSync(dir).filter((name) => name.endsWith('.mdx')).sort();
  return names.map((name) => {
    const file = join(dir, name);
    const text = readFileSync(file, 'utf8');
    const data = parsePageData(text, file);
    const digest = sha1(text);
    const mentions = [...new Set(Array.from(text.matchAll(/<KbRef id="([^"]*)"/g), (m) => m[1]!))];
    return { id: name.slice(0, -'.mdx'.length), data, file, digest, mentions };
  });
}
