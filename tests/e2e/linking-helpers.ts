/** Helpers of the linking e2e tests: the page's head as data, and JSON-LD walked for URLs. */
import type { Page } from '@playwright/test';

/** What a link-preview crawler reads from a page's head. */
export interface HeadFacts {
  /** `og:*`, `article:*` (by property) and `twitter:*`, `description` (by name); repeated keys keep the first. */
  meta: Record<string, string>;
  canonical: string | null;
  oembed: string | null;
  /** Parsed JSON-LD blocks. */
  jsonLd: Record<string, unknown>[];
  /** Position among the head's children of the first OpenGraph tag, and of the first stylesheet or script file. */
  firstPreviewAt: number;
  firstHeavyAt: number;
}

/** Reads the head of the current page. */
export function headFacts(page: Page): Promise<HeadFacts> {
  return page.evaluate(() => {
    const meta: Record<string, string> = {};
    for (const tag of document.head.querySelectorAll('meta[property], meta[name]')) {
      const key = tag.getAttribute('property') ?? tag.getAttribute('name')!;
      meta[key] ??= tag.getAttribute('content') ?? '';
    }
    const children = [...document.head.children];
    const heavy = children.findIndex((el) => el.matches('link[rel="stylesheet"], script[src], style, script[type="module"]'));
    return {
      meta,
      canonical: document.head.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null,
      oembed: document.head.querySelector('link[rel="alternate"][type="application/json+oembed"]')?.getAttribute('href') ?? null,
      jsonLd: [...document.head.querySelectorAll('script[type="application/ld+json"]')].map((s) => JSON.parse(s.textContent!)),
      firstPreviewAt: children.findIndex((el) => el.matches('meta[property^="og:"]')),
      firstHeavyAt: heavy === -1 ? children.length : heavy,
    };
  });
}

/** Every string under a URL-valued key (`url`, `item`, `@id`, `image`, `mainEntityOfPage`) of a JSON-LD value. */
export function urlsOf(value: unknown, key = ''): string[] {
  if (typeof value === 'string') return ['url', 'item', '@id', 'image', 'mainEntityOfPage'].includes(key) ? [value] : [];
  if (Array.isArray(value)) return value.flatMap((v) => urlsOf(v, key));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => urlsOf(v, k));
  return [];
}

/** The path of an absolute URL under the configured site, for fetching it from the test server. */
export function pathOf(url: string): string {
  return new URL(url).pathname;
}
