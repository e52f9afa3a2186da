import assert from 'node:assert/strict';
import { test } from 'node:test';
import { idFromQuery, idVariants } from '../../../src/lib/search/ids.ts';

test('every usual spelling of an id is recognised as the canonical id', () => {
  for (const form of ['Q266130', 'q266130', '266130', 'KB266130', 'kb266130', 'KB 266130', ' Q0266130 ']) {
    assert.equal(idFromQuery(form), 'Q266130', form);
  }
  assert.equal(idFromQuery('Q95'), 'Q95');
});

test('text that merely contains an id, or a short bare number like a version or year, is not an id query', () => {
  for (const text of ['Q266130 SMS', 'SMS 2.0', 'compver.ini', '95', '2000', 'Q', 'KB', 'Q12345678', 'Q0', 'Q1234567', '001234']) assert.equal(idFromQuery(text), null, text);
  assert.equal(idFromQuery('0266130'), 'Q266130', 'a bare number keeps its meaning with a leading zero');
});

test('an article indexes its id as typed with Q, bare and with KB', () => {
  assert.deepEqual(idVariants('Q266130'), ['Q266130', '266130', 'KB266130']);
});
