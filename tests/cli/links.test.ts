/**
 * `kbatlas links` through the real CLI, over small hand-written wiki exports in each format
 * (tests/fixtures/wiki/export: text, Markdown, HTML, MediaWiki, a MediaWiki XML dump, Confluence
 * storage, a CRLF file with a byte-order mark): the report, `--json`, a dry run that changes nothing,
 * rewrites whose diff touches only the links (golden files in tests/fixtures/wiki/rewritten, `UPDATE=1`
 * regenerates them for review), and files that are not text left alone.
 */
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { diffChars } from 'diff';
import type { LinksReport } from '../../src/cli/links/report.ts';
import { kbatlas, repoRoot, tempDir } from '../helpers/cli.ts';
import { archived, fakeSite } from '../helpers/fake-site.ts';

const exportDir = join(repoRoot, 'tests/fixtures/wiki/export');
const goldenDir = join(repoRoot, 'tests/fixtures/wiki/rewritten');
const base = 'https://kb.example.org/kbarchive/';

/** Every file under a folder (relative path → bytes). */
function snapshot(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const walk = (at: string) => {
    for (const name of readdirSync(at)) {
      const path = join(at, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.set(relative(dir, path), readFileSync(path));
    }
  };
  walk(dir);
  return files;
}

/** A copy of the fixture export in a temp folder, with a binary and a Windows-1252 file beside it. */
async function workingCopy(): Promise<string> {
  const dir = await tempDir('kbatlas-wiki-');
  cpSync(exportDir, dir, { recursive: true });
  writeFileSync(join(dir, 'diagram.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x68, 0x74, 0x74, 0x70]));
  writeFileSync(join(dir, 'latin1.txt'), Buffer.from('Caf\xe9: http://support.microsoft.com/kb/311457\n', 'latin1'));
  return dir;
}

/** The spans of `text` that `pattern` matches. */
function spans(text: string, pattern: RegExp): [number, number][] {
  return [...text.matchAll(pattern)].map((m) => [m.index, m.index + m[0].length]);
}

test('the report gives each reference per file and line with its title or "not in the archive", and a summary', async () => {
  const run = await kbatlas(['links', 'tests/fixtures/wiki/export', '--site', await fakeSite()], { cwd: repoRoot });
  assert.equal(run.code, 0, run.stderr);
  const lines = run.stdout.split('\n');
  const at = (prefix: string) => lines.find((line) => line.startsWith(`tests/fixtures/wiki/export/${prefix}`));
  assert.equal(at('notes.txt:4:20:'), 'tests/fixtures/wiki/export/notes.txt:4:20: url http://support.microsoft.com/kb/311457/en-us → Q311457: SMS: How to Obtain and Install SMS 2.0 SP4');
  assert.equal(at('notes.txt:4:70:'), 'tests/fixtures/wiki/export/notes.txt:4:70: id KB 266130 → Q266130: SMS: Component Versions in Microsoft Systems Management Server 2');
  assert.equal(at('notes.txt:5:14:'), 'tests/fixtures/wiki/export/notes.txt:5:14: url http://support.microsoft.com/default.aspx?scid=kb;EN-US;Q999999 → Q999999: not in the archive');
  assert.match(at('runbook.md:5:18:') ?? '', / url support\.microsoft\.com\/support\/kb\/articles\/Q313\/8\/39\.ASP → Q313839: SMS: Previously Applied/);
  assert.ok(lines.includes('7 files read; 39 KB references (16 old URLs, 23 bare ids) to 4 articles.'), run.stdout);
  assert.ok(lines.includes('In the archive: 3; not in the archive: 1.'), run.stdout);
  // "KB 2000" and "2000 KB" are no ids.
  assert.doesNotMatch(run.stdout, /Q2000/);
});

test('--json lists every file with its format and references, in order', async () => {
  const run = await kbatlas(['links', exportDir, '--site', await fakeSite(), '--json'], { cwd: repoRoot });
  assert.equal(run.code, 0, run.stderr);
  const report = JSON.parse(run.stdout) as LinksReport;
  const byFile = Object.fromEntries(report.files.map((f) => [relative(exportDir, f.file), f]));
  assert.deepEqual(Object.fromEntries(Object.entries(byFile).map(([name, f]) => [name, f.format])), {
    'crlf-bom.md': 'markdown',
    'mediawiki-dump.xml': 'mediawiki',
    'notes.txt': 'text',
    'page.html': 'html',
    'runbook.md': 'markdown',
    'space/confluence-storage.xml': 'confluence',
    'wiki.wiki': 'mediawiki',
  });
  assert.deepEqual(
    byFile['page.html']!.references.map((r) => [r.line, r.kind, r.id, r.status]),
    [
      [3, 'id', 'Q311457', 'archived'],
      [5, 'url', 'Q311457', 'archived'],
      [5, 'id', 'Q311457', 'archived'],
      [6, 'id', 'Q266130', 'archived'],
      [6, 'id', 'Q313839', 'archived'],
      [7, 'url', 'Q313839', 'archived'],
      [8, 'url', 'Q999999', 'absent'],
    ],
  );
  assert.equal(byFile['wiki.wiki']!.references[0]!.title, archived.Q311457);
  assert.equal(byFile['wiki.wiki']!.references.find((r) => r.id === 'Q999999')?.title, null);
  assert.deepEqual(report.leftAlone, []);
  assert.equal(report.rewrite, null);
});

test('without --site every reference is reported with its canonical id, unchecked', async () => {
  const run = await kbatlas(['links', join(exportDir, 'wiki.wiki'), '--json']);
  assert.equal(run.code, 0, run.stderr);
  const [file] = (JSON.parse(run.stdout) as LinksReport).files;
  assert.deepEqual(file!.references.map((r) => `${r.id} ${r.status}`), ['Q311457 unchecked', 'Q311457 unchecked', 'Q266130 unchecked', 'Q999999 unchecked', 'Q999999 unchecked', 'Q313839 unchecked', 'Q266130 unchecked', 'Q311457 unchecked']);
});

test('a dry run shows the diff and changes no byte of any file', async () => {
  const dir = await workingCopy();
  const before = snapshot(dir);
  const run = await kbatlas(['links', dir, '--site', await fakeSite(), '--rewrite', '--base', base]);
  assert.equal(run.code, 0, run.stderr);
  assert.deepEqual(snapshot(dir), before);
  assert.match(run.stdout, /^-1\. Read \[How to install SP4\]\(https:\/\/support\.microsoft\.com\/default\.aspx\?scid=kb;en-us;311457&Product=sms#appliesto\)\.$/m);
  assert.match(run.stdout, /^\+1\. Read \[How to install SP4\]\(https:\/\/kb\.example\.org\/kbarchive\/kb\/311\/Q311457\/#appliesto\)\.$/m);
  assert.match(run.stdout, /Dry run: would rewrite 13 links in 7 files; nothing was written \(add --write to write them\)\./);
});

test('a rewrite changes only the old URLs of archived articles, keeping every other byte (BOM and CRLF too)', async () => {
  const dir = await workingCopy();
  const before = snapshot(dir);
  const run = await kbatlas(['links', dir, '--site', await fakeSite(), '--rewrite', '--base', base, '--write']);
  assert.equal(run.code, 0, run.stderr);
  assert.match(run.stdout, /Rewrote 13 links in 7 files\./);
  const after = snapshot(dir);
  assert.deepEqual([...after.keys()].sort(), [...before.keys()].sort(), 'no file added or removed (no temp file left)');
  for (const [name, old] of before) {
    const oldText = old.toString('utf8');
    const newText = after.get(name)!.toString('utf8');
    // Every removed character lies in a Microsoft URL of the old text, every added one in an archive URL of the new.
    const oldUrls = spans(oldText, /(?:https?:\/\/)?support2?\.microsoft\.com\/[^\s"'<>()[\]|]*/gi);
    const newUrls = spans(newText, /https:\/\/kb\.example\.org\/kbarchive\/kb\/\d{3}\/Q\d+\/(?:#[\w-]+)?/g);
    let inOld = 0;
    let inNew = 0;
    for (const part of diffChars(oldText, newText)) {
      if (part.removed) assert.ok(oldUrls.some(([s, e]) => inOld >= s && inOld + part.value.length <= e), `${name}: removed ${JSON.stringify(part.value)} outside a Microsoft URL`);
      if (part.added) assert.ok(newUrls.some(([s, e]) => inNew >= s && inNew + part.value.length <= e), `${name}: added ${JSON.stringify(part.value)} outside an archive URL`);
      if (!part.added) inOld += part.value.length;
      if (!part.removed) inNew += part.value.length;
    }
    // Articles not in the archive keep their old URLs.
    if (/999999/.test(oldText)) assert.match(newText, /support\.microsoft\.com\/[^\s]*999999/);
  }
  assert.ok(after.get('crlf-bom.md')!.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf])), 'byte-order mark kept');
  assert.equal(after.get('crlf-bom.md')!.toString('utf8'), '\ufeffWindows line ends and a byte-order mark:\r\nhttps://kb.example.org/kbarchive/kb/266/Q266130/\r\n');
});

test('--ids also turns bare ids into links in each format, never inside code, links, tags or titles (golden files)', async () => {
  const dir = await workingCopy();
  const run = await kbatlas(['links', dir, '--site', await fakeSite(), '--rewrite', '--base', base, '--ids', '--write']);
  assert.equal(run.code, 0, run.stderr);
  for (const name of snapshot(exportDir).keys()) {
    const got = readFileSync(join(dir, name));
    const golden = join(goldenDir, name);
    if (process.env.UPDATE === '1') {
      mkdirSync(join(golden, '..'), { recursive: true });
      writeFileSync(golden, got);
    }
    assert.equal(got.toString('utf8'), readFileSync(golden, 'utf8'), name);
  }
  // A second run finds nothing left to rewrite.
  const again = await kbatlas(['links', dir, '--site', await fakeSite(), '--rewrite', '--base', base, '--ids']);
  assert.match(again.stdout, /Dry run: would rewrite 0 links in 0 files/);
});

test('files that are not UTF-8 text are left alone, byte for byte, and the report says so', async () => {
  const dir = await workingCopy();
  const before = snapshot(dir);
  const run = await kbatlas(['links', join(dir, 'diagram.md'), join(dir, 'latin1.txt'), join(dir, 'notes.txt'), '--rewrite', '--base', base, '--write', '--json']);
  assert.equal(run.code, 0, run.stderr);
  assert.match(run.stderr, /diagram\.md: warning: left alone: binary content \(a NUL byte at offset 4\) \[kbatlas\/links-not-text\]/);
  assert.match(run.stderr, /latin1\.txt: warning: left alone: not valid UTF-8 text \[kbatlas\/links-not-text\]/);
  const report = JSON.parse(run.stdout) as LinksReport;
  assert.deepEqual(report.leftAlone.map((f) => relative(dir, f.file)), ['diagram.md', 'latin1.txt']);
  assert.deepEqual(readFileSync(join(dir, 'diagram.md')), before.get('diagram.md'));
  assert.deepEqual(readFileSync(join(dir, 'latin1.txt')), before.get('latin1.txt'));
  assert.notDeepEqual(readFileSync(join(dir, 'notes.txt')), before.get('notes.txt'), 'the text file beside them was rewritten');
  const text = await kbatlas(['links', join(dir, 'diagram.md')]);
  assert.match(text.stdout, /0 files read, 1 left alone \(not UTF-8 text\)/);
});

test('usage mistakes exit with 2 before any file is read; a missing input exits with 1', async () => {
  const noBase = await kbatlas(['links', exportDir, '--rewrite']);
  assert.equal(noBase.code, 2);
  assert.match(noBase.stderr, /--rewrite needs --base <url>/);
  const writeAlone = await kbatlas(['links', exportDir, '--write']);
  assert.equal(writeAlone.code, 2);
  const notSite = await kbatlas(['links', exportDir, '--site', exportDir]);
  assert.equal(notSite.code, 2);
  assert.match(notSite.stderr, /is not a built KB Atlas site/);
  const missing = await kbatlas(['links', join(exportDir, 'no-such-file.md')]);
  assert.equal(missing.code, 1);
  assert.match(missing.stderr, /no-such-file\.md: error: cannot read: no such file or folder \[kbatlas\/unreadable\]/);
});
