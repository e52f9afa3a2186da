/**
 * The inline pass at the edges the construct fixtures do not reach: where a URL ends (trailing
 * punctuation, unbalanced brackets, the characters no URL holds), which schemes and `www.` hosts
 * count, e-mail addresses around each `@`, article references and what they may touch, which token
 * wins where two start together, and the source line of each node of a wrapped paragraph.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isHostName, parseInline, parseSpans } from '../../../src/lib/parse/inline.ts';
import type { Inline } from '../../../src/lib/parse/model.ts';

/** A node as `kind:value` (`url:value -> href`, `ref:value = id`), with `@line` when asked. */
function show(nodes: Inline[], lines = false): string[] {
  return nodes.map((n) => {
    const at = lines ? ` @${n.line}` : '';
    switch (n.type) {
      case 'text':
        return `text:${n.value}${at}`;
      case 'url':
        return `url:${n.value} -> ${n.href}${at}`;
      case 'email':
        return `email:${n.value}${at}`;
      case 'articleRef':
        return `ref:${n.value} = ${n.id} ${n.number}${at}`;
    }
  });
}
const inline = (text: string) => show(parseInline(text, 1));

test('a URL ends before trailing punctuation and an unbalanced bracket, and keeps balanced ones', () => {
  assert.deepEqual(inline('See http://example.com/path.'), ['text:See ', 'url:http://example.com/path -> http://example.com/path', 'text:.']);
  for (const tail of ['.', ',', ';', ':', '!', '?', "'", '"', '?!.']) {
    assert.deepEqual(inline(`http://a.com/x${tail}`), ['url:http://a.com/x -> http://a.com/x', `text:${tail}`], tail);
  }
  assert.deepEqual(inline('(see http://a.com/x_(y))'), ['text:(see ', 'url:http://a.com/x_(y) -> http://a.com/x_(y)', 'text:)']);
  assert.deepEqual(inline('(http://a.com/x).'), ['text:(', 'url:http://a.com/x -> http://a.com/x', 'text:).']);
  assert.deepEqual(inline('[http://a.com/x]'), ['text:[', 'url:http://a.com/x -> http://a.com/x', 'text:]']);
  assert.deepEqual(inline('http://a.com/[x]'), ['url:http://a.com/[x] -> http://a.com/[x]']);
  assert.deepEqual(inline('http://a.com/x))'), ['url:http://a.com/x -> http://a.com/x', 'text:))']);
  assert.deepEqual(inline('http://a.com/(x'), ['url:http://a.com/(x -> http://a.com/(x']);
  assert.deepEqual(inline('http://a.com/x)y'), ['url:http://a.com/x)y -> http://a.com/x)y']);
  assert.deepEqual(inline('http://a.com/x]y'), ['url:http://a.com/x]y -> http://a.com/x]y']);
  assert.deepEqual(inline('http://a.com/[x]]'), ['url:http://a.com/[x] -> http://a.com/[x]', 'text:]']);
  assert.deepEqual(inline('http://a.com/(x))'), ['url:http://a.com/(x) -> http://a.com/(x)', 'text:)']);
});

test('a URL stops at a space, a tab, quotes, angle brackets, a backtick, DEL or a no-break space', () => {
  for (const stop of [' ', '\t', '"', '<', '>', '`', '\u007f', '\u00a0']) {
    assert.deepEqual(inline(`http://a.com/x${stop}y`), ['url:http://a.com/x -> http://a.com/x', `text:${stop}y`], JSON.stringify(stop));
  }
  assert.deepEqual(inline('http://a.com/x~!$&*+=é'), ['url:http://a.com/x~!$&*+=é -> http://a.com/x~!$&*+=é']);
});

test('only http, https and ftp, in any case and not glued to a word, are URLs; a scheme alone is none', () => {
  assert.deepEqual(inline('HTTPS://A.COM/X'), ['url:HTTPS://A.COM/X -> HTTPS://A.COM/X']);
  assert.deepEqual(inline('ftp://ftp.a.com/pub'), ['url:ftp://ftp.a.com/pub -> ftp://ftp.a.com/pub']);
  for (const text of ['gopher://a.com/x', 'file://c/x', 'xhttp://a.com/x', 'xxhttps://a.com/x', '5http://a.com/x', '_ftp://a.com/x', 'http://', 'http://.', 'http:// a.com', '://a.com']) {
    assert.deepEqual(inline(text), [`text:${text}`], text);
  }
  assert.deepEqual(inline('(http://a.com) and http://b.com'), ['text:(', 'url:http://a.com -> http://a.com', 'text:) and ', 'url:http://b.com -> http://b.com']);
});

