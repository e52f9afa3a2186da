/** Microsoft's old KB URLs land on the article when the archive lives under `/kbarchive/` (relative URLs resolve under it). */
import { defineOldUrlTests } from './old-url-checks.ts';

defineOldUrlTests('', 'under /kbarchive/,');
