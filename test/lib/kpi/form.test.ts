import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/lib/input-error.ts';
import {
  evaluateGradeForm as gradeFormWith,
  evaluateMonthsForm as monthsFormWith,
  evaluateScorecardForm,
  monthsFromList,
  type ScorecardRowForm,
} from '../../../src/lib/kpi/form.ts';
import { formatPercent, formatScore } from '../../../src/lib/kpi/format.ts';
import { emptyKpiForm, kpiFormFromFields, kpiFormToFields, kpiUrlKeys } from '../../../src/lib/kpi/form-state.ts';
import { evaluateMonthBonus as monthBonusWith, type MonthBonusForm } from '../../../src/lib/kpi/month-bonus.ts';
import { readUrlState, writeUrlState } from '../../../src/lib/url-state.ts';
import { attendance10, kpi10 } from '../../fixtures/rules/index.ts';

const evaluateGradeForm = (score: string, base: string) => gradeFormWith(score, base, kpi10);
const evaluateMonthsForm = (months: readonly string[]) => monthsFormWith(months, kpi10);
const evaluateMonthBonus = (payout: number | undefined, form: MonthBonusForm) => monthBonusWith(payout, form, attendance10);
const emptyFields = kpiFormToFields(emptyKpiForm());

const row = (patch: Partial<ScorecardRowForm>): ScorecardRowForm => ({
  name: '指標',
  weight: '50',
  target: '10',
  actual: '10',
  direction: 'higher',
  cap: '',
  ...patch,
});

/** No error message, and no value in the outcome, may say NaN. */
const noNaN = (outcome: unknown) => expect(JSON.stringify(outcome, (_, v) => (typeof v === 'number' && Number.isNaN(v) ? 'NaN!' : v))).not.toContain('NaN');

describe('evaluateGradeForm: 績效得分 and 績效獎金基數 as typed', () => {
  it('grades a full-width score and pays a base typed with 元 and a comma', () => {
    const outcome = evaluateGradeForm('８５', '2,000元');
    expect(outcome.grade).toMatchObject({ grade: '良好', coefficient: 1.2 });
    expect(outcome.payout).toBe(2400);
    expect(outcome.errors).toEqual({ score: undefined, base: undefined });
  });

  it('treats empty fields as not yet filled in, not as errors', () => {
    expect(evaluateGradeForm('', '')).toEqual({ errors: {} });
    expect(evaluateGradeForm('95', '').grade?.grade).toBe('優秀');
  });

  it('marks letters and negatives with a Chinese message and keeps the other field working', () => {
    const letters = evaluateGradeForm('abc', '1000');
    expect(letters.errors.score).toMatch(/不是有效的數字/);
    expect(letters.base).toBe(1000);
    expect(letters.payout).toBeUndefined();
    const negative = evaluateGradeForm('80', '-5');
    expect(negative.errors.base).toMatch(/負數/);
    expect(negative.grade?.grade).toBe('良好');
    expect(evaluateGradeForm('-1', '').errors.score).toMatch(/負數/);
    noNaN([letters, negative]);
  });
});

describe('evaluateScorecardForm: the scorecard table', () => {
  it('scores a complete card, weights typed with %', () => {
    // 40 × min(12/10, 1) + 60 × 4/5 (lower is better) = 40 + 48 = 88
    const outcome = evaluateScorecardForm([
      row({ name: '銷售增長率', weight: '40%', target: '10', actual: '12' }),
      row({ name: '投訴次數', weight: '60 ％', target: '4', actual: '5', direction: 'lower' }),
    ]);
    expect(outcome.result?.total).toBe(88);
    expect(outcome.weightSum).toBe(100);
  });

  it('applies a row cap given in percent', () => {
    // 40 × min(1.2, 1.1) + 60 × 1 = 44 + 60 = 104
    const outcome = evaluateScorecardForm([row({ weight: '40', actual: '12', cap: '110' }), row({ weight: '60' })]);
    expect(outcome.result?.total).toBe(104);
  });

  it('says when the weights do not sum to 100 and gives their sum', () => {
    const outcome = evaluateScorecardForm([row({ weight: '30' }), row({ weight: '60' })]);
    expect(outcome.weightsError).toMatch(/90%.*100%/);
    expect(outcome.weightSum).toBe(90);
    expect(outcome.result).toBeUndefined();
  });

  it('marks a blank row, a zero target and letters on their own rows, all at once', () => {
    const outcome = evaluateScorecardForm([
      row({ weight: '25', target: '0' }),
      row({ name: '', weight: '', target: '', actual: '' }),
      row({ weight: '25', actual: 'x1' }),
      row({ weight: '50', target: '-3' }),
    ]);
    expect(outcome.rows[0]!.target).toMatch(/目標值必須大於 0/);
    expect(outcome.rows[1]!.row).toMatch(/空白/);
    expect(outcome.rows[2]!.actual).toMatch(/不是有效的數字/);
    expect(outcome.rows[3]!.target).toMatch(/目標值必須大於 0/);
    expect(outcome.rows[0]!.weight).toBeUndefined();
    expect(outcome.result).toBeUndefined();
    noNaN(outcome);
  });

  it('asks for a missing name or number', () => {
    const outcome = evaluateScorecardForm([row({ name: ' ', weight: '100', actual: '' })]);
    expect(outcome.rows[0]).toMatchObject({ name: '請輸入指標名稱', actual: '請輸入實際值' });
  });

  it('has nothing to score without rows', () => {
    expect(evaluateScorecardForm([])).toEqual({ rows: [], weightSum: 0 });
  });
});

