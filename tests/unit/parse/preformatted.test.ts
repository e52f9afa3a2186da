/**
 * Preformatted blocks (preformatted.ts): the line tests other readers ask (code-like, INI, registry,
 * ASCII art), the kind a block is given (for styling), and how a block is cut from its lines (blank
 * lines at its ends dropped, inside kept; the common indentation removed, a tab counting to the next
 * multiple of 8; trailing spaces dropped).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { makeLine } from '../../../src/lib/parse/lines.ts';
import { isArtLike, isCodeLike, isIniLike, isIniSection, isRegistryLike, makePreformatted, preformattedKind } from '../../../src/lib/parse/preformatted.ts';

const linesOf = (texts: string[], from = 1) => texts.map((t, i) => makeLine(from + i, t));
const kind = (texts: string[]) => preformattedKind(linesOf(texts));

test('code-like lines: a last ; { or } (trailing spaces aside), or a directive, comment, keyword or tag first', () => {
  for (const text of [
    'x = 1;', 'if (a) {', '}', 'end; \t ', '#include <stdio.h>', '# define X', '#pragma once', '#ifdef X', '#endif', '// note', '/* note', '*/', "' note", 'REM x',
    'Dim x', 'Sub Main', 'End Sub', 'End  Function', 'End If', 'Function F', 'Private x', 'Public y', 'int x', 'void f', 'char c', 'return x', 'if (x)', 'if(x)',
    'for (;;)', 'while (1)', 'mov ax, 1', 'push bp', 'call f', '<HTML>', '</td>', '<a href=x>', '   int x',
  ]) assert.equal(isCodeLike(text), true, text);
  for (const text of ['', 'x = 1', 'Dimension', 'REMARK', 'returns the value', 'if x', 'Publicity', '#includes', 'integer', 'End While', '<>', '< a>', 'a;b', 'moving']) {
    assert.equal(isCodeLike(text), false, text);
  }
});

test('INI sections and lines, registry keys, ASCII art', () => {
  for (const text of ['[boot]', '  [386Enh]  ', '[a b]', '[x]']) assert.equal(isIniSection(text), true, text);
  for (const text of ['[]', '[ boot]', '[boot] x', 'x [boot]', '[bo]ot]', '[boot']) assert.equal(isIniSection(text), false, text);
  for (const text of ['[boot]', 'shell=progman.exe', '  Key Name = value', 'a$b-c.d=1', '_x=', `${'k'.repeat(61)}=1`]) assert.equal(isIniLike(text), true, text);
  for (const text of ['no equals here', '=value', '1key=x', `${'k'.repeat(62)}=1`, 'a:b=c']) assert.equal(isIniLike(text), false, text);
  for (const text of ['HKEY_LOCAL_MACHINE\\Software', '  HKEY_CURRENT_USER', 'HKLM\\x', 'HKCU', 'HKCR\\.txt', 'HKU\\.DEFAULT', 'HKEY_USERS  ']) assert.equal(isRegistryLike(text), true, text);
  for (const text of ['HKEY_local\\x', 'HKLMx', 'The HKLM key', 'HKEY_', 'HKCU key']) assert.equal(isRegistryLike(text), false, text);
  for (const text of ['+-----+', '| a | b |', '  +--', '+ x +', '|x|  ']) assert.equal(isArtLike(text), true, text);
  for (const text of ['+-', '| a b', 'a | b |', '-----', '+']) assert.equal(isArtLike(text), false, text);
});

test('the kind of a block: registry, INI, code (a third of its lines or more), a few commands, text', () => {
  assert.equal(kind([]), 'text');
  assert.equal(kind(['', '  ']), 'text');
  assert.equal(kind(['Some text', 'HKLM\\Software']), 'registry');
  assert.equal(kind(['[boot]', '', 'shell=x']), 'ini');
  assert.equal(kind(['[boot]', 'shell=x', 'plain']), 'text');
  assert.equal(kind(['x = 1;', 'plain', 'plain']), 'code');
  assert.equal(kind(['x = 1;', 'plain', 'plain', 'plain']), 'text');
  assert.equal(kind(['net start', 'C:\\>dir', 'setup.exe /q']), 'command');
  assert.equal(kind(['net start', 'C:\\>dir', 'setup.exe /q', 'ping x']), 'text', 'four commands');
  assert.equal(kind(['net start', 'plain']), 'text');
  for (const text of ['NET USE x', 'xcopy a b', 'regedit', 'SETUP.EXE', 'a.bat', 'x.cmd /c', 'net', 'ipconfig /all', 'C:\\WINDOWS>win']) assert.equal(kind([text]), 'command', text);
  for (const text of ['network', 'setup.exes', 'C:\\WINDOWS']) assert.equal(kind([text]), 'text', text);
});

test('a block without its blank end lines, the common indentation and trailing spaces removed', () => {
  const block = makePreformatted(linesOf(['', '  ', '    first  ', '', '      second', '    third', '', ''], 10));
  assert.deepEqual(block, { type: 'preformatted', kind: 'text', value: 'first\n\n  second\nthird', line: 12 });
  assert.equal(makePreformatted(linesOf(['f(x);'], 5)).kind, 'code');
  assert.equal(makePreformatted(linesOf(['x = 1;'], 5), 'text').kind, 'text', 'a kind given is kept');
  assert.deepEqual(makePreformatted(linesOf(['', ''], 7)), { type: 'preformatted', kind: 'text', value: '', line: 7 });
  assert.deepEqual(makePreformatted([]), { type: 'preformatted', kind: 'text', value: '', line: 1 });
  assert.equal(makePreformatted(linesOf(['a', '  b'])).value, 'a\n  b');
  assert.equal(makePreformatted(linesOf(['\u00a0\u00a0a', '\u00a0\u00a0\u00a0b'])).value, 'a\n\u00a0b', 'no-break spaces are indentation');
});

test('a tab counts to the next multiple of 8 when the indentation is removed', () => {
  assert.equal(makePreformatted(linesOf(['\tx', '\t\ty'])).value, 'x\n\ty');
  assert.equal(makePreformatted(linesOf(['    x', '\ty'])).value, 'x\n    y', 'a tab past the common indentation leaves spaces');
  assert.equal(makePreformatted(linesOf(['  \tx', '        y'])).value, 'x\ny');
  assert.equal(makePreformatted(linesOf(['       x', '\ty'])).value, 'x\n y');
  assert.equal(makePreformatted(linesOf(['\tx', '        y'])).value, 'x\ny');
  assert.equal(makePreformatted(linesOf(['\t\tx', '            y'])).value, '    x\ny');
});
