/**
 * The Content-Security-Policy of every page, given to Astro's `security.csp`: Astro adds the hashes
 * of the scripts and styles it renders to `script-src` and `style-src` in a `<meta http-equiv>`, so
 * no other inline script runs. Search needs only same-origin scripts and `fetch` (its index files).
 */

/** Directives besides `script-src` and `style-src`. `frame-ancestors` is left to `_headers`: a `<meta>` policy ignores it. */
export const cspDirectives = [
  "default-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'none'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

/** Sources of `script-src` before Astro's hashes: our own files only. */
export const cspScriptResources = ["'self'"] as const;

/** Sources of `style-src` before Astro's hashes. */
export const cspStyleResources = ["'self'"] as const;
