/**
 * The Content-Security-Policy of every page, given to Astro's `security.csp`: Astro adds the hashes
 * of the scripts and styles it renders to `script-src` and `style-src` in a `<meta http-equiv>`, so
 * no other inline script runs. Pagefind needs exactly two more things: `'wasm-unsafe-eval'` to compile
 * its WebAssembly, and its same-origin worker (`pagefind/pagefind-worker.js`).
 */

/** Directives besides `script-src` and `style-src`. `frame-ancestors` is left to `_headers`: a `<meta>` policy ignores it. */
export const cspDirectives = [
  "default-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

/** Sources of `script-src` before Astro's hashes: our own files, and WebAssembly compilation for Pagefind. */
export const cspScriptResources = ["'self'", "'wasm-unsafe-eval'"] as const;

/** Sources of `style-src` before Astro's hashes. */
export const cspStyleResources = ["'self'"] as const;
