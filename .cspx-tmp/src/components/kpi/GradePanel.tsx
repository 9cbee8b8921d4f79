import { formatYuan } from '../../lib/money.ts';
import type { GradeOutcome } from '../../lib/kpi/form.ts';
import { NumberField } from '../NumberField.tsx';
import { Cite } from './Cite.tsx';

interface Props {
  score: string;
  base: string;
  outcome: GradeOutcome;
  onScore: (value: string) => void;
  onBase: (value: string) => void;
}

/** 績效得分 and 績效獎金基數 → grade, coefficient and payout, live. */
export function GradePanel({ score, base, outcome, onScore, onBase }: Props) {
  const { grade, payout } = outcome;
  return (
    <section class="kpi-part" aria-labelledby="kpi-grade-title">
      <h3 id="kpi-grade-title">等級與當月績效獎金</h3>
      <div class="kpi-fields">
        <NumberField id="kpi-score" label="績效得分" value={score} onInput={onScore} error={outcome.errors.score} hint="0 分以上；超過 100 分視為超額完成" />
        <NumberField id="kpi-base" label="績效獎金基數" value={base} onInput={onBase} error={outcome.errors.base} hint="元，套用發放系數前的當月績效獎金" />
      </div>
      <div role="status">
        <ul class="kpi-results">
          {!grade && <li>{outcome.errors.score ? '績效得分無法讀取，請修正上方欄位。' : '輸入績效得分後，這裡會顯示等級與發放系數。'}</li>}
          {grade && (
            <>
              <li>
                績效等級：<strong>{grade.grade}</strong>
                <Cite clause={grade.clause} />
              </li>
              <li>
                當月績效獎金發放系數：<strong>{grade.coefficient}</strong>
                <Cite clause={grade.clause} />
              </li>
            </>
          )}
          {payout !== undefined && outcome.base !== undefined && grade && (
            <li>
              當月績效獎金：{formatYuan(outcome.base)} × {grade.coefficient} = <strong>{formatYuan(payout)}</strong>
              <Cite clause={grade.clause} />
            </li>
          )}
        </ul>
      </div>
    </section>
  );
}
