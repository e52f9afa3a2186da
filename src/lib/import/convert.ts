/** Turns one source file's bytes into an MDX page: parse, then emit. The only place both stages meet. */
import { fileDiagnostic, type Diagnostic, type FileDiagnostic } from '../diagnostics/diagnostic.ts';
import { KbSourceError, parseArticle } from '../parse/index.ts';
import { articleToMdx } from '../emit/index.ts';

/** A converted page, or the fatal diagnostic that stopped the article. */
export type Conversion =
  | { ok: true; name: string; id: string; mdx: string; diagnostics: Diagnostic[] }
  | { ok: false; name: string; diagnostic: FileDiagnostic };

/** Converts one article; never throws (an unexpected crash becomes a failure naming the file). */
export function convertArticle(name: string, bytes: Uint8Array): Conversion {
  try {
    const { article, diagnostics } = parseArticle(bytes, { file: name });
    return { ok: true, name, id: article.id, mdx: articleToMdx(article), diagnostics };
  } catch (error) {
    if (error instanceof KbSourceError) {
      return { ok: false, name, diagnostic: error.diagnostic };
    }
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, name, diagnostic: fileDiagnostic('kbatlas/internal-error', name, `internal error: ${message}`, { line: 1 }) };
  }
}
