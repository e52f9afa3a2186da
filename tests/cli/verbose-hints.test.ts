/**
 * `--verbose` prints each diagnostic's hint from the catalogue on the line after it, for the import
 * (parser and CLI rules), parse and links; without it the diagnostic stays one line.
 */
import assert from 'node:assert/strict';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { rules } from '../../src/lib/diagnostics/rules.ts';
import { jekyllArticle, kbatlas, tempDir } from '../helpers/cli.ts';

/** `line`, then `  hint: <hint>` of `rule`, as the printer writes them. */
function withHint(line: RegExp, rule: keyof typeof rules): RegExp {
  const hint = rules[rule].hint.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`${line.source}\\n  hint: ${hint}\\n`);
}

test('import --verbose prints the hint of every error and warning under it', async () => {
  const src = await tempDir();
  await writeFile(join(src, 'empty.md'), '');
  await writeFile(join(src, 'Q5301.md'), jekyllArticle(5301).replace('Last Modified: 03-MAR-2003', 'Last Modified: someday'));
  const out = await tempDir();
  const quiet = await kbatlas(['import', src, '--out', out, '--no-progress']);
  assert.match(quiet.stderr, /empty\.md:1: error: .* \[kb\/empty\]\n(?! {2}hint:)/, quiet.stderr);
  assert.doesNotMatch(quiet.stderr, /hint:/);

  const run = await kbatlas(['import', src, '--out', await tempDir(), '--no-progress', '--verbose']);
  assert.equal(run.code, 1, run.stderr);
  assert.match(run.stderr, withHint(/empty\.md:1: error: unexpected empty file, expected a KB article \[kb\/empty\]/, 'kb/empty'), run.stderr);
  assert.match(run.stderr, withHint(/Q5301\.md:\d+: warning: unexpected date `someday`, expected `DD-MON-YYYY` \[kb\/invalid-date\]/, 'kb/invalid-date'), run.stderr);
});

test('import --verbose prints the hint of a CLI rule (a source too large)', async () => {
  const src = await tempDir();
  await writeFile(join(src, 'Q5302.md'), jekyllArticle(5302));
  const run = await kbatlas(['import', src, '--out', await tempDir(), '--no-progress', '--verbose', '--max-article-size', '10']);
  assert.match(run.stderr, withHint(/Q5302\.md: error: unexpected article of \d+ bytes, larger than the 10 bytes limit, .* \[kbatlas\/too-large\]/, 'kbatlas/too-large'), run.stderr);
});

test('parse and links --verbose print hints too', async () => {
  const dir = await tempDir();
  await writeFile(join(dir, 'empty.md'), '');
  const parse = await kbatlas(['parse', join(dir, 'empty.md'), '--verbose']);
  assert.match(parse.stderr, withHint(/empty\.md:1: error: .* \[kb\/empty\]/, 'kb/empty'), parse.stderr);

  const wiki = join(dir, 'wiki');
  await mkdir(wiki);
  await writeFile(join(wiki, 'diagram.md'), Buffer.from([0x61, 0x62, 0x63, 0x64, 0, 0x65]));
  const links = await kbatlas(['links', wiki, '--verbose']);
  assert.match(links.stderr, withHint(/diagram\.md: warning: left alone: .* \[kbatlas\/links-not-text\]/, 'kbatlas/links-not-text'), links.stderr);
});
