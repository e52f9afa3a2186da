/** Worker: converts the text it is sent (parse, emit, compile) and answers with the outcome, so the caller can time out a hang. */
import { parentPort } from 'node:worker_threads';
import { assertCompiles, convert } from './convert.ts';

parentPort!.on('message', async (text: string) => {
  try {
    const outcome = convert(text);
    if ('mdx' in outcome) await assertCompiles(outcome.mdx);
    parentPort!.postMessage({ ok: true, page: 'mdx' in outcome ? outcome.mdx.length : 0, refused: 'refused' in outcome ? outcome.refused : null });
  } catch (error) {
    parentPort!.postMessage({ ok: false, error: (error as Error).stack ?? String(error) });
  }
});
