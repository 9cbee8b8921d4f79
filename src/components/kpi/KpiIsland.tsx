import { useMemo, useState } from 'preact/hooks';
import { InputError } from '../../lib/input-error.ts';
import type { GradeOutcome } from '../../lib/kpi/grade-form.ts';
import { emptyKpiForm, kpiFormFromFields, kpiFormToFields, kpiUrlKeys, type KpiFormState } from '../../lib/kpi/form-state.ts';
import type { Dated } from '../../lib/policy/in-force.ts';
import { currentMonth, versionForMonth, versionText } from '../../lib/rule-month.ts';
import { loadFailed, useLazy } from '../calc/use-lazy.ts';
import { useUrlState } from '../calc/use-url-state.ts';
import { GradePanel } from './GradePanel.tsx';
import type { KpiClauses, KpiVersionRules } from './types.ts';

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

/** Whether the scorecard, the year or 當月獎金 hold anything (typed, or filled in by a link). */
const usesMore = (state: State) =>
  state.rows.length > 0 || state.months.some((m) => m !== '') || Object.values(state.bonus).some((v) => v !== '');

/**
 * 績效等級與獎金試算 (績效考核制度第3條): score → grade, coefficient and payout; a scorecard that yields the score;
 * the year view; and the month's bonus after attendance deductions, all under the rule version in force in the
 * 試算月份. Inputs live in the URL for sharing.
 */
export default function KpiIsland({ versions, clauses, suggestedIndicators }: Props) {
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
  // The grade's computation and lines load once a score or a base is typed (or a link fills one in).
  const gradeCode = useLazy(() => import('./grade.ts'), hydrated && (form.score.trim() !== '' || form.base.trim() !== ''));
  const grade = useMemo<GradeOutcome>(
    () => (gradeCode.module ? gradeCode.module.evaluateGradeForm(form.score, form.base, rules.kpi) : { errors: {} }),
    [gradeCode.module, form.score, form.base, rules],
  );
  const Results = gradeCode.module?.GradeResults;
  const version = chosen.version && versionText(chosen.version);
  // The scorecard, the year view and 當月獎金 load when opened, or at once when a link fills them in.
  const [opened, setOpened] = useState(false);
  const more = useLazy(() => import('./more.ts'), hydrated && (opened || usesMore(form)));
  const parts = more.module;

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
        results={Results && <Results outcome={grade} />}
        failed={gradeCode.failed}
      />
      {parts ? (
        <>
          <parts.ScorecardTable
            rows={form.rows}
            outcome={parts.evaluateScorecardForm(form.rows)}
            onRows={set('rows')}
            onApply={set('score')}
            rules={rules.kpi}
            clauses={clauses}
            suggestedIndicators={suggestedIndicators}
            hydrated={hydrated}
          />
          <parts.YearTable months={form.months} outcome={parts.evaluateMonthsForm(form.months, rules.kpi)} onMonths={set('months')} rules={rules.kpi} clauses={clauses} hydrated={hydrated} />
          <parts.MonthBonus form={form.bonus} grade={grade} outcome={parts.evaluateMonthBonus(grade.payout, form.bonus, rules.attendance)} onForm={set('bonus')} hydrated={hydrated} />
        </>
      ) : (
        <section class="kpi-part" aria-labelledby="kpi-more-title">
          <h3 id="kpi-more-title">計分卡、全年檢視與當月獎金</h3>
          <p class="kpi-note">以各項指標算出績效得分、看全年各月的等級與連續不合格提示，或扣除同月考勤獎金扣款後的當月獎金。</p>
          {more.failed ? (
            <p class="calc-error">{loadFailed}</p>
          ) : (
            <button type="button" onClick={() => setOpened(true)} disabled={!hydrated || opened} aria-busy={opened}>
              {opened ? '載入中…' : '開啟計分卡、全年檢視與當月獎金'}
            </button>
          )}
        </section>
      )}
    </div>
  );
}
