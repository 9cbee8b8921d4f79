import { renderChapters, type ChapterFile, type OverviewPolicy } from './mdx.ts';
import { type MojibakeRepairs, repairMojibake } from './mojibake.ts';
import { normaliseForms } from './normalise.ts';
import { removePinyin } from './pinyin.ts';
import { parseStructure } from './structure.ts';
import type { ImportHints, ParsedRegulation } from './types.ts';
import { stripWrapper } from './wrapper.ts';

/** Undo the scrape: wrapper, then known garbled spans (they include annotations), then pinyin. */
export function undoScrape(raw: string, repairs: MojibakeRepairs): string {
  return removePinyin(repairMojibake(stripWrapper(raw), repairs));
}

/** The source as the site keeps it: the scrape undone, then mainland character forms normalised. */
export function cleanSource(raw: string, repairs: MojibakeRepairs): string {
  return normaliseForms(undoScrape(raw, repairs));
}

/** The previews end mid-sentence; a body that does not end with a full stop was cut off. */
export function isTruncated(body: string): boolean {
  return !/[。.!?！？]\s*$/.test(body);
}

/** The title line before the first section is dropped: the overview page carries the title. */
export function parseRegulation(raw: string, hints: ImportHints, repairs: MojibakeRepairs): ParsedRegulation {
  return parseStructure(cleanSource(raw, repairs), hints);
}

/** Raw scraped text → chapter files (MDX with frontmatter), ready for hand review. */
export function importRegulation(raw: string, slug: string, hints: ImportHints, repairs: MojibakeRepairs, policy?: OverviewPolicy): ChapterFile[] {
  if (raw.trim() === '') throw new Error('來源檔案是空的');
  const regulation = parseRegulation(raw, hints, repairs);
  if (regulation.sections.length === 0) {
    throw new Error('找不到任何章節（例如「一、」開頭的段落），請確認檔案是否為規章全文');
  }
  return renderChapters(regulation, { slug, truncated: isTruncated(cleanSource(raw, repairs)), policy });
}
