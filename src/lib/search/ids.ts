/** Article-id recognition for search: the forms people type (`Q266130`, `q266130`, `266130`, `KB266130`, `KB 266130`). */

/**
 * Canonical id (`Q266130`) when the whole query is one article id in a usual form, else null. A bare
 * number needs 5+ digits (`266130`): shorter ones are more likely versions or years (`95`, `2000`).
 */
export function idFromQuery(query: string): string | null {
  const match = /^\s*(?:(?:q|kb)\s*[:#]?\s*0*(\d{1,7})|0*(\d{5,7}))\s*$/i.exec(query);
  const digits = match?.[1] ?? match?.[2];
  return digits ? `Q${digits}` : null;
}

/** Indexed spellings of an id, so the index's word matching finds every form: `Q266130 266130 KB266130`. */
export function idVariants(id: string): string[] {
  const digits = id.replace(/^Q/i, '');
  return [`Q${digits}`, digits, `KB${digits}`];
}
