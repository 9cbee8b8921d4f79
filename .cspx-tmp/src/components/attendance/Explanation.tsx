import { attendanceRules as r } from '../../data/rules/attendance.ts';
import { attendanceRuleLabels } from '../../lib/attendance.ts';

/** 計算說明: how the calculator reads clauses 2 and 3, worded from the same rule numbers it computes with. */
export function Explanation() {
  const minutes = r.minorMaxMinutes;
  return (
    <details class="attendance-explanation">
      <summary>計算說明</summary>
      <ul>
        <li>
          當天工資 = 月工資 ÷ {r.payDaysPerMonth}（法定月計薪天數）；填寫「日工資」時以所填金額為準。當天工資計算時不先捨入，每一行扣款算出後才四捨五入到分，合計為各行之和。
        </li>
        <li>
          「{minutes}分鐘以內」包含 {minutes} 分鐘。{minutes} 分鐘以內的遲到或早退，每月前 {r.freeMinorEventsPerMonth}{' '}
          次不扣款，第 {r.freeMinorEventsPerMonth + 1} 次起每次扣當月績效獎金的 {r.minorExcess.bonusPercent}%。
        </li>
        <li>
          超過 {minutes} 分鐘（例如 {minutes + 1} 分鐘）的遲到或早退「按曠工半天處理」，依第2條自己的標準扣款：當天工資 ×
          {r.majorLateness.dailyWageMultiple} ＋ 當月績效獎金的 {r.majorLateness.bonusPercent}%，而不是第3條曠工半天的{' '}
          {r.absentHalfDay.dailyWageMultiple} 倍與 {r.absentHalfDay.bonusPercent}%；在解除勞動合同的門檻上計為{' '}
          {r.majorLateness.absentDays} 天曠工。
        </li>
        <li>
          曠工半天：當天工資 ×{r.absentHalfDay.dailyWageMultiple} ＋ 績效獎金 {r.absentHalfDay.bonusPercent}%，計{' '}
          {r.absentHalfDay.absentDays} 天；曠工一天：當天工資 ×{r.absentFullDay.dailyWageMultiple} ＋ 績效獎金{' '}
          {r.absentFullDay.bonusPercent}%，計 {r.absentFullDay.absentDays} 天。
        </li>
        <li>
          「當月績效獎金」指依績效考核系數調整後、本月應發的獎金。各項獎金扣款相加，但最多扣到獎金全額為止，超出的部分在「{attendanceRuleLabels(r)['bonus-cap']}」一行減回。工資扣款制度未設上限，本工具照條文計算，並在超過月工資{' '}
          {r.legalDeductionWarnPercent}% 時提示。
        </li>
        <li>
          解除勞動合同：最長連續曠工超過 {r.termination.streakOverDays} 天，或「本期之前累計曠工天數」加本月曠工天數超過{' '}
          {r.termination.totalOverDays} 天（剛好 {r.termination.streakOverDays} 天或 {r.termination.totalOverDays}{' '}
          天不算）。連續天數可能跨月，所以需另外填寫；未填時只按累計天數判斷。
        </li>
        <li>法律提示只顯示，不會改變任何金額。</li>
      </ul>
    </details>
  );
}
