import { describe, expect, it } from 'vitest';
import { attendanceClauses, attendanceRules, type AttendanceRules } from '../../src/data/rules/attendance.ts';
import { chapterSource, clauseText } from '../support/clause-text.ts';

// Drift test: the numbers of 考勤制度 clauses 2 and 3 as the chapter states them must be the numbers in the
// rules module. Either side changing alone fails here.

const n = '(\\d+(?:\\.\\d+)?)';
const latenessWording = new RegExp(
  `遲到或早退在${n}分鐘以內的每月累計${n}次以內不做處罰超過${n}次每次扣除當月績效獎金的${n}%` +
    `遲到或早退超過${n}分鐘的按曠工(半天|一天)處理扣除當天工資(?:的${n}倍)?及當月績效獎金的${n}%`,
);
const absenceWording = new RegExp(
  `曠工半天扣除當天工資的${n}倍及當月績效獎金的${n}%曠工一天扣除當天工資的${n}倍及當月績效獎金的${n}%` +
    `連續曠工超過${n}天或累計曠工超過${n}天的公司有權解除勞動合同`,
);

/** Full-width digits and signs to ASCII, punctuation dropped, so 「15分鐘以內的，每月」 and 「15分鐘以內的,每月」 read alike. */
function normalize(text: string): string {
  return text
    .replace(/[０-９％．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[，,；;。：:、「」（）()\s]/g, '');
}

/** The rule numbers as clauses 2 and 3 word them; throws when the wording is no longer recognised. */
function numbersInText(lateness: string, absence: string) {
  const l = latenessWording.exec(normalize(lateness));
  if (!l) throw new Error(`考勤制度第2條的文字無法辨識，請同步更新計算規則與本測試：${lateness}`);
  const a = absenceWording.exec(normalize(absence));
  if (!a) throw new Error(`考勤制度第3條的文字無法辨識，請同步更新計算規則與本測試：${absence}`);
  const [, minor, free, excessAfter, excessPercent, majorOver, treatedAs, majorMultiple, majorPercent] = l.map(Number);
  const [, halfMultiple, halfPercent, fullMultiple, fullPercent, streak, total] = a.map(Number);
  return {
    minorMaxMinutes: [minor, majorOver],
    freeMinorEventsPerMonth: [free, excessAfter],
    // Clause 2 deducts only bonus for the 4th minor event onward.
    minorExcess: { dailyWageMultiple: 0, bonusPercent: excessPercent, absentDays: 0 },
    majorLateness: {
      // 「扣除當天工資」 without a multiple is one day's wage.
      dailyWageMultiple: Number.isNaN(majorMultiple) ? 1 : majorMultiple,
      bonusPercent: majorPercent,
      absentDays: l[6] === '半天' ? 0.5 : 1,
    },
    absentHalfDay: { dailyWageMultiple: halfMultiple, bonusPercent: halfPercent, absentDays: 0.5 },
    absentFullDay: { dailyWageMultiple: fullMultiple, bonusPercent: fullPercent, absentDays: 1 },
    termination: { streakOverDays: streak, totalOverDays: total },
  };
}

/** The same shape read from a rules module. */
function numbersInRules(rules: AttendanceRules) {
  const rate = ({ dailyWageMultiple, bonusPercent, absentDays }: AttendanceRules['minorExcess']) => ({
    dailyWageMultiple,
    bonusPercent,
    absentDays,
  });
  return {
    minorMaxMinutes: [rules.minorMaxMinutes, rules.minorMaxMinutes],
    freeMinorEventsPerMonth: [rules.freeMinorEventsPerMonth, rules.freeMinorEventsPerMonth],
    minorExcess: rate(rules.minorExcess),
    majorLateness: rate(rules.majorLateness),
    absentHalfDay: rate(rules.absentHalfDay),
    absentFullDay: rate(rules.absentFullDay),
    termination: { streakOverDays: rules.termination.streakOverDays, totalOverDays: rules.termination.totalOverDays },
  };
}

const chapter = chapterSource(attendanceClauses.lateness);
const lateness = clauseText(chapter, attendanceClauses.lateness.id);
const absence = clauseText(chapter, attendanceClauses.absence.id);

/** Every number outside the two statutory ones, as a path into the rules object. */
function rulePaths(value: unknown, path: string[] = []): string[][] {
  if (typeof value === 'number') return [path];
  if (typeof value !== 'object' || value === null || 'regulation' in value) return [];
  return Object.entries(value).flatMap(([key, child]) => rulePaths(child, [...path, key]));
}
const statutory = new Set(['payDaysPerMonth', 'legalDeductionWarnPercent']);

function withChanged(rules: AttendanceRules, path: string[], delta: number): AttendanceRules {
  const copy = structuredClone(rules) as unknown as Record<string, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string, unknown>;
  const last = path.at(-1)!;
  node[last] = (node[last] as number) + delta;
  return copy as unknown as AttendanceRules;
}

describe('考勤制度 clauses 2 and 3 and the rules module agree', () => {
  it('the chapter states exactly the numbers the calculator uses', () => {
    expect(numbersInText(lateness, absence)).toEqual(numbersInRules(attendanceRules));
  });

  it('finds the clause text under the ids the calculator links to', () => {
    expect(lateness).toContain('遲到或早退');
    expect(absence).toContain('解除勞動合同');
  });

  it.each(rulePaths(attendanceRules).filter((path) => !statutory.has(path[0]!)).map((path) => [path.join('.'), path]))(
    'a change of %s in the rules module alone is caught',
    (_name, path) => {
      expect(numbersInRules(withChanged(attendanceRules, path as string[], 1))).not.toEqual(
        numbersInText(lateness, absence),
      );
    },
  );

  const numbersOf = (text: string) => [...text.matchAll(/\d+(?:\.\d+)?/g)];
  const mutations = [
    ...numbersOf(lateness).map((m) => ['第2條', m[0], m.index] as const),
    ...numbersOf(absence).map((m) => ['第3條', m[0], m.index] as const),
  ];

  it('sees every number of both clauses', () => {
    // 15, 3, 3, 5, 15, 10 in clause 2; 2, 20, 3, 50, 3, 5 in clause 3.
    expect(mutations).toHaveLength(12);
  });

  it.each(mutations)('a change of the number in %s 「%s」 (at %s) alone is caught', (clause, number, index) => {
    const changed = (text: string) => `${text.slice(0, index)}${Number(number) + 1}${text.slice(index + number.length)}`;
    const [l, a] = clause === '第2條' ? [changed(lateness), absence] : [lateness, changed(absence)];
    expect(numbersInText(l, a)).not.toEqual(numbersInRules(attendanceRules));
  });

  it('a change of how long lateness counts as 曠工 is caught', () => {
    const changed = lateness.replace('按曠工半天處理', '按曠工一天處理');
    expect(numbersInText(changed, absence)).not.toEqual(numbersInRules(attendanceRules));
  });

  it('fails loudly when the wording is rewritten beyond recognition', () => {
    expect(() => numbersInText('遲到早退一律扣款', absence)).toThrow(/第2條/);
    expect(() => numbersInText(lateness, '曠工者解除合同')).toThrow(/第3條/);
  });

  it('reads full-width digits and either comma the same', () => {
    const fullWidth = lateness.replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)).replaceAll('，', ',');
    expect(numbersInText(fullWidth, absence)).toEqual(numbersInText(lateness, absence));
  });
});

describe('statutory numbers, which the regulation does not state', () => {
  it('uses the 21.75 月計薪天數 of 勞社部發〔2008〕3號 for 當天工資', () => {
    expect(attendanceRules.payDaysPerMonth).toBe(21.75);
  });

  it('warns at the 20 % of 《工資支付暫行規定》第十六條', () => {
    expect(attendanceRules.legalDeductionWarnPercent).toBe(20);
  });
});
