/** Article-id recognition for search: the forms people type (`Q266130`, `q266130`, `266130`, `KB266130`, `KB 266130`). */

/** Canonical id (`Q266130`) when the whole query is one article id in any usual form, else null. */
export function idFromQuery(query: string): string | null {
  const match = /^\s*(?:q|kb|kb\s*[:#]?\s*|q\s+)?0*(\d{2,7})\s*$/i.exec(query);
  return match ? `Q${match[1]}` : null;
}

/** Indexed spellings of an id, so Pagefind's word matching finds every form: `Q266130 266130 KB266130`. */
export function idVariants(id: string): string[] {
  const digits = id.replace(/^Q/i, '');
  return [`Q${digits}`, digits, `KB${digits}`];
}
