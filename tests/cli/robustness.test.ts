/**
 * Nothing lost: an import with bad inputs mixed in leaves every good page intact, an import killed
 * mid-run leaves no half-written page (its hidden temp files go at the next start), and the summary's
 * counts always add up to the inputs seen.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import fc from 'fast-check';
import { LOCK_NAME } from '../../src/lib/folder-lock.ts';
import { MANIFEST_NAME } from '../../src/lib/import/import-manifest.ts';
import { jekyllArticle, kbatlas, repoRoot, tempDir } from '../helpers/cli.ts';
import { mutations } from '../fuzz/mutations.ts';
import { runs } from '../fuzz/runs.ts';

/** Every page of a folder (name → text), the manifest and hidden temp files left out. */
async function pages(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const name of (await readdir(dir)).sort()) if (name.endsWith('.mdx') && !name.startsWith('.')) out.set(name, await readFile(join(dir, name), 'utf8'));
  return out;
}

/** The summary line's counts. */
function counts(stderr: string): { seen: number; imported: number; written: number; unchanged: number; failed: number; duplicates: number } {
  const m = /(\d+) sources: (\d+) imported \((\d+) written, (\d+) unchanged\), (\d+) failed, (\d+) duplicate ids skipped/.exec(stderr);
  assert.ok(m, `no summary in:\n${stderr}`);
  const [seen, imported, written, unchanged, failed, duplicates] = m.slice(1).map(Number) as [number, number, number, number, number, number];
  return { seen, imported, written, unchanged, failed, duplicates };
}

/** Bad inputs of every kind the importer meets. */
const badInputs: Record<string, string | Buffer> = {
  'bad-empty.md': '',
  'bad-blank.md': '\n\n  \t\n',
  'bad-binary.md': Buffer.from([0, 0, 0xff, 0xfe, 0, 1, 2, 3, 0, 0]),
  'bad-not-kb.md': '# Notes\n\n- one\n- two\n',
  'bad-cut.md': jekyllArticle(7001).slice(0, 30),
  'bad-no-id.md': jekyllArticle(7002).replace(/Q7002/g, 'QXXXX'),
  'bad-png.md': Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'),
};

test('a re-import with bad inputs, broken copies and duplicates mixed in keeps every good page intact', async () => {
  const src = await tempDir();
  const out = await tempDir();
  for (let n = 6001; n <= 6010; n++) await writeFile(join(src, `Q${n}.md`), jekyllArticle(n));
  assert.equal((await kbatlas(['import', src, '--out', out, '--no-progress'])).code, 0);
  await writeFile(join(out, 'NOTES.txt'), 'not a page, not ours\n');
  const good = await pages(out);

  const mixed = await tempDir();
  for (let n = 6001; n <= 6010; n++) await writeFile(join(mixed, `a-Q${n}.md`), jekyllArticle(n));
  for (const [name, content] of Object.entries(badInputs)) await writeFile(join(mixed, name), content);
  // Broken copies of good articles: cut inside the front matter, or emptied.
  await writeFile(join(mixed, 'b-broken-Q6003.md'), jekyllArticle(6003).slice(0, 45));
  await writeFile(join(mixed, 'b-broken-Q6004.md'), '\0\0\0\0');
  // A later, different copy of a good article: a duplicate, skipped.
  await writeFile(join(mixed, 'c-dup-Q6005.md'), jekyllArticle(6005, { body: 'A second copy.' }));
  const run = await kbatlas(['import', mixed, '--out', out, '--no-progress']);
  assert.equal(run.code, 1, 'bad inputs make the exit code 1');
  assert.deepEqual(await pages(out), good);
  assert.equal(await readFile(join(out, 'NOTES.txt'), 'utf8'), 'not a page, not ours\n');
  const c = counts(run.stderr);
  assert.equal(c.seen, 10 + Object.keys(badInputs).length + 3);
  assert.equal(c.imported, 10);
  assert.equal(c.duplicates, 1);
  assert.equal(c.seen, c.imported + c.failed + c.duplicates);
});

test('mutated copies of real articles never cost a good page, and the counts add up to the inputs', async () => {
  const sources = readdirSync(join(repoRoot, 'content/sources')).map((f) => join(repoRoot, 'content/sources', f));
  const texts = await Promise.all(sources.map((p) => readFile(p, 'utf8')));
  await fc.assert(
    fc.asyncProperty(fc.array(fc.tuple(fc.nat(texts.length - 1), mutations), { minLength: 1, maxLength: 12 }), async (picks) => {
      const out = await tempDir();
      assert.equal((await kbatlas(['import', join(repoRoot, 'content/sources'), '--out', out, '--no-progress'])).code, 0);
      const good = await pages(out);
      const src = await tempDir();
      for (const [i, [which, mutate]] of picks.entries()) await writeFile(join(src, `m${String(i).padStart(2, '0')}.md`), mutate(texts[which]!));
      const run = await kbatlas(['import', src, '--out', out, '--no-progress']);
      const c = counts(run.stderr);
      assert.equal(c.seen, picks.length);
      assert.equal(c.seen, c.imported + c.failed + c.duplicates);
      assert.equal(run.code, c.failed > 0 ? 1 : 0);
      const after = await pages(out);
      // A good page is either untouched or replaced by a complete page of the same article.
      for (const [name, text] of good) {
        const now = after.get(name);
        assert.ok(now !== undefined, `${name} disappeared`);
        if (now !== text) assert.match(now, new RegExp(`^---\\nid: "?${name.slice(0, -4)}"?\\n[\\s\\S]*\\n---\\n`));
      }
      assert.deepEqual(readdirSync(out).filter((n) => n.includes('.kbatlas-tmp-')), []);
    }),
    { numRuns: runs(6) },
  );
});

