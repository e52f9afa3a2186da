/** The public API of src/lib/parse: what it exports and how each function behaves. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as kb from '../../../src/lib/parse/index.ts';
import { articleText, KbSourceError, normalizeArticleId, parseArticle, sourceBodyText, words, articleBodyText, rules } from '../../../src/lib/parse/index.ts';

const tab = (lines: string[]): string => lines.map((l) => `\t${l}`).join('\n');
const jekyll = (body: string[], extra = ''): string =>
  `---\nlayout: page\ntitle: "Q123: A &quot;Title&quot;"\n---\n\n## Q123: A &quot;Title&quot;\n${extra}\n${tab(['Article: Q123', 'Last Modified: 05-JUN-2002', '', ...body])}\n`;

test('the index exports exactly the public API', () => {
  assert.deepEqual(Object.keys(kb).sort(), [
    'KbSourceError', 'articleBodyText', 'articleText', 'blocksText', 'decodeHexMarkers', 'decodeTitleEntities',
    'detectForm', 'inlineText', 'normalizeArticleId', 'parseArticle', 'parseKbDate', 'rules', 'sectionsInOrder', 'sourceBodyText', 'words',
  ]);
});

test('normalizeArticleId canonicalises case and leading zeros', () => {
  assert.deepEqual(normalizeArticleId('q266130'), { id: 'Q266130', number: 266130 });
  assert.deepEqual(normalizeArticleId('Q0266130'), { id: 'Q266130', number: 266130 });
  assert.deepEqual(normalizeArticleId(' KB266130 '), { id: 'Q266130', number: 266130 });
  assert.equal(normalizeArticleId('Q'), null);
  assert.equal(normalizeArticleId('Q0'), null);
  assert.equal(normalizeArticleId('Q12345678'), null);
  assert.equal(normalizeArticleId('266130'), null);
});

test('parseArticle accepts a string and bytes alike', () => {
  const text = jekyll(['SUMMARY', '=======', '', 'Hello.']);
  assert.deepEqual(parseArticle(text), parseArticle(new TextEncoder().encode(text)));
});

test('a byte-order mark and CRLF or CR line endings give the same tree as LF', () => {
  const text = jekyll(['SUMMARY', '=======', '', 'Hello.']);
  const lf = parseArticle(text);
  assert.deepEqual(parseArticle(`\ufeff${text.replace(/\n/g, '\r\n')}`), lf);
  assert.deepEqual(parseArticle(text.replace(/\n/g, '\r')), lf);
});

test('titles are HTML-decoded but bodies are not', () => {
  const { article } = parseArticle(jekyll(['SUMMARY', '=======', '', 'Use &quot;x&quot; and &parmcnt;.']));
  assert.equal(article.title, 'A "Title"');
  assert.deepEqual(article.sections[0]?.children[0], { type: 'paragraph', line: 14, children: [{ type: 'text', value: 'Use &quot;x&quot; and &parmcnt;.', line: 14 }] });
});

test('the Last Modified date becomes an ISO date and a bad one a warning', () => {
  assert.equal(parseArticle(jekyll([])).article.lastModified, '2002-06-05');
  const bad = parseArticle(jekyll([]).replace('05-JUN-2002', '31-FEB-2002'));
  assert.equal(bad.article.lastModified, null);
  assert.deepEqual(bad.diagnostics.map((d) => [d.rule, d.severity, d.line]), [['kb/invalid-date', 'warning', 9]]);
  assert.match(bad.diagnostics[0]!.message, /31-FEB-2002/);
});

test('a byte that is not valid UTF-8 is read alone as Windows-1252, with a warning at its line and column', () => {
  const bytes = new TextEncoder().encode(jekyll(['SUMMARY', '=======', '', 'Caf@ Größe.']));
  bytes[bytes.indexOf('@'.charCodeAt(0), bytes.indexOf('Caf'.charCodeAt(0)))] = 0xe9;
  const { article, diagnostics } = parseArticle(bytes);
  assert.match(JSON.stringify(article), /Café Größe\./);
  assert.deepEqual(diagnostics.map((d) => [d.rule, d.column]), [['kb/invalid-utf8', 5]]);
});

test('a file wholly in Windows-1252 still reads right, byte by byte', () => {
  const text = jekyll(['SUMMARY', '=======', '', 'Élève déjà « noté » – 5 €.']);
  const bytes = Uint8Array.from(new TextEncoder().encode(text.replace(/[^\x00-\x7f]/g, '@')));
  const high = [...text].filter((c) => c.charCodeAt(0) > 0x7f);
  let next = 0;
  for (let i = 0; i < bytes.length; i++) if (bytes[i] === 0x40) bytes[i] = new Map([['É', 0xc9], ['è', 0xe8], ['é', 0xe9], ['à', 0xe0], ['«', 0xab], ['»', 0xbb], ['–', 0x96], ['€', 0x80]]).get(high[next++]!)!;
  const { article, diagnostics } = parseArticle(bytes);
  assert.match(JSON.stringify(article), /Élève déjà « noté » – 5 €\./);
  assert.equal(diagnostics[0]?.rule, 'kb/invalid-utf8');
  assert.match(diagnostics[0]!.message, /and 8 more such bytes/);
});

test('a body line the Jekyll form did not indent by a tab is kept whole, with one warning at the first', () => {
  const text = jekyll(['SUMMARY', '=======', '', 'Tabbed text.']).replace('\tTabbed text.\n', '\tTabbed text.\nPlain text.\nMore plain text.\n');
  const { article, diagnostics } = parseArticle(text);
  assert.match(JSON.stringify(article.sections[0]?.children), /Tabbed text\. ?Plain text\. ?More plain text\./);
  assert.deepEqual(diagnostics.map((d) => [d.rule, d.line]), [['kb/unindented-line', 15]]);
});

test('the stray bytes after the first are counted, one byte or several', () => {
  const withStray = (count: number) => {
    const bytes = new TextEncoder().encode(jekyll(['SUMMARY', '=======', '', `Caf${'@'.repeat(count)}.`]));
    for (let i = bytes.indexOf('@'.charCodeAt(0), bytes.indexOf('Caf'.charCodeAt(0))); bytes[i] === 0x40; i++) bytes[i] = 0xe9;
    return parseArticle(bytes).diagnostics[0]!.message;
  };
  assert.doesNotMatch(withStray(1), /more such/);
  assert.match(withStray(2), /\(and 1 more such byte\)$/);
  assert.match(withStray(3), /\(and 2 more such bytes\)$/);
});

test('text in a wide encoding is refused with its own rule, naming the encoding', () => {
  const utf16 = Uint8Array.from([0xff, 0xfe, ...[...jekyll([])].flatMap((c) => [c.charCodeAt(0), 0])]);
  assert.throws(() => parseArticle(utf16, { file: 'w.md' }), (e: unknown) => e instanceof KbSourceError && e.rule === 'kb/unsupported-encoding' && e.line === 1 && e.message === 'w.md:1: unexpected UTF-16LE text, expected UTF-8 or Windows-1252');
});

test('blank lines before the DOCUMENT line of the .TXT form are skipped', () => {
  const text = '\r\n  \r\n\r\nDOCUMENT:Q5  01-JAN-2000  [x]\r\nTITLE   :Its title\r\n';
  assert.equal(parseArticle(text, { form: 'txt' }).article.title, 'Its title');
  assert.equal(parseArticle(text, { form: 'txt' }).article.id, 'Q5');
  // Spaces before the colon are allowed; another word is not the DOCUMENT line.
  assert.equal(parseArticle('DOCUMENT :Q5  01-JAN-2000  [x]\r\nTITLE   :Its title\r\n').article.title, 'Its title');
  assert.throws(() => parseArticle('DOCUMENTS:Q5  01-JAN-2000  [x]\r\nTITLE   :Its title\r\n'), (e: unknown) => e instanceof KbSourceError && e.rule === 'kb/not-kb-article');
});

test('the .TXT form is decoded as Windows-1252, never as UTF-8', () => {
  const bytes = Uint8Array.from([...'DOCUMENT:Q5  01-JAN-2000  [x]\r\nTITLE   :It'].map((c) => c.charCodeAt(0)).concat([0x92], [...'s\r\n'].map((c) => c.charCodeAt(0))));
  assert.equal(parseArticle(bytes).article.title, 'It\u2019s');
  assert.equal(parseArticle(bytes).article.productCode, 'x');
});

test('fatal errors are KbSourceError naming file and line', () => {
  assert.throws(() => parseArticle('', { file: 'a.md' }), (e: unknown) => e instanceof KbSourceError && e.file === 'a.md' && e.line === 1 && e.rule === 'kb/empty' && e.message.startsWith('a.md:1: '));
  assert.throws(() => parseArticle('---\ntitle: "Q1: x"\n', { file: 'b.md' }), (e: unknown) => e instanceof KbSourceError && e.rule === 'kb/unclosed-front-matter' && e.line === 2);
  assert.throws(() => parseArticle('hello\n', { file: 'c.md' }), (e: unknown) => e instanceof KbSourceError && e.rule === 'kb/not-kb-article');
  assert.throws(() => parseArticle('---\ntitle: x\n---\n\n\tno id here\n', { file: 'd.md' }), (e: unknown) => e instanceof KbSourceError && e.rule === 'kb/no-id' && e.line === 5);
});

test('every diagnostic and error rule of the catalogue has a message and a hint', () => {
  for (const [id, rule] of Object.entries(rules)) {
    assert.match(id, /^kb\/[a-z0-9-]+$/);
    assert.match(rule.message, /^unexpected /);
    assert.ok(rule.hint.length > 0);
  }
});

test('words lower-cases and keeps only letters and digits', () => {
  assert.deepEqual(words('1. Run SETUP.EXE ==== - café'), ['1', 'run', 'setup', 'exe', 'café']);
});

test('the model text holds every word of the source body in order', () => {
  const source = jekyll(['SUMMARY', '=======', '', '- One item', '  wrapped.', '', '  Q266130 SMS: A Title', '', 'NOTE: A <A0>note.']);
  const { article } = parseArticle(source);
  assert.deepEqual(words(articleBodyText(article)), words(sourceBodyText(source)));
  assert.ok(words(articleText(article)).includes('q123'));
});

test('sourceBodyText drops front matter, the ## line, raw lines and header fields, and decodes markers', () => {
  const source = jekyll(['Body<A0>text.'], '\n{% raw %}');
  assert.equal(sourceBodyText(`${source}{% endraw %}\n`), 'Body\u00a0text.');
});

test('an id given differently by the ## line and Article: line is a warning', () => {
  const { article, diagnostics } = parseArticle(jekyll([]).replace('Article: Q123', 'Article: Q124'));
  assert.equal(article.id, 'Q124');
  assert.deepEqual(diagnostics.map((d) => d.rule), ['kb/id-mismatch', 'kb/id-mismatch']);
});

test('numeric entities in titles: decimal and hexadecimal, up to their lengths', () => {
  assert.equal(kb.decodeTitleEntities('&#65;&#x41;&#X263a;&#x1F600;&#8364;'), 'AA\u263a\u{1F600}\u20ac');
  assert.equal(kb.decodeTitleEntities('&#x1234567;'), '&#x1234567;');
  assert.equal(kb.decodeTitleEntities('&#x10FFFF;&#1114111;'), '\u{10FFFF}\u{10FFFF}');
  assert.equal(kb.decodeTitleEntities('&#x110000;'), '&#x110000;');
  // Surrogates alone are no characters: kept as written.
  assert.equal(kb.decodeTitleEntities('&#xD800;&#57343;&#xD7FF;&#xE000;'), '&#xD800;&#57343;\ud7ff\ue000');
  assert.equal(kb.decodeTitleEntities('&quot;&amp;&lt;&gt;&apos;&nbsp;&copy;'), '"&<>\'\u00a0&copy;');
});

test('hex markers: a byte written as <XX> is decoded, its look-alikes (HTML tags, the CD drive, function keys) kept', () => {
  assert.equal(kb.decodeHexMarkers('a<A0>b <7F> DOMAIN<1B>'), 'a\u00a0b \u007f DOMAIN<1B>');
  for (const kept of ['<DD>', '<CD>\\I386', '<F1>', '<F5>', '<F9>']) assert.equal(kb.decodeHexMarkers(`press ${kept}`), `press ${kept}`, kept);
});

test('a front matter closed by ... as YAML allows', () => {
  const text = jekyll([]).replace('\n---\n\n##', '\n...\n\n##');
  assert.notEqual(text, jekyll([]));
  assert.equal(parseArticle(text).article.title, 'A "Title"');
  // A blank line inside the front matter does not close it.
  const body = ['Article: Q123', '', 'Text.'].map((l) => `\t${l}`).join('\n');
  assert.equal(parseArticle(`---\nlayout: page\n\ntitle: "Q123: Front Title"\n---\n\n${body}\n`).article.title, 'Front Title');
});

test('the form given in the options is used, not the one the text looks like', () => {
  assert.throws(() => parseArticle(jekyll([]), { form: 'txt' }), (e: unknown) => e instanceof KbSourceError && e.rule === 'kb/no-id');
  assert.equal(parseArticle(jekyll([]), { form: 'jekyll' }).article.id, 'Q123');
});

test('the article text lists the versions comma-separated', () => {
  const { article } = parseArticle(jekyll([]));
  assert.ok(articleText({ ...article, versions: ['1.0', '2.0'] }).split('\n').includes('Version(s): 1.0,2.0'));
  // No date: the label alone.
  assert.ok(articleText({ ...article, lastModified: null }).split('\n').includes('Last Modified: '));
});

test('a stray byte first on its line is reported at column 1 of that line', () => {
  // Body lines are tab-indented in the Jekyll form: this one is not (a warning of its own), so the byte opens it.
  const bytes = new TextEncoder().encode(jekyll(['SUMMARY', '=======', '', 'Text.']).replace('\tText.', '@ starts the line.'));
  bytes[bytes.indexOf('@'.charCodeAt(0), bytes.indexOf('SUMMARY'.charCodeAt(0)))] = 0xe9;
  assert.deepEqual(parseArticle(bytes).diagnostics.filter((d) => d.rule === 'kb/invalid-utf8').map((d) => [d.line, d.column]), [[14, 1]]);
});

test('NOTES: is a note like NOTE:, its label kept as written', () => {
  const { article } = parseArticle(jekyll(['SUMMARY', '=======', '', 'NOTES: Keep a copy of the file.', '', 'NOTE: One more.']));
  assert.deepEqual(article.sections[0]?.children.map((b) => (b.type === 'note' ? [b.kind, b.label] : b.type)), [['note', 'NOTES'], ['note', 'NOTE']]);
});

test('control bytes in 1 % of the text or more make it binary, at the line of the first; fewer are a warning', () => {
  const lines = 'Text line here.\n'.repeat(10);
  assert.throws(() => parseArticle(`Article: Q123\n${lines.replace(/here/g, 'h\x01re')}`), (e: unknown) => e instanceof KbSourceError && e.rule === 'kb/binary' && e.line === 2 && /\(10 NUL or control bytes\)/.test(e.message));
  const fewer = parseArticle(`Article: Q123\n${lines}x\x01\n`);
  assert.ok(fewer.diagnostics.some((d) => d.rule === 'kb/control-character'));
});

test('a preformatted block counts in the text as written', () => {
  assert.deepEqual(kb.blocksText([{ type: 'preformatted', value: 'DIR C:\\\n  /W', line: 1 } as never]), ['DIR C:\\\n  /W']);
});

test('only the front matter key title is the title, not a key ending in it', () => {
  const body = ['Article: Q123', '', 'Text.'].map((l) => `\t${l}`).join('\n');
  assert.equal(parseArticle(`---\nsubtitle: "Q123: Other"\ntitle: "Q123: Front Title"\n---\n\n${body}\n`).article.title, 'Front Title');
  assert.equal(parseArticle(`---\ntitle: "Q123: Front Title"\nsubtitle: "Q123: Other"\n---\n\n${body}\n`).article.title, 'Front Title');
});

test('only a line that is a raw or endraw tag alone is dropped; text holding {% stays', () => {
  const { article } = parseArticle(jekyll(['SUMMARY', '=======', '', 'Type {%x%} here.', '', '{% raw %} and text', '', '{% raw %}', 'Kept.', '{%- endraw -%}']));
  assert.deepEqual(article.sections.flatMap((s) => kb.blocksText(s.children)), ['Type {%x%} here.', '{% raw %} and text', 'Kept.']);
});

test('keywords split on spaces and bars, however many', () => {
  const text = jekyll([]).replace('\tLast Modified', '\tKeyword(s): kbA  kbB | kbC|kbD\n\tLast Modified');
  assert.deepEqual(parseArticle(text).article.keywords, ['kbA', 'kbB', 'kbC', 'kbD']);
});
