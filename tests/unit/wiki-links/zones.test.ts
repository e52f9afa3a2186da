/** Where bare ids may become links: the span helpers and each format's kept spans, one construct per case. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { keptSpans } from '../../../src/lib/wiki-links/link-zones.ts';
import { findKbReferences } from '../../../src/lib/wiki-links/find.ts';
import type { WikiFormat } from '../../../src/lib/wiki-links/formats.ts';
import { formatOf } from '../../../src/lib/wiki-links/formats.ts';
import { backtickSpans, nestedSpans, pairedSpans, SpanSet } from '../../../src/lib/wiki-links/spans.ts';

/** The bare ids of `text` that may become links in `format`, as written. */
function linkable(text: string, format: WikiFormat): string[] {
  const kept = keptSpans(text, format);
  return findKbReferences(text, format)
    .filter((r) => r.kind === 'id' && !kept.touches(r.start, r.end))
    .map((r) => r.text);
}

test('a span set answers overlaps by binary search over merged spans', () => {
  const set = new SpanSet([[10, 20], [15, 30], [40, 50]]);
  assert.deepEqual([set.touches(0, 10), set.touches(5, 11), set.touches(29, 31), set.touches(30, 40), set.touches(49, 60), set.touches(50, 60)], [false, true, true, false, true, false]);
});

test('backtick runs pair with the next run of the same length; an unpaired run is literal', () => {
  assert.deepEqual(backtickSpans('a `b` c ``d ` e`` f ` g'), [[2, 5], [8, 17]]);
});

test('nested and paired spans: nesting counted, an unclosed opener keeps the rest', () => {
  assert.deepEqual(nestedSpans('a {{b {{c}} d}} e {{f', '{{', '}}'), [[2, 15], [18, 21]]);
  assert.deepEqual(pairedSpans('x <nowiki>a</NOWIKI> y <nowiki>b', /<(nowiki)>/gi, (m) => `</${m[1]}>`), [[2, 20], [23, 32]]);
});

test('Markdown: ids in prose link, not in code (spans, indented, fenced even empty or unclosed), links or tags', () => {
  assert.deepEqual(linkable('Q311457 `Q266130` [Q313839](x) <b title="Q311457">\n\n    net stop # Q311457\n\tQ266130\n```\n```\nQ266130\n~~~\nQ313839', 'markdown'), ['Q311457', 'Q266130']);
});

test('MediaWiki: not in links, templates, nowiki (raw or escaped in a dump) or preformatted lines', () => {
  assert.deepEqual(linkable('Q311457 [[Q266130]] [http://x Q313839] {{KB|{{x}} Q311457}} <nowiki>Q266130</nowiki>\n Q313839 pre\nKB 313839', 'mediawiki'), ['Q311457', 'KB 313839']);
  const dump = '<mediawiki><page><title>Q311457</title><revision><text>Q266130 &lt;nowiki&gt;Q313839&lt;/nowiki&gt;</text></revision></page></mediawiki>';
  assert.deepEqual(linkable(dump, formatOf('x.xml', dump)), ['Q266130']);
});

test('HTML and Confluence storage: text nodes only, not in links, code, titles, attributes, parameters or CDATA', () => {
  assert.deepEqual(linkable('<title>Q311457</title><p title="Q266130">Q313839 <a>Q311457</a> <code>Q266130</code> <b>KB 266130</b></p>', 'html'), ['Q313839', 'KB 266130']);
  const storage = '<p>Q311457</p><ac:structured-macro><ac:parameter ac:name="t">Q266130</ac:parameter><ac:plain-text-body><![CDATA[Q313839]]></ac:plain-text-body></ac:structured-macro>';
  assert.deepEqual(linkable(storage, formatOf('x.xml', storage)), ['Q311457']);
});

test('plain text: an id already followed by its link is not linked again', () => {
  assert.deepEqual(linkable('Q311457 <https://kb.example.org/kb/311/Q311457/> and Q266130', 'text'), ['Q266130']);
});

test('formats: by extension, a MediaWiki dump by its root, Confluence storage by its elements', () => {
  assert.equal(formatOf('a.MD', ''), 'markdown');
  assert.equal(formatOf('a.xml', '<?xml version="1.0"?>\n<mediawiki xmlns="x">'), 'mediawiki');
  assert.equal(formatOf('a.xml', '<p>x</p>'), 'confluence');
  assert.equal(formatOf('a.html', '<p><ac:link>x</ac:link></p>'), 'confluence');
  assert.equal(formatOf('README', 'x'), 'text');
});
