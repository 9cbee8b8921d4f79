import type { GradeOutcome } from '../../lib/kpi/grade-form.ts';
import { formatYuan } from '../../lib/money.ts';
import { Cite, Reading } from '../calc/ClauseLink.tsx';

/** The result lines of 等級與當月績效獎金: grade, coefficient and payout once a score reads, else what to fix. */
export function GradeResults({ outcome }: { outcome: GradeOutcome }) {
  const { grade, payout } = outcome;
  if (!grade) return <li>{outcome.errors.score ? '績效得分無法讀取，請修正上方欄位。' : '輸入績效得分後，這裡會顯示等級與發放係數。'}</li>;
  return (
    <>
      <li>
        績效等級：<strong>{grade.grade}</strong>
        <Cite clause={grade.clause} />
      </li>
      <li>
        當月績效獎金發放係數：<strong>{grade.coefficient}</strong>
        <Cite clause={grade.clause} />
      </li>
      {payout !== undefined && outcome.base !== undefined && (
        <li>
          當月績效獎金：{formatYuan(outcome.base)} × {grade.coefficient} = <strong>{formatYuan(payout)}</strong>
          <Reading clause={grade.clause}>條文只定發放係數；本站以「績效獎金基數 × 係數」計算，四捨五入到分</Reading>
        </li>
      )}
    </>
  );
}
