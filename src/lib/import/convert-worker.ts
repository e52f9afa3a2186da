/**
 * Worker thread task (run by tinypool: worker-pool.ts): converts batches of articles and stages
 * each page in a temp file next to its target, so the main thread only has to rename (or discard) it. File I/O happens here,
 * synchronously, because it is cheaper than the async fs round trips on the main thread.
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { threadId } from 'node:worker_threads';
import { fileDiagnostic } from '../diagnostics/diagnostic.ts';
import { convertArticle, type Conversion } from './convert.ts';
import { mdxProblem } from './mdx-check.ts';
import { tempPagePath } from './page-writer.ts';

/** A batch of sources to convert, in order, for one output folder. */
export interface ConvertBatch {
  seq: number;
  outDir: string;
  items: Array<{ name: string; digest: string; bytes: Uint8Array }>;
}

/**
 * A conversion plus where its page was staged (null when the existing page is already
 * identical) and the digest of its source.
 */
export type StagedConversion =
  | (Extract<Conversion, { ok: true }> & { digest: string; staged: string | null; stageError?: string })
  | Extract<Conversion, { ok: false }>;

/** Converts one item and stages its page. */
function convertAndStage(outDir: string, name: string, digest: string, bytes: Uint8Array, tag: string): StagedConversion {
  const result = convertArticle(name, bytes);
  if (!result.ok) return result;
  const conversion = { ...result, digest };
  // Only read an existing page of the same size: a missing file costs a stat, not a thrown error.
  const target = join(outDir, `${conversion.id}.mdx`);
  const info = statSync(target, { throwIfNoEntry: false });
  const existing = info && info.size === Buffer.byteLength(conversion.mdx) ? readFileSync(target, 'utf8') : null;
  if (existing === conversion.mdx) return { ...conversion, mdx: '', staged: null };
  const problem = mdxProblem(conversion.mdx);
  if (problem !== null) {
    const message = `the page emitted for ${conversion.id} does not compile as MDX (${problem}); an existing page is kept`;
    return { ok: false, name, diagnostic: fileDiagnostic('kbatlas/mdx-compile', name, message, { line: 1 }) };
  }
  const staged = tempPagePath(outDir, conversion.id, tag);
  try {
    writeFileSync(staged, conversion.mdx);
    return { ...conversion, mdx: '', staged };
  } catch (error) {
    return { ...conversion, mdx: '', staged: null, stageError: (error as Error).message };
  }
}

/** The pool's task (worker-pool.ts): converts one batch, in order. */
export default function convertBatch(batch: ConvertBatch): StagedConversion[] {
  return batch.items.map((item, i) => convertAndStage(batch.outDir, item.name, item.digest, item.bytes, `${threadId}-${batch.seq}-${i}`));
}
