/** The component contract and markdown shapes of emitted pages, checked in the MDX and in both renderings. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Block, Inline } from '../../../src/lib/parse/model.ts';
import { articleToMdx } from '../../../src/lib/emit/index.ts';
import { article, body, paragraph, ref, section, text } from './build.ts';
import { renderWithMdxJs, renderWithSatteri } from './render.ts';

/** Renders `mdx` with both compilers, newlines between tags removed, and asserts each contains `html`. */
async function assertRenders(mdx: string, ...html: string[]): Promise<void> {
  const flat = (s: string) => s.replace(/>\n+</g, '><').replace(/>\n+/g, '>').replace(/\n+</g, '<');
  for (const [name, out] of [['Sätteri', renderWithSatteri(mdx)], ['@mdx-js/mdx', await renderWithMdxJs(mdx)]] as const) {
    for (const expected of html) assert.ok(flat(out).includes(expected), `${name} renders ${expected}\n${flat(out)}\nMDX:\n${mdx}`);
  }
}

const url = (value: string, href = value): Inline => ({ type: 'url', value, href, line: 1 });
const email = (value: string): Inline => ({ type: 'email', value, line: 1 });
const item = (...children: Block[]) => ({ type: 'listItem' as const, marker: '-', line: 1, children });
const cell = (value: string) => ({ type: 'tableCell' as const, line: 1, children: [text(value)] });
const row = (...values: string[]) => ({ type: 'tableRow' as const, line: 1, children: values.map(cell) });

describe('components', () => {
  test('an article mention becomes <KbRef id> whose children are the text as written', async () => {
    const mdx = articleToMdx(body(paragraph('See ', ref('q266130'), ' now')));
    assert.ok(mdx.includes('See <KbRef id="Q266130">q266130</KbRef> now'), mdx);
    await assertRenders(mdx, '<p>See <kb-ref id="Q266130">q266130</kb-ref> now</p>');
  });

  test('a reference list becomes a bullet list of listed KbRef elements holding the id and the title', async () => {
    const list: Block = {
      type: 'referenceList',
      line: 1,
      children: [
        { type: 'referenceItem', id: 'Q266130', number: 266130, value: 'Q266130', title: 'SMS: Component Versions in …', line: 1 },
        { type: 'referenceItem', id: 'Q313839', number: 313839, value: 'Q313839', title: '', line: 2 },
      ],
    };
    const mdx = articleToMdx(body(list));
    assert.ok(mdx.includes('- <KbRef id="Q266130" listed>Q266130 SMS: Component Versions in …</KbRef>\n'), mdx);
    assert.ok(mdx.includes('- <KbRef id="Q313839" listed>Q313839</KbRef>\n'), mdx);
    await assertRenders(
      mdx,
      '<ul><li><kb-ref id="Q266130" listed>Q266130 SMS: Component Versions in …</kb-ref></li><li><kb-ref id="Q313839" listed>Q313839</kb-ref></li></ul>',
    );
  });

  test('a note becomes a KbNote flow element with kind, label and block children', async () => {
    const note: Block = {
      type: 'note',
      kind: 'warning',
      label: 'WARNING',
      line: 1,
      children: [paragraph('Back up the registry.'), { type: 'preformatted', kind: 'command', value: 'regedit /e', line: 2 }],
    };
    const mdx = articleToMdx(body(note));
    assert.ok(mdx.includes('<KbNote kind="warning" label="WARNING">\n  Back up the registry.\n'), mdx);
    await assertRenders(
      mdx,
      '<kb-note kind="warning" label="WARNING"><p>Back up the registry.</p><pre><code class="language-command">regedit /e</code></pre></kb-note>',
    );
  });

  test('note labels with quotes, braces and angle brackets reach the component unchanged', async () => {
    const note: Block = { type: 'note', kind: 'note', label: 'Say "hi" {x} <y> & z', line: 1, children: [paragraph('body')] };
    await assertRenders(articleToMdx(body(note)), '<kb-note kind="note" label="Say &quot;hi&quot; {x} &lt;y&gt; &amp; z"><p>body</p></kb-note>');
  });

  test('a note right after a paragraph in a tight list item stays a block of that item', async () => {
    const note: Block = { type: 'note', kind: 'note', label: 'NOTE', line: 2, children: [paragraph('inside')] };
    const list: Block = { type: 'list', ordered: false, start: null, line: 1, children: [item(paragraph('lead'), note), item(paragraph('next'))] };
    await assertRenders(articleToMdx(body(list)), '<li>lead<kb-note kind="note" label="NOTE"><p>inside</p></kb-note></li><li>next</li>');
  });

  test('the page imports and exports nothing (the site passes the components)', () => {
    const mdx = articleToMdx(body(paragraph(ref('Q1')), { type: 'note', kind: 'note', label: 'NOTE', line: 1, children: [paragraph('x')] }));
    assert.doesNotMatch(mdx, /^(import|export)\b/m);
  });
});

