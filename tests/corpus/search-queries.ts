/**
 * The query set search was tuned on (docs/search.md): what people type, each with the article of the
 * 2,000-article sample that should come first. Written by hand from the sample corpus.
 */

/** A tuning query: the text typed and the id expected as the first result. */
export interface TuningQuery {
  /** Query as typed. */
  q: string;
  /** Article id expected first. */
  first: string;
  /** What kind of query this is. */
  kind: 'id' | 'file' | 'phrase' | 'error' | 'registry' | 'words';
  /** Other articles as good a first answer (each holds the pasted message word for word). */
  alsoFirst?: readonly string[];
}

/** The tuning set, over `../shared/corpus/kb` (2,000 articles). */
export const tuningQueries: readonly TuningQuery[] = [
  { q: 'Q121005', first: 'Q121005', kind: 'id' },
  { q: 'q121005', first: 'Q121005', kind: 'id' },
  { q: '121005', first: 'Q121005', kind: 'id' },
  { q: 'KB121005', first: 'Q121005', kind: 'id' },
  { q: 'KB266130', first: 'Q266130', kind: 'id' },
  { q: 'compver.ini', first: 'Q266130', kind: 'file' },
  { q: 'SMS 2.0 SP4', first: 'Q311457', kind: 'words' },
  { q: '"does not use the CD Patch tool"', first: 'Q311457', kind: 'phrase' },
  { q: '"A GLB file on your server is corrupt"', first: 'Q101902', kind: 'error' },
  { q: '"cannot find precompiled types file"', first: 'Q102697', kind: 'error' },
  // Q183556 ("SNADDM Service Fails…") quotes the same message in full: either is the answer.
  { q: 'At Least One Service or Driver Failed During System Startup', first: 'Q103042', kind: 'error', alsoFirst: ['Q183556'] },
  { q: 'fatal error F1001 range.c', first: 'Q108368', kind: 'error' },
  { q: 'ATIOEM accelerator not found', first: 'Q110182', kind: 'error' },
  { q: 'HKEY_LOCAL_MACHINE\\System\\CurrentControlSet\\Services\\Dhcp\\Parameters\\Options', first: 'Q121005', kind: 'registry' },
  { q: 'ClassWizard CLW 65530', first: 'Q104238', kind: 'words' },
  { q: 'StretchDIBits RLE', first: 'Q111654', kind: 'words' },
  { q: 'Lotus 1-2-3 mail attachment', first: 'Q104368', kind: 'words' },
  { q: 'RQBE FROM clause', first: 'Q108164', kind: 'words' },
  { q: 'WINS event 4224 jet errors', first: 'Q239655', kind: 'words' },
  { q: 'Baseball 2001 graphics redrawn', first: 'Q258653', kind: 'words' },
  { q: 'LU6.2 session not deactivated', first: 'Q168775', kind: 'words' },
  { q: 'U1203', first: 'Q39911', kind: 'error' },
  { q: 'ScanDisk DEFRAG compressed drive', first: 'Q109846', kind: 'words' },
  { q: 'replace_copy_if', first: 'Q156744', kind: 'words' },
  { q: 'User Count 4294962176', first: 'Q176398', kind: 'words' },
  { q: 'WINS 4261 4262', first: 'Q176202', kind: 'words' },
  { q: 'pow underflow errno', first: 'Q167750', kind: 'words' },
  { q: 'W95to98.inf', first: 'Q235200', kind: 'file' },
  { q: 'function keys FoxPro Macintosh', first: 'Q112352', kind: 'words' },
  { q: 'GDI resource leak caching', first: 'Q118471', kind: 'words' },
  { q: 'remark multiple lines of code', first: 'Q142550', kind: 'words' },
  { q: 'newsgroups MSN', first: 'Q174138', kind: 'words' },
];