describe('evaluateMonthsForm: the month table', () => {
  const months = (...filled: string[]) => [...filled, ...Array(12 - filled.length).fill('')];

  it('evaluates the months filled so far and ignores the rest of the year', () => {
    const outcome = evaluateMonthsForm(months('95', '85', '70', '50'));
    expect(outcome.filled).toBe(4);
    expect(outcome.result).toMatchObject({ average: 75, grade: '合格' });
  });

  it('flags a gap before the last month filled in', () => {
    const outcome = evaluateMonthsForm(months('80', '', '70'));
    expect(outcome.errors[1]).toMatch(/請輸入本月得分/);
    expect(outcome.errors[0]).toBeUndefined();
    expect(outcome.result).toBeUndefined();
  });

  it('flags letters and negative scores on their month, and still grades the other months', () => {
    const outcome = evaluateMonthsForm(months('80', 'abc', '-2', '59'));
    expect(outcome.errors[1]).toMatch(/不是有效的數字/);
    expect(outcome.errors[2]).toMatch(/負數/);
    expect(outcome.grades.map((g) => g?.grade)).toEqual(['良好', undefined, undefined, '不合格', ...Array(8).fill(undefined)]);
    expect(outcome.result).toBeUndefined();
    noNaN(outcome);
  });

  it('refuses a thirteenth month', () => {
    const outcome = evaluateMonthsForm([...Array(12).fill('80'), '70']);
    expect(outcome.errors[12]).toMatch(/一年只有 12 個月/);
    expect(outcome.result).toBeUndefined();
  });

  it('shows the consecutive-fail alert', () => {
    expect(evaluateMonthsForm(months('70', '50', '40')).result).toMatchObject({ consecutiveFailAlert: true, alertMonths: [2, 3] });
  });

  it('has no result for an empty year, without errors', () => {
    const outcome = evaluateMonthsForm(months());
    expect(outcome.result).toBeUndefined();
    expect(outcome.errors.every((e) => e === undefined)).toBe(true);
  });
});

describe('monthsFromList: pasting a year of scores', () => {
  it('fills the months in order', () => {
    expect(monthsFromList('85, 90、78 60').slice(0, 5)).toEqual(['85', '90', '78', '60', '']);
  });

  it('refuses more than twelve scores and an empty list', () => {
    const tooMany = () => monthsFromList(Array(13).fill('80').join(','));
    expect(tooMany).toThrow(InputError);
    expect(tooMany).toThrow(/13/);
    expect(() => monthsFromList('  ')).toThrow(/至少/);
  });
});

