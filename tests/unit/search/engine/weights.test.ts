import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fullText } from '../../../../src/lib/search/engine/excerpt.ts';
import type { SearchRecord } from '../../../../src/lib/search/engine/record.ts';
import { phraseKeys } from '../../../../src/lib/search/engine/tokenize.ts';
import { articleImpacts, impact, phraseScore, ranking } from '../../../../src/lib/search/engine/weights.ts';

test('an impact grows with the term frequency and saturates below 255', () => {
  assert.ok(impact(1, 400) < impact(2, 400));
  assert.ok(impact(2, 400) < impact(40, 400));
  assert.ok(impact(1000, 400) <= 255);
});

test('an impact shrinks with the article length, but only by half the ratio (pageLength 0.5)', () => {
  assert.ok(impact(2, 100) > impact(2, 400));
  assert.ok(impact(2, 400) > impact(2, 4000));
  assert.equal(ranking.pageLength, 0.5);
});

test('a phrase in the title of a short article outscores the same phrase quoted once in a longer one', () => {
  // The message as the title and once in a 188-word body, against once in a 301-word body.
  assert.ok(phraseScore(1, 2, 188) > phraseScore(0, 1, 301));
  assert.ok(phraseScore(0, 1, 188) > phraseScore(0, 1, 301), 'shorter wins at the same count');
  assert.ok(phraseScore(0, 2, 301) > phraseScore(0, 1, 301), 'more occurrences win at the same length');
  assert.ok(phraseScore(1, 1, 300) > phraseScore(0, 3, 300), 'the title counts more than the body');
});

test('an article\'s phrase keys are those of its display text: every section, heading before text, title and ids left out', () => {
  const record: SearchRecord = {
    n: 1, id: 'Q1', url: '/kb/0/Q1/', title: 'Setup Fails', date: '', filters: [], ids: 'Q1 1 KB1',
    sections: [
      { anchor: '', heading: '', text: 'SMS 2.0 SP4: run Setup.exe.' },
      { anchor: 'cause', heading: 'CAUSE', text: 'The compver.ini file is missing.' },
      { anchor: 'empty', heading: 'Empty', text: '' },
      { anchor: 'more', heading: 'MORE INFORMATION', text: 'See HKEY_LOCAL_MACHINE\\Software\\Microsoft.' },
    ],
  };
  const doc = { id: record.id, url: record.url, title: record.title, date: '', sections: record.sections.map((s): [string, string, string] => [s.anchor, s.heading, s.text]) };
  assert.deepEqual(articleImpacts(record).keys, phraseKeys(fullText(doc)));
});
