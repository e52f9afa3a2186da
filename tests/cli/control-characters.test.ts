/**
 * Control characters in article text (NUL, BEL, ESC and the rest of C0 but tab, form feed and line
 * endings) never reach the built site, where HTML forbids them and a terminal reading a page would
 * act on them: the page shows each as its Unicode control picture (ESC as ␛), in the body, the title
 * and every field derived from them. The import still warns about the first one. DEL, which real
 * articles use in file listings, is left as it is.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { filesUnder } from '../../src/lib/digest.ts';
import { jekyllArticle, kbatlas, tempDir } from '../helpers/cli.ts';
import { buildSite } from '../helpers/site-build.ts';

test('NUL, BEL and ESC in an article reach the built site as control pictures, never as themselves', async () => {
  const work = await tempDir();
  try {
    const filler = Array.from({ length: 20 }, (_, i) => `Filler line ${i} of ordinary article text.`).join('\n');
    const body = `Text with \u001b]0;retitled\u0007 an OSC and a \u0000 NUL.\n\n- item \u001b[1m bold\n\n${filler}`;
    await writeFile(join(work, 'Q5401.md'), jekyllArticle(5401, { title: 'Bell \u0007 and escape \u001b[31m red', body }));
    const content = join(work, 'content');
    const run = await kbatlas(['import', work, '--out', content, '--no-progress', '--verbose']);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stderr, /warning: unexpected control character `U\+001B` in the body, expected text \[kb\/control-character\]/);
    const out = join(work, 'dist');
    await buildSite({ contentDir: content, outDir: out });
    for (const file of filesUnder(out).filter((name) => /\.(html|json|xml|txt)$/.test(name))) {
      const text = readFileSync(join(out, file), 'utf8');
      assert.doesNotMatch(text, /[\u0000-\u0008\u000b\u000e-\u001f]/, `a raw control character in ${file}`);
      // JSON escapes would carry them to a reader just the same.
      assert.doesNotMatch(text, /\\u00(0[0-8bef]|1[0-9a-f])/i, `an escaped control character in ${file}`);
    }
    const page = readFileSync(join(out, 'kb/005/Q5401/index.html'), 'utf8');
    assert.match(page, /Text with ␛\]0;retitled␇ an OSC and a ␀ NUL\./);
    assert.match(page, /item ␛\[1m bold/);
    assert.match(page, /<title>[^<]*Bell ␇ and escape ␛\[31m red/);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
});
