import assert from 'node:assert/strict';
import { test } from 'node:test';
import { planQuery } from '../../../../src/lib/search/engine/query-plan.ts';

/** The groups' terms. */
const terms = (query: string) => planQuery(query).groups.map((group) => group.term);
/** The groups' prefixes (null for none). */
const prefixes = (query: string) => planQuery(query).groups.map((group) => group.prefix);

test('each plain word is one group, looked up by its stem', () => {
  assert.deepEqual(planQuery('Installing drivers '), {
    groups: [{ term: 'instal', parts: [], prefix: null, quotedOnly: false }, { term: 'driver', parts: [], prefix: null, quotedOnly: false }],
    phrases: [],
    loosePhrase: ['instal', 'driver'],
  });
});

test('a word typed twice, or two inflections of it, is one group', () => {
  assert.deepEqual(terms('install installing Installed '), ['instal']);
});

test('a compound word is one group looked up whole, with its parts kept to fall back on', () => {
  assert.deepEqual(planQuery('COMPVER.INI').groups, [{ term: 'compver.ini', parts: ['compver', 'ini'], prefix: null, quotedOnly: false }]);
});

test('a word cut into segments makes one group per segment', () => {
  assert.deepEqual(planQuery('HKEY_LOCAL_MACHINE\\Software ').groups, [
    { term: 'hkey_local_machine', parts: ['hkei', 'local', 'machin'], prefix: null, quotedOnly: false },
    { term: 'softwar', parts: [], prefix: null, quotedOnly: false },
  ]);
});

test('a quoted phrase becomes the keys of its words, and its words are groups too', () => {
  const plan = planQuery('"Installing compver.ini" server ');
  assert.deepEqual(plan.phrases, [['instal', 'compver.ini']]);
  assert.deepEqual(plan.groups.map((group) => group.term), ['instal', 'compver.ini', 'server']);
});

test('several quoted phrases are each required', () => {
  assert.deepEqual(planQuery('"print spooler" "service pack"').phrases, [['print', 'spooler'], ['servic', 'pack']]);
});

test('an unclosed quote runs to the end of the query', () => {
  assert.deepEqual(planQuery('driver "print spooler').phrases, [['print', 'spooler']]);
});

test('quotes around no word make no phrase', () => {
  assert.deepEqual(planQuery('driver "" " ..."').phrases, []);
});

test('a phrase keeps its stop words, which the groups drop', () => {
  const plan = planQuery('"the print spooler" ');
  assert.deepEqual(plan.phrases, [['the', 'print', 'spooler']]);
  assert.deepEqual(terms('"the print spooler" '), ['print', 'spooler']);
});

test('stop words are dropped from the groups when other words are left', () => {
  assert.deepEqual(terms('how to install the server '), ['how', 'instal', 'server']);
  assert.deepEqual(terms('to be or not to be '), ['not']);
});

test('a query of stop words only keeps them all', () => {
  assert.deepEqual(terms('to be or to be '), ['to', 'be', 'or']);
  assert.deepEqual(terms('the '), ['the']);
});

test('a compound made of stop words is kept', () => {
  assert.deepEqual(terms("it's server "), ["it's", 'server']);
});

test('only the last word, typed without a space after it, gets a prefix: itself lowercased', () => {
  assert.deepEqual(prefixes('install Serv'), [null, 'serv']);
  assert.deepEqual(prefixes('install serv '), [null, null]);
  assert.deepEqual(prefixes('serv install'), [null, 'install']);
});

test('a last word shorter than 3 characters gets no prefix', () => {
  assert.deepEqual(prefixes('install se'), [null, null]);
  assert.deepEqual(prefixes('install ser'), [null, 'ser']);
});

test('a last word that is a compound or cut into segments gets no prefix', () => {
  assert.deepEqual(prefixes('install compver.in'), [null, null]);
  assert.deepEqual(prefixes('install C:\\Windows'), [null, null, null]);
});

test('a quoted last word gets no prefix', () => {
  assert.deepEqual(prefixes('install "server"'), [null, null]);
});

test('the loose phrase is the unquoted words\' keys, stop words included, and only when there are several', () => {
  assert.deepEqual(planQuery('the print spooler stops "service pack"').loosePhrase, ['the', 'print', 'spooler', 'stop']);
  assert.equal(planQuery('spooler "service pack"').loosePhrase, null);
});

test('an empty query or one of punctuation only has no groups and no phrases', () => {
  for (const query of ['', '   ', '"', '-- ...']) assert.deepEqual(planQuery(query), { groups: [], phrases: [], loosePhrase: null }, JSON.stringify(query));
});

test('a group is quoted-only when its word appears only inside quotes', () => {
  const plan = planQuery('driver "print driver"');
  assert.deepEqual(plan.groups.map((group) => [group.term, group.quotedOnly]), [['driver', false], ['print', true]]);
});
