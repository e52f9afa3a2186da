/** The parser's fast paths give the same results as their plain formulations (`reference-impl.ts`). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { parseSpans } from '../../../src/lib/parse/inline.ts';
import { firstNonSpace, isBlank, isRuleText, isSpaceCode, makeLine, splitLines } from '../../../src/lib/parse/lines.ts';
import { matchMarker } from '../../../src/lib/parse/lists.ts';
import { matchNote } from '../../../src/lib/parse/notes.ts';
import { isCodeLike, isIniLike } from '../../../src/lib/parse/preformatted.ts';
import { matchReference } from '../../../src/lib/parse/references.ts';
import { readTable } from '../../../src/lib/parse/tables.ts';
import {
  codePatternReference,
  isRuleTextReference,
  parseSpansReference,
  readTableReference,
  splitLinesReference,
} from './reference-impl.ts';

/** Strings built from pieces the parser looks at, with all kinds of whitespace. */
const pieces = (extra: string[]) =>
  fc.array(fc.oneof(fc.constantFrom(' ', '  ', '\t', '\u00a0', '\u2003', '\ufeff', ...extra), fc.string({ maxLength: 3 })), { maxLength: 14 }).map((p) => p.join(''));

test('isSpaceCode matches exactly the characters \\s matches', () => {
  for (let c = 0; c < 0x10000; c++) assert.equal(isSpaceCode(c), /\s/.test(String.fromCharCode(c)), c.toString(16));
});

test('firstNonSpace and isBlank agree with trimStart and trim', () => {
  fc.assert(
    fc.property(pieces(['\n', '\u2028', 'a']), (text) => {
      assert.equal(firstNonSpace(text), text.length - text.trimStart().length);
      assert.equal(isBlank(text), text.trim() === '');
    }),
  );
});

test('isRuleText agrees with the trim-based test for every rule character and length', () => {
  const args = fc.tuple(pieces(['=', '-', '*', '_', '---', '===']), fc.constantFrom(undefined, '=' as const, '-' as const), fc.integer({ min: 0, max: 12 }));
  fc.assert(fc.property(args, ([text, char, min]) => assert.equal(isRuleText(text, char, min), isRuleTextReference(text, char, min))), { numRuns: 3000 });
});

test('isCodeLike agrees with the single code pattern', () => {
  const code = pieces([';', '{', '}', '#include', '# define', '//', '/*', '*/', "'", 'REM', 'Dim', 'End Sub', 'if (', 'int', '<b>', '</a x>', 'x']);
  fc.assert(fc.property(code, (text) => assert.equal(isCodeLike(text), codePatternReference.test(text))), { numRuns: 3000 });
});

test('isIniLike agrees with its patterns tested without the quick `=` check', () => {
  const ini = pieces(['=', 'key', '_a', '[s]', '.', '$']);
  const reference = (t: string): boolean => /^\s*\[[^\]\s][^\]]*\]\s*$/.test(t) || /^\s*[A-Za-z_][\w .$-]{0,60}=/.test(t);
  fc.assert(fc.property(ini, (text) => assert.equal(isIniLike(text), reference(text))), { numRuns: 2000 });
});

test('notes, list markers and reference lines are only found where their patterns match', () => {
  const starts = pieces(['Note:', 'notes :', 'WARNING:', 'Tip:', 'caution:', 'important :', '- ', '* ', '• ', '· ', 'o X', '12. ', '3) ', 'a. ', 'b) ', 'C. ', 'iv) ', 'XII. ', 'ix. ', 'Q123456 ', 'q0012345', 'x']);
  fc.assert(
    fc.property(starts, (text) => {
      const line = makeLine(1, text);
      assert.equal(matchNote(line) !== null, /^(\s*)(notes?|warning|important|caution|tip)([ \t]*:[ \t]*)(.*)$/i.test(text));
      if (!/^(\s*)([-*o•·]|\d{1,3}[.)]|[a-zA-Z][.)]|(?:[ivxlc]{2,6}|[IVXLC]{2,6})[.)])([ \t]+)(\S.*)$/.test(text)) assert.equal(matchMarker(line), null);
      if (!/^\s*([Qq]0*\d{4,6})(?:[\s\u00a0]+(.*))?$/.test(text.trimEnd())) assert.equal(matchReference(line), null);
    }),
    { numRuns: 3000 },
  );
});

