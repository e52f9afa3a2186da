/**
 * What the CLI prints is safe and exact: control characters in file names, archive member names and
 * article text reach the terminal escaped (one problem, one line), a stray invalid UTF-8 byte is
 * pointed at by line and column without garbling the rest of the article, a UTF-16 or UTF-32 file
 * is named as such, and a title holding a line separator is still an article.
 */
import assert from 'node:assert/strict';
import { createWriteStream } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { test } from 'node:test';
import tar from 'tar-stream';
import { jekyllArticle, kbatlas, tempDir } from '../helpers/cli.ts';

/** Control characters a terminal acts on (C0 but line feed, DEL, C1), and the line separators. */
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029]/;

/** Writes a plain `.tar` holding `members` (name → text). */
async function writeTar(path: string, members: Record<string, string>): Promise<void> {
  const pack = tar.pack();
  for (const [name, text] of Object.entries(members)) pack.entry({ name }, text);
  pack.finalize();
  await pipeline(pack, createWriteStream(path));
}

test('control characters in names and article text reach the terminal escaped, one problem per line', async () => {
  const src = await tempDir();
  // An OSC sequence that would retitle the terminal, a colour change, and a line that forges a problem.
  const oscName = 'osc-\u001b]0;pwned\u0007.md';
  await writeFile(join(src, oscName), '\u001b[31mnot an article\u001b[0m\n');
  await writeFile(join(src, 'c1-\u009b31m.md'), 'plain notes\n');
  const archive = join(src, 'hostile.tar');
  await writeTar(archive, {
    'kb/001/evil\nQ1.md: error: forged problem [kb/forged]\n.md': 'not an article either\n',
    'kb/001/bell\u0007\u2028.md': '\u001b]0;retitled\u0007 text\n',
  });
  const out = await tempDir();
  const run = await kbatlas(['import', src, '--out', out, '--no-progress']);
  assert.equal(run.code, 1, run.stderr);
  assert.doesNotMatch(run.stderr, RAW_CONTROL, `raw control characters in:\n${JSON.stringify(run.stderr)}`);
  const problems = run.stderr.split('\n').filter((line) => /: error: /.test(line));
  assert.equal(problems.length, 4, run.stderr);
  for (const line of problems) assert.match(line, /^\S.*: error: .* \[kb\/[a-z-]+\]$/, line);
  assert.ok(problems.some((line) => line.includes('osc-\\x1b]0;pwned\\x07.md')), run.stderr);
  assert.ok(problems.some((line) => line.includes('c1-\\x9b31m.md')), run.stderr);
  assert.ok(problems.some((line) => line.includes('evil\\nQ1.md: error: forged problem [kb/forged]\\n.md')), run.stderr);
  assert.ok(problems.some((line) => line.includes('bell\\x07\\u2028.md')), run.stderr);
  assert.ok(problems.some((line) => line.includes('`\\x1b[31mnot an article\\x1b[0m`')), run.stderr);
});

test('one invalid UTF-8 byte is read alone and pointed at by line and column; the rest stays UTF-8', async () => {
  const src = await tempDir();
  const text = jekyllArticle(5101, { body: 'Le café ouvre à 8 h.\nTōkyō 東京 und Größe.\nPrice: 10 @ only.' });
  // The '@' becomes the byte 0x80 (the euro sign in Windows-1252), never valid alone in UTF-8.
  const bytes = Buffer.from(text, 'utf8');
  bytes[bytes.indexOf('@')] = 0x80;
  const file = join(src, 'Q5101.md');
  await writeFile(file, bytes);
  const lines = text.split('\n');
  const line = lines.findIndex((l) => l.includes('@')) + 1;
  const column = lines[line - 1]!.indexOf('@') + 1;
  const out = await tempDir();
  const run = await kbatlas(['import', file, '--out', out, '--no-progress', '--verbose']);
  assert.equal(run.code, 0, run.stderr);
  const page = await readFile(join(out, 'Q5101.mdx'), 'utf8');
  assert.match(page, /Le café ouvre à 8 h\./);
  assert.match(page, /Tōkyō 東京 und Größe\./);
  assert.match(page, /Price: 10 € only\./);
  assert.match(run.stderr, new RegExp(`Q5101\\.md:${line}:${column}: warning: .*\`0x80\`.* \\[kb/invalid-utf8\\]`), run.stderr);
});

test('a title holding a line separator (U+2028) is imported with it', async () => {
  const src = await tempDir();
  await writeFile(join(src, 'Q5201.md'), jekyllArticle(5201, { title: 'First part\u2028second part' }));
  const out = await tempDir();
  const run = await kbatlas(['import', src, '--out', out, '--no-progress']);
  assert.equal(run.code, 0, run.stderr);
  assert.match(await readFile(join(out, 'Q5201.mdx'), 'utf8'), /^title: "First part\\u2028second part"$/m);
});

test('a UTF-16 or UTF-32 file is refused naming its encoding, not as binary', async () => {
  const src = await tempDir();
  const text = jekyllArticle(5301);
  const utf32 = Buffer.alloc(text.length * 4);
  for (let i = 0; i < text.length; i++) utf32.writeUInt32BE(text.charCodeAt(i), i * 4);
  await writeFile(join(src, 'a-utf16le-bom.md'), Buffer.from(`\ufeff${text}`, 'utf16le'));
  await writeFile(join(src, 'b-utf16be.md'), Buffer.from(text, 'utf16le').swap16());
  await writeFile(join(src, 'c-utf32be.md'), utf32);
  const out = await tempDir();
  const run = await kbatlas(['import', src, '--out', out, '--no-progress']);
  assert.equal(run.code, 1, run.stderr);
  for (const [name, encoding] of [['a-utf16le-bom.md', 'UTF-16LE'], ['b-utf16be.md', 'UTF-16BE'], ['c-utf32be.md', 'UTF-32BE']]) {
    assert.match(run.stderr, new RegExp(`${name}:1: error: unexpected ${encoding} text, expected UTF-8 or Windows-1252 \\[kb/unsupported-encoding\\]`), run.stderr);
  }
  assert.doesNotMatch(run.stderr, /binary/);
});
