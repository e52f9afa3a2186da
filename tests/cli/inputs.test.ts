/**
 * Bounded inputs: only regular files are read (a FIFO named `.md` would block the run forever, a
 * link to /dev/zero never ends), links, FIFOs and devices in folders and archives are skipped and
 * reported, an article over the size limit is refused, and an archive member that expands to far
 * more than the limit is drained without being kept in memory. Every skip is counted.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { test } from 'node:test';
import { createGzip } from 'node:zlib';
import tar from 'tar-stream';
import { jekyllArticle, kbatlas, repoRoot, tempDir } from '../helpers/cli.ts';

/** The summary line's counts. */
function counts(stderr: string): { seen: number; imported: number; failed: number; duplicates: number; skipped: number } {
  const m = /(\d+) sources: (\d+) imported \(\d+ written, \d+ unchanged\), (\d+) failed, (\d+) duplicate ids skipped, (\d+) not regular files skipped/.exec(stderr);
  assert.ok(m, `no summary in:\n${stderr}`);
  const [seen, imported, failed, duplicates, skipped] = m.slice(1).map(Number) as [number, number, number, number, number];
  return { seen, imported, failed, duplicates, skipped };
}

/** An article of more than 3 KB (over a 2 KB limit). */
const bigArticle = (n: number) => jekyllArticle(n, { body: Array.from({ length: 120 }, (_, i) => `Line ${i} of a long body.`).join('\n') });

test('in a folder, FIFOs and links to devices are skipped and reported, an article over the limit is refused, the rest imported', async () => {
  const src = await tempDir();
  const elsewhere = await tempDir();
  execFileSync('mkfifo', [join(src, 'a-fifo.md')]);
  await symlink(join(src, 'a-fifo.md'), join(src, 'b-fifo-link.md'));
  await symlink('/dev/zero', join(src, 'c-zero.md'));
  await writeFile(join(src, 'd-big.md'), bigArticle(7104));
  await writeFile(join(elsewhere, 'Q7105.md'), jekyllArticle(7105));
  await symlink(join(elsewhere, 'Q7105.md'), join(src, 'e-link-to-article.md'));
  await writeFile(join(src, 'z-good.md'), jekyllArticle(7106));
  const out = await tempDir();
  const run = await kbatlas(['import', src, '--out', out, '--no-progress', '--max-article-size', '2k'], { timeoutMs: 60_000 });
  assert.equal(run.code, 1, run.stderr);
  assert.match(run.stderr, /a-fifo\.md: warning: skipped: a FIFO, not a regular file \[kbatlas\/not-regular-file\]/);
  assert.match(run.stderr, /b-fifo-link\.md: warning: skipped: a symbolic link to a FIFO, not a regular file \[kbatlas\/not-regular-file\]/);
  assert.match(run.stderr, /c-zero\.md: warning: skipped: a symbolic link to a character device, not a regular file \[kbatlas\/not-regular-file\]/);
  assert.match(run.stderr, /d-big\.md: error: unexpected article of \d+ bytes, larger than the 2 KB limit, expected a KB article \(--max-article-size raises it\) \[kbatlas\/too-large\]/);
  assert.deepEqual(counts(run.stderr), { seen: 6, imported: 2, failed: 1, duplicates: 0, skipped: 3 });
});

