import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { regulations } from '../../src/data/regulations.ts';
import { undoScrape } from '../../src/lib/import/index.ts';
import { reviewHeader, reviewRows } from '../../src/lib/import/review.ts';
import { seedsRoot } from './chapters.ts';

/** test/fixtures/normalisation-review.tsv as the importer's normalisation step produces it from the seeds. */
export function reviewList(): string {
  const rows = regulations.flatMap((r) => reviewRows(r.seed, undoScrape(readFileSync(join(seedsRoot, r.seed), 'utf8'))));
  return `${[reviewHeader, ...rows].join('\n')}\n`;
}
