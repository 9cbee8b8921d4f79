import type { ClauseRef } from '../../lib/clause.ts';
import { formatYuan } from '../../lib/money.ts';
import type { GradeOutcome } from '../../lib/kpi/form.ts';
import type { MonthBonusField, MonthBonusForm, MonthBonusOutcome } from '../../lib/kpi/month-bonus.ts';
import { NumberField } from '../calc/NumberField.tsx';
import { scriptNeeded } from '../calc/use-url-state.ts';
import { monthBonusLabels } from '../../lib/kpi/month-bonus.ts';
import { Cite } from '../calc/ClauseLink.tsx';

interface Props {
  form: MonthBonusForm;
  grade: GradeOutcome;
  outcome: MonthBonusOutcome;
  onForm: (form: MonthBonusForm) => void;
  hydrated: boolean;
}

// Labels differ from the attendance calculator's (月工資, 遲到/早退分鐘數 …), which may sit on the same page.
const fields: { field: MonthBonusField; label: string; hint?: string; inputMode?: 'decimal' | 'text' }[] = [
  { field: 'late', label: `${monthBonusLabels.late}（逐筆）`, hint: '每次一筆，例如 5, 10, 20；沒有就留空', inputMode: 'text' },
  { field: 'half', label: monthBonusLabels.half, hint: '留空為 0' },
  { field: 'full', label: monthBonusLabels.full, hint: '留空為 0' },
  { field: 'wage', label: `${monthBonusLabels.wage}（選填）`, hint: '填入才計算工資扣款；獎金扣款不需要' },
];

const uniqueClauses = (lines: { clause: ClauseRef }[]) =>
  lines.map((line) => line.clause).filter((clause, i, all) => all.findIndex((c) => c.id === clause.id) === i);

/** 當月獎金: step 1 the KPI payout, step 2 the attendance bonus deductions of the same month. */
export function MonthBonus({ form, grade, outcome, onForm, hydrated }: Props) {
  const { attendance, payout, net } = hydrated ? outcome : ({} as Partial<MonthBonusOutcome>);
  const bonusLines = attendance?.lines.filter((line) => line.bonus !== 0 || line.count) ?? [];
  return (
    <section class="kpi-part" aria-labelledby="kpi-month-title">
      <h3 id="kpi-month-title">當月獎金</h3>
      <p class="kpi-note">以上方的績效得分與績效獎金基數，扣除同月的考勤獎金扣款。</p>
      <div class="kpi-fields">
        {fields.map(({ field, label, hint, inputMode }) => (
          <NumberField
            key={field}
            id={`kpi-bonus-${field}`}
            label={label}
            value={form[field]}
            onInput={(value) => onForm({ ...form, [field]: value })}
            error={outcome.errors[field]}
            hint={hint}
            inputMode={inputMode}
          />
        ))}
      </div>
      <div role="status">
        <ol class="kpi-results">
          {!hydrated && <li class="calc-script-needed">{scriptNeeded}</li>}
          {hydrated && payout === undefined && <li>請先在「等級與當月績效獎金」輸入績效得分與績效獎金基數。</li>}
          {hydrated && outcome.payoutError && <li class="calc-error">{outcome.payoutError}</li>}
          {payout !== undefined && grade.grade && grade.base !== undefined && (
            <li>
              第一步：績效獎金基數 {formatYuan(grade.base)} × 係數 {grade.grade.coefficient}（{grade.grade.grade}）= <strong>{formatYuan(payout)}</strong>
              <Cite clause={grade.grade.clause} />
            </li>
          )}
          {payout !== undefined && !attendance && !outcome.payoutError && <li>考勤欄位需要修正，修正後顯示扣款。</li>}
          {attendance && net !== undefined && payout !== undefined && (
            <li>
              第二步：扣除考勤獎金扣款 {formatYuan(attendance.bonusDeduction)}
              {bonusLines.length === 0 && '（本月沒有考勤扣款）'}
              {bonusLines.length > 0 && (
                <ul>
                  {bonusLines.map((line) => (
                    <li key={line.kind}>
                      {line.label}
                      {line.count !== undefined && ` × ${line.count}`}：獎金 {formatYuan(Math.abs(line.bonus))}
                      {line.bonus < 0 && '（減回）'}
                      <Cite clause={line.clause} />
                    </li>
                  ))}
                </ul>
              )}
              <p>
                當月實發績效獎金：{formatYuan(payout)} − {formatYuan(attendance.bonusDeduction)} = <strong>{formatYuan(net)}</strong>
              </p>
            </li>
          )}
          {attendance && hydrated && outcome.withWage && (
            <li>
              另扣工資 {formatYuan(attendance.wageDeduction)}（當天工資 {formatYuan(attendance.dailyWage)}）
              {uniqueClauses(attendance.lines.filter((line) => line.wage > 0)).map((clause) => (
                <Cite key={clause.id} clause={clause} />
              ))}
              {attendance.warnings.length > 0 && (
                <ul class="kpi-warnings">
                  {attendance.warnings.map((warning) => (
                    <li key={warning}>{warning}</li>
                  ))}
                </ul>
              )}
            </li>
          )}
        </ol>
      </div>
      <p class="kpi-note">試算結果僅供參考，不構成法律意見。</p>
    </section>
  );
}
