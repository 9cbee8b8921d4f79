import { regulations } from '../../src/data/regulations.ts';
import { siteConfig } from '../../src/data/site.ts';
import { chapterFieldsFor } from '../../src/lib/chapter-schema.ts';
import { todayIn } from '../../src/lib/policy/date.ts';

/** The chapter frontmatter schema as content.config.ts wires it: this site's regulations, checked as of today. */
export const chapterFields = chapterFieldsFor(regulations, todayIn(siteConfig.timeZone));
