/**
 * Page script of the copy buttons (a content-hashed file every article shares, cached once): wires the
 * article's copy buttons and each heading's copy menu, and writes the chosen format to the clipboard
 * (HTML and plain text for the HTML link). Without scripts the page's styles show neither. What it copies
 * is read from the page, not repeated in attributes: the canonical link, the title (`h1`), the modified
 * time, and each heading's id and text.
 */
import { FORMAT_NAMES, LINK_FORMATS, formatLink, type ClipboardContent, type LinkFormat, type LinkTarget } from '../formats.ts';

const root = document.querySelector<HTMLElement>('[data-copy-root]');
if (root) start(root);

/** Wires the article's buttons and the headings' menus. */
function start(root: HTMLElement): void {
  const article: LinkTarget = {
    url: document.querySelector<HTMLLinkElement>('link[rel="canonical"]')!.href,
    label: document.querySelector('h1')!.textContent!.trim(),
    lastModified: document.querySelector<HTMLMetaElement>('meta[property="article:modified_time"]')?.content ?? null,
  };
  const status = root.querySelector<HTMLElement>('[role="status"]')!;
  const copy = async (format: LinkFormat, target: LinkTarget) => {
    const done = await write(formatLink(format, target));
    status.textContent = done ? `Copied ${FORMAT_NAMES[format]}${target.section ? ` to “${target.section}”` : ''}` : 'Copy failed: clipboard blocked';
  };
  // The buttons' full names ("Copy URL"; their text is the format) and the toggles' state are written by
  // this script, the only thing that makes them usable (without it they are not shown), so that 60,000
  // pages do not each carry them.
  for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-copy-format]')) {
    button.setAttribute('aria-label', `Copy ${FORMAT_NAMES[button.dataset.copyFormat as LinkFormat]}`);
  }
  root.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button[data-copy-format]');
    if (button) void copy(button.dataset.copyFormat as LinkFormat, article);
  });
  for (const toggle of document.querySelectorAll<HTMLButtonElement>('button.copy-anchor')) {
    // The toggle sits beside its heading (Heading.astro): the section is that heading's anchor and text.
    const heading = toggle.parentElement!.querySelector<HTMLElement>('h2, h3, h4, h5, h6')!;
    toggle.dataset.copyAnchor = heading.id;
    const section = { ...article, url: `${article.url}#${heading.id}`, section: heading.textContent!.replace(/\s+/g, ' ').trim() };
    toggle.setAttribute('aria-expanded', 'false');
    toggle.addEventListener('click', () => (toggle.getAttribute('aria-expanded') === 'true' ? close(toggle, false) : open(toggle, section, copy)));
  }
}

/** Opens a heading's menu (made on first use) and focuses its first item. */
function open(toggle: HTMLButtonElement, target: LinkTarget, copy: (format: LinkFormat, target: LinkTarget) => Promise<void>): void {
  let menu = document.getElementById(`copy-menu-${toggle.dataset.copyAnchor}`);
  if (!menu) {
    menu = document.createElement('div');
    menu.id = `copy-menu-${toggle.dataset.copyAnchor}`;
    toggle.setAttribute('aria-controls', menu.id);
    menu.className = 'copy-menu';
    menu.setAttribute('role', 'group');
    menu.setAttribute('aria-label', `Copy link to section: ${target.section}`);
    for (const format of LINK_FORMATS) {
      const item = document.createElement('button');
      item.type = 'button';
      item.textContent = `Copy ${FORMAT_NAMES[format]}`;
      item.addEventListener('click', () => {
        close(toggle, true);
        void copy(format, target);
      });
      menu.append(item);
    }
    menu.addEventListener('keydown', (event) => keys(event, toggle, menu!));
    menu.addEventListener('focusout', (event) => {
      if (!toggle.parentElement!.contains(event.relatedTarget as Node | null)) close(toggle, false);
    });
    toggle.after(menu);
  }
  menu.hidden = false;
  toggle.setAttribute('aria-expanded', 'true');
  menu.querySelector('button')!.focus();
}

/** Closes a heading's menu; `refocus` puts focus back on its toggle. */
function close(toggle: HTMLButtonElement, refocus: boolean): void {
  const menu = document.getElementById(`copy-menu-${toggle.dataset.copyAnchor}`);
  if (menu) menu.hidden = true;
  toggle.setAttribute('aria-expanded', 'false');
  if (refocus) toggle.focus();
}

/** Escape closes the menu; arrow keys, Home and End move between its items. */
function keys(event: KeyboardEvent, toggle: HTMLButtonElement, menu: HTMLElement): void {
  const items = [...menu.querySelectorAll('button')];
  const at = items.indexOf(document.activeElement as HTMLButtonElement);
  const to = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: items.length - 1 }[event.key];
  if (event.key === 'Escape') close(toggle, true);
  else if (to !== undefined) items[(to + items.length) % items.length]!.focus();
  else return;
  event.preventDefault();
}

/** Writes to the clipboard: HTML and plain text when there is HTML, else plain text; a legacy fallback last. */
async function write(content: ClipboardContent): Promise<boolean> {
  if (content.html && typeof ClipboardItem !== 'undefined') {
    try {
      const blob = (text: string, type: string) => new Blob([text], { type });
      await navigator.clipboard.write([new ClipboardItem({ 'text/html': blob(content.html, 'text/html'), 'text/plain': blob(content.text, 'text/plain') })]);
      return true;
    } catch {
      // fall back to plain text
    }
  }
  try {
    await navigator.clipboard.writeText(content.text);
    return true;
  } catch {
    return legacyCopy(content.text);
  }
}

/** `execCommand('copy')` through an off-screen text area, for pages served without HTTPS. */
function legacyCopy(text: string): boolean {
  const focused = document.activeElement as HTMLElement | null;
  const area = document.createElement('textarea');
  area.value = text;
  area.readOnly = true;
  area.className = 'copy-offscreen';
  document.body.append(area);
  area.select();
  const done = document.execCommand('copy');
  area.remove();
  focused?.focus();
  return done;
}
