/** The files `kbatlas links` reads: files named on the command line, and wiki export files under folders. */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { WIKI_EXTENSIONS } from '../../lib/wiki-links/formats.ts';

/** A file to read, or an input that cannot be read and why. */
export type LinksInput = { path: string } | { path: string; error: string };

const extensions = new Set(WIKI_EXTENSIONS);

/** Whether a file found in a folder is a wiki export file (by extension; hidden files never are). */
function isWikiFile(name: string): boolean {
  const dot = name.lastIndexOf('.');
  return !name.startsWith('.') && dot > 0 && extensions.has(name.slice(dot + 1).toLowerCase());
}

/** The wiki files under a folder, sorted, hidden folders and `node_modules` skipped. */
function walk(folder: string): string[] {
  const found: string[] = [];
  const entries = readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) {
      if (!entry.name.startsWith('.') && entry.name !== 'node_modules') found.push(...walk(path));
    } else if (isWikiFile(entry.name)) found.push(path);
  }
  return found;
}

/** Expands files and folders into the files to read, in order; a missing input is kept with its error. */
export function expandLinksInputs(inputs: readonly string[]): LinksInput[] {
  const out: LinksInput[] = [];
  for (const input of inputs) {
    try {
      if (statSync(input).isDirectory()) out.push(...walk(input).map((path) => ({ path })));
      else out.push({ path: input });
    } catch (error) {
      out.push({ path: input, error: (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or folder' : (error as Error).message });
    }
  }
  return out;
}
