import assert from 'node:assert/strict';
import { test } from 'node:test';
import { articleExcerpts, docPhraseKeys, docWords, excerptOf, fullText, holdsPhrase, matcherOf, phraseCount } from '../../../../src/lib/search/engine/excerpt.ts';
import type { DocData } from '../../../../src/lib/search/engine/format.ts';
import { phraseKeys, words, wordTerms } from '../../../../src/lib/search/engine/tokenize.ts';

/** Sections of `doc` matching `matcher`, as a result shows them. */
const matchingSections = (doc: DocData, matcher: ReturnType<typeof matcherOf>) => articleExcerpts(doc, matcher).sections;
/** A matcher for the index terms of `query`'s words. */
const matching = (...terms: string[]) => matcherOf(new Set(terms));
/** Phrase keys of `text`, as a quoted query makes them. */
const phrase = (text: string) => phraseKeys(text);
/** `count` filler words `w0 w1 …`, none matching. */
const filler = (count: number, from = 0) => Array.from({ length: count }, (_, i) => `w${from + i}`).join(' ');

test('an excerpt marks every word that matches a term, in any inflection, and keeps the text between words as written', () => {
  const { html, hits } = excerptOf('Installing the driver: install it, then reinstall.', matching('instal'));
  assert.equal(html, '<mark>Installing</mark> the driver: <mark>install</mark> it, then reinstall');
  assert.equal(hits, 2);
});

test('an excerpt marks a compound word when the query looked it up whole or by a part', () => {
  assert.equal(excerptOf('Edit compver.ini now.', matching('compver.ini')).html, 'Edit <mark>compver.ini</mark> now');
  assert.equal(excerptOf('Edit compver.ini now.', matching('ini')).html, 'Edit <mark>compver.ini</mark> now');
});

test('an excerpt escapes the text\'s HTML, inside and outside the marks', () => {
  const { html } = excerptOf('If x < 10 & "y" > 2 then <#VALUE!> shows', matching('valu', 'x'));
  assert.equal(html, 'If <mark>x</mark> &lt; 10 &amp; &quot;y&quot; &gt; 2 then &lt;#<mark>VALUE</mark>!&gt; shows');
});

test('an excerpt is the 30-word window holding the most matches', () => {
  const text = `${filler(20)} spooler ${filler(60, 20)} spooler print spooler ${filler(5, 80)} spooler ${filler(40, 85)}`;
  const { html, hits } = excerptOf(text, matching('spooler', 'print'));
  assert.equal(hits, 4);
  assert.equal((html.match(/<mark>/g) ?? []).length, 4);
  assert.equal(words(html.replace(/<\/?mark>/g, '')).length, 30);
  assert.ok(!html.includes('w19 '), 'not the window around the lone first match');
});

test('an excerpt of text with no match is its first 30 words, and of empty text is empty', () => {
  assert.deepEqual(excerptOf(filler(50), matching('spooler')), { html: filler(30), hits: 0 });
  assert.deepEqual(excerptOf(' .. ', matching('spooler')), { html: '', hits: 0 });
});

test('a text holds a phrase when its words\' keys follow one another, in any inflection', () => {
  assert.equal(holdsPhrase(phraseKeys('When the Print Spoolers stop, restart.'), phrase('print spooler')), true);
  assert.equal(holdsPhrase(phraseKeys('Edit compver.ini files.'), phrase('compver.ini file')), true);
});

test('punctuation between the words of a phrase does not break it', () => {
  assert.equal(holdsPhrase(phraseKeys('Open the print, (spooler) queue.'), phrase('print spooler')), true);
  assert.equal(holdsPhrase(phraseKeys('SMS 2.0 — Service Pack 4'), phrase('2.0 service pack')), true);
});

test('a text does not hold a phrase whose words are apart, out of order, or only part of a word', () => {
  assert.equal(holdsPhrase(phraseKeys('print the spooler'), phrase('print spooler')), false);
  assert.equal(holdsPhrase(phraseKeys('spooler print'), phrase('print spooler')), false);
  assert.equal(holdsPhrase(phraseKeys('compver.ini'), phrase('compver ini')), false);
  assert.equal(holdsPhrase(phraseKeys('print'), phrase('print spooler')), false);
});

test('a phrase is found across the segments of a path, and a quoted path inside a longer one', () => {
  assert.equal(holdsPhrase(phraseKeys('Open HKEY_LOCAL_MACHINE\\Software\\Microsoft\\SMS now'), phrase('Software Microsoft')), true);
  assert.equal(holdsPhrase(phraseKeys('Open HKEY_LOCAL_MACHINE\\Software\\Microsoft\\SMS now'), phrase('HKEY_LOCAL_MACHINE\\Software')), true);
  assert.equal(holdsPhrase(phraseKeys('print/spooler'), phrase('print spooler')), true);
  assert.equal(holdsPhrase(phraseKeys('Open HKEY_LOCAL_MACHINE\\Software\\Microsoft'), phrase('Microsoft Software')), false);
});

test('an empty phrase is held by any text', () => {
  assert.equal(holdsPhrase(phraseKeys(''), []), true);
});

