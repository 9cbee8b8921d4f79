import { describe, expect, it } from 'vitest';
import { resolveQuestion } from '../../../src/lib/quiz/resolve.ts';
import { questionSchema, type QuestionSource } from '../../../src/lib/quiz/schema.ts';
import { evaluate, fillTemplate, TemplateError } from '../../../src/lib/quiz/template.ts';

const values = { 'attendance.freeMinorEventsPerMonth': 3, 'attendance.minorMaxMinutes': 15, 'kpi.excellent.coefficient': 1.5 };
const free = 'attendance.freeMinorEventsPerMonth';

describe('rule formulas in quiz text', () => {
  it('fills values and simple arithmetic, without binary noise', () => {
    expect(fillTemplate(`每月累計 {${free}} 次，第 {${free} + 1} 次起扣款`, values)).toBe('每月累計 3 次，第 4 次起扣款');
    expect(fillTemplate('{2000 * kpi.excellent.coefficient} 元；{(attendance.minorMaxMinutes - 5) / 2}；{0.1 + 0.2}', values)).toBe('3000 元；5；0.3');
    expect(evaluate(`3 <= ${free}`, values)).toBe(true);
    expect(evaluate(`4 <= ${free}`, values)).toBe(false);
  });

  it.each([
    [`{attendance.freeMinorEvents}`, /不是已知的規則名稱/],
    [`{${free} +}`, /不完整/],
    [`{(${free} + 1}`, /缺少右括號/],
    [`{${free} ; 1}`, /看不懂/],
    [`{${free} / 0}`, /除以 0/],
    [`{(${free} < 1) + 1}`, /不能對比較結果再做計算/],
  ])('refuses %s with a Chinese reason', (text, reason) => {
    expect(() => fillTemplate(text, values)).toThrow(TemplateError);
    expect(() => fillTemplate(text, values)).toThrow(reason);
  });
});

const question = (patch: Partial<QuestionSource>): QuestionSource =>
  questionSchema.parse({
    id: 'comm-late-free-times',
    type: 'single',
    prompt: `每月累計幾次以內不做處罰？`,
    options: [`{${free}} 次`, `{${free} + 1} 次`, `{${free} + 2} 次`],
    answer: `{${free}} 次`,
    explanation: `每月累計 {${free}} 次以內不做處罰。`,
    source: 'c4-1-2',
    ...patch,
  });

describe('questions resolved under the rules in force', () => {
  it('follows a rule change in text and key', () => {
    const source = question({ options: [`{${free} + 1} 次`, `{${free}} 次`, `{${free} + 2} 次`] });
    const now = resolveQuestion(source, values);
    expect(now).toMatchObject({ options: ['4 次', '3 次', '5 次'], correct: [1], explanation: '每月累計 3 次以內不做處罰。' });
    expect(now).not.toHaveProperty('answer');
    const after = resolveQuestion(source, { ...values, [free]: 2 });
    expect(after).toMatchObject({ options: ['3 次', '2 次', '4 次'], correct: [1] });
  });

  it('computes a true/false key from a comparison', () => {
    const tf = question({ type: 'truefalse', prompt: `遲到 3 次不做處罰。`, options: ['正確', '錯誤'], answer: `{3 <= ${free}}` });
    expect(resolveQuestion(tf, values).correct).toEqual([0]);
    expect(resolveQuestion(tf, { ...values, [free]: 2 }).correct).toEqual([1]);
  });

  it('fails naming the question when the values make options alike or the answer unmatched', () => {
    const alike = question({ options: [`{${free}} 次`, '2 次'] });
    expect(() => resolveQuestion(alike, { ...values, [free]: 2 })).toThrow(/題目 comm-late-free-times 依現行規則有重複的選項「2 次」/);
    expect(() => resolveQuestion(question({ answer: `{${free} * 10} 次` }), values)).toThrow(/answer 算出「30 次」，但沒有這個選項/);
    const notBoolean = question({ type: 'truefalse', options: ['正確', '錯誤'], answer: `{${free}}` });
    expect(() => resolveQuestion(notBoolean, values)).toThrow(/必須是比較式/);
  });

  it('the bank schema refuses an unknown rule name, both or neither of correct and answer', () => {
    const problems = (input: object) => questionSchema.safeParse(input).error?.issues.map((i) => i.message) ?? [];
    const base = { id: 'q', type: 'single', prompt: 'p', options: ['a', 'b'], explanation: 'e', source: 'c4-1-2' };
    expect(problems({ ...base, prompt: '{attendance.freeMinorEvents} 次' }).join()).toMatch(/prompt：.*attendance\.freeMinorEvents 不是已知的規則名稱/);
    expect(problems(base).join()).toMatch(/要寫 correct（選項序號）或 answer/);
    expect(problems({ ...base, correct: [0], answer: 'a' }).join()).toMatch(/要寫 correct（選項序號）或 answer/);
    expect(problems({ ...base, type: 'multiple', answer: 'a' }).join()).toMatch(/多選題，請用 correct/);
  });
});
