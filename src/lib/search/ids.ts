/** Article-id recognition for search: the forms people type (`Q266130`, `q266130`, `266130`, `KB266130`, `KB 266130`). */

import { idInQuery } from '../parse/ids.ts';

/** Canonical id (`Q266130`) when the whole query is one article id in a usual form (the id grammar's `idInQuery`), else null. */
export function idFromQuery(query: string): string | null {
  return idInQuery(query)?.id ?? null;
}

/** Indexed spellings of an id, so the index's word matching finds every form: `Q266130 266130 KB266130`. */
export function idVariants(id: string): string[] {
  const digits = id.replace(/^Q/i, '');
  return [`Q${digits}`, digits, `KB${digits}`];
}
