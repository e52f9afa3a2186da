/** The copy formats write exactly what wiki and chat users paste, escaped for each target syntax. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { longDate } from '../../../src/lib/linking/dates.ts';
import { citation, formatLink, htmlLink, markdownLink, mediaWikiLink, type LinkTarget } from '../../../src/lib/linking/formats.ts';

const url = 'https://kb.example.org/kbarchive/kb/311/Q311457/';
const article: LinkTarget = { url, label: 'Q311457: SMS: How to Obtain and Install SMS 2.0 SP4', lastModified: '2002-06-05' };
const section: LinkTarget = { ...article, url: `${url}#more-information`, section: 'MORE INFORMATION' };

test('the Markdown link is [id: title](url)', () => {
  assert.equal(markdownLink(article), `[Q311457: SMS: How to Obtain and Install SMS 2.0 SP4](${url})`);
});

test('the MediaWiki link is [url id: title]', () => {
  assert.equal(mediaWikiLink(article), `[${url} Q311457: SMS: How to Obtain and Install SMS 2.0 SP4]`);
});

test('the HTML link is an anchor element, with the label and URL as its plain-text twin', () => {
  assert.equal(htmlLink(article), `<a href='${url}'>Q311457: SMS: How to Obtain and Install SMS 2.0 SP4</a>`);
  assert.deepEqual(formatLink('html', article), { html: htmlLink(article), text: `Q311457: SMS: How to Obtain and Install SMS 2.0 SP4 <${url}>` });
});

test('the citation names Microsoft, the title, the Knowledge Base, the modification date and the URL', () => {
  assert.equal(citation(article), `Microsoft. "Q311457: SMS: How to Obtain and Install SMS 2.0 SP4." Microsoft Knowledge Base, last modified 5 June 2002. <${url}>`);
});

test('the citation leaves out an unknown date and does not double a title’s final punctuation', () => {
  assert.equal(citation({ url, label: 'Q1: What is new?', lastModified: null }), `Microsoft. "Q1: What is new?" Microsoft Knowledge Base. <${url}>`);
});

test('section links carry the anchor and name the section in every format', () => {
  assert.equal(formatLink('url', section).text, `${url}#more-information`);
  assert.equal(markdownLink(section), `[Q311457: SMS: How to Obtain and Install SMS 2.0 SP4 § MORE INFORMATION](${url}#more-information)`);
  assert.equal(mediaWikiLink(section), `[${url}#more-information Q311457: SMS: How to Obtain and Install SMS 2.0 SP4 § MORE INFORMATION]`);
  assert.match(citation(section), /, last modified 5 June 2002, section "MORE INFORMATION"\. <[^>]+#more-information>$/);
});

test('Markdown special characters in a title are escaped so the link stays one link', () => {
  const target = { url: `${url}(x)`, label: 'Q1: [INFO] *.ini_files <b>' };
  assert.equal(markdownLink(target), String.raw`[Q1: \[INFO\] \*.ini\_files \<b\>](${url}%28x%29)`);
});

test('MediaWiki markup in a title is neutralised as character references', () => {
  const target = { url, label: "Q1: a]b [[c]] {{d}} ''e'' it's ~~~~" };
  assert.equal(mediaWikiLink(target), `[${url} Q1: a&#93;b &#91;&#91;c&#93;&#93; &#123;&#123;d&#125;&#125; &#39;&#39;e&#39;&#39; it's &#126;&#126;&#126;&#126;]`);
});

test('HTML special characters are escaped in the HTML link', () => {
  assert.equal(htmlLink({ url: `${url}?a=1&b='2'`, label: `Q1: <Tags> & "it's"` }), `<a href='${url}?a=1&#38;b=&#39;2&#39;'>Q1: &#60;Tags&#62; &#38; &#34;it&#39;s&#34;</a>`);
});

test('dates are written day month year in English whatever the locale, null when not ISO', () => {
  assert.equal(longDate('2002-06-05'), '5 June 2002');
  assert.equal(longDate('1999-12-31'), '31 December 1999');
  assert.equal(longDate('June 2002'), null);
  assert.equal(longDate(null), null);
});
