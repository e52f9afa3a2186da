/** Writes MDX pages so that a reader never sees a half-written file. */
import { mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Suffix of the temporary files a write goes through before its atomic rename. */
const TEMP_MARK = '.kbatlas-tmp-';

/** What happened to one page. */
export type WriteResult = 'written' | 'unchanged';

/** Writes `<out>/<id>.mdx` atomically (temp file + rename); leaves an identical page untouched. */
export async function writePage(outDir: string, id: string, mdx: string): Promise<WriteResult> {
  const target = join(outDir, `${id}.mdx`);
  const existing = await readFile(target, 'utf8').catch(() => null);
  if (existing === mdx) return 'unchanged';
  const temp = join(outDir, `.${id}.mdx${TEMP_MARK}${process.pid}`);
  try {
    await writeFile(temp, mdx, 'utf8');
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  return 'written';
}

/** Creates the output folder and removes temp files an interrupted earlier run left behind. */
export async function prepareOutDir(outDir: string): Promise<void> {
  await mkdir(outDir, { recursive: true });
  for (const name of await readdir(outDir)) {
    if (name.includes(TEMP_MARK)) await rm(join(outDir, name), { force: true });
  }
}
