/** `kbatlas parse <file>`: prints the parsed model of one article as JSON. */
import { readFile } from 'node:fs/promises';
import { KbSourceError, parseArticle } from '../lib/kb/index.ts';

/** Parses one file and prints `{ article, diagnostics }`; returns the exit code. */
export async function runParse(file: string, write: (text: string) => void = (t) => process.stdout.write(t)): Promise<number> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (error) {
    process.stderr.write(`${file}: error: cannot read file: ${(error as Error).message} [kbatlas/unreadable]\n`);
    return 1;
  }
  try {
    const result = parseArticle(bytes, { file });
    for (const d of result.diagnostics) {
      process.stderr.write(`${file}:${d.line}${d.column ? `:${d.column}` : ''}: ${d.severity}: ${d.message} [${d.rule}]\n`);
    }
    write(`${JSON.stringify(result, null, 2)}\n`);
    return 0;
  } catch (error) {
    if (error instanceof KbSourceError) {
      process.stderr.write(`${error.message} [${error.rule}]\n`);
      return 1;
    }
    throw error;
  }
}
