import { describe, expect, it } from 'vitest';
import { marksInChapter } from '../../../src/lib/policy/rule-marks.ts';
import { readRuleNumber, ruleKeyNames, ruleKeys, ruleValueSchemas } from '../../../src/lib/policy/rule-schema.ts';
import { RuleTextError, readRuleValues, ruleSetFromText } from '../../../src/lib/policy/rule-set.ts';

const R = (k: string, v: string) => `<R k="${k}">${v}</R>`;
const a = 'attendance.';

/** A chapter in the shape of commercial-operations s4.mdx, with every rule marked. */
const chapter = `---
title: "四、管理制度"
---

import R from '@components/policy/R.astro';

## 考勤制度

<Clause id="c4-1-2" n={2}>
遲到或早退在${R(`${a}minorMaxMinutes`, '15')}分鐘以內的，每月累計${R(`${a}freeMinorEventsPerMonth`, '3')}次以內不做處罰，超過${R(`${a}freeMinorEventsPerMonth`, '3')}次每次扣除當月績效獎金的${R(`${a}minorExcess.bonusPercent`, '5')}%；遲到或早退超過${R(`${a}minorMaxMinutes`, '15')}分鐘的，按曠工${R(`${a}majorLateness.absentDays`, '半天')}處理，扣除當天工資及當月績效獎金的${R(`${a}majorLateness.bonusPercent`, '10')}%。
</Clause>

<Clause id="c4-1-3" n={3}>
曠工半天扣除當天工資的${R(`${a}absentHalfDay.dailyWageMultiple`, '2')}倍及當月績效獎金的${R(`${a}absentHalfDay.bonusPercent`, '20')}%，曠工一天扣除當天工資的${R(`${a}absentFullDay.dailyWageMultiple`, '3')}倍及當月績效獎金的${R(`${a}absentFullDay.bonusPercent`, '50')}%。連續曠工超過${R(`${a}termination.streakOverDays`, '3')}天或累計曠工超過${R(`${a}termination.totalOverDays`, '5')}天的，公司有權解除勞動合同。
</Clause>

## 績效考核制度

<Clause id="c4-2-3" n={3}>
績效考核結果分為優秀、良好、合格、不合格四個等級。

<ul class="clause-items">
<ClauseItem id="c4-2-3-i1" title="優秀">績效得分在${R('kpi.excellent.minScore', '90')}分及以上，系數為${R('kpi.excellent.coefficient', '1.5')}。</ClauseItem>
<ClauseItem id="c4-2-3-i2" title="良好">績效得分在${R('kpi.good.minScore', '80')}-${R('kpi.good.maxScore', '89')}分，系數為${R('kpi.good.coefficient', '1.2')}。</ClauseItem>
<ClauseItem id="c4-2-3-i3" title="合格">績效得分在${R('kpi.pass.minScore', '60')}-${R('kpi.pass.maxScore', '79')}分，系數為${R('kpi.pass.coefficient', '1')}。</ClauseItem>
<ClauseItem id="c4-2-3-i4" title="不合格">績效得分在${R('kpi.fail.belowScore', '60')}分以下，系數為${R('kpi.fail.coefficient', '0.5')}，連續${R('kpi.failStreakAlert', '兩')}個月考核不合格的，公司有權解除勞動合同。</ClauseItem>
</ul>
</Clause>
`;

const regulation = 'commercial-operations';
const file = `content/docs/${regulation}/s4.mdx`;
const files = (text: string) => new Map([['s4.mdx', text]]);
const problemsOf = (text: string): string[] => {
  try {
    readRuleValues(regulation, files(text));
    return [];
  } catch (error) {
    if (error instanceof RuleTextError) return error.problems;
    throw error;
  }
};

describe('reading marked rule values', () => {
  it('finds each mark with its file, clause and line', () => {
    const marks = marksInChapter(file, chapter);
    const free = marks.filter((m) => m.key === `${a}freeMinorEventsPerMonth`);
    expect(free.map((m) => [m.raw, m.clause?.id, m.line])).toEqual([
      ['3', 'c4-1-2', 10],
      ['3', 'c4-1-2', 10],
    ]);
    const streak = marks.find((m) => m.key === 'kpi.failStreakAlert')!;
    expect([streak.clause?.id, streak.parentClause?.id, streak.line]).toEqual(['c4-2-3-i4', 'c4-2-3', 26]);
  });

  it('builds the typed rule sets, clauses labelled as the calculators cite them', () => {
    const rules = ruleSetFromText(regulation, files(chapter));
    expect(rules.attendance.freeMinorEventsPerMonth).toBe(3);
    expect(rules.attendance.majorLateness).toMatchObject({ dailyWageMultiple: 1, bonusPercent: 10, absentDays: 0.5 });
    expect(rules.attendance.minorExcess.clause).toEqual({ regulation, id: 'c4-1-2', label: '考勤制度第2條' });
    expect(rules.attendance.termination.clause.label).toBe('考勤制度第3條');
    expect(rules.kpi.bands.map((b) => [b.grade, b.minScore, b.coefficient, b.clause.label])).toEqual([
      ['優秀', 90, 1.5, '績效考核制度第3條（優秀）'],
      ['良好', 80, 1.2, '績效考核制度第3條（良好）'],
      ['合格', 60, 1, '績效考核制度第3條（合格）'],
      ['不合格', 0, 0.5, '績效考核制度第3條（不合格）'],
    ]);
    expect(rules.kpi.failStreakAlert).toBe(2);
    expect(rules.kpi.clause).toEqual({ regulation, id: 'c4-2-3', label: '績效考核制度第3條' });
  });

  it('follows an edit of every key (both places where a key is marked twice)', () => {
    const before = readRuleValues(regulation, files(chapter)).values;
    for (const key of ruleKeyNames.filter((k) => chapter.includes(`k="${k}"`))) {
      const edited = chapter.replace(new RegExp(`<R k="${key.replaceAll('.', '\\.')}">([^<]*)</R>`, 'g'), (_, raw: string) => {
        const value = readRuleNumber(raw)!;
        const spec = ruleKeys[key];
        const next = value + 1 <= spec.max ? value + 1 : value === spec.min ? spec.max : spec.min;
        return R(key, String(next));
      });
      let after: number | undefined;
      try {
        after = readRuleValues(regulation, files(edited)).values[key];
      } catch (error) {
        // KPI band edges must move together; a lone edge edit is refused rather than ignored.
        expect((error as RuleTextError).problems.join('\n'), key).toMatch(/KPI bands|KPI fail|descend/);
        continue;
      }
      expect(after, key).not.toBe(before[key]);
    }
  });

  it('reads digits, full-width digits, Chinese numerals and 半天/一天', () => {
    expect(['3', '１５', '1.5', '兩', '十二', '二十', '半天', '一天', '2天'].map(readRuleNumber)).toEqual([3, 15, 1.5, 2, 12, 20, 0.5, 1, 2]);
    expect(['', 'three', '1.2.3', '3次', '十十'].map(readRuleNumber)).toEqual([undefined, undefined, undefined, undefined, undefined]);
  });
});

