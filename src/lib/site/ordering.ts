/** How lists of articles are ordered everywhere (indexes, prev/next): newest first, then by number. */

/** The fields ordering needs. */
export interface Orderable {
  number: number;
  lastModified: string | null;
}

/** Newest last-modified date first, undated last, ties by ascending article number. */
export function byRecency(a: Orderable, b: Orderable): number {
  if (a.lastModified !== b.lastModified) {
    if (a.lastModified === null) return 1;
    if (b.lastModified === null) return -1;
    return a.lastModified < b.lastModified ? 1 : -1;
  }
  return a.number - b.number;
}

/** Ascending article number. */
export function byNumber(a: { number: number }, b: { number: number }): number {
  return a.number - b.number;
}
