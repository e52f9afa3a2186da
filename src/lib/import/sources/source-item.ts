import { fileDiagnostic, type FileDiagnostic } from '../../diagnostics/diagnostic.ts';
import type { FileStamp } from '../../file-stamp.ts';

/** One candidate article handed to the importer, or why it gave none. */
export type SourceItem =
  /** An article's bytes; a plain file's stamp (taken before it was read) too, none for an archive member. */
  | { kind: 'article'; name: string; bytes: Uint8Array; stamp?: FileStamp }
  /** A plain file not read because its stamp says it is unchanged since the last import (import-manifest.ts). */
  | { kind: 'unread'; name: string; size: number }
  /** Could not be read, or too large: the source failed (the diagnostic's rule says which). */
  | { kind: 'unreadable'; name: string; diagnostic: FileDiagnostic & { rule: 'kbatlas/unreadable' | 'kbatlas/too-large' } }
  /** Not a regular file (a link, a FIFO, a device): never read, counted as skipped. */
  | { kind: 'skipped'; name: string; message: string };

/** Reports how many bytes of the inputs have been consumed, for progress bars. */
export type ProgressSink = (bytesConsumed: number) => void;

/** Default largest article read, in bytes: 4 MiB (the largest of the 59,835 real articles is 178 KB). */
export const DEFAULT_MAX_ARTICLE_SIZE = 4 * 1024 * 1024;

/** File names that hold an article inside a folder or archive: `README.md`, `*.md`, `*.txt`. */
export function isArticleFileName(name: string): boolean {
  return /\.(md|txt)$/i.test(name) && !/(^|\/)\.[^/]*$/.test(name);
}

/** Archive kinds the importer streams, by file name. */
export function archiveKindOf(name: string): 'tar.xz' | 'tar.gz' | 'tar' | null {
  if (/\.(tar\.xz|txz)$/i.test(name)) return 'tar.xz';
  if (/\.(tar\.gz|tgz)$/i.test(name)) return 'tar.gz';
  if (/\.tar$/i.test(name)) return 'tar';
  return null;
}

/** `bytes` for people: `2 KB`, `4 MB` (binary units). */
export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) === 0) return `${bytes / (1024 * 1024)} MB`;
  if (bytes >= 1024 && bytes % 1024 === 0) return `${bytes / 1024} KB`;
  return `${bytes} bytes`;
}

/** The message of an article larger than `limit` (its size when known). */
export function tooLargeMessage(size: number | null, limit: number): string {
  const what = size === null ? 'more than' : `${size} bytes,`;
  return `unexpected article of ${what} larger than the ${formatSize(limit)} limit, expected a KB article (--max-article-size raises it)`;
}

/** A source that failed: could not be read (`kbatlas/unreadable`) or is too large (`kbatlas/too-large`). */
export function unreadable(rule: 'kbatlas/unreadable' | 'kbatlas/too-large', name: string, message: string): SourceItem {
  return { kind: 'unreadable', name, diagnostic: { ...fileDiagnostic(rule, name, message), rule } };
}
