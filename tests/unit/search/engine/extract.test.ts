import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { buildSite } from '../../../helpers/site-build.ts';
import { extractRecord } from '../../../../src/lib/search/engine/extract.ts';
import type { SearchRecord } from '../../../../src/lib/search/engine/record.ts';

const url = '/kb/266/Q266130/';

/** A page shaped like ArticleView's: a body `<h1>`, the hidden search-meta div, then the body div holding `body`. */
function page(body: string, h1 = 'Q266130: Component Versions'): string {
  return `<!doctype html><html><head><title>t</title></head><body><article>
<h1 data-search-body>${h1}</h1>
<div hidden class="search-meta"><span data-search-meta="title">Component Versions</span><span data-search-meta="id">Q266130</span></div>
<div class="article-body" data-search-body>${body}</div>
</article></body></html>`;
}

/** The extracted record, which the page must yield. */
function extract(html: string, at = url): SearchRecord {
  const record = extractRecord(html, at);
  assert.ok(record, 'expected a record');
  return record;
}

/** All the record's section text, joined by ' | '. */
function allText(record: SearchRecord): string {
  return record.sections.map((s) => s.text).join(' | ');
}

test('a page with no data-search-body element yields no record', () => {
  const html = '<html><body><h1>Q8010 is not in the archive</h1><div hidden><span data-search-meta="id">Q8010</span></div></body></html>';
  assert.equal(extractRecord(html, '/kb/008/Q8010/'), null);
  assert.equal(extractRecord(`${html}<p>data-search-body is only text here</p>`, '/kb/008/Q8010/'), null);
});

test('the number comes from the url, and id, title, date, ids and filters from the meta and filter elements outside the body, filters in page order', () => {
  const html = `<div hidden>
<span data-search-meta="title"> Component  Versions </span><span data-search-meta="id">Q266130</span>
<span data-search-meta="date">2002-05-27</span>
<span data-search-filter="product">Microsoft Systems Management Server</span><span data-search-filter="version">2.0</span>
<span data-search-filter="version">2.0 SP1</span><span data-search-filter="keyword">  </span>
<span data-search-meta="ids">Q266130 266130 KB266130</span></div>
<p data-search-body>Text.</p>`;
  const record = extract(html);
  assert.deepEqual({ ...record, sections: [] }, {
    n: 266130,
    id: 'Q266130',
    url,
    title: 'Component Versions',
    date: '2002-05-27',
    filters: [['product', 'Microsoft Systems Management Server'], ['version', '2.0'], ['version', '2.0 SP1']],
    ids: 'Q266130 266130 KB266130',
    sections: [],
  });
});

test('the number falls back to the id meta when the url has none, and a missing date is empty', () => {
  const record = extract(page('<p>Text.</p>'), '/somewhere/else/');
  assert.equal(record.n, 266130);
  assert.equal(record.date, '');
});

test('ignored subtrees, heading permalinks and script, style, template and noscript contents are not body text', () => {
  const record = extract(page(`<p>kept</p><div data-search-ignore>ignored <p>deeply ignored</p></div>
<a class="x heading-anchor" href="#a">permalink</a><script>scripted()</script><style>.styled{}</style>
<template>templated</template><noscript>unscripted</noscript><p>also kept</p>`));
  assert.equal(allText(record), 'Q266130: Component Versions kept also kept');
});

test('text outside the data-search-body elements is not body text', () => {
  const record = extract(`<nav>Breadcrumbs</nav>${page('<p>Body.</p>')}<footer>Disclaimer</footer>`);
  assert.equal(allText(record), 'Q266130: Component Versions Body.');
});

test('block element edges separate words, inline element edges do not, and whitespace runs become one space', () => {
  const record = extract(page(`<p>See Q<a href="/kb/266/Q266130/">266130</a> and foo<code>bar</code>,<em>em</em><strong>strong</strong>.</p><p>next</p>
<ul><li>one</li><li>two</li></ul><table><tr><td>cell</td><td>cell2</td></tr></table>line<br>break<pre>a   b
  c</pre>`));
  assert.equal(allText(record), 'Q266130: Component Versions See Q266130 and foobar,emstrong. next one two cell cell2 line break a b c');
});

