/** The wiki export formats `kbatlas links` reads: how each is recognised, escapes URLs and writes a link. */

/** A wiki export format. `confluence` is Confluence's storage format (XHTML with `ac:`/`ri:` elements). */
export type WikiFormat = 'text' | 'markdown' | 'html' | 'mediawiki' | 'confluence';

const byExtension: Record<string, WikiFormat> = {
  txt: 'text',
  text: 'text',
  md: 'markdown',
  markdown: 'markdown',
  mdown: 'markdown',
  mkd: 'markdown',
  mdx: 'markdown',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  wiki: 'mediawiki',
  mediawiki: 'mediawiki',
  mw: 'mediawiki',
  xml: 'confluence',
};

/** File extensions (lowercase, no dot) read when a folder is searched. */
export const WIKI_EXTENSIONS: readonly string[] = Object.keys(byExtension);

/**
 * The format of a file from its name and text. `.xml` is a MediaWiki `Special:Export` dump when its root
 * is `<mediawiki`, else Confluence storage; an `.html` file holding `<ac:` elements is Confluence storage.
 */
export function formatOf(name: string, text: string): WikiFormat {
  const extension = /\.([^./\\]+)$/.exec(name)?.[1]?.toLowerCase() ?? '';
  const format = byExtension[extension] ?? 'text';
  const head = text.slice(0, 4096);
  if (extension === 'xml' && /^\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--[\s\S]*?-->\s*)*<mediawiki[\s>]/.test(head)) return 'mediawiki';
  if (format === 'html' && /<ac:[a-z-]+[\s>/]/.test(text)) return 'confluence';
  return format;
}

/** Whether URLs in the file's text are written with `&amp;` for `&` (HTML, XML, a MediaWiki XML dump). */
export function escapesAmpersands(format: WikiFormat, text: string): boolean {
  return format === 'html' || format === 'confluence' || (format === 'mediawiki' && /^\s*(?:<\?xml|<mediawiki)/.test(text));
}

/** A link to `url` with the text `label` as it is written in `format` (used to turn bare ids into links). */
export function linkIn(format: WikiFormat, url: string, label: string): string {
  switch (format) {
    case 'markdown':
      return `[${label}](${url})`;
    case 'mediawiki':
      return `[${url} ${label}]`;
    case 'html':
    case 'confluence':
      return `<a href="${url}">${label}</a>`;
    case 'text':
      return `${label} <${url}>`;
  }
}
