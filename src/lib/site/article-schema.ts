import { z } from 'astro/zod';

/** One entry of an article's table of contents. */
const sectionEntry = z.object({
  /** 2 for a `====` section, 3 for a `----` subsection. */
  level: z.number().int().min(2).max(3),
  /** Heading text as written. */
  title: z.string(),
  /** Anchor id of the heading on the page (`more-information`). */
  anchor: z.string(),
});

/** Front matter of an imported article page, as written by the MDX emitter. */
export const articleSchema = z.object({
  /** Article id, `Q311457`. */
  id: z.string().regex(/^Q\d+$/),
  /** Numeric part of the id. */
  number: z.number().int().nonnegative(),
  /** Title, HTML entities decoded. */
  title: z.string(),
  /** `Product(s):` header field. */
  products: z.array(z.string()),
  /** `Version(s):` header field, split on commas. */
  versions: z.array(z.string()),
  /** `Operating System(s):` header field. */
  operatingSystems: z.array(z.string()),
  /** `Keyword(s):` header field. */
  keywords: z.array(z.string()),
  /** Last modification as an ISO date, or null when the source has none. */
  lastModified: z.string().nullable(),
  /** Lines of the "applies to" block. */
  appliesTo: z.array(z.string()),
  /** Trailer `Technology :` words. */
  technology: z.array(z.string()),
  /** Trailer `Issue type :` (`kbinfo`, `kbbug`, …). */
  issueType: z.string().nullable(),
  /** Trailer `Solution Type :`. */
  solutionType: z.string().nullable(),
  /** Words of the `Additional query words:` line. */
  additionalQueryWords: z.array(z.string()),
  /** Product code of the `.TXT` form (`sms`), null for the Jekyll form. */
  productCode: z.string().nullable(),
  /** Disclaimer text that followed the trailer, when the source had one. */
  disclaimer: z.string().nullable(),
  /** Source form the page was imported from. */
  form: z.enum(['jekyll', 'txt']),
  /** Ids of the articles this one cites, in order of first mention. */
  references: z.array(z.string()),
  /** Table of contents, in page order. */
  sections: z.array(sectionEntry),
  /** Plain-text summary for meta descriptions. */
  summary: z.string(),
});

/** The validated front matter of an article page. */
export type ArticleData = z.infer<typeof articleSchema>;
