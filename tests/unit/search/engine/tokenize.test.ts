import assert from 'node:assert/strict';
import { test } from 'node:test';
import { partTerm, phraseKeys, stopTerms, words, wordTerms } from '../../../../src/lib/search/engine/tokenize.ts';

test('words are the runs of non-space text with their offsets, trimmed to their first and last letter or digit', () => {
  const text = '  "Hello," (world)... see compver.ini! -- 2.0';
  assert.deepEqual(words(text), [
    { start: 3, end: 8, text: 'Hello' },
    { start: 12, end: 17, text: 'world' },
    { start: 22, end: 25, text: 'see' },
    { start: 26, end: 37, text: 'compver.ini' },
    { start: 42, end: 45, text: '2.0' },
  ]);
  for (const word of words(text)) assert.equal(text.slice(word.start, word.end), word.text);
});

test('punctuation inside a word stays in it, and a run of punctuation alone is no word', () => {
  assert.deepEqual(words('HKEY_LOCAL_MACHINE\\System, 1-2-3; -- ... don\'t').map((word) => word.text), ['HKEY_LOCAL_MACHINE\\System', '1-2-3', "don't"]);
});

test('letters beyond ASCII make words', () => {
  assert.deepEqual(words('Café crème.').map((word) => word.text), ['Café', 'crème']);
});

test('a plain word is indexed under its lowercased stem only', () => {
  assert.deepEqual(wordTerms('Installing'), ['instal']);
  assert.deepEqual(wordTerms('installed'), ['instal']);
});

test('a part with digits or letters beyond ASCII is lowercased but not stemmed', () => {
  assert.equal(partTerm('Cafés'), 'cafés');
  assert.equal(partTerm('SP4s'), 'sp4s');
});

test('a file name is indexed whole and by its stemmed parts', () => {
  assert.deepEqual(wordTerms('COMPVER.INI'), ['compver.ini', 'compver', 'ini']);
  assert.deepEqual(wordTerms('Drivers.txt'), ['drivers.txt', 'driver', 'txt']);
});

test('a registry path is cut into segments at the backslash, and a segment of several parts is kept whole', () => {
  assert.deepEqual(wordTerms('HKEY_LOCAL_MACHINE\\System'), ['hkey_local_machine', 'hkei', 'local', 'machin', 'system']);
});

test('slashes, colons, equals signs and commas cut segments; dots, underscores, hyphens, apostrophes, @ and $ do not', () => {
  assert.deepEqual(wordTerms('C:\\Windows/win.ini'), ['c', 'window', 'win.ini', 'win', 'ini']);
  assert.deepEqual(wordTerms('key=value,x'), ['kei', 'valu', 'x']);
  assert.deepEqual(wordTerms('user@host.com'), ['user@host.com', 'user', 'host', 'com']);
  assert.deepEqual(wordTerms('C$'), ['c']);
  assert.deepEqual(wordTerms('ADMIN$_share'), ['admin$_share', 'admin', 'share']);
});

test('a version number is indexed whole and by its digits', () => {
  assert.deepEqual(wordTerms('2.0'), ['2.0', '2', '0']);
  assert.deepEqual(wordTerms('1-2-3'), ['1-2-3', '1', '2', '3']);
});

test('an article id is one unstemmed term', () => {
  assert.deepEqual(wordTerms('Q266130'), ['q266130']);
  assert.deepEqual(wordTerms('KB266130'), ['kb266130']);
});

test('the phrase key of a simple word is its stem, so inflections are the same word in a phrase', () => {
  assert.deepEqual(phraseKeys('Installing'), ['instal']);
  assert.deepEqual(phraseKeys('installed'), phraseKeys('INSTALLS'));
});

test('the phrase keys of a compound word are its segments, each whole, lowercased and unstemmed', () => {
  assert.deepEqual(phraseKeys('COMPVER.INI'), ['compver.ini']);
  assert.deepEqual(phraseKeys('HKEY_LOCAL_MACHINE\\Software\\Microsoft'), ['hkey_local_machine', 'softwar', 'microsoft']);
  assert.deepEqual(phraseKeys('C:\\Windows'), ['c', 'window']);
  assert.notDeepEqual(phraseKeys('drivers.txt'), phraseKeys('driver.txt'));
});

test('stop terms hold the stems of the commonest English words and no content words', () => {
  for (const word of ['the', 'and', 'is', 'was', 'has', 'this', 'they', 'of']) assert.ok(stopTerms.has(partTerm(word)), word);
  for (const word of ['install', 'server', 'windows', 'not', 'no']) assert.ok(!stopTerms.has(partTerm(word)), word);
});