test('HTML entities in body text, meta values and filter values are decoded', () => {
  const record = extract(`<span data-search-meta="title">A &amp; B</span><span data-search-filter="product">Caf&eacute;</span>
<p data-search-body>&lt;byte count&gt; &amp; &quot;quoted&quot; &#169; caf&eacute;</p>`);
  assert.equal(allText(record), '<byte count> & "quoted" © café');
  assert.equal(record.title, 'A & B');
  assert.deepEqual(record.filters, [['product', 'Café']]);
});

test('headings with ids cut the body into sections; the h1 and text before them open it, and headings without ids stay text', () => {
  const record = extract(page(`<p>Intro.</p>
<div class="heading"><h2 id="summary">SUMMARY</h2><a class="heading-anchor" href="#summary">#</a><button data-search-ignore>Copy</button></div>
<p>Summary text.</p><h4>Plain heading</h4><p>More summary.</p>
<div class="heading"><h3 id="more-information">MORE <code>INFORMATION</code></h3><a class="heading-anchor" href="#more-information">#</a></div>
<p>Details.</p>`));
  assert.deepEqual(record.sections, [
    { anchor: '', heading: '', text: 'Q266130: Component Versions Intro.' },
    { anchor: 'summary', heading: 'SUMMARY', text: 'Summary text. Plain heading More summary.' },
    { anchor: 'more-information', heading: 'MORE INFORMATION', text: 'Details.' },
  ]);
});

test('the opening section is left out only when it has no text', () => {
  const html = '<div data-search-body><h2 id="summary">SUMMARY</h2><p>Text.</p><h2 id="empty">EMPTY</h2></div><span data-search-meta="id">Q1</span>';
  assert.deepEqual(extract(html, '/kb/000/Q1/').sections, [
    { anchor: 'summary', heading: 'SUMMARY', text: 'Text.' },
    { anchor: 'empty', heading: 'EMPTY', text: '' },
  ]);
});

test('a body page with no article number in its url or id meta is an error', () => {
  assert.throws(() => extractRecord('<p data-search-body>Text.</p>', '/about/'), /unexpected url `\/about\/`/);
});

test('the built page of Q311457 yields its meta, filters and sections', async () => {
  // The default site's page: the one in dist/ when built, else the default articles built now.
  const built = 'dist/kb/311/Q311457/index.html';
  let html: string;
  if (existsSync(built)) html = readFileSync(built, 'utf8');
  else {
    const outDir = await mkdtemp(join(tmpdir(), 'kbatlas-extract-'));
    try {
      await buildSite({ contentDir: 'content/kb', outDir, env: { KB_SKIP_INDEX: '1' } });
      html = readFileSync(join(outDir, 'kb/311/Q311457/index.html'), 'utf8');
    } finally {
      await Promise.all([outDir, `${outDir}.cache`].map((dir) => rm(dir, { recursive: true, force: true })));
    }
  }
  const record = extract(html, '/kb/311/Q311457/');
  assert.equal(record.n, 311457);
  assert.equal(record.id, 'Q311457');
  assert.equal(record.title, 'SMS: How to Obtain and Install SMS 2.0 SP4');
  assert.equal(record.date, '2002-06-05');
  assert.ok(record.filters.some(([key, value]) => key === 'product' && value === 'Microsoft Systems Management Server'), JSON.stringify(record.filters));
  assert.deepEqual(record.sections.map((s) => s.anchor), ['', 'summary', 'more-information', 'how-to-install-sms-20-sp4']);
  assert.equal(record.sections[0]!.text, 'Q311457: SMS: How to Obtain and Install SMS 2.0 SP4');
  const more = record.sections[2]!;
  assert.equal(more.heading, 'MORE INFORMATION');
  assert.match(more.text, /^When you upgrade SMS 2\.0 with SP4, /);
  assert.ok(more.text.includes('Q266130 SMS: Component Versions in Microsoft Systems Management Server 2.0'));
  assert.ok(!allText(record).includes('Permalink') && !allText(record).includes('Copy link'), 'no permalink or copy-menu text');
});