test('in an archive, link, hard link and FIFO members are skipped and reported, a member over the limit is refused', async () => {
  const src = await tempDir();
  const archive = join(src, 'mixed.tar');
  const pack = tar.pack();
  pack.entry({ name: 'kb/007/Q7201/README.md' }, jekyllArticle(7201));
  pack.entry({ name: 'kb/007/Q7202/README.md', type: 'symlink', linkname: '/etc/passwd' });
  pack.entry({ name: 'kb/007/Q7203/README.md', type: 'link', linkname: 'kb/007/Q7201/README.md' });
  pack.entry({ name: 'kb/007/Q7204/README.md', type: 'fifo' });
  pack.entry({ name: 'kb/007/Q7205/README.md' }, bigArticle(7205));
  pack.entry({ name: 'kb/007/Q7206/README.md' }, jekyllArticle(7206));
  pack.finalize();
  await pipeline(pack, createWriteStream(archive));
  const out = await tempDir();
  const run = await kbatlas(['import', archive, '--out', out, '--no-progress', '--max-article-size', '2k'], { timeoutMs: 60_000 });
  assert.equal(run.code, 1, run.stderr);
  assert.match(run.stderr, /mixed\.tar:kb\/007\/Q7202\/README\.md: warning: skipped: a symbolic link \(to `\/etc\/passwd`\), not a regular file \[kbatlas\/not-regular-file\]/);
  assert.match(run.stderr, /mixed\.tar:kb\/007\/Q7203\/README\.md: warning: skipped: a hard link \(to `kb\/007\/Q7201\/README\.md`\), not a regular file/);
  assert.match(run.stderr, /mixed\.tar:kb\/007\/Q7204\/README\.md: warning: skipped: a FIFO, not a regular file/);
  assert.match(run.stderr, /mixed\.tar:kb\/007\/Q7205\/README\.md: error: unexpected article of \d+ bytes, larger than the 2 KB limit.* \[kbatlas\/too-large\]/);
  assert.deepEqual(counts(run.stderr), { seen: 6, imported: 2, failed: 1, duplicates: 0, skipped: 3 });
});

test('an archive member expanding to 96 MB is refused without being held in memory, and the next member is imported', async (t) => {
  const src = await tempDir();
  const archive = join(src, 'bomb.tar.gz');
  const size = 96 * 1024 * 1024;
  const pack = tar.pack();
  const zeros = Buffer.alloc(1024 * 1024);
  const entry = pack.entry({ name: 'kb/007/Q7301/README.md', size }) as unknown as Writable;
  const written = pipeline(pack, createGzip({ level: 1 }), createWriteStream(archive));
  for (let i = 0; i < size / zeros.length; i++) if (!entry.write(zeros)) await new Promise((resolve) => entry.once('drain', resolve));
  entry.end();
  pack.entry({ name: 'kb/007/Q7302/README.md' }, jekyllArticle(7302));
  pack.finalize();
  await written;
  const measure = async (input: string) => {
    const out = await tempDir();
    // Peak resident memory of the CLI process (its worker threads included), printed as it exits.
    const run = await kbatlas(['import', input, '--out', out, '--no-progress', '--max-article-size', '1M'], {
      env: { NODE_OPTIONS: `--import=${join(repoRoot, 'tests/helpers/print-max-rss.ts')}` },
      timeoutMs: 120_000,
    });
    const rss = Number(/max-rss-kb (\d+)/.exec(run.stderr)?.[1]);
    assert.ok(rss > 0, run.stderr);
    return { run, mb: rss / 1024 };
  };
  const { run, mb } = await measure(archive);
  assert.equal(run.code, 1, run.stderr);
  assert.match(run.stderr, /bomb\.tar\.gz:kb\/007\/Q7301\/README\.md: error: unexpected article of 100663296 bytes, larger than the 1 MB limit.* \[kbatlas\/too-large\]/);
  assert.deepEqual(counts(run.stderr), { seen: 2, imported: 1, failed: 1, duplicates: 0, skipped: 0 });
  // The same import of a small archive, for the baseline of this machine's Node.
  const small = await measure(join(repoRoot, 'tests/fixtures/cli/two-articles.tar.gz'));
  t.diagnostic(`peak resident memory: ${mb.toFixed(0)} MB with the 96 MB member, ${small.mb.toFixed(0)} MB with two small articles`);
  assert.ok(mb - small.mb < 64, `peak ${mb.toFixed(0)} MB with the 96 MB member, ${small.mb.toFixed(0)} MB with two small articles`);
});
