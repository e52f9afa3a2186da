import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, readFile, readdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { jekyllArticle, kbatlas, repoRoot, tempDir } from '../helpers/cli.ts';
import { MANIFEST_NAME } from '../../src/lib/import/import-manifest.ts';

const fixtures = join(repoRoot, 'tests/fixtures/cli');

/** Reads every file of a folder (but the import manifest) into a name → content map. */
async function snapshot(dir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const name of (await readdir(dir)).sort()) {
    if (name !== MANIFEST_NAME) files.set(name, await readFile(join(dir, name), 'utf8'));
  }
  return files;
}

test('import writes one QID.mdx per article of a folder and exits 0', async () => {
  const src = await tempDir();
  await mkdir(join(src, 'kb/001/Q1001'), { recursive: true });
  await writeFile(join(src, 'kb/001/Q1001/README.md'), jekyllArticle(1001));
  await writeFile(join(src, 'Q1002.md'), jekyllArticle(1002));
  const out = await tempDir();
  const run = await kbatlas(['import', src, '--out', out]);
  assert.equal(run.code, 0, run.stderr);
  assert.deepEqual([...(await snapshot(out)).keys()], ['Q1001.mdx', 'Q1002.mdx']);
  assert.match(await readFile(join(out, 'Q1001.mdx'), 'utf8'), /^---\n[\s\S]*id: "?Q1001"?\n/);
  assert.match(run.stderr, /2 sources: 2 imported \(2 written, 0 unchanged\), 0 failed/);
});

test('import streams .tar.xz and .tar.gz archives', async () => {
  for (const archive of ['two-articles.tar.xz', 'two-articles.tar.gz']) {
    const out = await tempDir();
    const run = await kbatlas(['import', join(fixtures, archive), '--out', out]);
    assert.equal(run.code, 0, `${archive}: ${run.stderr}`);
    assert.deepEqual([...(await snapshot(out)).keys()], ['Q900001.mdx', 'Q900002.mdx'], archive);
  }
});

test('re-running an import gives byte-identical pages and reports them unchanged', async () => {
  const out = await tempDir();
  const first = await kbatlas(['import', join(repoRoot, 'content/sources'), '--out', out]);
  assert.equal(first.code, 0, first.stderr);
  const before = await snapshot(out);
  const second = await kbatlas(['import', join(repoRoot, 'content/sources'), '--out', out]);
  assert.equal(second.code, 0, second.stderr);
  assert.deepEqual(await snapshot(out), before);
  assert.match(second.stderr, /3 imported \(0 written, 3 unchanged\)/);
});

test('bad inputs are reported with file and line, the good ones still imported, exit code 1', async () => {
  const src = await tempDir();
  await writeFile(join(src, 'a-good.md'), jekyllArticle(2001));
  await writeFile(join(src, 'b-empty.md'), '');
  await writeFile(join(src, 'c-binary.md'), Buffer.from([0x00, 0xff, 0x00, 0x13, 0x37, 0x00, 0x00, 0x89, 0x50, 0x4e, 0x47]));
  await writeFile(join(src, 'd-not-kb.md'), '# Shopping list\n\n- eggs\n- milk\n');
  await writeFile(join(src, 'e-truncated.md'), '---\nlayout: page\ntitle: "Q2005: Cut short"\n');
  await symlink(join(src, 'nowhere.md'), join(src, 'f-dangling.md'));
  await writeFile(join(src, 'z-good.md'), jekyllArticle(2009));
  const out = await tempDir();
  const run = await kbatlas(['import', src, join(fixtures, 'truncated.tar.xz'), join(src, 'missing-input.md'), '--out', out]);
  assert.equal(run.code, 1);
  assert.deepEqual([...(await snapshot(out)).keys()], ['Q2001.mdx', 'Q2009.mdx']);
  for (const bad of ['b-empty.md', 'c-binary.md', 'd-not-kb.md', 'e-truncated.md', 'f-dangling.md']) {
    assert.match(run.stderr, new RegExp(`${bad}(:\\d+)?: error: `), `no error line for ${bad}:\n${run.stderr}`);
  }
  assert.match(run.stderr, /truncated\.tar\.xz: error: corrupt or truncated tar\.xz archive/);
  assert.match(run.stderr, /missing-input\.md: error: no such file or folder/);
  // The counts add up to the inputs seen.
  const summary = /(\d+) sources: (\d+) imported \(\d+ written, \d+ unchanged\), (\d+) failed, (\d+) duplicate/.exec(run.stderr);
  assert.ok(summary, run.stderr);
  const [, seen, imported, failed, duplicates] = summary.map(Number);
  assert.equal(imported, 2);
  assert.equal(seen, imported! + failed! + duplicates!);
});