test('an import killed mid-run leaves only complete pages, and the next run cleans its temp files', async (t) => {
  const src = await tempDir();
  const body = Array.from({ length: 60 }, (_, i) => `Line ${i} of a long body, with http://example.com/${i} and Q${100000 + i}.`).join('\n');
  const total = 1200;
  for (let g = 0; g < total / 100; g++) {
    const dir = join(src, `g${g}`);
    await mkdir(dir);
    await Promise.all(Array.from({ length: 100 }, (_, i) => writeFile(join(dir, `Q${10000 + g * 100 + i}.md`), jekyllArticle(10000 + g * 100 + i, { body }))));
  }
  const reference = await tempDir();
  assert.equal((await kbatlas(['import', src, '--out', reference, '--no-progress'])).code, 0);
  const complete = await pages(reference);

  for (const waitForPages of [1, 400]) {
    const out = await tempDir();
    const child = spawn(process.execPath, [join(repoRoot, 'bin/kbatlas.js'), 'import', src, '--out', out, '--no-progress'], { stdio: 'ignore' });
    const exited = new Promise((resolve) => child.on('exit', resolve));
    while (child.exitCode === null && readdirSync(out).filter((n) => n.endsWith('.mdx') && !n.startsWith('.')).length < waitForPages) {
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    child.kill('SIGKILL');
    await exited;
    const left = await pages(out);
    for (const [name, text] of left) assert.equal(text, complete.get(name), `${name} is not the complete page`);
    // A killed run cannot remove its lock; the next run finds its process gone and takes the lock over.
    const hidden = readdirSync(out).filter((n) => n.startsWith('.') && n !== MANIFEST_NAME && n !== LOCK_NAME);
    t.diagnostic(`killed after ${left.size} of ${total} pages, ${hidden.length} temp files left`);
    assert.ok(left.size < total, 'the import finished before it could be killed');
    assert.ok(hidden.every((n) => n.includes('.kbatlas-tmp-')), `unexpected files: ${hidden.join(', ')}`);
    const rerun = await kbatlas(['import', src, '--out', out, '--no-progress']);
    assert.equal(rerun.code, 0, rerun.stderr);
    assert.deepEqual(readdirSync(out).filter((n) => n.includes('.kbatlas-tmp-') || n === LOCK_NAME), []);
    assert.deepEqual(await pages(out), complete);
    const c = counts(rerun.stderr);
    assert.equal(c.seen, total);
    assert.equal(c.seen, c.imported);
  }
});

test('the summary counts add up for every mix of good, bad, duplicate and unreadable inputs', async () => {
  const kinds = ['good', 'bad', 'dup', 'missing'] as const;
  await fc.assert(
    fc.asyncProperty(fc.array(fc.constantFrom(...kinds), { minLength: 1, maxLength: 15 }), async (mix) => {
      const src = await tempDir();
      const inputs: string[] = [];
      const badNames = Object.keys(badInputs);
      for (const [i, kind] of mix.entries()) {
        const path = join(src, `i${String(i).padStart(2, '0')}.md`);
        if (kind === 'good') await writeFile(path, jekyllArticle(8000 + i));
        else if (kind === 'dup') await writeFile(path, jekyllArticle(8999, { body: `copy ${i}` }));
        else if (kind === 'bad') await writeFile(path, badInputs[badNames[i % badNames.length]!]!);
        if (kind !== 'missing') assert.ok(existsSync(path));
        inputs.push(path);
      }
      const out = await tempDir();
      const run = await kbatlas(['import', ...inputs, '--out', out, '--no-progress']);
      const c = counts(run.stderr);
      const dups = mix.filter((k) => k === 'dup').length;
      assert.equal(c.seen, mix.length);
      assert.equal(c.seen, c.imported + c.failed + c.duplicates);
      assert.equal(c.imported, mix.filter((k) => k === 'good').length + Math.min(dups, 1));
      assert.equal(c.duplicates, Math.max(0, dups - 1));
      assert.equal((await pages(out)).size, c.imported);
    }),
    { numRuns: runs(5) },
  );
});