describe('markdown shapes', () => {
  test('sections become ## and ### headings whose text is exactly the title', async () => {
    const mdx = articleToMdx(article({ sections: [section(2, 'MORE INFORMATION', [paragraph('x')], [section(3, 'Steps to Reproduce Behavior')])] }));
    assert.ok(mdx.includes('\n## MORE INFORMATION\n\nx\n\n### Steps to Reproduce Behavior\n'), mdx);
    await assertRenders(mdx, '<h2>MORE INFORMATION</h2><p>x</p><h3>Steps to Reproduce Behavior</h3>');
  });

  test('a URL becomes a resource link with an explicit href, never an autolink', async () => {
    const mdx = articleToMdx(body(paragraph(url('www.microsoft.com', 'http://www.microsoft.com'), ' and ', url('http://x.com/'))));
    assert.ok(mdx.includes('[www.microsoft.com](http://www.microsoft.com) and [http://x.com/](http://x.com/)'), mdx);
    assert.doesNotMatch(mdx, /<https?:/);
    await assertRenders(mdx, '<a href="http://www.microsoft.com">www.microsoft.com</a> and <a href="http://x.com/">http://x.com/</a>');
  });

  test('an e-mail address becomes a mailto link showing the address', async () => {
    const mdx = articleToMdx(body(paragraph('Write to ', email('kb@microsoft.com'))));
    assert.ok(mdx.includes('[kb@microsoft.com](mailto:kb@microsoft.com)'), mdx);
    await assertRenders(mdx, '<a href="mailto:kb@microsoft.com">kb@microsoft.com</a>');
  });

  test('a preformatted block becomes fenced code whose language is its kind', async () => {
    const mdx = articleToMdx(body({ type: 'preformatted', kind: 'registry', value: 'HKEY_LOCAL_MACHINE\\SOFTWARE', line: 1 }));
    assert.ok(mdx.includes('```registry\nHKEY_LOCAL_MACHINE\\SOFTWARE\n```'), mdx);
    await assertRenders(mdx, '<pre><code class="language-registry">HKEY_LOCAL_MACHINE\\SOFTWARE</code></pre>');
  });

  test('an ordered list keeps its start number', async () => {
    const list: Block = { type: 'list', ordered: true, start: 3, line: 1, children: [item(paragraph('three')), item(paragraph('four'))] };
    const mdx = articleToMdx(body(list));
    assert.ok(mdx.includes('3. three\n4. four\n'), mdx);
    await assertRenders(mdx, '<ol start="3"><li>three</li><li>four</li></ol>');
  });

  test('a bullet list nested in a list item stays nested', async () => {
    const inner: Block = { type: 'list', ordered: false, start: null, line: 2, children: [item(paragraph('inner'))] };
    const outer: Block = { type: 'list', ordered: false, start: null, line: 1, children: [item(paragraph('outer'), inner)] };
    await assertRenders(articleToMdx(body(outer)), '<ul><li>outer<ul><li>inner</li></ul></li></ul>');
  });

  test('a table with a header row becomes a GFM table with that header', async () => {
    const table: Block = { type: 'table', header: true, line: 1, children: [row('Name', 'Size'), row('a.dll', '10')] };
    await assertRenders(articleToMdx(body(table)), '<thead><tr><th>Name</th><th>Size</th></tr></thead><tbody><tr><td>a.dll</td><td>10</td></tr></tbody>');
  });

  test('a table without a header row gets an empty header row and keeps every row in the body', async () => {
    const table: Block = { type: 'table', header: false, line: 1, children: [row('a', 'b'), row('c')] };
    await assertRenders(articleToMdx(body(table)), '<th></th><th></th>', '<tbody><tr><td>a</td><td>b</td></tr><tr><td>c</td><td></td></tr></tbody>');
  });

  test('a rule becomes a thematic break', async () => {
    const mdx = articleToMdx(body(paragraph('a'), { type: 'rule', line: 1 }, paragraph('b')));
    assert.ok(mdx.includes('\na\n\n---\n\nb\n'), mdx);
    await assertRenders(mdx, '<hr');
  });

  test('the page starts with YAML front matter and ends with one newline', () => {
    const mdx = articleToMdx(body(paragraph('x')));
    assert.match(mdx, /^---\nid: "Q100"\n[\s\S]*\n---\n\nx\n$/);
  });
});