const doc: DocData = {
  id: 'Q100200',
  url: '/kb/100/Q100200/',
  title: 'Printer Drivers',
  date: '1999-01-10',
  sections: [
    ['', '', 'Q100200: Printer Drivers. The spooler and the spooler again.'],
    ['symptoms', 'SYMPTOMS', 'The spooler stops.'],
    ['cause', 'CAUSE', 'A bad driver.'],
    ['resolution', 'RESOLUTION', 'Restart the spooler, then the spooler service, then the spooler.'],
    ['spooler-notes', 'Spooler notes', 'None.'],
  ],
};

test('matching sections are those with an anchor and a match, most matches first, headings counted', () => {
  const found = matchingSections(doc, matching('spooler'));
  assert.deepEqual(found.map((section) => [section.anchor, section.hits]), [['resolution', 3], ['symptoms', 1], ['spooler-notes', 1]]);
});

test('a matching section carries its heading and an excerpt of its text with the matches marked', () => {
  const [first] = matchingSections(doc, matching('spooler'));
  assert.equal(first!.title, 'RESOLUTION');
  assert.equal(first!.excerpt, 'Restart the <mark>spooler</mark>, then the <mark>spooler</mark> service, then the <mark>spooler</mark>');
});

test('sections with equal matches keep page order', () => {
  const found = matchingSections(doc, matching('the'));
  assert.deepEqual(found.map((section) => section.anchor), ['resolution', 'symptoms']);
  const tied = matchingSections(doc, matching('spooler', 'driver', 'note'));
  assert.deepEqual(tied.map((section) => section.anchor), ['resolution', 'spooler-notes', 'symptoms', 'cause']);
});

test('the opening section, which has no anchor, is never a matching section', () => {
  assert.deepEqual(matchingSections(doc, matching('printer')), []);
});

test('an article\'s full text is its sections with their headings, in order', () => {
  assert.equal(fullText({ ...doc, sections: doc.sections.slice(0, 3) }), 'Q100200: Printer Drivers. The spooler and the spooler again. SYMPTOMS The spooler stops. CAUSE A bad driver.');
});

test('an excerpt centres its matches, so a lone match has words on both sides', () => {
  const { html } = excerptOf(`${filler(50)} spooler ${filler(50, 50)}`, matching('spooler'));
  const shown = words(html.replace(/<\/?mark>/g, '')).map((word) => word.text);
  const at = shown.indexOf('spooler');
  assert.ok(at >= 13 && at <= 16, `the match is word ${at} of ${shown.length}`);
});

test('a phrase is counted each time it occurs, in any inflection', () => {
  assert.equal(phraseCount(phraseKeys('Print spooler stopped. The print spoolers restart.'), phrase('print spooler')), 2);
  assert.equal(phraseCount(phraseKeys('print the spooler'), phrase('print spooler')), 0);
});

test('an article cut into words once gives the excerpts, sections and phrase keys its parts give cut one by one', () => {
  const article: DocData = {
    id: 'Q1', url: '/kb/0/Q1/', title: 'T', date: '',
    sections: [
      ['', '', `Install the print spooler. ${filler(40)} spooler again`],
      ['cause', 'CAUSE: spooler', `${filler(35)} The spooler service stops; print spooler logs.`],
      ['', '', ''],
      ['more', 'MORE INFO', 'No match here at all.'],
      ['x', 'Spooler', `spooler ${filler(3)}`],
    ],
  };
  const matcher = matching('spooler', 'print');
  const { excerpt, sections } = articleExcerpts(article, matcher);
  assert.equal(excerpt, excerptOf(fullText(article), matcher).html);
  const expected = article.sections
    .filter(([anchor]) => anchor)
    .map(([anchor, heading, text]) => ({ anchor, title: heading, excerpt: excerptOf(text, matcher).html, hits: excerptOf(text, matcher).hits + words(heading).filter((w) => matcher(w.text)).length }))
    .filter((section) => section.hits > 0)
    .sort((a, b) => b.hits - a.hits);
  assert.deepEqual(sections, expected);
  assert.deepEqual(docWords(article).words, words(fullText(article)));
  assert.deepEqual(docPhraseKeys(article), phraseKeys(fullText(article)));
});

test('the matcher\'s quick check never turns away a word that holds a term', () => {
  // Stems that end differently from the word (y → i, ies → i, e dropped) and compounds: each must still match.
  const text = 'Happy ponies relational Installing installed agreed generalization compver.ini HKEY_LOCAL_MACHINE\\Software 1-2-3 SP4 2.0 Q266130 KB266130 caresses Ärger naïve don\'t x$y a@b.c E(x) [brackets] a|b';
  const list = words(text).map((word) => word.text);
  for (const word of list) {
    const terms = new Set(wordTerms(word));
    for (const term of terms) assert.ok(matcherOf(new Set([term]))(word), `${word} holds ${term}`);
  }
  assert.equal(matcherOf(new Set(['spooler']))('Spool'), false);
  // Starts holding pattern characters are matched literally: `x$` must not act as an end anchor.
  assert.equal(matcherOf(new Set(['x$y']))('x$y'), true);
  assert.equal(matcherOf(new Set(['x$y']))('xy'), false);
});