test('a failed article never overwrites an existing good page, and no temp file is left', async () => {
  const out = await tempDir();
  const src = await tempDir();
  await writeFile(join(src, 'Q3001.md'), jekyllArticle(3001));
  assert.equal((await kbatlas(['import', src, '--out', out])).code, 0);
  const good = await snapshot(out);
  // The same file, now broken: front matter cut off.
  await writeFile(join(src, 'Q3001.md'), jekyllArticle(3001).slice(0, 40));
  const run = await kbatlas(['import', src, '--out', out]);
  assert.equal(run.code, 1);
  assert.deepEqual(await snapshot(out), good);
});

test('the first of two sources with the same id wins and the duplicate is counted', async () => {
  const src = await tempDir();
  await writeFile(join(src, 'a.md'), jekyllArticle(4001, { body: 'First copy.' }));
  await writeFile(join(src, 'b.md'), jekyllArticle(4001, { body: 'Second copy.' }));
  const out = await tempDir();
  const run = await kbatlas(['import', src, '--out', out]);
  assert.equal(run.code, 0, run.stderr);
  assert.match(await readFile(join(out, 'Q4001.mdx'), 'utf8'), /First copy\./);
  assert.match(run.stderr, /b\.md:1: warning: article Q4001 was already imported from .*a\.md/);
  assert.match(run.stderr, /1 duplicate ids skipped/);
});

test('parse prints the model as JSON', async () => {
  const run = await kbatlas(['parse', join(repoRoot, 'content/sources/Q311457.md')]);
  assert.equal(run.code, 0, run.stderr);
  const { article } = JSON.parse(run.stdout);
  assert.equal(article.id, 'Q311457');
  assert.equal(article.title, 'SMS: How to Obtain and Install SMS 2.0 SP4');
  assert.deepEqual(article.sections.map((s: { title: string }) => s.title), ['SUMMARY', 'MORE INFORMATION']);
});

test('parse of a non-article names the file and exits 1', async () => {
  const src = await tempDir();
  await writeFile(join(src, 'notes.md'), 'just some notes\n');
  const run = await kbatlas(['parse', join(src, 'notes.md')]);
  assert.equal(run.code, 1);
  assert.match(run.stderr, /notes\.md:\d+: /);
});

test('--help describes both commands and a missing --out is a usage error', async () => {
  const help = await kbatlas(['--help']);
  assert.equal(help.code, 0);
  assert.match(help.stdout, /import \[options\] <inputs\.\.\.>/);
  assert.match(help.stdout, /parse \[options\] <file>/);
  const usage = await kbatlas(['import', 'x']);
  assert.equal(usage.code, 2);
  assert.match(usage.stderr, /required option '-o, --out <dir>' not specified/);
});

test('no progress bar escape codes are written when stderr is not a terminal', async () => {
  const out = await tempDir();
  const run = await kbatlas(['import', join(repoRoot, 'content/sources'), '--out', out]);
  assert.equal(run.code, 0, run.stderr);
  assert.doesNotMatch(run.stderr, /\u001b\[/);
});

test('a re-import skips unchanged sources but converts changed ones and redoes hand-edited pages', async () => {
  const src = await tempDir();
  await writeFile(join(src, 'Q5001.md'), jekyllArticle(5001));
  await writeFile(join(src, 'Q5002.md'), jekyllArticle(5002));
  await writeFile(join(src, 'Q5003.md'), jekyllArticle(5003));
  const out = await tempDir();
  assert.equal((await kbatlas(['import', src, '--out', out])).code, 0);
  const pristine = await readFile(join(out, 'Q5003.mdx'), 'utf8');
  await writeFile(join(src, 'Q5002.md'), jekyllArticle(5002, { body: 'An edited body.' }));
  await writeFile(join(out, 'Q5003.mdx'), 'hand edited\n');
  const run = await kbatlas(['import', src, '--out', out]);
  assert.equal(run.code, 0, run.stderr);
  assert.match(run.stderr, /3 imported \(2 written, 1 unchanged\)/);
  assert.match(await readFile(join(out, 'Q5002.mdx'), 'utf8'), /An edited body\./);
  assert.equal(await readFile(join(out, 'Q5003.mdx'), 'utf8'), pristine);
});