describe('the build fails naming the file, the clause and the key', () => {
  it('when a needed rule is no longer marked', () => {
    const unmarked = chapter.replace(/<R k="attendance\.minorExcess\.bonusPercent">(\d+)<\/R>/, '$1');
    expect(problemsOf(unmarked)).toEqual([
      expect.stringMatching(new RegExp(`^${file}（條文 c4-1-2）：找不到規則 attendance\\.minorExcess\\.bonusPercent（.+）.*not marked`)),
    ]);
  });

  it.each([
    ['letters', 'x', /不是數字.*not a number/],
    ['a fraction of a count', '2.5', /必須是整數.*whole number/],
    ['an impossible count', '40', /超出合理範圍 0–31次.*out of range/],
    ['an empty mark', '', /不是數字/],
  ])('when a value is %s', (_, raw, message) => {
    const problems = problemsOf(chapter.replace(R(`${a}freeMinorEventsPerMonth`, '3'), R(`${a}freeMinorEventsPerMonth`, raw)));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(`${file} 第 10 行（條文 c4-1-2）：<R k="attendance.freeMinorEventsPerMonth">（每月免罰次數）`);
    expect(problems[0]).toMatch(message);
  });

  it('when one rule is marked twice with different values', () => {
    const once = chapter.replace(R(`${a}freeMinorEventsPerMonth`, '3'), R(`${a}freeMinorEventsPerMonth`, '2'));
    expect(problemsOf(once)).toEqual([expect.stringMatching(/c4-1-2.*是 3，但 .* 寫的是 2；同一規則.*two values/)]);
  });

  it('when a key is misspelt or a mark sits outside every clause', () => {
    const typo = chapter.replace(`k="${a}termination.totalOverDays"`, `k="${a}termination.totalOverDay"`);
    const problems = problemsOf(typo);
    expect(problems[0]).toMatch(/c4-1-3.*attendance\.termination\.totalOverDay"> 不是已知的規則名稱.*unknown rule key/);
    expect(problems[1]).toMatch(/（條文 c4-1-3）：找不到規則 attendance\.termination\.totalOverDays/);
    expect(problemsOf(`${chapter}\n本頁另有${R(`${a}minorMaxMinutes`, '15')}分鐘。\n`)).toEqual([expect.stringMatching(/不在任何條文.*outside a clause/)]);
  });

  it('when the KPI bands no longer meet', () => {
    const gap = chapter.replace(R('kpi.excellent.minScore', '90'), R('kpi.excellent.minScore', '95'));
    expect(problemsOf(gap)).toEqual([expect.stringMatching(/c4-2-3-i2.*kpi\.good\.maxScore 是 89 分，但上一個等級從 95 分起.*KPI bands must meet/)]);
    const both = gap.replace(R('kpi.good.maxScore', '89'), R('kpi.good.maxScore', '94'));
    expect(problemsOf(both)).toEqual([]);
    expect(ruleSetFromText(regulation, files(both)).kpi.bands[0]!.minScore).toBe(95);
  });

  it('uses the stated fallback only for a key the text may leave out', () => {
    expect(ruleKeyNames.filter((key) => 'fallback' in ruleKeys[key])).toEqual([`${a}majorLateness.dailyWageMultiple`]);
    const doubled = chapter.replace('扣除當天工資及', `扣除當天工資的${R(`${a}majorLateness.dailyWageMultiple`, '2')}倍及`);
    expect(ruleSetFromText(regulation, files(doubled)).attendance.majorLateness.dailyWageMultiple).toBe(2);
  });

  it('gives each key a schema with a unit and a sane range', () => {
    for (const key of ruleKeyNames) {
      const spec = ruleKeys[key];
      expect(spec.min, key).toBeLessThan(spec.max);
      expect(ruleValueSchemas[key].safeParse(String(spec.max + 1)).success, key).toBe(false);
      expect(ruleValueSchemas[key].safeParse(String(spec.min)).success, key).toBe(true);
    }
  });
});
