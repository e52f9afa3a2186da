/**
 * Listings whose line breaks stay (listings.ts), at their edges: what opens one (a registry key, an
 * INI section, RTF, `Directory of X:\`, ASCII art), where it ends (the first sentence, the run's end,
 * past the 50-line lookahead), a bracketed title over prose, boxes drawn with `*` (three lines or
 * more), and settings closing or making a paragraph.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { makeLine } from '../../../src/lib/parse/lines.ts';
import { codeLength, listingInParagraph, opensCode, settingsStart, starBoxLength } from '../../../src/lib/parse/listings.ts';

const linesOf = (texts: string[]) => texts.map((t, i) => makeLine(i + 1, t));
/** How many lines the listing opened by the first line takes, or 0 when it opens none. */
const listing = (texts: string[], at = 0) => {
  const lines = linesOf(texts);
  return opensCode(lines, at) ? codeLength(lines, at) : 0;
};
const sentence = 'This note tells you what the key does.';

test('a registry key opens a listing that runs to the first sentence', () => {
  assert.equal(listing(['HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft', '   \\Windows\\CurrentVersion', 'Value = 1']), 3);
  assert.equal(listing(['HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft', '   \\Windows\\CurrentVersion', sentence, 'more']), 2);
  assert.equal(listing(['HKLM\\Software', sentence]), 1);
  assert.equal(listing(['  HKEY_CURRENT_USER']), 1);
  // A key whose last part is four words or more is a sentence about a key, not a listing.
  assert.equal(listing(['HKEY_LOCAL_MACHINE\\Software is the key to edit']), 0);
  assert.equal(listing(['HKEY_LOCAL_MACHINE\\Software is key']), 1);
  assert.equal(listing(['HKEY_LOCAL_MACHINE\\Software   is   key', 'x']), 2);
});

test('what reads as a sentence ends a listing; keys, code and short lines do not', () => {
  for (const text of ['these are the files that you want', 'the files, the keys. and more here', 'A B C one, two. three']) {
    assert.equal(listing(['[boot]', 'a=1', text]), 2, text);
  }
  for (const text of [
    'These Are The Files That You Want', 'a b c d e f', 'these are the files', 'the key\\subkey is what you want to edit', 'the = of the key is what you want',
    'the {key} is what you want to edit', 'the key; is what you want to edit', 'the key: is what you want to edit', 'the $key is what you want to edit',
    'the <key> is what you want to edit', 'the #key is what you want to edit', 'the A B C D E', 'we x y z A B', '   ab cd ef gh ij',
  ]) {
    assert.equal(listing(['[boot]', 'a=1', text]), 3, text);
  }
});

test('INI sections, RTF and directory listings open listings; an INI section over prose does not', () => {
  assert.equal(listing(['[boot]', 'shell=progman.exe', 'drivers=mmsystem.dll']), 3);
  assert.equal(listing(['[boot]']), 1);
  assert.equal(listing(['[Operations]', sentence]), 0, 'a bracketed title over prose');
  assert.equal(listing(['{\\rtf1\\ansi', '{\\fonttbl}', '}']), 3);
  assert.equal(listing(['  {\\rtf1', sentence]), 1);
  assert.equal(listing(['Directory of C:\\DOS', '', 'x']), 1);
  assert.equal(listing([' Directory of a:\\', 'SETUP EXE 1', sentence]), 2);
  for (const text of ['Directory of the disk', 'directory of C:\\', '{rtf1', 'rtf', 'Registry key', sentence]) assert.equal(listing([text, 'a=1']), 0, text);
});

test('a listing runs to the end of its run, past the 50-line lookahead, but not past a blank line', () => {
  const keys = (n: number) => Array.from({ length: n }, (_, k) => `   \\Subkey${k}`);
  assert.equal(listing(['HKEY_LOCAL_MACHINE\\Software', ...keys(48)]), 49);
  assert.equal(listing(['HKEY_LOCAL_MACHINE\\Software', ...keys(49)]), 50);
  assert.equal(listing(['HKEY_LOCAL_MACHINE\\Software', ...keys(50)]), 51);
  assert.equal(listing(['HKEY_LOCAL_MACHINE\\Software', ...keys(120), '', 'x']), 121);
  assert.equal(listing(['HKEY_LOCAL_MACHINE\\Software', ...keys(60), sentence, 'x']), 63, 'a sentence past the lookahead is not looked for: the whole run');
  assert.equal(listing(['HKEY_LOCAL_MACHINE\\Software', ...keys(47), sentence]), 48);
  assert.equal(listing(['HKEY_LOCAL_MACHINE\\Software', ...keys(10), sentence, ...keys(60)]), 11, 'a sentence inside the lookahead of a long run ends it');
  assert.equal(listing(['HKEY_LOCAL_MACHINE\\Software', ...keys(3), '', ...keys(3)]), 4);
  // From a line inside the lines given.
  assert.equal(listing(['intro', '', 'HKLM\\Software', '  \\Sub', '', 'x'], 2), 2);
});

