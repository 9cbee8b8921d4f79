import type { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { questionSchema, quizBankSchema, quizBankSchemaFor } from '../../../src/lib/quiz/schema.ts';
import { quizSettingsSchema } from '../../../src/lib/quiz/settings.ts';
import { loadSettings } from './content.ts';

const valid = {
  id: 'comm-late-free-times',
  type: 'single',
  prompt: '遲到或早退在 15 分鐘以內的，每月累計幾次以內不做處罰？',
  options: ['3 次', '1 次', '2 次', '5 次'],
  correct: [0],
  explanation: '每月累計 3 次以內不做處罰。',
  source: 'c4-1-2',
};

/** The Chinese messages of a failed parse; fails the test when the input parses. */
function problemsOf(input: unknown, schema: z.ZodType = questionSchema): string[] {
  const result = schema.safeParse(input);
  expect(result.success, 'expected the fixture to be refused').toBe(false);
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
}

describe('question schema', () => {
  it('accepts a well-formed single, multiple and true/false question', () => {
    expect(questionSchema.parse(valid)).toEqual(valid);
    expect(questionSchema.safeParse({ ...valid, type: 'multiple', correct: [0, 2] }).success).toBe(true);
    expect(questionSchema.safeParse({ ...valid, type: 'truefalse', options: ['正確', '錯誤'], correct: [1] }).success).toBe(true);
  });

  it.each([
    ['a correct index past the last option', { correct: [4] }, /超出選項範圍/],
    ['a single-choice question with two answers', { correct: [0, 1] }, /只能有一個正確選項/],
    ['no correct answer', { correct: [] }, /至少要有一個正確選項/],
    ['a negative index', { correct: [-1] }, /從 0 起算/],
    ['a repeated correct index', { type: 'multiple', correct: [1, 1] }, /重複序號/],
    ['one option', { options: ['3 次'] }, /至少要有 2 個選項/],
    ['seven options', { options: ['1', '2', '3', '4', '5', '6', '7'] }, /最多 6 個選項/],
    ['the same option twice', { options: ['3 次', '3 次', '5 次'] }, /重複的選項/],
    ['an option YAML read as a number', { options: [1.5, 1.2] }, /./],
    ['an empty explanation', { explanation: '  ' }, /explanation/],
    ['an unknown type', { type: 'essay' }, /single（單選）/],
    ['a source that is not a clause id', { source: '考勤制度第2條' }, /條文 id/],
    ['an id with capitals or spaces', { id: 'Late Rule' }, /小寫英文字母/],
    ['true/false with its own wording', { type: 'truefalse', options: ['對', '錯'] }, /是非題/],
    ['true/false with three options', { type: 'truefalse', options: ['正確', '錯誤', '不確定'] }, /是非題/],
  ])('refuses %s', (_, change, message) => {
    const problems = problemsOf({ ...valid, ...change });
    expect(problems.some((p) => message.test(p)), problems.join('\n')).toBe(true);
  });

  it('refuses a question without a source clause', () => {
    const { source: _, ...withoutSource } = valid;
    expect(problemsOf(withoutSource).length).toBeGreaterThan(0);
  });
});

describe('bank schema', () => {
  it('accepts a bank of one regulation', () => {
    expect(quizBankSchema.safeParse({ regulation: 'commercial-operations', questions: [valid] }).success).toBe(true);
  });

  it('refuses two questions with the same id', () => {
    const problems = problemsOf({ regulation: 'commercial-operations', questions: [valid, { ...valid }] }, quizBankSchema);
    expect(problems).toContain('題目 id 重複：comm-late-free-times');
  });

  it('refuses an unknown regulation and an empty bank', () => {
    expect(problemsOf({ regulation: 'hr-handbook', questions: [valid] }, quizBankSchemaFor(['operating-model', 'commercial-operations'])).join()).toMatch(
      /regulation 必須是 operating-model \/ commercial-operations 之一/,
    );
    expect(problemsOf({ regulation: 'operating-model', questions: [] }, quizBankSchema)).toContain('題庫至少要有一題');
  });
});

describe('training settings (content/quizzes/settings.yaml)', () => {
  it('the real file parses and sets a pass mark', () => {
    expect(() => loadSettings()).not.toThrow();
  });

  it.each([
    ['a percent written as text', { passPercent: '80' }, /passPercent/],
    ['a fraction of a percent', { passPercent: 79.5 }, /整數/],
    ['zero', { passPercent: 0 }, /至少為 1/],
    ['over 100', { passPercent: 120 }, /最多為 100/],
    ['no pass mark', {}, /passPercent/],
  ])('refuses %s with a Chinese message naming passPercent', (_, input, message) => {
    const result = quizSettingsSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`).join('\n')).toMatch(message);
  });
});
