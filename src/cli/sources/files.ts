/**
 * Reads articles from files and folders named on the command line. Synchronous file calls on
 * purpose: a folder of 60k articles is 60k directories and 180k small calls, and each async call's
 * round trip through libuv's thread pool cost more than the call (25 s vs 5 s for the archive).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { archiveKindOf, isArticleFileName, type ProgressSink, type SourceItem } from './source-item.ts';
import { readArchive } from './archive.ts';

/** Lists the article files and archives under a folder, sorted so runs are reproducible. */
function walk(folder: string): string[] {
  const found: string[] = [];
  const entries = readdirSync(folder, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) found.push(...walk(path));
    // Symbolic links are kept too, so a dangling one is reported as unreadable rather than ignored.
    else if ((entry.isFile() || entry.isSymbolicLink()) && (isArticleFileName(entry.name) || archiveKindOf(entry.name))) found.push(path);
  }
  return found;
}

/** Expands inputs (files, folders, archives) into the list of paths to read, in order. */
export async function expandInputs(inputs: string[]): Promise<ExpandedInput[]> {
  const expanded: ExpandedInput[] = [];
  for (const input of inputs) {
    try {
      const info = statSync(input);
      if (info.isDirectory()) {
        for (const path of walk(input)) {
          const size = statSync(path, { throwIfNoEntry: false })?.size ?? 0;
          expanded.push({ path, size });
        }
      } else {
        expanded.push({ path: input, size: info.size });
      }
    } catch (error) {
      expanded.push({ path: input, error: (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or folder' : (error as Error).message });
    }
  }
  return expanded;
}

/** An input path after expansion: its size, or why it cannot be read. */
export type ExpandedInput = { path: string; size: number } | { path: string; error: string };

/** Yields every article of the expanded inputs: plain files as they are, archives member by member. */
export async function* readInputs(expanded: ExpandedInput[], onProgress?: ProgressSink): AsyncGenerator<SourceItem> {
  for (const item of expanded) {
    if ('error' in item) {
      yield { kind: 'unreadable', name: item.path, message: item.error };
      continue;
    }
    const kind = archiveKindOf(item.path);
    if (kind) {
      yield* readArchive(item.path, kind, onProgress);
      continue;
    }
    try {
      const bytes = readFileSync(item.path);
      onProgress?.(item.size);
      yield { kind: 'article', name: item.path, bytes };
    } catch (error) {
      onProgress?.(item.size);
      yield { kind: 'unreadable', name: item.path, message: `cannot read file: ${(error as Error).message}` };
    }
  }
}
