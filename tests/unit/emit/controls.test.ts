/**
 * Control characters of article text are written as their control pictures (controls.ts), in a
 * paragraph and in a preformatted block (to-mdx.ts's text and code handlers), exactly these: C0 but
 * tab, line feed, form feed and carriage return; DEL and C1 left as they are. The front matter's
 * copy (showControlsIn) changes only the strings that hold one and keeps everything else as it was.
 * tests/cli/control-characters.test.ts checks the built site; these pin each character.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { showControls, showControlsIn } from '../../../src/lib/emit/controls.ts';
import { articleToMdx } from '../../../src/lib/emit/index.ts';
import { body, paragraph } from './build.ts';

/** Every C0 control shown as a picture: all but tab (9), line feed (10), form feed (12), carriage return (13). */
const shown = Array.from({ length: 32 }, (_, code) => code).filter((code) => ![9, 10, 12, 13].includes(code));

test('each C0 control but tab, line feed, form feed and carriage return becomes its picture; DEL and C1 stay', () => {
  for (const code of shown) assert.equal(showControls(`a${String.fromCharCode(code)}b`), `a${String.fromCharCode(0x2400 + code)}b`, `U+${code.toString(16)}`);
  for (const kept of ['\t', '\n', '\f', '\r', '\u007f', '\u0080', '\u009b', ' ', '␀']) assert.equal(showControls(`a${kept}b`), `a${kept}b`, JSON.stringify(kept));
  // Every one in the text, not only the first.
  assert.equal(showControls('\u0000x\u001b[1m\u0007\u001f'), '␀x␛[1m␇␟');
});

test('a paragraph and a preformatted block show their controls as pictures', () => {
  const mdx = articleToMdx(body(paragraph('Bell \u0007 and \u001b[31m red'), { type: 'preformatted', kind: 'code', value: 'ESC \u001b[0m and NUL \u0000\n\tDEL \u007f', line: 2 }));
  assert.ok(mdx.includes('Bell ␇ and ␛\\[31m red'), mdx);
  assert.ok(mdx.includes('ESC ␛[0m and NUL ␀\n\tDEL \u007f'), mdx);
  assert.doesNotMatch(mdx, /[\u0000-\u0008\u000b\u000e-\u001f]/);
});

test('showControlsIn copies only what holds a control and keeps the rest', () => {
  const inner = { list: ['plain', 'x'], n: 3 };
  const data = { title: 'ok', nested: inner, flag: true, none: null, missing: undefined };
  assert.equal(showControlsIn(data), data, 'nothing to change: the same object');
  assert.equal(showControlsIn('a\u0007'), 'a␇');
  assert.equal(showControlsIn(7), 7);
  assert.equal(showControlsIn(null), null);
  const changed = showControlsIn({ title: 'Bell \u0007', nested: inner, list: ['a', 'b\u001b', 'c'], n: 1 });
  assert.deepEqual(changed, { title: 'Bell ␇', nested: inner, list: ['a', 'b␛', 'c'], n: 1 });
  assert.equal(changed.nested, inner, 'an unchanged part is shared, not copied');
  assert.ok(Array.isArray(changed.list), 'an array stays an array');
  const original = { deep: { text: '\u0000' } };
  assert.deepEqual(showControlsIn(original), { deep: { text: '␀' } });
  assert.equal(original.deep.text, '\u0000', 'the input is not changed');
});
