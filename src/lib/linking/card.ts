/** The site-wide preview image (`public/og-card.png`, made by `scripts/make-og-card.ts`). */
export const CARD = {
  /** Path under the site root. */
  path: 'og-card.png',
  width: 1200,
  height: 630,
  type: 'image/png',
  alt: 'KB Atlas: archived Microsoft Knowledge Base articles',
} as const;
