import { formatYuan } from '../../lib/money.ts';
import type { GradeOutcome } from '../../lib/kpi/form.ts';
import { NumberField } from '../calc/NumberField.tsx';
import { MonthField } from '../calc/MonthField.tsx';
import { scriptNeeded } from '../calc/use-url-state.ts';
import { Cite, Reading } from '../calc/ClauseLink.tsx';

interface Props {
  score: string;
  base: string;
  outcome: GradeOutcome;
  onScore: (value: string) => void;
  onBase: (value: string) => void;
  month: string;
  onMonth: (value: string) => void;
  monthError?: string;
  /** 「版本 1.1，自 … 起生效」 of the rules applied. */
  version?: string;
  hydrated: boolean;
}

/** 績效得分 and 績效獎金基數 → grade, coefficient and payout, live. */
export function GradePanel({ score, base, outcome, onScore, onBase, month, onMonth, monthError, version, hydrated }: Props) {
  const { grade, payout } = outcome;
  return (
    <section class="kpi-part" aria-labelledby="kpi-grade-title">
      <h3 id="kpi-grade-title">等級與當月績效獎金</h3>
      <div class="kpi-fields">
        <NumberField id="kpi-score" label="績效得分" value={score} onInput={onScore} error={outcome.errors.score} hint="0 分以上；超過 100 分視為超額完成" />
        <NumberField id="kpi-base" label="績效獎金基數" value={base} onInput={onBase} error={outcome.errors.base} hint="元，套用發放係數前的當月績效獎金" />
        <MonthField id="kpi-month" value={month} onInput={onMonth} error={hydrated ? monthError : undefined} version={version} />
      </div>
      <div role="status">
        <ul class="kpi-results">
          {!hydrated && <li class="calc-script-needed">{scriptNeeded}</li>}
          {hydrated && version && <li class="calc-version">績效考核制度{version}（試算月份 {month}）</li>}
          {hydrated && !grade && <li>{outcome.errors.score ? '績效得分無法讀取，請修正上方欄位。' : '輸入績效得分後，這裡會顯示等級與發放係數。'}</li>}
          {hydrated && grade && (
            <>
              <li>
                績效等級：<strong>{grade.grade}</strong>
                <Cite clause={grade.clause} />
              </li>
              <li>
                當月績效獎金發放係數：<strong>{grade.coefficient}</strong>
                <Cite clause={grade.clause} />
              </li>
            </>
          )}
          {hydrated && payout !== undefined && outcome.base !== undefined && grade && (
            <li>
              當月績效獎金：{formatYuan(outcome.base)} × {grade.coefficient} = <strong>{formatYuan(payout)}</strong>
              <Reading clause={grade.clause}>條文只定發放係數；本站以「績效獎金基數 × 係數」計算，四捨五入到分</Reading>
            </li>
          )}
        </ul>
      </div>
    </section>
  );
}
