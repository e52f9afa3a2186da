/**
 * The typed document model of one Knowledge Base article.
 *
 * Both source forms (the archive's Jekyll-markdown form and Microsoft's raw
 * `.TXT` form) parse into this same model. Every node carries `line`: the
 * 1-based line in the source file it came from, so diagnostics and tests can
 * point back at the source.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.ts';

/** Which source form an article was read from. */
export type SourceForm = 'jekyll' | 'txt';

/** Fields shared by every node of the tree. */
export interface NodeBase {
  /** 1-based line of the source file where this node starts. */
  line: number;
}

// ---------------------------------------------------------------- inlines

/** Plain text, exactly as in the source (never HTML-decoded). */
export interface TextNode extends NodeBase {
  type: 'text';
  value: string;
}

/** A mention of another article by id (`Q266130`). */
export interface ArticleRefNode extends NodeBase {
  type: 'articleRef';
  /** Canonical id, upper-case `Q` + digits without leading zeros: `Q266130`. */
  id: string;
  /** The numeric part: `266130`. */
  number: number;
  /** The text as written in the source (`Q266130`, `q266130`). */
  value: string;
}

/** A URL written in the text (http, https, ftp, or `www.` host). */
export interface UrlNode extends NodeBase {
  type: 'url';
  /** The URL as written in the source. */
  value: string;
  /** The absolute URL to link to (`www.x.com` → `http://www.x.com`). */
  href: string;
}

/** An e-mail address written in the text. */
export interface EmailNode extends NodeBase {
  type: 'email';
  /** The address as written. */
  value: string;
}

/** Any inline node. */
export type Inline = TextNode | ArticleRefNode | UrlNode | EmailNode;

// ---------------------------------------------------------------- blocks

/** A paragraph: wrapped source lines joined with single spaces. */
export interface ParagraphNode extends NodeBase {
  type: 'paragraph';
  children: Inline[];
}

/** One item of a bullet or numbered list. */
export interface ListItemNode extends NodeBase {
  type: 'listItem';
  /** The marker as written (`-`, `*`, `o`, `1.`, `a)`). */
  marker: string;
  /** Item content: paragraphs, nested lists, notes, preformatted blocks, … */
  children: Block[];
}

/** How an ordered list's markers count other than with numbers: letters (`a.`, `A.`) or roman numerals (`i.`, `I.`). */
export type ListNumbering = 'a' | 'A' | 'i' | 'I';

/** A bullet list or ordered steps. */
export interface ListNode extends NodeBase {
  type: 'list';
  ordered: boolean;
  /** First value of an ordered list (`1` unless the source starts elsewhere; `b.` is 2, `iv.` is 4); null for bullets. */
  start: number | null;
  /** The markers' kind when they are letters or roman numerals (the HTML `type` of the list); absent for numbers and bullets. */
  numbering?: ListNumbering;
  children: ListItemNode[];
}

/** The kinds of callout the source marks with a leading label. */
export type NoteKind = 'note' | 'warning' | 'important' | 'caution' | 'tip';

/** A callout: `NOTE:`, `WARNING:`, `IMPORTANT:`, `CAUTION:`. */
export interface NoteNode extends NodeBase {
  type: 'note';
  kind: NoteKind;
  /** The label as written, without the colon (`NOTE`, `Note`, `WARNING`). */
  label: string;
  /** Content after the label. */
  children: Block[];
}

/** One cell of a table. */
export interface TableCellNode extends NodeBase {
  type: 'tableCell';
  children: Inline[];
}

/** One row of a table. */
export interface TableRowNode extends NodeBase {
  type: 'tableRow';
  children: TableCellNode[];
}

/** An aligned-column table whose columns are unambiguous. */
export interface TableNode extends NodeBase {
  type: 'table';
  /** Whether the first row is a header row (it was underlined with dashes). */
  header: boolean;
  children: TableRowNode[];
}

/** What a preformatted block most likely holds, for styling only. */
export type PreformattedKind = 'code' | 'command' | 'registry' | 'ini' | 'text';

/**
 * Text whose layout matters: commands, registry keys, INI lines, code
 * listings, ASCII-art tables, ambiguous tables. Kept verbatim, with its
 * common indentation removed.
 */
export interface PreformattedNode extends NodeBase {
  type: 'preformatted';
  kind: PreformattedKind;
  value: string;
}

/** A horizontal rule (a line of `-`, `=`, `*` or `_` inside the body). */
export interface RuleNode extends NodeBase {
  type: 'rule';
}