test('splitLines splits on CRLF, CR and LF like the regular expression', () => {
  const text = fc.array(fc.constantFrom('a', 'bc', ' ', '\n', '\r', '\r\n', '\n\r', ''), { maxLength: 12 }).map((p) => p.join(''));
  fc.assert(fc.property(text, (t) => assert.deepEqual(splitLines(t), splitLinesReference(t))), { numRuns: 3000 });
});

test('parseSpans on the joined spans equals parsing each span alone', () => {
  const span = pieces(['Q266130', 'q1234', 'http://a.com/x.', 'www.example.com', '(www.a.b.org)', 'a@b.com', 'x.y@z.org', '@', '://', 'ftp://f.net', '.', ',']);
  const spans = fc.array(fc.record({ text: span.map((t) => t.trim()), line: fc.integer({ min: 1, max: 99 }) }), { minLength: 1, maxLength: 5 });
  fc.assert(fc.property(spans, (s) => assert.deepEqual(parseSpans(s), parseSpansReference(s))), { numRuns: 3000 });
});

/** Cell text: mostly plain words, sometimes empty or code-like, a pipe, a tab, an article id or a URL. */
const cellWord = fc.oneof(
  { weight: 12, arbitrary: fc.constantFrom('a', 'Name', '12', '3.5', 'x y', 'Value', 'kbinfo') },
  { weight: 2, arbitrary: fc.constantFrom('', 'Q266130', 'www.a.b.com') },
  { weight: 1, arbitrary: fc.constantFrom('a=b', ';', '|', '\t', "'q", '{') },
);

/** Lines of aligned columns (sometimes under a dashed underline), with perturbations that make some ambiguous. */
const tableLines = fc
  .record({
    indent: fc.constantFrom('', ' ', '  ', '    '),
    widths: fc.array(fc.integer({ min: 3, max: 10 }), { minLength: 1, maxLength: 4 }),
    underline: fc.constantFrom('none', 'runs', 'one run', 'late'),
    rows: fc.array(
      fc.record({
        deeper: fc.constantFrom('', '', '', '', ' ', '  ', '   '),
        cells: fc.array(fc.record({ word: cellWord, shift: fc.constantFrom(0, 0, 0, 0, 1, 2) }), { minLength: 1, maxLength: 4 }),
      }),
      { minLength: 2, maxLength: 6 },
    ),
    extra: fc.constantFrom('', '', 'Some prose  with gaps.', '-----', '   ---   ---'),
  })
  .map(({ indent, widths, underline, rows, extra }) => {
    const row = ({ deeper, cells }: { deeper: string; cells: Array<{ word: string; shift: number }> }): string =>
      (indent + deeper + widths.map((w, c) => (' '.repeat(cells[c]?.shift ?? 0) + (cells[c]?.word ?? '')).padEnd(w + 2)).join('')).trimEnd();
    const under = indent + (underline === 'one run' ? '-'.repeat(widths.reduce((a, b) => a + b + 2, 0)) : widths.map((w) => '-'.repeat(w) + '  ').join('').trimEnd());
    const texts = rows.map(row).filter((t) => t.trim() !== '');
    if (underline === 'runs' || underline === 'one run') texts.splice(1, 0, under);
    if (underline === 'late') texts.push(under);
    if (extra) texts.splice(texts.length >> 1, 0, extra);
    return texts;
  });

test('readTable finds the same tables as the plain formulation', () => {
  fc.assert(
    fc.property(tableLines, (texts) => {
      const input = texts.map((text, i) => makeLine(i + 1, text));
      assert.deepEqual(readTable(input), readTableReference(input));
    }),
    { numRuns: 5000 },
  );
});
