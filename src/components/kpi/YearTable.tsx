import { useState } from 'preact/hooks';
import type { KpiRules } from '../../lib/kpi/rules.ts';
import type { KpiClauses } from './types.ts';
import { InputError } from '../../lib/input-error.ts';
import { formatScore } from '../../lib/kpi/format.ts';
import { monthsFromList, type MonthsOutcome } from '../../lib/kpi/form.ts';
import { NumberField } from '../calc/NumberField.tsx';
import { CellInput } from './CellInput.tsx';
import { Cite, Reading } from '../calc/ClauseLink.tsx';
import { YearChart } from './YearChart.tsx';

interface Props {
  months: string[];
  outcome: MonthsOutcome;
  onMonths: (months: string[]) => void;
  rules: KpiRules;
  clauses: KpiClauses;
  hydrated: boolean;
}

/** 「第2、3月」 */
const monthList = (months: number[]) => `第${months.join('、')}月`;

/** Twelve months → annual average, its grade, and the consecutive-fail alert, with a chart. */
export function YearTable({ months, outcome, onMonths, rules, clauses, hydrated }: Props) {
  const failBand = rules.bands[rules.bands.length - 1]!;
  const [pasted, setPasted] = useState('');
  const [pasteError, setPasteError] = useState<string>();
  const fill = () => {
    try {
      onMonths(monthsFromList(pasted));
      setPasteError(undefined);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      setPasteError(error.message);
    }
  };
  const year = outcome.result;

  return (
    <section class="kpi-part" aria-labelledby="kpi-year-title">
      <h3 id="kpi-year-title">全年檢視</h3>
      <p class="kpi-note">
        依月份順序填入已考核的月份，尚未考核的月份留空。
        <Cite clause={clauses.cycle} />
      </p>
      <div class="kpi-paste">
        <NumberField
          id="kpi-month-list"
          label="一次貼上多個月份得分"
          value={pasted}
          onInput={(value) => {
            setPasted(value);
            setPasteError(undefined);
          }}
          error={pasteError}
          hint="例如 85, 90, 78（由 1 月起，最多 12 個）"
          inputMode="text"
        />
        <button type="button" onClick={fill} disabled={!hydrated}>填入月份表</button>
      </div>
      <div class="kpi-year">
        <div class="kpi-table-wrap">
          <table class="kpi-table">
            <thead>
              <tr>
                <th scope="col">月份</th>
                <th scope="col">得分</th>
                <th scope="col">等級</th>
                <th scope="col">係數</th>
              </tr>
            </thead>
            <tbody>
              {months.map((text, i) => {
                const grade = outcome.grades[i];
                const alert = year?.alertMonths.includes(i + 1);
                return (
                  <tr key={i} class={alert ? 'kpi-alert-row' : undefined}>
                    <th scope="row">{i + 1}月</th>
                    <td>
                      <CellInput
                        id={`kpi-m${i + 1}`}
                        label={`${i + 1}月得分`}
                        value={text}
                        onInput={(value) => onMonths(months.map((m, j) => (j === i ? value : m)))}
                        error={outcome.errors[i]}
                      />
                    </td>
                    <td>{grade ? grade.grade : '—'}{alert && <span class="kpi-flag">（連續不合格）</span>}</td>
                    <td>{grade ? grade.coefficient : '—'}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
        <YearChart scores={outcome.scores} grades={outcome.grades} alertMonths={year?.alertMonths ?? []} rules={rules} />
      </div>
      <div role="status">
        <ul class="kpi-results">
          {!year && <li>{outcome.errors.some(Boolean) ? '月份表有欄位需要修正，修正後顯示全年結果。' : '填入至少一個月的得分後，這裡會顯示全年結果。'}</li>}
          {year && (
            <>
              <li>
                已填 {outcome.filled} 個月，年度平均：<strong>{formatScore(year.average)} 分</strong>
                <Reading clause={clauses.cycle}>條文只說年度考核「綜合全年月度考核結果」；本站以各月得分的平均作為年度得分，再按第3條分級</Reading>
              </li>
              <li>
                年度等級：<strong>{year.grade}</strong>，係數 {year.coefficient}
                <Cite clause={year.clause} />
              </li>
              <li class={year.consecutiveFailAlert ? 'kpi-alert' : undefined}>
                {year.consecutiveFailAlert
                  ? `注意：${monthList(year.alertMonths)}連續${failBand.grade}（最長連續 ${year.failStreakMax} 個月）。連續 ${rules.failStreakAlert} 個月考核${failBand.grade}的，公司有權進行崗位調整或解除勞動合同。`
                  : `沒有連續 ${rules.failStreakAlert} 個月${failBand.grade}（最長連續 ${year.failStreakMax} 個月）。`}
                <Cite clause={failBand.clause} />
              </li>
            </>
          )}
        </ul>
      </div>
    </section>
  );
}
