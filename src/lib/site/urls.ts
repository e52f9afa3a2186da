/** URL helpers shared by pages and components: one place decides where an article lives. */

/** Three-digit bucket of an article number, as on the public archive (`311457` → `311`, `10022` → `010`). */
export function bucketOf(number: number): string {
  return String(Math.floor(number / 1000)).padStart(3, '0');
}

/** Canonical path of an article relative to the site base, without leading slash: `kb/311/Q311457/`. */
export function articlePath(id: string): string {
  const number = Number(id.replace(/^Q/i, ''));
  return `kb/${bucketOf(number)}/Q${number}/`;
}

/** Joins the configured base (`/` or `/kbarchive/`) and a relative path. */
export function withBase(base: string, path: string): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  return `${root}${path.replace(/^\//, '')}`;
}
