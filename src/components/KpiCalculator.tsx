import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { evaluateGradeForm, evaluateMonthsForm, evaluateScorecardForm } from '../lib/kpi/form.ts';
import { emptyKpiForm, kpiFormFromFields, kpiFormToFields, kpiUrlKeys, type KpiFormState } from '../lib/kpi/form-state.ts';
import { evaluateMonthBonus } from '../lib/kpi/month-bonus.ts';
import { readFieldValues, writeFieldValues } from '../lib/url-state.ts';
import { GradePanel } from './kpi/GradePanel.tsx';
import { MonthBonus } from './kpi/MonthBonus.tsx';
import { ScorecardTable } from './kpi/ScorecardTable.tsx';
import { YearTable } from './kpi/YearTable.tsx';

/**
 * 績效等級與獎金試算 (績效考核制度第3條): score → grade, coefficient and payout; a scorecard that yields the score;
 * the year view; and the month's bonus after attendance deductions. Inputs live in the URL for sharing.
 */
export default function KpiCalculator() {
  const [form, setForm] = useState<KpiFormState>(emptyKpiForm);
  const restored = useRef(false);

  // Restore after mount: the server render has no URL, and the first client render must match it.
  useEffect(() => setForm(kpiFormFromFields(readFieldValues(location.search, kpiUrlKeys))), []);

  // Write back on every change, except on the first run, which still holds the empty form.
  useEffect(() => {
    if (!restored.current) {
      restored.current = true;
      return;
    }
    const query = writeFieldValues(location.search, kpiFormToFields(form));
    history.replaceState(history.state, '', `${location.pathname}${query}${location.hash}`);
  }, [form]);

  const set = <K extends keyof KpiFormState>(key: K) => (value: KpiFormState[K]) => setForm((f) => ({ ...f, [key]: value }));
  const grade = useMemo(() => evaluateGradeForm(form.score, form.base), [form.score, form.base]);
  const scorecard = useMemo(() => evaluateScorecardForm(form.rows), [form.rows]);
  const months = useMemo(() => evaluateMonthsForm(form.months), [form.months]);
  const bonus = useMemo(() => evaluateMonthBonus(grade.payout, form.bonus), [grade.payout, form.bonus]);

  return (
    <div class="kpi-calc not-content">
      <GradePanel score={form.score} base={form.base} outcome={grade} onScore={set('score')} onBase={set('base')} />
      <ScorecardTable rows={form.rows} outcome={scorecard} onRows={set('rows')} onApply={set('score')} />
      <YearTable months={form.months} outcome={months} onMonths={set('months')} />
      <MonthBonus form={form.bonus} grade={grade} outcome={bonus} onForm={set('bonus')} />
    </div>
  );
}
