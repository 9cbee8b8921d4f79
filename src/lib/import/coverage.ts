import { cleanSource } from './index.ts';
import type { MojibakeRepairs } from './mojibake.ts';
import { comparable } from './punctuation.ts';

/**
 * Fidelity of an import: which sentences of the cleaned source are missing from the imported text. Numbering,
 * item dashes and colons differ in form between source and chapter, so the words are compared. `normalize`
 * is applied to both sides after that (e.g. a character-variant normalisation), so the check can be extended
 * without changing its callers.
 */
export interface Coverage {
  total: number;
  missing: string[];
  ratio: number;
}

export function coverageWords(text: string): string {
  return comparable(text)
    .replace(/(?<![\d.])\d{1,2}\.(?!\d)|[一二三四五六七八九十]+、|\([一二三四五六七八九十]+\)|(?<![\dA-Za-z])-(?!\d)|:/g, '')
    .replace(/制定家居運營管理制度|家居運營管理制度|運營模式流程制度|商業運營全套管理制度|運營管理工作制度/g, '');
}

export function sentenceCoverage(seedText: string, importedText: string, repairs: MojibakeRepairs, normalize: (text: string) => string = (text) => text): Coverage {
  const words = (text: string) => normalize(coverageWords(text));
  const haystack = words(importedText);
  const sentences = cleanSource(seedText, repairs)
    .split(/(?<=[。；;!?！？])|\n+/)
    .map(words)
    .filter((s) => s.length >= 4);
  const missing = sentences.filter((s) => !haystack.includes(s));
  return { total: sentences.length, missing, ratio: sentences.length === 0 ? 1 : 1 - missing.length / sentences.length };
}
