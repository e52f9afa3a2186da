/**
 * Link lines in indented blocks (link-lines.ts), at their edges: a run of URLs alone on their lines,
 * up to three lines of URLs and single words, link text of one to three lines over its `(URL)` (one
 * paragraph per link), one link with up to three lines before and two after, and a short label
 * ending in `:` before such pairs. The paragraphs are told apart by their first source line.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { makeLine } from '../../../src/lib/parse/lines.ts';
import { isLinkLabel, isLinkLine, linkParagraphs } from '../../../src/lib/parse/link-lines.ts';

const linesOf = (texts: string[]) => texts.map((t, i) => makeLine(i + 1, t));
/** The first source line of each paragraph the run gives, or null when it is no run of link lines. */
const paragraphs = (texts: string[]) => linkParagraphs(linesOf(texts))?.map((p) => p.line) ?? null;
const url = '(http://www.microsoft.com/downloads/Setup.exe)';

test('a line holding only a URL, maybe in parentheses', () => {
  for (const text of ['http://x.example/a', '  https://x/a  ', 'ftp://ftp.microsoft.com/x', 'HTTP://X', '(http://x/a)', 'www.microsoft.com', '(www.x.com', '\twww.x']) {
    assert.equal(isLinkLine(text), true, text);
  }
  for (const text of ['see http://x/a', 'http://x/a and more', 'http:/x', 'mailto:a@b', 'www', 'x www.x.com', 'gopher://x', '']) assert.equal(isLinkLine(text), false, text);
});

test('a run of URLs, or of up to three lines of URLs and single words, is one paragraph', () => {
  assert.deepEqual(paragraphs(['http://a/1', 'http://a/2', 'http://a/3', 'http://a/4']), [1]);
  assert.deepEqual(paragraphs(['Setup.exe', 'http://a/Setup.exe']), [1]);
  assert.deepEqual(paragraphs(['  Setup.exe  ', 'http://a/1', 'Readme.txt']), [1]);
  assert.equal(paragraphs(['Setup.exe', 'Readme.txt', 'Notes.txt', 'http://a/1']), null, 'four lines');
  assert.equal(paragraphs(['Setup.exe', 'Readme.txt']), null, 'no URL');
  assert.equal(paragraphs(['The setup file', 'http://a/1']), null, 'more than a word');
});

test('link text of one to three lines over its (URL) line: one paragraph per link', () => {
  assert.deepEqual(paragraphs(['Download Setup.exe now', url]), [1]);
  assert.deepEqual(paragraphs(['Download Setup.exe now', url, 'The readme', 'in two lines', 'and three', url]), [1, 3]);
  assert.deepEqual(paragraphs(['A', url, 'B', url, 'C', url]), [1, 3, 5]);
  assert.equal(paragraphs([url, 'more text']), null, 'a (URL) with no text before it, and text after');
  assert.equal(paragraphs(['one', 'two', 'three', 'four', url]), null, 'four lines of text');
  assert.equal(paragraphs(['A', url, 'B', url, 'C', 'D', 'E', 'F', url]), null);
  assert.equal(paragraphs(['A', url, 'B', url, 'trailing']), null, 'text after the last link of several');
  assert.deepEqual(paragraphs(['http://a/1 x', 'y', url]), [1], 'a URL with text after it is link text');
  assert.equal(paragraphs(['www.example.com', url, 'B', url]), null, 'link text that is itself a URL');
});

test('one link with up to three lines before its (URL) and two after', () => {
  assert.deepEqual(paragraphs(['Title of the book', url, 'Microsoft Press, 2001']), [1]);
  assert.deepEqual(paragraphs(['Title', 'of the book', url, 'Microsoft Press', '2001']), [1]);
  assert.equal(paragraphs(['Title', url, 'Microsoft Press', '2001', 'more']), null, 'three lines after');
  assert.deepEqual(paragraphs(['One', 'two', 'three', url, 'after']), [1]);
  assert.equal(paragraphs(['One', 'two', 'three', 'four', url, 'after']), null, 'four lines before');
  assert.equal(paragraphs([url, 'after this']), null, 'no line before');
  assert.equal(paragraphs(['A', url, 'B', url, 'after']), null, 'two links');
});

test('a short label ending in a colon before link text and (URL) lines', () => {
  const pairs = linesOf(['Download the file', url]);
  assert.equal(isLinkLabel(linesOf(['x86:']), pairs), true);
  assert.equal(isLinkLabel(linesOf(['  US English:  ']), pairs), true);
  assert.equal(isLinkLabel(linesOf([`${'L'.repeat(39)}:`]), pairs), true);
  assert.equal(isLinkLabel(linesOf([`${'L'.repeat(40)}:`]), pairs), false, '41 characters');
  assert.equal(isLinkLabel(linesOf(['x86']), pairs), false, 'no colon');
  assert.equal(isLinkLabel(linesOf(['x86:', 'x64:']), pairs), false, 'two lines');
  assert.equal(isLinkLabel(linesOf(['Name     Value:']), pairs), false, 'a column gap');
  assert.equal(isLinkLabel(linesOf(['Name Value:']), pairs), true);
  assert.equal(isLinkLabel(linesOf(['   ']), pairs), false);
  assert.equal(isLinkLabel(linesOf([':']), pairs), true);
  assert.equal(isLinkLabel(linesOf(['x86:']), linesOf(['Download the file', 'no url'])), false);
});
