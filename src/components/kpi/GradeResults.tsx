import type { GradeOutcome } from '../../lib/kpi/grade-form.ts';
import { formatYuan } from '../../lib/money.ts';
import { Cite, Reading } from '../calc/ClauseLink.tsx';

/** The grade, coefficient and payout lines of 等級與當月績效獎金, once a score reads. */
export function GradeResults({ outcome }: { outcome: GradeOutcome }) {
  const { grade, payout } = outcome;
  if (!grade) return null;
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