test('ASCII art opens a table to the end of its run', () => {
  assert.equal(listing(['+-----+-----+', '| a   | b   |', '+-----+-----+', '', 'after']), 3);
  assert.equal(listing(['| a | b |', 'plain text that follows', '', 'x']), 2);
  assert.equal(listing(['a | b', 'c | d']), 0);
});

test('a box drawn with *: three lines or more of rules and sides, its whole run', () => {
  const box = ['*****', '* Banner text *', '*****'];
  assert.equal(starBoxLength(linesOf(box), 0), 3);
  assert.equal(starBoxLength(linesOf([...box, '*   more   *', '', 'x']), 0), 4);
  assert.equal(starBoxLength(linesOf(['x', '', ...box]), 2), 3);
  assert.equal(starBoxLength(linesOf(['  ***********  ', '  *  *  ', '  * *']), 0), 3);
  assert.equal(starBoxLength(linesOf(box.slice(0, 2)), 0), 0, 'two lines');
  // The run's length from where it starts, not its end's index: two lines further down are no box.
  assert.equal(starBoxLength(linesOf(['x', '', '', ...box.slice(0, 2)]), 3), 0, 'two lines after others');
  assert.equal(starBoxLength(linesOf(['*****', '', '* a *', '*****']), 0), 0, 'a blank line ends the run');
  for (const side of ['****', '* text', 'text *', '*text *', '* text*', '- text -', '*', '**']) {
    assert.equal(starBoxLength(linesOf(['*****', side, '*****']), 0), 0, side);
  }
});

test('settings close a paragraph opened by a name or a line ending in a colon, or make it whole', () => {
  const start = (texts: string[]) => settingsStart(linesOf(texts));
  assert.equal(start(['Data type = REG_DWORD', 'Range = 0 or 1']), 0);
  assert.equal(start(['MaxButton = .F.', 'MinButton = .T.', 'Caption = "x"']), 0);
  assert.equal(start(['UpdateFrequency', 'Data type = REG_DWORD', 'Range = 0 or 1']), 1);
  assert.equal(start(['Set the following properties of the form:', 'Caption = x', 'Name = y']), 1);
  assert.equal(start(['Set the following properties of the form:  ', 'Caption = x', 'Name = y']), 1);
  assert.equal(start(['One two three', 'a = 1', 'b = 2']), 1);
  assert.equal(start(['One two three four', 'a = 1', 'b = 2']), -1);
  assert.equal(start(['UpdateFrequency', 'Range = 0 or 1']), -1, 'a name over one setting');
  assert.equal(start(['Range = 0 or 1']), -1, 'one line');
  assert.equal(start([]), -1);
  assert.equal(start(['a = 1', 'the value = 0 means that the key is not read']), -1, 'a setting that reads as prose');
  assert.equal(start(['a = 1', 'not a setting']), -1);
  assert.equal(start(['a = 1', 'b = 2', 'c']), -1);
  // What a setting's name may hold: words, spaces, `_`, `-`, `#`, up to 41 characters, then `=` and a value.
  for (const text of ['Port_1 = 2', 'x-y # 2 = 3', 'a=b', '  Indented = 1', 'Name =value', `${'n'.repeat(41)} = 1`]) assert.equal(start(['a = 1', text]), 0, text);
  for (const text of ['1st = 2', 'a = ', 'a.b = 1', `${'n'.repeat(43)} = 1`, '= 1', 'Name: = 1']) assert.equal(start(['a = 1', text]), -1, text);
});

test('settings heading a paragraph: the short lines under them join them unless one is prose or a label', () => {
  const inParagraph = (texts: string[]) => listingInParagraph(linesOf(texts));
  const settings = ['COM1Base=300', 'COM2Base=2F8'];
  assert.deepEqual(inParagraph([...settings, 'Link Driver DEPCA']), { start: 0, end: 3 });
  assert.deepEqual(inParagraph([...settings, 'Default: 2']), { start: 0, end: 2 }, 'a label');
  assert.deepEqual(inParagraph([...settings, 'Link Driver DEPCA', 'Default: 2']), { start: 0, end: 2 }, 'a label further down');
  assert.deepEqual(inParagraph([...settings, 'Link Driver DEPCA is the card in this computer']), { start: 0, end: 2 }, 'more than four words');
});

test('settings under a line with no colon: only under a sentence that stops short or a short name', () => {
  const inParagraph = (texts: string[]) => listingInParagraph(linesOf(texts));
  const settings = ['COM1Base=300', 'COM2Base=2F8'];
  assert.deepEqual(inParagraph(['You can set the following values in the file', ...settings]), { start: 1, end: 3 });
  assert.deepEqual(inParagraph(['b. a textbox', ...settings]), { start: 1, end: 3 });
  // A finished sentence over settings is a paragraph of its own kind: no listing in it.
  assert.equal(inParagraph(['You can set the following values in the file.', ...settings]), null);
});
