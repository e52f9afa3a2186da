/** Turns one source file's bytes into an MDX page: parse, then emit. The only place both stages meet. */
import { KbSourceError, parseArticle, type Diagnostic } from '../lib/kb/index.ts';
import { articleToMdx } from '../lib/mdx/index.ts';

/** A converted page, or the error that stopped the article. */
export type Conversion =
  | { ok: true; name: string; id: string; mdx: string; diagnostics: Diagnostic[] }
  | { ok: false; name: string; line: number; rule: string; message: string };

/** Converts one article; never throws (an unexpected crash becomes a failure naming the file). */
export function convertArticle(name: string, bytes: Uint8Array): Conversion {
  try {
    const { article, diagnostics } = parseArticle(bytes, { file: name });
    return { ok: true, name, id: article.id, mdx: articleToMdx(article), diagnostics };
  } catch (error) {
    if (error instanceof KbSourceError) {
      return { ok: false, name, line: error.line, rule: error.rule, message: error.reason };
    }
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, name, line: 1, rule: 'kbatlas/internal-error', message: `internal error: ${message}` };
  }
}
