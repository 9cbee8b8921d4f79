import { useEffect, useMemo, useState } from 'preact/hooks';
import type { GradeOutcome } from '../../lib/kpi/grade-form.ts';
import type { KpiFormState } from '../../lib/kpi/form-state.ts';
import { kpiMoreKeys, kpiUrlKeys } from '../../lib/kpi/url-keys.ts';
import type { FieldValues } from '../../lib/url-state.ts';
import type { Dated } from '../../lib/policy/in-force.ts';
import { currentMonth, rulesForMonth, versionText } from '../../lib/rule-month.ts';
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

/**
 * `more` (scorecard, year, 當月獎金) exists once their code has loaded, which also converts them to and from the
 * URL; until then `raw` keeps their query values as read, so a link's values wait for them and stay in the URL.
 */
type State = Pick<KpiFormState, 'score' | 'base'> & {
  month: string;
  raw: FieldValues;
  more?: Pick<KpiFormState, 'rows' | 'months' | 'bonus'>;
};
/** 試算月份's query key; `month` is the attendance calculator's on the same page. */
const monthKey = 'km';
const keys = [...kpiUrlKeys, monthKey];
const initial: State = { score: '', base: '', month: '', raw: {} };
const inputIds: Record<string, string> = { score: 'kpi-score', base: 'kpi-base', [monthKey]: 'kpi-month' };

/** Whether the scorecard, the year or 當月獎金 hold anything (typed, or filled in by a link). */
const usesMore = (state: State) => Object.values(state.raw).some((v) => v !== '');

type More = typeof import('./more.ts');

const pickMore = (fields: FieldValues): FieldValues => Object.fromEntries(kpiMoreKeys.map((key) => [key, fields[key] ?? '']));

/**
 * 績效等級與獎金試算 (績效考核制度第3條): score → grade, coefficient and payout; a scorecard that yields the score;
 * the year view; and the month's bonus after attendance deductions, all under the rule version in force in the
 * 試算月份. Inputs live in the URL for sharing.
 */
export default function KpiIsland({ versions, clauses, suggestedIndicators }: Props) {
  const [opened, setOpened] = useState(false);
  // The scorecard, the year view and 當月獎金 load when opened, or at once when a link fills them in; their URL
  // conversions come with them.
  const [code, setCode] = useState<More>();
  const [form, setForm, hydrated] = useUrlState<State>({
    keys,
    initial,
    toFields: (state) => ({
      score: state.score,
      base: state.base,
      ...(state.more && code ? code.kpiFormToFields({ score: state.score, base: state.base, ...state.more }) : state.raw),
      [monthKey]: state.month,
    }),
    fromFields: (fields) => ({ score: fields.score ?? '', base: fields.base ?? '', month: fields[monthKey] ?? '', raw: pickMore(fields) }),
    inputId: (key) => inputIds[key] ?? `kpi-${key}`,
    clientStart: () => ({ [monthKey]: currentMonth() }),
    kept: [monthKey],
  });
  const chosen = useMemo(() => rulesForMonth(versions, form.month), [versions, form.month]);
  const { rules } = chosen;

  const set = <K extends keyof State>(key: K) => (value: State[K]) => setForm((f) => ({ ...f, [key]: value }));
  // The grade's computation and lines load once a score or a base is typed (or a link fills one in).
  const gradeCode = useLazy(() => import('./grade.ts'), hydrated && (form.score.trim() !== '' || form.base.trim() !== ''));
  const grade = useMemo<GradeOutcome>(
    () => (gradeCode.module ? gradeCode.module.evaluateGradeForm(form.score, form.base, rules.kpi) : { errors: {} }),
    [gradeCode.module, form.score, form.base, rules],
  );
  const Results = gradeCode.module?.GradeResults;
  const version = chosen.version && versionText(chosen.version);
  const lazyMore = useLazy(() => import('./more.ts'), hydrated && (opened || usesMore(form)));
  useEffect(() => {
    const loaded = lazyMore.module;
    if (!loaded) return;
    // The parts' state from the values kept as read, and their code, in one render.
    setForm((f) => {
      const { rows, months, bonus } = loaded.kpiFormFromFields(f.raw);
      return { ...f, more: { rows, months, bonus } };
    });
    setCode(loaded);
  }, [lazyMore.module]);
  const more = code && form.more;
  type Parts = NonNullable<State['more']>;
  const setMore =
    <K extends keyof Parts>(key: K) =>
    (value: Parts[K]) =>
      setForm((f) => (f.more ? { ...f, more: { ...f.more, [key]: value } } : f));

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
      {code && more ? (
        <>
          <code.ScorecardTable
            rows={more.rows}
            outcome={code.evaluateScorecardForm(more.rows)}
            onRows={setMore('rows')}
            onApply={set('score')}
            rules={rules.kpi}
            clauses={clauses}
            suggestedIndicators={suggestedIndicators}
            hydrated={hydrated}
          />
          <code.YearTable months={more.months} outcome={code.evaluateMonthsForm(more.months, rules.kpi)} onMonths={setMore('months')} rules={rules.kpi} clauses={clauses} hydrated={hydrated} />
          <code.MonthBonus form={more.bonus} grade={grade} outcome={code.evaluateMonthBonus(grade.payout, more.bonus, rules.attendance)} onForm={setMore('bonus')} hydrated={hydrated} />
        </>
      ) : (
        <section class="kpi-part" aria-labelledby="kpi-more-title">
          <h3 id="kpi-more-title">計分卡、全年檢視與當月獎金</h3>
          <p class="kpi-note">以各項指標算出績效得分、看全年各月的等級與連續不合格提示，或扣除同月考勤獎金扣款後的當月獎金。</p>
          {lazyMore.failed ? (
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
