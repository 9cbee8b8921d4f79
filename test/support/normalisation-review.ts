import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { seedFiles } from '../../src/data/import-hints.ts';
import { undoScrape } from '../../src/lib/import/index.ts';
import { reviewHeader, reviewRows } from '../../src/lib/import/review.ts';
import { seedsRoot } from './chapters.ts';
import { mojibakeRepairs } from '../../src/data/mojibake.ts';

/** test/fixtures/normalisation-review.tsv as the importer's normalisation step produces it from the seeds. */
export function reviewList(): string {
  const rows = seedFiles.flatMap((seed) => reviewRows(seed, undoScrape(readFileSync(join(seedsRoot, seed), 'utf8'), mojibakeRepairs)));
  return `${[reviewHeader, ...rows].join('\n')}\n`;
}
