/**
 * The front matter of an article page: the one contract between the emitter, which writes it
 * (src/lib/emit/frontmatter.ts, through writer.ts), and the site, which reads it (reader.ts, or
 * Astro's content collection) and validates it here. Every field is documented once, below; the
 * writer's type and the reader's result are derived from this schema. Pure: zod only, no Astro.
 */
import { z } from 'zod';
import { canonicalIdPattern } from '../parse/ids.ts';

/** One table-of-contents entry. */
export const sectionEntrySchema = z.object({
  /** 2 for a `====` section, 3 for a `----` subsection. */
  level: z.union([z.literal(2), z.literal(3)]),
  /** Heading text as written (also the page heading's exact text). */
  title: z.string(),
  /** Id of the heading on the page (github-slugger, as Astro computes it): `more-information`. */
  anchor: z.string(),
});

/** One `Label : value` line of the trailer. */
export const trailerFieldSchema = z.object({
  /** The label without its colon (`Keywords`, `Hardware`). */
  label: z.string(),
  /** The value as written. */
  value: z.string(),
});

/** Front matter of an article page, in the order it is written. */
export const articleSchema = z.object({
  /** Article id, `Q311457`. */
  id: z.string().regex(canonicalIdPattern),
  /** Numeric part of the id, `311457`. */
  number: z.number().int().nonnegative(),
  /** Title with the archive converter's HTML entities decoded. */
  title: z.string(),
  /** `Product(s):` header field. */
  products: z.array(z.string()),
  /** `Version(s):` header field, split on commas. */
  versions: z.array(z.string()),
  /** `Operating System(s):` header field. */
  operatingSystems: z.array(z.string()),
  /** `Keyword(s):` header field, completed from the trailer's `Keywords :` when the archive truncated it. */
  keywords: z.array(z.string()),
  /** Last modification as an ISO date `YYYY-MM-DD` (always a quoted string), or null when the source has none. */
  lastModified: z.string().nullable(),
  /** Lines of the "The information in this article applies to:" block. */
  appliesTo: z.array(z.string()),
  /** Trailer `Technology :` words. */
  technology: z.array(z.string()),
  /** Trailer `Issue type :` (`kbinfo`, `kbbug`, …), or null. */
  issueType: z.string().nullable(),
  /** Trailer `Solution Type :`, or null. */
  solutionType: z.string().nullable(),
  /** Words of the `Additional query words:` line. */
  additionalQueryWords: z.array(z.string()),
  /** Product code of the `.TXT` form's `DOCUMENT:` line (`sms`); null for the Jekyll form. */
  productCode: z.string().nullable(),
  /** The trailer's `Label : value` lines as written, in order (empty when there is no trailer). */
  trailerFields: z.array(trailerFieldSchema),
  /** Text after the trailer (the `.TXT` form's disclaimer), or null. */
  disclaimer: z.string().nullable(),
  /** Source form the page was imported from: `jekyll` or `txt`. */
  form: z.enum(['jekyll', 'txt']),
  /** Distinct ids this article cites (inline and in reference lists), in order of first mention, never its own. */
  references: z.array(z.string()),
  /** Table of contents: every heading in page order, subsections after their section. */
  sections: z.array(sectionEntrySchema),
  /** Plain text for meta descriptions (≤ 200 chars): SUMMARY's first paragraph, else the first paragraph, else the title. */
  summary: z.string(),
});

/** The front matter of an article page: what the emitter writes and the site reads back, validated. */
export type ArticleData = z.infer<typeof articleSchema>;
/** One table-of-contents entry. */
export type SectionEntry = z.infer<typeof sectionEntrySchema>;
/** One `Label : value` line of the trailer. */
export type TrailerField = z.infer<typeof trailerFieldSchema>;
