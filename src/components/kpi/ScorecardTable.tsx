import type { JSX } from 'preact';
import { gradeWith } from '../../lib/kpi/grade.ts';
import { formatPercent, formatScore } from '../../lib/kpi/format.ts';
import type { ScorecardOutcome, ScorecardRowForm, ScorecardRowField } from '../../lib/kpi/form.ts';
import { emptyRow, maxScorecardRows } from '../../lib/kpi/form-state.ts';
import type { Direction } from '../../lib/kpi/scorecard.ts';
import type { KpiRules } from '../../lib/kpi/rules.ts';
import type { KpiClauses } from './types.ts';
import { CellInput } from './CellInput.tsx';
import { Cite } from '../calc/ClauseLink.tsx';

interface Props {
  rows: ScorecardRowForm[];
  outcome: ScorecardOutcome;
  onRows: (rows: ScorecardRowForm[]) => void;
  onApply: (score: string) => void;
  rules: KpiRules;
  clauses: KpiClauses;
  suggestedIndicators: readonly string[];
  hydrated: boolean;
}

const columns: { field: ScorecardRowField; header: string }[] = [
  { field: 'name', header: '指標名稱' },
  { field: 'weight', header: '權重（%）' },
  { field: 'target', header: '目標值' },
  { field: 'actual', header: '實際值' },
];
const namesList = 'kpi-indicator-names';
const weightsMessage = 'kpi-weights-message';

/** The KPI scorecard: indicators with weight, target, actual, direction and cap → a weighted score. */
export function ScorecardTable({ rows, outcome, onRows, onApply, rules, clauses, suggestedIndicators, hydrated }: Props) {
  const update = (i: number, patch: Partial<ScorecardRowForm>) => onRows(rows.map((row, j) => (j === i ? { ...row, ...patch } : row)));
  const remove = (i: number) => onRows(rows.filter((_, j) => j !== i));
  const full = rows.length >= maxScorecardRows || !hydrated;
  const addPresets = () => {
    const even = String(100 / suggestedIndicators.length);
    const presets = suggestedIndicators.map((name) => emptyRow(name, even));
    onRows([...rows, ...presets].slice(0, maxScorecardRows));
  };
  const total = outcome.result?.total;

  return (
    <section class="kpi-part" aria-labelledby="kpi-scorecard-title">
      <h3 id="kpi-scorecard-title">計分卡</h3>
      <p class="kpi-note">
        每項達成率 = 實際值 ÷ 目標值（越低越好的指標為 目標值 ÷ 實際值），超過上限（預設 100%）的部分不計；
        總分 = Σ 權重 × 達成率。
        <Cite clause={clauses.indicators} />
      </p>
      <datalist id={namesList}>
        {suggestedIndicators.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
      <div class="kpi-table-wrap">
        <table class="kpi-table">
          <thead>
            <tr>
              <th scope="col">#</th>
              {columns.map((c) => (
                <th key={c.field} scope="col">{c.header}</th>
              ))}
              <th scope="col">方向</th>
              <th scope="col">達成率上限（%）</th>
              <th scope="col">達成率</th>
              <th scope="col">得分</th>
              <th scope="col"><span class="sr-only">操作</span></th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, i) => {
              const n = i + 1;
              const errors = outcome.rows[i] ?? {};
              const rowMessage = errors.row ? `kpi-r${n}-message` : undefined;
              const scored = outcome.result?.items[i];
              const cell = (field: ScorecardRowField, header: string) => (
                <td key={field}>
                  <CellInput
                    id={`kpi-r${n}-${field}`}
                    label={`第${n}項${header}`}
                    value={row[field]}
                    onInput={(value) => update(i, { [field]: value })}
                    error={errors[field]}
                    invalid={Boolean(errors.row) || (field === 'weight' && Boolean(outcome.weightsError))}
                    describedBy={[rowMessage, field === 'weight' && outcome.weightsError ? weightsMessage : undefined].filter(Boolean).join(' ') || undefined}
                    inputMode={field === 'name' ? 'text' : 'decimal'}
                    list={field === 'name' ? namesList : undefined}
                    placeholder={field === 'cap' ? '100' : undefined}
                  />
                  {field === 'name' && errors.row && <small id={rowMessage} class="calc-error">{errors.row}</small>}
                </td>
              );
              const direction = (event: JSX.TargetedEvent<HTMLSelectElement>) => update(i, { direction: event.currentTarget.value as Direction });
              return (
                <tr key={i}>
                  <th scope="row">{n}</th>
                  {columns.map((c) => cell(c.field, c.header))}
                  <td>
                    <select class="calc-control" aria-label={`第${n}項方向`} value={row.direction} onChange={direction}>
                      <option value="higher">越高越好</option>
                      <option value="lower">越低越好</option>
                    </select>
                  </td>
                  {cell('cap', '達成率上限（%）')}
                  <td>{scored ? formatPercent(scored.counted) : '—'}</td>
                  <td>{scored ? formatScore(scored.points) : '—'}</td>
                  <td>
                    <button type="button" class="kpi-remove" onClick={() => remove(i)} aria-label={`刪除第${n}項`}>
                      刪除
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <div class="kpi-actions">
        <button type="button" disabled={full} onClick={() => onRows([...rows, emptyRow()])}>新增指標</button>
        <button type="button" disabled={full} onClick={addPresets}>加入建議指標</button>
        {rows.length >= maxScorecardRows && <small>最多 {maxScorecardRows} 項指標。</small>}
      </div>
      <p class="kpi-note">
        建議指標：{suggestedIndicators.join('、')}。
        <Cite clause={clauses.indicatorNames} />
      </p>
      <div role="status" class="kpi-results">
        <p id={weightsMessage} class={outcome.weightsError ? 'calc-error' : undefined}>
          {rows.length > 0 && `權重合計：${formatScore(outcome.weightSum)}%`}
          {outcome.weightsError && `。${outcome.weightsError}`}
        </p>
        {rows.length === 0 && <p>尚未加入指標。可「新增指標」或「加入建議指標」。</p>}
        {rows.length > 0 && total === undefined && !outcome.weightsError && <p>計分卡有欄位需要修正，修正後顯示總分。</p>}
        {total !== undefined && (
          <p>
            計分卡總分：<strong>{formatScore(total)} 分</strong>，等級 {gradeWith(total, rules).grade}
            <Cite clause={gradeWith(total, rules).clause} />
          </p>
        )}
      </div>
      <button type="button" disabled={total === undefined} onClick={() => total !== undefined && onApply(formatScore(total))}>
        套用計分卡得分
      </button>
    </section>
  );
}
