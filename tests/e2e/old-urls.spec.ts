/** Microsoft's old KB URLs, with the archive's host put in place of Microsoft's, land on the article (site at the root). */
import { defineOldUrlTests } from './old-url-checks.ts';

defineOldUrlTests('/', 'at the root,');
