import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isActive, readState, writeState } from '../../../src/lib/search/url-state.ts';

test('query, filters and order survive a trip through the URL', () => {
  const state = { q: 'SMS 2.0 SP4', filters: { product: ['Microsoft Systems Management Server'], version: ['2.0', '2.0 SP1'] }, sort: 'newest' as const };
  assert.deepEqual(readState(writeState(state)), state);
});

test('the URL lists parameters in a stable order and omits defaults', () => {
  assert.equal(writeState({ q: 'a b', filters: { year: ['2002'], product: ['X'] }, sort: 'relevance' }), '?q=a+b&product=X&year=2002');
  assert.equal(writeState({ q: '', filters: {}, sort: 'relevance' }), '');
});

test('unknown parameters, empty and repeated values, and bad orders are ignored', () => {
  assert.deepEqual(readState('?q=%20x%20&utm=1&product=&product=A&product=A&sort=random'), { q: 'x', filters: { product: ['A'] }, sort: 'relevance' });
});

test('a state with only a filter is active; an empty one is not', () => {
  assert.equal(isActive(readState('?year=2002')), true);
  assert.equal(isActive(readState('')), false);
});
