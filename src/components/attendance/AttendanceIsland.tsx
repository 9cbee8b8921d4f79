import { useMemo } from 'preact/hooks';
import type { AttendanceRules } from '../../lib/attendance/rules.ts';
import { attendanceFieldLabels, type AttendanceField } from '../../lib/attendance/fields.ts';
import type { AttendanceFormOutcome } from '../../lib/attendance/form.ts';
import { attendanceFormDefaults, attendanceFormFields, type AttendanceForm } from '../../lib/attendance/fields.ts';
import type { Dated } from '../../lib/policy/in-force.ts';
import { currentMonth, rulesForMonth, versionText } from '../../lib/rule-month.ts';
import { MonthField } from '../calc/MonthField.tsx';
import { loadFailed, useLazy } from '../calc/use-lazy.ts';
import { scriptNeeded, useUrlState } from '../calc/use-url-state.ts';
import { NumberField } from '../calc/NumberField.tsx';

const groups: { legend: string; fields: AttendanceField[] }[] = [
  { legend: '薪資', fields: ['monthlyWage', 'performanceBonus', 'dailyWage', 'minimumWage'] },
  { legend: '本月考勤', fields: ['lateEarlyMinutes', 'absentHalfDays', 'absentFullDays'] },
  { legend: '連續與累計曠工', fields: ['longestAbsenceStreakDays', 'priorAbsentDays'] },
];

const hints = (payDays: number): Partial<Record<AttendanceField, string>> => ({
  monthlyWage: '元',
  performanceBonus: '元，依績效係數調整後本月應發的金額',
  dailyWage: `選填，元；留空則以 月工資 ÷ ${payDays} 計算`,
  minimumWage: '選填，元；填寫後檢查扣款後是否低於最低工資',
  lateEarlyMinutes: '每次一個分鐘數，例如 5、10、20 或 5, 10, 20；沒有就留空',
  absentHalfDays: '次',
  absentFullDays: '天',
  longestAbsenceStreakDays: '選填，天，可跨月；留空則只按累計天數判斷',
  priorAbsentDays: '天，同一計算期間內本月以前已計的曠工',
});

type State = AttendanceForm & { month: string };
const keys = [...attendanceFormFields, 'month'] as const;
const initial: State = { ...attendanceFormDefaults, month: '' };

/** Required fields start empty; they are only called missing once the user has been in them. */
const mustFill: AttendanceField[] = ['monthlyWage', 'performanceBonus'];

interface Props {
  /** Every version's rules, oldest first (src/history/rule-versions.ts, attendance part only). */
  versions: Dated<AttendanceRules>[];
}

type Results = typeof import('./results.ts');

function evaluate(results: Results, form: AttendanceForm, rules: AttendanceRules): AttendanceFormOutcome | undefined {
  try {
    return results.evaluateAttendanceForm(form, rules);
  } catch {
    return undefined; // an unforeseen error must not reach the console or the page as NaN
  }
}

const typedAnything = (state: State) => attendanceFormFields.some((field) => state[field] !== initial[field]);

/**
 * The interactive part of 考勤扣款試算 (考勤制度第2、3條): fields, and the month's deductions line by line as
 * you type, under the rule version in force in the 試算月份. Inputs live in the URL for sharing. Static parts
 * are in ../AttendanceCalculator.astro.
 */
export default function AttendanceIsland({ versions }: Props) {
  const [state, setState, hydrated] = useUrlState<State>({
    keys,
    initial,
    toFields: (s) => s,
    fromFields: (fields) => ({ ...initial, ...fields }) as State,
    inputId: (key) => `attendance-${key}`,
    clientStart: () => ({ month: currentMonth() }),
    kept: ['month'],
  });
  const chosen = useMemo(() => rulesForMonth(versions, state.month), [versions, state.month]);
  const { rules } = chosen;
  // The computation loads once there is something to compute (typed, or filled in by a link).
  const results = useLazy(() => import('./results.ts'), hydrated && typedAnything(state));
  const outcome = useMemo(
    () => (results.module ? evaluate(results.module, state, rules) : { errors: {} }),
    [results.module, state, rules],
  );
  const Breakdown = results.module?.Breakdown;
  // An untouched required field is not called missing: the prompt says what to fill instead.
  const shownError = (field: AttendanceField) =>
    !mustFill.includes(field) || state[field].trim() !== '' ? outcome?.errors[field] : undefined;
  const missing = mustFill.filter((field) => state[field].trim() === '');
  const set = (field: keyof State) => (value: string) => setState((current) => ({ ...current, [field]: value }));
  const reset = () => setState((current) => ({ ...initial, month: current.month }));
  const fieldHints = hints(rules.payDaysPerMonth);

  return (
    <div class="attendance-island">
      <form class="attendance-form" onSubmit={(event) => event.preventDefault()} aria-label="考勤扣款試算欄位">
        <MonthField
          id="attendance-month"
          value={state.month}
          onInput={set('month')}
          error={hydrated ? chosen.error : undefined}
          version={chosen.version && versionText(chosen.version)}
        />
        {groups.map(({ legend, fields }) => (
          <fieldset key={legend}>
            <legend>{legend}</legend>
            {fields.map((field) => (
              <NumberField
                key={field}
                id={`attendance-${field}`}
                label={attendanceFieldLabels[field]}
                value={state[field]}
                onInput={set(field)}
                error={shownError(field)}
                hint={fieldHints[field]}
                inputMode={field === 'lateEarlyMinutes' ? 'text' : 'decimal'}
              />
            ))}
          </fieldset>
        ))}
        <button type="button" class="attendance-reset" onClick={reset} disabled={!hydrated}>
          清除重填
        </button>
      </form>
      <div class="attendance-results" role="status" aria-live="polite">
        {!hydrated ? (
          <p class="calc-script-needed">{scriptNeeded}</p>
        ) : results.failed ? (
          <p class="calc-error">{loadFailed}</p>
        ) : Breakdown && chosen.version && outcome?.result && outcome.input ? (
          <>
            <p class="calc-version">考勤制度{versionText(chosen.version)}（試算月份 {state.month}）</p>
            <Breakdown result={outcome.result} input={outcome.input} rules={rules} />
          </>
        ) : (
          <p class="attendance-prompt">
            {!outcome
              ? '無法計算，請檢查輸入。'
              : missing.length > 0
                ? `請輸入${missing.map((field) => attendanceFieldLabels[field]).join('與')}，即可看到試算結果。`
                : '請修正標示的欄位，修正後即顯示試算結果。'}
          </p>
        )}
      </div>
    </div>
  );
}
