/** One candidate article handed to the importer, or the reason it could not be read. */
export type SourceItem =
  | { kind: 'article'; name: string; bytes: Uint8Array }
  | { kind: 'unreadable'; name: string; message: string };

/** Reports how many bytes of the inputs have been consumed, for progress bars. */
export type ProgressSink = (bytesConsumed: number) => void;

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