describe('evaluateMonthBonus: 當月獎金 = 基數 × 係數 − 考勤獎金扣款', () => {
  const none = { wage: '', late: '', half: '', full: '' };

  it('pays the KPI payout when there are no attendance events', () => {
    const outcome = evaluateMonthBonus(2400, none);
    expect(outcome).toMatchObject({ payout: 2400, net: 2400 });
    expect(outcome.attendance?.bonusDeduction).toBe(0);
  });

  it('takes the attendance bonus deductions off the payout', () => {
    // Payout 2400. 5 lates ≤ 15 min: 3 free, 2 × 5 % = 240; one of 20 min: 10 % = 240; one half day: 20 % = 480.
    // Bonus deduction 960 → 1440.
    const outcome = evaluateMonthBonus(2400, { wage: '', late: '5, 10, 3, 15, 8, 20', half: '1', full: '' });
    expect(outcome.attendance?.bonusDeduction).toBe(960);
    expect(outcome.net).toBe(1440);
  });

  it('never takes more than the payout', () => {
    // Three full days: 3 × 50 % = 150 % of the bonus, capped at the bonus.
    expect(evaluateMonthBonus(1000, { ...none, full: '3' }).net).toBe(0);
  });

  it('shows the wage deduction only when a wage is given', () => {
    // 21,750 / 21.75 = 1,000 a day; one full day costs 3 × 1,000.
    const outcome = evaluateMonthBonus(1000, { ...none, wage: '21750', full: '1' });
    expect(outcome.withWage).toBe(true);
    expect(outcome.attendance?.wageDeduction).toBe(3000);
    expect(evaluateMonthBonus(1000, { ...none, full: '1' }).withWage).toBe(false);
  });

  it('marks attendance fields it cannot read, and still reports without a payout', () => {
    const outcome = evaluateMonthBonus(undefined, { wage: 'abc', late: '5, x', half: '1.5', full: '' });
    expect(outcome.errors.wage).toBeTruthy();
    expect(outcome.errors.late).toBeTruthy();
    expect(outcome.errors.half).toMatch(/整數/);
    expect(outcome.net).toBeUndefined();
    noNaN(outcome);
  });

  it('keeps step 1 when an attendance field cannot be read', () => {
    const outcome = evaluateMonthBonus(2400, { ...none, full: 'x' });
    expect(outcome.errors.full).toBeTruthy();
    expect(outcome.payout).toBe(2400);
    expect(outcome.net).toBeUndefined();
    expect(outcome.attendance).toBeUndefined();
  });
});

describe('formatScore and formatPercent', () => {
  it('cuts scores to two decimals so a shown score grades like the real one', () => {
    expect(formatScore(89.996)).toBe('89.99');
    expect(formatScore(90)).toBe('90');
    expect(formatScore(87.5)).toBe('87.5');
    expect(formatScore(0.29)).toBe('0.29');
  });

  it('shows ratios as percentages', () => {
    expect(formatPercent(0.875)).toBe('87.5%');
    expect(formatPercent(1.2)).toBe('120%');
    expect(formatPercent(Number.POSITIVE_INFINITY)).toBe('∞');
  });
});

describe('the KPI form in the URL', () => {
  it('restores what was typed, rows and months included', () => {
    const state = emptyKpiForm();
    state.score = '８５';
    state.base = '2,000元';
    state.rows = [
      { name: '投訴次數', weight: '40', target: '4', actual: '5', direction: 'lower', cap: '' },
      { name: '銷售增長率', weight: '60%', target: '10', actual: '12', direction: 'higher', cap: '120' },
    ];
    state.months[0] = '80';
    state.months[11] = '55';
    state.bonus = { wage: '8000', late: '5、10、20', half: '1', full: '' };
    const query = writeUrlState('', kpiFormToFields(state), emptyFields);
    expect(kpiFormFromFields(readUrlState(query, kpiUrlKeys, emptyFields))).toEqual(state);
  });

  it('drops removed rows and cleared fields from the query, keeping other calculators\u2019 keys', () => {
    const state = emptyKpiForm();
    state.rows = [{ name: 'A', weight: '100', target: '1', actual: '1', direction: 'lower', cap: '' }];
    const before = writeUrlState('?monthlyWage=8000', kpiFormToFields(state), emptyFields);
    expect(before).toContain('r1d=lower');
    const after = writeUrlState(before, emptyFields, emptyFields);
    expect(after).toBe('?monthlyWage=8000');
  });
});

describe('bounds and messages at the edges', () => {
  it.each(['1000.004', '333.335', '15' + '0'.repeat(306), '1e21', '1000000000.01'])('refuses 績效獎金基數 %j instead of showing a rounded or infinite payout', (base) => {
    const outcome = evaluateGradeForm('95', base);
    expect(outcome.errors.base).toMatch(/績效獎金基數/);
    expect(outcome.payout).toBeUndefined();
  });

  it('pays a whole-cent base to the cent: 333.33 × 1.5 = 500.00 (half-up)', () => {
    expect(evaluateGradeForm('95', '333.33').payout).toBe(500);
  });

  it('bounds the monthly scores of the year view', () => {
    const outcome = evaluateMonthsForm(['80', '1200']);
    expect(outcome.errors[1]).toMatch(/不能超過/);
    expect(outcome.result).toBeUndefined();
  });

  it('names the 當月獎金 wage field 本月薪資 in its own messages', () => {
    const outcome = evaluateMonthBonus(1000, { wage: 'NaN', late: '', half: '', full: '' });
    expect(outcome.errors.wage).toMatch(/^本月薪資/);
    expect(evaluateMonthBonus(1000, { wage: '-5', late: '', half: '', full: '' }).errors.wage).toMatch(/^本月薪資/);
  });
});
