/**
 * The link formats of the copy buttons, for an article or one of its sections. Pure string
 * functions: the page script and the tests share them, so what a test checks is what a user gets.
 */
import { longDate } from './dates.ts';

/** What a copied link points at. */
export interface LinkTarget {
  /** Absolute URL of the article, with `#anchor` for a section. */
  url: string;
  /** The article's id and title: `Q311457: SMS: How to Obtain and Install SMS 2.0 SP4`. */
  label: string;
  /** Heading text, when the link is to a section. */
  section?: string;
  /** ISO date of the article's last modification, when known. */
  lastModified?: string | null;
}

/** The formats a copy button can write. */
export const LINK_FORMATS = ['url', 'markdown', 'mediawiki', 'html', 'citation'] as const;

/** One of LINK_FORMATS. */
export type LinkFormat = (typeof LINK_FORMATS)[number];

/** Visible name of each format's button (`Copy Markdown link`). */
export const FORMAT_NAMES: Record<LinkFormat, string> = {
  url: 'URL',
  markdown: 'Markdown link',
  mediawiki: 'MediaWiki link',
  html: 'HTML link',
  citation: 'citation',
};

/** What goes on the clipboard: plain text always, HTML for rich-text editors when there is one. */
export interface ClipboardContent {
  text: string;
  html?: string;
}

/** Link text: the label, and the section after `§` for a section link. */
export function linkText(target: LinkTarget): string {
  return target.section ? `${target.label} § ${target.section}` : target.label;
}

/** `[Q311457: title](url)`, with Markdown's special characters in the text escaped. */
export function markdownLink(target: LinkTarget): string {
  const text = linkText(target).replace(/[\\[\]*_`<>]/g, '\\$&');
  const url = target.url.replace(/[ ()<>]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `[${text}](${url})`;
}

/** MediaWiki external link `[url Q311457: title]`; brackets, braces and `''` in the text become entities. */
export function mediaWikiLink(target: LinkTarget): string {
  const text = linkText(target).replace(/[[\]{}<>~]|'(?=')|(?<=')'/g, (c) => `&#${c.codePointAt(0)};`);
  const url = target.url.replace(/[ [\]]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `[${url} ${text}]`;
}

/**
 * `<a href='url'>Q311457: title</a>`, escaped, for rich-text editors. Single-quoted so the page script
 * holds no `href="…"` text that a regex link checker would take for a link.
 */
export function htmlLink(target: LinkTarget): string {
  return `<a href='${escapeHtml(target.url)}'>${escapeHtml(linkText(target))}</a>`;
}

/** `Microsoft. "Q311457: title." Microsoft Knowledge Base, last modified 5 June 2002. <url>` */
export function citation(target: LinkTarget): string {
  const title = /[.?!]$/.test(target.label) ? target.label : `${target.label}.`;
  const date = longDate(target.lastModified);
  const parts = ['Microsoft Knowledge Base'];
  if (date) parts.push(`last modified ${date}`);
  if (target.section) parts.push(`section "${target.section}"`);
  return `Microsoft. "${title}" ${parts.join(', ')}. <${target.url}>`;
}

/** The clipboard content of a format; the HTML link also carries `label <url>` as plain text. */
export function formatLink(format: LinkFormat, target: LinkTarget): ClipboardContent {
  switch (format) {
    case 'url':
      return { text: target.url };
    case 'markdown':
      return { text: markdownLink(target) };
    case 'mediawiki':
      return { text: mediaWikiLink(target) };
    case 'html':
      return { text: `${linkText(target)} <${target.url}>`, html: htmlLink(target) };
    case 'citation':
      return { text: citation(target) };
  }
}

/** Escapes text for a (single- or double-quoted) HTML attribute or element. */
function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
