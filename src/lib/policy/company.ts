import { z } from 'astro/zod';
import { toTraditional } from '../zh-cn/convert.ts';
import type { SourcePage } from './pending.ts';
import { closestName, findPlaceholders, UnknownPlaceholderError } from './placeholders.ts';

/**
 * content/company.yaml: the company's own values for the template placeholders of the regulations (`[具體時間]`
 * in the source, `<Placeholder name="具體時間" />` in the chapters), each written once as `名稱: 值`.
 * `null` = not filled in yet: the text keeps a visible mark and the 待補資料 page lists it.
 */
export const companyFile = 'content/company.yaml';

const at = (key: PropertyKey) => `${companyFile} 的「${String(key)}」：`;

/** What a placeholder name may not contain: it is written inside `<Placeholder name="…" />` and `[…]`. */
const badName = /[[\]<>"]|^\s|\s$/;

/** Why a value is refused, or undefined when it is text or null. Checked by hand to name the key in every message. */
function valueProblem(value: unknown): string | undefined {
  if (value === null) return undefined;
  if (typeof value !== 'string') return '應為文字（數字或日期請加引號，例如 "11月30日"）；尚未決定就寫 null';
  if (value.trim() === '') return '值不可空白；尚未決定就寫 null';
  return undefined;
}

export const companySchema = z
  .record(z.string(), z.unknown(), { error: `${companyFile} 應為「名稱: 值」的清單，每行一項` })
  .superRefine((values, ctx) => {
    for (const [key, value] of Object.entries(values)) {
      const problem = badName.test(key) || key === '' ? '名稱不可空白、不可含 [ ] < > " 或前後空白；請寫條文中 <Placeholder name="…" /> 的名稱' : valueProblem(value);
      if (problem) ctx.addIssue({ code: 'custom', path: [key], message: `${at(key)}${problem}` });
    }
  })
  .transform((values) => Object.fromEntries(Object.entries(values).map(([key, value]) => [key, typeof value === 'string' ? value.trim() : null])) as Record<string, string | null>);

export type CompanyValues = z.infer<typeof companySchema>;

/**
 * What is wrong between the chapters and the company file, as Chinese messages naming file and name: a name the
 * chapters use that the file lacks (missing), and a name in the file no chapter uses that looks like a mistyped
 * one the chapters do use (unknown). An unused name that resembles none stays: a value prepared for later.
 */
export function companyKeyProblems(values: CompanyValues, pages: readonly Pick<SourcePage, 'file' | 'source'>[]): string[] {
  const uses = pages.flatMap((page) => findPlaceholders(page.source, page.file).map((use) => ({ ...use, file: page.file })));
  const keys = Object.keys(values);
  const used = [...new Set(uses.map((use) => use.name))];
  const missing = uses
    .filter((use) => !Object.hasOwn(values, use.name))
    .map((use) => new UnknownPlaceholderError(use.name, `${use.file}:${use.line}`, keys).message);
  const unknown = keys
    .filter((key) => !used.includes(key))
    .flatMap((key) => {
      const guess = closestName(toTraditional(key), used);
      return guess ? [`${at(key)}沒有條文使用這個名稱，是不是「${guess}」？請改成條文中的名稱，或刪除這一項。`] : [];
    });
  return [...missing, ...unknown];
}
