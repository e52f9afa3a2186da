/**
 * Finds KB references in a wiki export's text: URLs of Microsoft's retired support site in every
 * shape of the URL grammar (lib/linking/kb-urls.ts), and ids written in prose (`Q311457`, `KB311457`,
 * `KB 311457`; lib/parse/ids.ts). The text is any of the formats in formats.ts; only where a URL ends and
 * how `&` is escaped depend on it.
 */
import { findArticleIds } from '../parse/ids.ts';
import { articleInMicrosoftUrl, MICROSOFT_HOSTS } from '../linking/kb-urls.ts';
import { escapesAmpersands, type WikiFormat } from './formats.ts';
import { SpanSet, spansOf } from './spans.ts';

/** A KB reference at `[start, end)` of a text. */
export interface KbReference {
  /** An old Microsoft URL, or a bare id in prose. */
  kind: 'url' | 'id';
  start: number;
  end: number;
  /** As written. */
  text: string;
  /** Canonical id, `Q311457`, and its number. */
  id: string;
  number: number;
  /** The URL's `#fragment`, kept when it is rewritten; '' when none (always for ids). */
  fragment: string;
}

const hostAlternatives = MICROSOFT_HOSTS.map((host) => host.replace(/\./g, '\\.')).join('|');
/**
 * Where a URL of Microsoft's support site starts and ends: an optional `http:`/`https:`/`//`, the host,
 * a path, then characters up to white space, quotes, angle brackets, brackets, braces, `|` or a backtick
 * (which end links in Markdown, MediaWiki, Confluence wiki markup and HTML alike).
 */
const microsoftUrlPattern = new RegExp(`(?<![\\w.@/-])(?:(?:https?:)?//)?(?:${hostAlternatives})(?::\\d+)?/[^\\s"'<>()\\[\\]{}|\\\\^\`]*`, 'gi');
/** Any URL, so that an id inside one (`…/Q311457.htm`) is not taken for prose. */
const anyUrlPattern = /\b[a-z][a-z0-9+.-]*:\/\/[^\s"'<>]*|\bwww\.[^\s"'<>]*/gi;
/** Entities that end a URL in escaped text (`&quot;`, `&lt;`, `&gt;`, `&apos;` and their numeric forms). */
const endingEntity = /&(?:quot|lt|gt|apos|#3[49]|#x2[27]);/i;
/** Punctuation that ends a sentence rather than a URL. */
const trailingPunctuation = /[.,;:!?*_~']+$/;

/** The old Microsoft URLs of `text` that name an article. */
function findMicrosoftUrls(text: string, escaped: boolean): KbReference[] {
  const found: KbReference[] = [];
  for (const match of text.matchAll(microsoftUrlPattern)) {
    let raw = match[0];
    const entity = escaped ? endingEntity.exec(raw) : null;
    if (entity) raw = raw.slice(0, entity.index);
    raw = raw.replace(trailingPunctuation, '');
    const written = escaped ? raw.replace(/&amp;/gi, '&') : raw;
    const absolute = /^https?:/i.test(written) ? written : `http:${written.startsWith('//') ? '' : '//'}${written}`;
    const link = articleInMicrosoftUrl(absolute);
    if (!link) continue;
    found.push({ kind: 'url', start: match.index, end: match.index + raw.length, text: raw, id: link.id.id, number: link.id.number, fragment: link.fragment });
  }
  return found;
}

/** Every KB reference in `text`, in order: old URLs, and ids in prose outside any URL. */
export function findKbReferences(text: string, format: WikiFormat): KbReference[] {
  const urls = findMicrosoftUrls(text, escapesAmpersands(format, text));
  const inUrl = new SpanSet(spansOf(text, [anyUrlPattern, microsoftUrlPattern]));
  const ids: KbReference[] = findArticleIds(text)
    .filter((m) => !inUrl.touches(m.start, m.end))
    .map((m) => ({ kind: 'id', start: m.start, end: m.end, text: text.slice(m.start, m.end), id: m.id, number: m.number, fragment: '' }));
  return [...urls, ...ids].sort((a, b) => a.start - b.start);
}