/** One entry of a reference list: the id, then the title as the source gives it. */
export interface ReferenceItemNode extends NodeBase {
  type: 'referenceItem';
  id: string;
  number: number;
  /** The id as written (`Q266130`). */
  value: string;
  /** The title that follows the id in the source (may be empty). */
  title: string;
  /** The labels of the older citation form, as written, when the entry was one (`ARTICLE-ID: Q121852` / `TITLE : …`); absent otherwise. */
  citation?: CitationLabels;
}

/** What the older citation form writes around an entry's id and title. */
export interface CitationLabels {
  /** The id line up to the title, as written: `ARTICLE-ID: Q121852`, or with the archive's `<LINK …>` markup around the id. */
  id: string;
  /** The title's label as written (`TITLE :`, `TITLE:`), or null when the title follows the id on its line or there is none. */
  title: string | null;
}

/** Lines that list articles by id then title (`  Q266130 SMS: Component Versions …`), or cite them in the older form (`ARTICLE-ID:` / `TITLE :`). */
export interface ReferenceListNode extends NodeBase {
  type: 'referenceList';
  children: ReferenceItemNode[];
}

/** Any block node. */
export type Block =
  | ParagraphNode
  | ListNode
  | NoteNode
  | TableNode
  | PreformattedNode
  | RuleNode
  | ReferenceListNode;

/** A section: a heading underlined with `====` (level 2) or `----` (level 3). */
export interface SectionNode extends NodeBase {
  type: 'section';
  /** 2 for `====` headings, 3 for `----` subsections. */
  level: 2 | 3;
  /** The heading text as written. */
  title: string;
  /** Stable anchor id (github-slugger over the headings in order): `more-information`. */
  anchor: string;
  children: Block[];
  /** Subsections (level 3) of a level-2 section; always empty for level 3. */
  sections: SectionNode[];
}

/** A `Label : value` line of the article's trailer, as written. */
export interface MetadataField {
  /** The label without its colon (`Keywords`, `Technology`, `Hardware`). */
  label: string;
  value: string;
  line: number;
}

/** The whole article. */
export interface Article {
  type: 'article';
  /** `Q311457`. */
  id: string;
  /** `311457`. */
  number: number;
  /** The title, HTML entities of the archive's converter decoded. */
  title: string;
  products: string[];
  /** `Version(s):` split on commas (`WINDOWS:2.0,2.0a` → `WINDOWS:2.0`, `2.0a`). */
  versions: string[];
  operatingSystems: string[];
  /** `Keyword(s):` header list; completed from the trailer's `Keywords :` line when the archive cut it short (keywords.ts). */
  keywords: string[];
  /** ISO date `YYYY-MM-DD`, or null when the source has none or it is invalid. */
  lastModified: string | null;
  /** The lines of the "The information in this article applies to:" block, markers removed. */
  appliesTo: string[];
  technology: string[];
  issueType: string | null;
  solutionType: string | null;
  /** Words of the `Additional query words:` line, split on whitespace. */
  additionalQueryWords: string[];
  /** The product code of the `.TXT` form's `DOCUMENT:` line (`sms`); null in the Jekyll form. */
  productCode: string | null;
  /**
   * The trailer's `Label : value` lines as written, in order, including those
   * without a typed field (`Keywords`, `Version`, `Hardware`, `Component`).
   * Optional; absent when the article has no trailer.
   */
  trailerFields?: MetadataField[];
  /** Text after the last trailer rule, such as the `.TXT` form's disclaimer and copyright. */
  disclaimer: string | null;
  form: SourceForm;
  /** Blocks before the first heading. */
  preamble: Block[];
  /** Level-2 sections in order (with level-3 sections nested). */
  sections: SectionNode[];
  /** 1-based line of the `Article:`/`DOCUMENT:` line. */
  line: number;
}

/** Every node type, for walkers. */
export type Node =
  | Article
  | SectionNode
  | Block
  | ListItemNode
  | TableRowNode
  | TableCellNode
  | ReferenceItemNode
  | Inline;

// ---------------------------------------------------------------- diagnostics

/** Diagnostics are the one type of src/lib/diagnostics; the parser's carry a line, not a file. */
export type { Diagnostic, Severity } from '../diagnostics/diagnostic.ts';
/** The result of parsing one article. */
export interface ParseResult {
  article: Article;
  diagnostics: Diagnostic[];
}
