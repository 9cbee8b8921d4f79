import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { attendanceFieldLabels, type AttendanceField } from '../lib/attendance.ts';
import {
  attendanceFormDefaults,
  attendanceFormFields,
  evaluateAttendanceForm,
  type AttendanceForm,
  type AttendanceFormOutcome,
} from '../lib/attendance-form.ts';
import { readFieldValues, writeFieldValues } from '../lib/url-state.ts';
import { Breakdown } from './attendance/Breakdown.tsx';
import { Explanation } from './attendance/Explanation.tsx';
import { NumberField } from './NumberField.tsx';

const groups: { legend: string; fields: AttendanceField[] }[] = [
  { legend: '薪資', fields: ['monthlyWage', 'performanceBonus', 'dailyWage', 'minimumWage'] },
  { legend: '本月考勤', fields: ['lateEarlyMinutes', 'absentHalfDays', 'absentFullDays'] },
  { legend: '連續與累計曠工', fields: ['longestAbsenceStreakDays', 'priorAbsentDays'] },
];

const hints: Partial<Record<AttendanceField, string>> = {
  monthlyWage: '元',
  performanceBonus: '元，依績效系數調整後本月應發的金額',
  dailyWage: '選填，元；留空則以 月工資 ÷ 21.75 計算',
  minimumWage: '選填，元；填寫後檢查扣款後是否低於最低工資',
  lateEarlyMinutes: '每次一個分鐘數，例如 5、10、20 或 5, 10, 20；沒有就留空',
  absentHalfDays: '次',
  absentFullDays: '天',
  longestAbsenceStreakDays: '選填，天，可跨月；留空則只按累計天數判斷',
  priorAbsentDays: '天，同一計算期間內本月以前已計的曠工',
};

/** Required fields start empty; they are only called missing once the user has been in them. */
const mustFill: AttendanceField[] = ['monthlyWage', 'performanceBonus'];

function evaluate(form: AttendanceForm): AttendanceFormOutcome | undefined {
  try {
    return evaluateAttendanceForm(form);
  } catch {
    return undefined; // an unforeseen error must not reach the console or the page as NaN
  }
}

/** 考勤扣款試算 (考勤制度第2、3條): one employee, one month, line by line. Inputs live in the URL for sharing. */
export default function AttendanceCalculator() {
  const [form, setForm] = useState<AttendanceForm>(attendanceFormDefaults);
  const [touched, setTouched] = useState<ReadonlySet<AttendanceField>>(new Set());
  const restored = useRef(false);

  // Restore after mount: the server render has no URL, and the first client render must match it.
  useEffect(() => {
    const fromUrl = readFieldValues(location.search, attendanceFormFields, attendanceFormDefaults);
    const params = new URLSearchParams(location.search);
    setForm(fromUrl as AttendanceForm);
    setTouched(new Set(attendanceFormFields.filter((field) => params.has(field))));
  }, []);

  // Write back on every change but the first run, which still holds the defaults; defaults stay out of the URL.
  useEffect(() => {
    if (!restored.current) {
      restored.current = true;
      return;
    }
    const values = Object.fromEntries(
      attendanceFormFields.map((field) => [field, form[field] === attendanceFormDefaults[field] ? '' : form[field]]),
    );
    const query = writeFieldValues(location.search, values);
    history.replaceState(history.state, '', `${location.pathname}${query}${location.hash}`);
  }, [form]);

  const outcome = useMemo(() => evaluate(form), [form]);
  const shownError = (field: AttendanceField) =>
    touched.has(field) || form[field].trim() !== '' ? outcome?.errors[field] : undefined;
  const missing = mustFill.filter((field) => form[field].trim() === '' && !touched.has(field));
  const set = (field: AttendanceField) => (value: string) => {
    setForm((current) => ({ ...current, [field]: value }));
    setTouched((current) => (current.has(field) ? current : new Set(current).add(field)));
  };
  const reset = () => {
    setForm(attendanceFormDefaults);
    setTouched(new Set());
  };

  return (
    <div class="attendance-calc not-content">
      <form class="attendance-form" onSubmit={(event) => event.preventDefault()} aria-label="考勤扣款試算">
        {groups.map(({ legend, fields }) => (
          <fieldset key={legend}>
            <legend>{legend}</legend>
            {fields.map((field) => (
              <NumberField
                key={field}
                id={`attendance-${field}`}
                label={attendanceFieldLabels[field]}
                value={form[field]}
                onInput={set(field)}
                error={shownError(field)}
                hint={hints[field]}
                inputMode={field === 'lateEarlyMinutes' ? 'text' : 'decimal'}
              />
            ))}
          </fieldset>
        ))}
        <button type="button" class="attendance-reset" onClick={reset}>
          清除重填
        </button>
      </form>
      <div class="attendance-results" role="status" aria-live="polite">
        {outcome?.result ? (
          <Breakdown result={outcome.result} />
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
      <Explanation />
      <p class="attendance-disclaimer">
        本試算依公司考勤制度條文計算，僅供參考；其中的法律提示為一般資訊，並非法律意見，具體個案請洽人力資源或法律專業人員。
      </p>
    </div>
  );
}
