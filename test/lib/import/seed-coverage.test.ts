import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importHints } from '../../../src/data/import-hints.ts';
import { sentenceCoverage } from '../../../src/lib/import/coverage.ts';
import { importRegulation } from '../../../src/lib/import/index.ts';
import { readChapterText, seedsRoot, visibleText } from '../../support/chapters.ts';
import { mojibakeRepairs } from '../../../src/data/mojibake.ts';

// Fidelity lives in the importer: importing each seed keeps every sentence. The chapters HR edits afterwards
// are not compared with the seeds (test/content checks their structure, ids, links and marked rules).
const seed = (file: string) => readFileSync(join(seedsRoot, file), 'utf8');

/** What a reader sees of the imported chapter pages (titles and bodies, overview excluded). */
const seeded = Object.entries(importHints).filter(([, hints]) => hints.seed);

function importedText(slug: string, raw: string): string {
  return importRegulation(raw, slug, importHints[slug]!, mojibakeRepairs)
    .filter((file) => !file.path.endsWith('index.mdx'))
    .map((file) => readChapterText(file.content, visibleText))
    .join('\n');
}

describe('importing each seed keeps every sentence', () => {
  it.each(seeded.map(([slug, hints]) => [hints.title, slug, hints] as const))('%s', (_, slug, hints) => {
    const raw = seed(hints.seed!);
    const coverage = sentenceCoverage(raw, importedText(slug, raw), mojibakeRepairs);
    expect(coverage.total).toBeGreaterThan(20);
    expect(coverage.missing).toEqual([]);
  });

  it('notices a sentence the import loses', () => {
    const raw = seed(importHints['commercial-operations']!.seed!);
    const text = importedText('commercial-operations', raw).replace('運營專員負責與供應商溝通補貨事宜', '');
    expect(sentenceCoverage(raw, text, mojibakeRepairs).missing).toHaveLength(1);
  });
});
