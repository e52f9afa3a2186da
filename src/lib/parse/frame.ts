/** What the form readers hand to the passes: header fields and body lines. */
import type { Diagnostic, SourceForm } from './model.ts';
import type { Line } from './lines.ts';

/** A header value and the line it came from. */
export interface Field {
  value: string;
  line: number;
}

/** The raw header fields of either form, before normalisation. */
export interface HeaderFields {
  /** `Article:` / `DOCUMENT:` id as written. */
  id?: Field;
  /** The id of the `## Q…:` line or front matter, when different from `id`'s source. */
  altIds: Field[];
  title?: Field;
  /** The front matter's title (already entity-decoded, id prefix removed). */
  frontMatterTitle?: Field;
  products?: Field;
  versions?: Field;
  operatingSystems?: Field;
  keywords?: Field;
  lastModified?: Field;
  productCode?: Field;
}

/** A source split into its header and its body lines. */
export interface Frame {
  form: SourceForm;
  header: HeaderFields;
  /** The `Article:`/`DOCUMENT:` line (or the first line with an id). */
  articleLine: number;
  body: Line[];
  diagnostics: Diagnostic[];
}
