import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { convertArticle } from '../../../src/lib/import/convert.ts';
import { repoRoot } from '../../helpers/cli.ts';

test('the embedded default pages in content/kb are what the importer makes of content/sources', async () => {
  const sources = (await readdir(join(repoRoot, 'content/sources'))).sort();
  assert.deepEqual(sources, ['Q266130.md', 'Q311457.md', 'Q313839.md']);
  const pages = (await readdir(join(repoRoot, 'content/kb'))).filter((name) => name.endsWith('.mdx')).sort();
  assert.deepEqual(pages, ['Q266130.mdx', 'Q311457.mdx', 'Q313839.mdx']);
  for (const name of sources) {
    const conversion = convertArticle(name, await readFile(join(repoRoot, 'content/sources', name)));
    assert.ok(conversion.ok, `${name} failed to convert`);
    const committed = await readFile(join(repoRoot, 'content/kb', `${conversion.id}.mdx`), 'utf8');
    assert.equal(committed, conversion.mdx, `content/kb/${conversion.id}.mdx is stale: run npm run import:default`);
  }
});
