/** `kbatlas parse <file>`: prints the parsed model of one article as JSON. */
import { readFile } from 'node:fs/promises';
import { KbSourceError, parseArticle } from '../lib/parse/index.ts';
import { fileDiagnostic } from '../lib/diagnostics/diagnostic.ts';
import { diagnosticLine } from '../lib/diagnostics/diagnostic-line.ts';

/** Parses one file and prints `{ article, diagnostics }` (with `verbose`, each diagnostic's hint too); returns the exit code. */
export async function runParse(file: string, write: (text: string) => void = (t) => process.stdout.write(t), verbose = false): Promise<number> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (error) {
    const message = `cannot read file: ${(error as Error).message}`;
    process.stderr.write(`${diagnosticLine(fileDiagnostic('kbatlas/unreadable', file, message), verbose)}\n`);
    return 1;
  }
  try {
    const result = parseArticle(bytes, { file });
    for (const d of result.diagnostics) {
      process.stderr.write(`${diagnosticLine({ ...d, file }, verbose)}\n`);
    }
    write(`${JSON.stringify(result, null, 2)}\n`);
    return 0;
  } catch (error) {
    if (error instanceof KbSourceError) {
      process.stderr.write(`${diagnosticLine(error.diagnostic, verbose)}\n`);
      return 1;
    }
    throw error;
  }
}
