import type { KpiGrade, KpiRules } from '../../src/data/rules/kpi.ts';
import { visibleText } from './chapters.ts';

/** The numbers 績效考核制度第3條 states, as the text says them (integer score ranges such as 80-89分). */
export interface KpiClauseNumbers {
  excellentFrom: number;
  good: [from: number, to: number];
  pass: [from: number, to: number];
  failBelow: number;
  coefficients: Record<KpiGrade, number>;
  /** 連續兩個月考核不合格 → 2. */
  failStreak: number;
}

/** The visible text of a clause element in a chapter's MDX, its `-` items included (`優秀：…`). */
export function wholeClauseText(mdx: string, id: string): string {
  const start = mdx.indexOf(`<Clause id="${id}"`);
  if (start < 0) throw new Error(`clause ${id} not found in the chapter`);
  const end = mdx.indexOf('</Clause>', start);
  if (end < 0) throw new Error(`clause ${id} is not closed`);
  // Items on lines of their own, so a pattern for one item cannot run on into the next.
  return visibleText(mdx.slice(start, end).replace(/<ClauseItem\b/g, '\n$&'));
}

const num = String.raw`(\d+(?:\.\d+)?)`;
const range = String.raw`(\d+)\s*[-–—~～至到]\s*(\d+)`;
const coefficient = String.raw`[^。\n]*?[系係]數為\s*${num}`;
const numerals: Record<string, number> = { 一: 1, 二: 2, 兩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

function match(text: string, pattern: string, what: string): string[] {
  const found = new RegExp(pattern).exec(text);
  if (!found) throw new Error(`績效考核制度第3條: cannot find ${what} in the text`);
  return found.slice(1);
}

/** Read the bands, coefficients and fail streak from the clause text; throws when one cannot be found. */
export function readKpiClause(text: string): KpiClauseNumbers {
  const item = (grade: string) => String.raw`(?<![不])${grade}[：:]\s*績效得分在\s*`;
  const [excellentFrom, excellentCoefficient] = match(text, `${item('優秀')}${num}\\s*分及以上${coefficient}`, '優秀');
  const [goodFrom, goodTo, goodCoefficient] = match(text, `${item('良好')}${range}\\s*分${coefficient}`, '良好');
  const [passFrom, passTo, passCoefficient] = match(text, `${item('合格')}${range}\\s*分${coefficient}`, '合格');
  const [failBelow, failCoefficient] = match(text, `${item('不合格')}${num}\\s*分以下${coefficient}`, '不合格');
  const [streak] = match(text, String.raw`連續\s*([一二兩三四五六七八九十]|\d+)\s*個月考核不合格`, '連續…個月');
  return {
    excellentFrom: Number(excellentFrom),
    good: [Number(goodFrom), Number(goodTo)],
    pass: [Number(passFrom), Number(passTo)],
    failBelow: Number(failBelow),
    coefficients: {
      優秀: Number(excellentCoefficient),
      良好: Number(goodCoefficient),
      合格: Number(passCoefficient),
      不合格: Number(failCoefficient),
    },
    failStreak: numerals[streak!] ?? Number(streak),
  };
}

/** What the text should say for these rules: half-open bands [min, next min) read as whole-point ranges. */
export function kpiClauseNumbersFor(rules: KpiRules): KpiClauseNumbers {
  const band = (grade: KpiGrade) => {
    const found = rules.bands.find((b) => b.grade === grade);
    if (!found) throw new Error(`rules have no band ${grade}`);
    return found;
  };
  return {
    excellentFrom: band('優秀').minScore,
    good: [band('良好').minScore, band('優秀').minScore - 1],
    pass: [band('合格').minScore, band('良好').minScore - 1],
    failBelow: band('合格').minScore,
    coefficients: {
      優秀: band('優秀').coefficient,
      良好: band('良好').coefficient,
      合格: band('合格').coefficient,
      不合格: band('不合格').coefficient,
    },
    failStreak: rules.failStreakAlert,
  };
}
