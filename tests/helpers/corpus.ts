/**
 * The shared sample corpus (`../shared/corpus` next to the repository): its
 * path, a skip reason when it is absent, and listings of its articles.
 */
import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * The corpus folder URL, resolved from the repository root (`<repo>/../shared/corpus/`), or
 * `KB_CORPUS_DIR` when set (the mutation run tests a copy of the repository in another folder).
 */
export const corpusUrl = process.env['KB_CORPUS_DIR']
  ? pathToFileURL(`${resolve(process.env['KB_CORPUS_DIR'])}/`)
  : new URL('../../../shared/corpus/', import.meta.url);

/** The corpus folder as a file path. */
export const corpusDir = fileURLToPath(corpusUrl);

/** Whether the corpus is present. */
export const hasCorpus = existsSync(new URL('kb/', corpusUrl));

/** A reason to skip corpus tests, or false when the corpus is present (for `test(name, { skip })`). */
export const corpusSkip: string | false = hasCorpus ? false : `corpus not found at ${corpusDir} (../shared/corpus); corpus tests skipped`;

/** One corpus article file. */
export interface CorpusFile {
  /** Article id as in the path (`Q311457`). */
  id: string;
  /** Absolute path of the file. */
  path: string;
}

/** The Jekyll-form articles (`kb/NNN/QID/README.md`), sorted by path; empty when the corpus is absent. */
export function listJekyllArticles(): CorpusFile[] {
  if (!hasCorpus) return [];
  const out: CorpusFile[] = [];
  const root = fileURLToPath(new URL('kb/', corpusUrl));
  for (const group of readdirSync(root).sort()) {
    if (!/^\d+$/.test(group)) continue;
    for (const id of readdirSync(`${root}${group}`).sort()) {
      const path = `${root}${group}/${id}/README.md`;
      if (existsSync(path)) out.push({ id, path });
    }
  }
  return out;
}

/** The `.TXT`-form articles (`txt/NNN/QID.TXT`), sorted by path; empty when absent. */
export function listTxtArticles(): CorpusFile[] {
  const root = fileURLToPath(new URL('txt/', corpusUrl));
  if (!existsSync(root)) return [];
  const out: CorpusFile[] = [];
  for (const group of readdirSync(root).sort()) {
    if (!/^\d+$/.test(group)) continue;
    for (const name of readdirSync(`${root}${group}`).sort()) {
      if (name.toUpperCase().endsWith('.TXT')) out.push({ id: name.slice(0, -4), path: `${root}${group}/${name}` });
    }
  }
  return out;
}

/** The Jekyll twin of a `.TXT` article (`txt/NNN/Q1.TXT` → `kb/NNN/Q1/README.md`). */
export function jekyllTwinPath(txt: CorpusFile): string {
  const group = txt.path.split('/').at(-2) ?? '';
  return fileURLToPath(new URL(`kb/${group}/${txt.id}/README.md`, corpusUrl));
}

/** The skip reason as a function (for `test(name, { skip: corpusSkipReason() })`); false when present. */
export function corpusSkipReason(): string | false {
  return corpusSkip;
}

/** Paths of the Jekyll-form articles, sorted. */
export async function corpusArticles(): Promise<string[]> {
  return listJekyllArticles().map((f) => f.path);
}
