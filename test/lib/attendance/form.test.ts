import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { attendanceFormDefaults, evaluateAttendanceForm as evaluateWith, type AttendanceForm } from '../../../src/lib/attendance/form.ts';
import { attendance10 } from '../../fixtures/rules/index.ts';

const evaluateAttendanceForm = (form: AttendanceForm) => evaluateWith(form, attendance10);

// The form as typed: 月工資 8,700 (當天工資 400) and a 2,000 bonus unless a case says otherwise.
const filled: AttendanceForm = { ...attendanceFormDefaults, monthlyWage: '8700', performanceBonus: '2000' };
const evaluate = (changes: Partial<AttendanceForm>) => evaluateAttendanceForm({ ...filled, ...changes });

describe('evaluateAttendanceForm', () => {
  it('computes from the defaults once wage and bonus are filled', () => {
    const { result, errors } = evaluate({});
    expect(errors).toEqual({});
    expect(result?.totalDeduction).toBe(0);
  });

  it('accepts full-width digits, commas, 元 and ¥', () => {
    const { result } = evaluate({ monthlyWage: '８，７００元', performanceBonus: '¥２，０００', absentHalfDays: '１' });
    expect(result).toMatchObject({ wageDeduction: 800, bonusDeduction: 400 });
  });

  it.each(['5, 10, 20, 1, 30', '5 10 20 1 30', '5、10、20、1、30', '５，１０，２０，１，３０'])(
    'reads the minutes list %j',
    (lateEarlyMinutes) => {
      // 3 minor (free), 2 over 15 minutes: 2 × (400 + 200).
      expect(evaluate({ lateEarlyMinutes }).result).toMatchObject({ minorEvents: 3, majorEvents: 2, totalDeduction: 1200 });
    },
  );

  it('treats an empty minutes list and empty optional fields as none', () => {
    const { result } = evaluate({ lateEarlyMinutes: '', longestAbsenceStreakDays: '', priorAbsentDays: '', dailyWage: '', minimumWage: '' });
    expect(result).toMatchObject({ dailyWage: 400, dailyWageOverridden: false, periodAbsentDays: 0 });
  });

  it.each(['monthlyWage', 'performanceBonus', 'absentHalfDays', 'absentFullDays'] as const)(
    'asks for %s when it is emptied, and computes nothing',
    (field) => {
      const { result, errors } = evaluate({ [field]: ' ' });
      expect(result).toBeUndefined();
      expect(Object.keys(errors)).toEqual([field]);
      expect(errors[field]).toMatch(/^請輸入/);
    },
  );

  it.each([
    ['monthlyWage', 'abc', /不是有效的數字/],
    ['monthlyWage', 'NaN', /^月工資必須填入數字/],
    ['monthlyWage', '-100', /不能是負數/],
    ['monthlyWage', '1,000,000,000.01', /不能超過/],
    ['performanceBonus', '1.2.3', /不是有效的數字/],
    ['absentHalfDays', '1.5', /整數/],
    ['absentFullDays', '-1', /不能是負數/],
    ['lateEarlyMinutes', '5, 0', /第 2 項.*大於 0/],
    ['lateEarlyMinutes', '5, x', /第 2 項/],
    ['priorAbsentDays', '0.3', /0\.5 天/],
    ['dailyWage', '12.345', /小數點後兩位/],
  ] as const)('marks %s = %j', (field, text, message) => {
    const { result, errors } = evaluate({ [field]: text });
    expect(result).toBeUndefined();
    expect(errors[field]).toMatch(message);
  });

  it('marks every unreadable field at once, and only those', () => {
    const { errors } = evaluate({ monthlyWage: 'abc', absentFullDays: '-2', lateEarlyMinutes: '0' });
    expect(Object.keys(errors).sort()).toEqual(['absentFullDays', 'lateEarlyMinutes', 'monthlyWage']);
  });

  it('never throws and never yields NaN, whatever is typed', () => {
    const typed = fc.oneof(fc.string(), fc.constantFrom('', '0', '-1', '1e9', '１２', '5、16', '1,000,000,001', 'NaN', '15.5'));
    const form = fc.record(Object.fromEntries(Object.keys(attendanceFormDefaults).map((key) => [key, typed])) as Record<keyof AttendanceForm, fc.Arbitrary<string>>);
    fc.assert(
      fc.property(form, (values) => {
        const { result, errors } = evaluateAttendanceForm(values);
        expect(JSON.stringify({ result, errors })).not.toContain('NaN');
        expect(JSON.stringify(result ?? {})).not.toContain('null');
        expect(result === undefined).toBe(Object.keys(errors).length > 0);
      }),
    );
  });
});
