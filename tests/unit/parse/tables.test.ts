/**
 * The table reader's pieces (tables.ts) at their edges: what is a header's underline (dashes, one
 * run or runs separated by spaces, three characters or more).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isUnderline } from '../../../src/lib/parse/tables.ts';

test('an underline is dashes, in one run or in runs a space apart, three characters at least', () => {
  for (const text of ['---', '  -----  ', '-- --', '--  ---  --', '----------------------------------------']) assert.equal(isUnderline(text), true, text);
  for (const text of ['--', '  --  ', '-', '', '   ', '=== ===', '-- x --', '--- -', 'x---', '—— ——']) assert.equal(isUnderline(text), false, text);
});
