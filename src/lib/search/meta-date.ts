/**
 * The last-modified date as Pagefind's `date` metadata: one word (`20020527`), not three. Pagefind
 * makes every metadata field searchable, and `2002-05-27` would be the words `2002`, `05` and `27`:
 * a page would then match `windows 2000 setup` through its date alone, and every year's word would
 * carry a position for each page of that year. Shown and sorted as the ISO date it stands for.
 */

/** `2002-05-27` → `20020527`. */
export function compactDate(isoDate: string): string {
  return isoDate.replace(/-/g, '');
}

/** `20020527` → `2002-05-27`; anything else as it is. */
export function isoDate(compact: string): string {
  const match = /^(\d{4})(\d{2})(\d{2})$/.exec(compact);
  return match ? `${match[1]}-${match[2]}-${match[3]}` : compact;
}
