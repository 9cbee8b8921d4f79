import { useMemo } from 'preact/hooks';
import { InputError } from '../lib/input-error.ts';
import { evaluateGradeForm, evaluateMonthsForm, evaluateScorecardForm } from '../lib/kpi/form.ts';
import { emptyKpiForm, kpiFormFromFields, kpiFormToFields, kpiUrlKeys, type KpiFormState } from '../lib/kpi/form-state.ts';
import { evaluateMonthBonus } from '../lib/kpi/month-bonus.ts';
import type { Dated } from '../lib/policy/in-force.ts';
import { currentMonth, versionForMonth, versionText } from '../lib/rule-month.ts';
import { useUrlState } from './calc/use-url-state.ts';
import { GradePanel } from './kpi/GradePanel.tsx';
import { MonthBonus } from './kpi/MonthBonus.tsx';
import { ScorecardTable } from './kpi/ScorecardTable.tsx';
import type { KpiClauses, KpiVersionRules } from './kpi/types.ts';
import { YearTable } from './kpi/YearTable.tsx';

interface Props {
  /** Every version's KPI and attendance rules, oldest first (src/history/rule-versions.ts). */
  versions: Dated<KpiVersionRules>[];
  clauses: KpiClauses;
  suggestedIndicators: readonly string[];
}

type State = KpiFormState & { month: string };
/** 試算月份's query key; `month` is the attendance calculator's on the same page. */
const monthKey = 'km';
const keys = [...kpiUrlKeys, monthKey];
const initial: State = { ...emptyKpiForm(), month: '' };
const inputIds: Record<string, string> = { score: 'kpi-score', base: 'kpi-base', [monthKey]: 'kpi-month', bw: 'kpi-bonus-wage', bl: 'kpi-bonus-late', bh: 'kpi-bonus-half', bf: 'kpi-bonus-full' };
for (let m = 1; m <= 12; m++) inputIds[`m${m}`] = `kpi-m${m}`;

/**
 * 績效等級與獎金試算 (績效考核制度第3條): score → grade, coefficient and payout; a scorecard that yields the score;
 * the year view; and the month's bonus after attendance deductions, all under the rule version in force in the
 * 試算月份. Inputs live in the URL for sharing.
 */
export default function KpiCalculator({ versions, clauses, suggestedIndicators }: Props) {
  const [form, setForm, hydrated] = useUrlState<State>({
    keys,
    initial,
    toFields: (state) => ({ ...kpiFormToFields(state), [monthKey]: state.month }),
    fromFields: (fields) => ({ ...kpiFormFromFields(fields), month: fields[monthKey] ?? '' }),
    inputId: (key) => inputIds[key] ?? `kpi-${key}`,
    clientStart: () => ({ [monthKey]: currentMonth() }),
    kept: [monthKey],
  });
  const chosen = useMemo(() => {
    try {
      return { version: versionForMonth(versions, form.month) };
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      return { error: error.message };
    }
  }, [versions, form.month]);
  const rules = chosen.version?.value ?? versions[versions.length - 1]!.value;

  const set = <K extends keyof State>(key: K) => (value: State[K]) => setForm((f) => ({ ...f, [key]: value }));
  const grade = useMemo(() => evaluateGradeForm(form.score, form.base, rules.kpi), [form.score, form.base, rules]);
  const scorecard = useMemo(() => evaluateScorecardForm(form.rows), [form.rows]);
  const months = useMemo(() => evaluateMonthsForm(form.months, rules.kpi), [form.months, rules]);
  const bonus = useMemo(() => evaluateMonthBonus(grade.payout, form.bonus, rules.attendance), [grade.payout, form.bonus, rules]);
  const version = chosen.version && versionText(chosen.version);

  return (
    <div class="kpi-calc not-content">
      <GradePanel
        score={form.score}
        base={form.base}
        outcome={grade}
        onScore={set('score')}
        onBase={set('base')}
        month={form.month}
        onMonth={set('month')}
        monthError={chosen.error}
        version={version}
        hydrated={hydrated}
      />
      <ScorecardTable
        rows={form.rows}
        outcome={scorecard}
        onRows={set('rows')}
        onApply={set('score')}
        rules={rules.kpi}
        clauses={clauses}
        suggestedIndicators={suggestedIndicators}
        hydrated={hydrated}
      />
      <YearTable months={form.months} outcome={months} onMonths={set('months')} rules={rules.kpi} clauses={clauses} hydrated={hydrated} />
      <MonthBonus form={form.bonus} grade={grade} outcome={bonus} onForm={set('bonus')} hydrated={hydrated} />
    </div>
  );
}