test('a www. address needs three host labels ending in letters, nothing glued before it, and links with http://', () => {
  assert.deepEqual(inline('Visit www.microsoft.com/kb.'), ['text:Visit ', 'url:www.microsoft.com/kb -> http://www.microsoft.com/kb', 'text:.']);
  assert.deepEqual(inline('WWW.Microsoft.Com'), ['url:WWW.Microsoft.Com -> http://WWW.Microsoft.Com']);
  assert.deepEqual(inline('www.a.com.'), ['url:www.a.com -> http://www.a.com', 'text:.']);
  // The host is judged without trailing dots and hyphens; a hyphen then stays in the URL (no punctuation trimmed).
  assert.deepEqual(inline('www.a-b.com-'), ['url:www.a-b.com- -> http://www.a-b.com-']);
  assert.deepEqual(inline('www.a.com:80/x'), ['url:www.a.com:80/x -> http://www.a.com:80/x']);
  assert.deepEqual(inline('www.a.com www.b.org'), ['url:www.a.com -> http://www.a.com', 'text: ', 'url:www.b.org -> http://www.b.org']);
  for (const text of ['www.example', 'www.a.c1', 'www.a.c', 'awww.a.com', 'x.www.a.com', '/www.a.com', '@www.a.com', '-www.a.com', '1www.a.com', '_www.a.com']) {
    assert.deepEqual(inline(text), [`text:${text}`], text);
  }
  assert.deepEqual(inline('(www.a.com)'), ['text:(', 'url:www.a.com -> http://www.a.com', 'text:)']);
  assert.deepEqual(inline('http://www.a.com'), ['url:http://www.a.com -> http://www.a.com']);
});

test('host names: two labels or more of letters, digits and hyphens, the last of 2+ letters', () => {
  for (const host of ['example.com', 'a.b.co', 'x-1.example.org', 'EXAMPLE.COM']) assert.equal(isHostName(host), true, host);
  for (const host of ['com', 'example.c', 'example.c0m', 'a..com', '.com', 'ex_ample.com', 'ex ample.com', 'example.com.', 'example.1com', 'example.com1', '']) assert.equal(isHostName(host), false, host);
});

test('an e-mail address: a local part of word characters, dots, %, + and -, and a host name, trimmed of dots around it', () => {
  assert.deepEqual(inline('Mail user.name+tag@example.com.'), ['text:Mail ', 'email:user.name+tag@example.com', 'text:.']);
  assert.deepEqual(inline('.a%b-c_d@mail.example.com-'), ['text:.', 'email:a%b-c_d@mail.example.com', 'text:-']);
  assert.deepEqual(inline('<user@example.com>'), ['text:<', 'email:user@example.com', 'text:>']);
  for (const text of ['@example.com', 'user@localhost', 'user@example.c', 'user@', 'a @example.com', '...@example.com']) {
    assert.deepEqual(inline(text), [`text:${text}`], text);
  }
  assert.deepEqual(inline('a@b.com%c@d.com'), ['email:a@b.com', 'email:%c@d.com']);
  assert.deepEqual(inline('a@b@example.com'), ['text:a@', 'email:b@example.com']);
  assert.deepEqual(inline('x@y, user@example.com'), ['text:x@y, ', 'email:user@example.com']);
});

test('article references: Q or q and 4 to 7 digits, touching no word character', () => {
  assert.deepEqual(inline('See Q266130.'), ['text:See ', 'ref:Q266130 = Q266130 266130', 'text:.']);
  assert.deepEqual(inline('q012345,Q1234'), ['ref:q012345 = Q12345 12345', 'text:,', 'ref:Q1234 = Q1234 1234']);
  assert.deepEqual(inline('(Q313839)'), ['text:(', 'ref:Q313839 = Q313839 313839', 'text:)']);
  assert.deepEqual(inline('{Q313839}'), ['text:{', 'ref:Q313839 = Q313839 313839', 'text:}']);
  for (const text of ['Q123', 'xQ266130', 'Q266130x', 'Q266130_', '_Q266130', '9Q266130', 'Q12345678', 'KB266130', '0Q266130', 'ZQ266130', 'zQ266130', 'Q2661300Z', 'Q266130z']) {
    assert.deepEqual(inline(text), [`text:${text}`], text);
  }
});

test('where tokens start together or overlap, a URL beats an address and an address beats a reference', () => {
  assert.deepEqual(inline('Q123456@example.com'), ['email:Q123456@example.com']);
  assert.deepEqual(inline('http://support.microsoft.com/?id=Q266130'), ['url:http://support.microsoft.com/?id=Q266130 -> http://support.microsoft.com/?id=Q266130']);
  assert.deepEqual(inline('http://user@example.com/x'), ['url:http://user@example.com/x -> http://user@example.com/x']);
  assert.deepEqual(inline('www.q123456.com'), ['url:www.q123456.com -> http://www.q123456.com']);
});

test('a wrapped paragraph: each node has the line of the span it starts in; text runs on across spans', () => {
  assert.deepEqual(parseSpans([]), []);
  const spans = [
    { text: 'See Q266130 and', line: 5 },
    { text: 'more', line: 6 },
    { text: 'Q313839 too', line: 8 },
  ];
  assert.deepEqual(show(parseSpans(spans), true), ['text:See  @5', 'ref:Q266130 = Q266130 266130 @5', 'text: and more  @5', 'ref:Q313839 = Q313839 313839 @8', 'text: too @8']);
  assert.deepEqual(show(parseSpans([{ text: 'one', line: 3 }, { text: 'Q266130', line: 4 }]), true), ['text:one  @3', 'ref:Q266130 = Q266130 266130 @4']);
  assert.deepEqual(show(parseSpans([{ text: 'Q266130', line: 2 }]), true), ['ref:Q266130 = Q266130 266130 @2']);
  // The joining space belongs to the span after it.
  assert.deepEqual(show(parseSpans([{ text: 'Q266130', line: 2 }, { text: 'more', line: 3 }]), true), ['ref:Q266130 = Q266130 266130 @2', 'text: more @3']);
  assert.deepEqual(show(parseInline('a Q266130', 9), true), ['text:a  @9', 'ref:Q266130 = Q266130 266130 @9']);
});
