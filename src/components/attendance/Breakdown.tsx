import type { AttendanceRules } from '../../lib/attendance/rules.ts';
import type { AttendanceInput, AttendanceLine, AttendanceLineKind, AttendanceResult } from '../../lib/attendance/compute.ts';
import { dailyWageWorking, lineWorking } from '../../lib/attendance/working.ts';
import { formatYuan } from '../../lib/money.ts';
import { ClauseLink, Reading } from '../calc/ClauseLink.tsx';

/** 「當天工資 ×2 ＋ 獎金 20%」: what one occurrence costs; only the bonus cap has no rate. */
function rateText(line: AttendanceLine): string {
  if (!line.rate) return '以獎金全額為限';
  const { dailyWageMultiple, bonusPercent } = line.rate;
  const parts = [
    dailyWageMultiple > 0 ? `當天工資 ×${dailyWageMultiple}` : '',
    bonusPercent > 0 ? `獎金 ${bonusPercent}%` : '',
  ].filter(Boolean);
  return parts.length > 0 ? parts.join(' ＋ ') : '不扣款';
}

const days = (value: number) => `${value} 天`;

/** Lines that apply a reading the clauses do not state in so many words (本站解讀), and what it is. */
function readingOf(kind: AttendanceLineKind, rules: AttendanceRules): string | undefined {
  if (kind === 'bonus-cap') return '條文未寫上限；本站以當月績效獎金全額為扣款上限';
  if (kind === 'major-lateness') {
    return `「按曠工半天處理」讀作依第2條的標準扣款，並在解除勞動合同的門檻上計 ${rules.majorLateness.absentDays} 天曠工`;
  }
  return undefined;
}

interface Props {
  result: AttendanceResult;
  input: AttendanceInput;
  rules: AttendanceRules;
}

/** The itemised deductions with their working, the totals, the termination flag and the legal warnings of one month. */
export function Breakdown({ result, input, rules }: Props) {
  const { termination } = rules;
  const reasons = [
    result.terminationBy.streak && `最長連續曠工超過 ${days(termination.streakOverDays)}`,
    result.terminationBy.total &&
      `本期累計曠工 ${days(result.periodAbsentDays)}，超過 ${days(termination.totalOverDays)}`,
  ].filter(Boolean);
  return (
    <>
      <dl class="attendance-totals">
        <div>
          <dt>當天工資</dt>
          <dd>
            {formatYuan(result.dailyWage)}
            <small data-working="daily">{dailyWageWorking(input, result, rules)}</small>
          </dd>
        </div>
        <div>
          <dt>工資扣款</dt>
          <dd data-result="wage">{formatYuan(result.wageDeduction)}</dd>
        </div>
        <div>
          <dt>績效獎金扣款</dt>
          <dd data-result="bonus">{formatYuan(result.bonusDeduction)}</dd>
        </div>
        <div class="attendance-total">
          <dt>扣款合計</dt>
          <dd data-result="total">{formatYuan(result.totalDeduction)}</dd>
        </div>
      </dl>

      {result.lines.length === 0 ? (
        <p>本月沒有遲到、早退或曠工，不扣款。</p>
      ) : (
        // Scrolls sideways on phones; focusable so keyboard users can scroll it too.
        <div class="attendance-table-wrap" tabIndex={0} role="region" aria-label="扣款明細（可左右捲動）">
          <table class="attendance-lines">
            <caption>扣款明細</caption>
            <thead>
              <tr>
                <th scope="col">項目</th>
                <th scope="col" class="num">次數</th>
                <th scope="col">每次</th>
                <th scope="col" class="num">扣工資</th>
                <th scope="col" class="num">扣績效獎金</th>
                <th scope="col">依據</th>
              </tr>
            </thead>
            <tbody>
              {result.lines.map((line) => (
                <tr key={line.kind} data-line={line.kind}>
                  <th scope="row">
                    {line.label}
                    {readingOf(line.kind, rules) && <small class="calc-reading-tag">本站解讀</small>}
                  </th>
                  <td class="num">{line.count ?? '—'}</td>
                  <td>{rateText(line)}</td>
                  <td class="num">{formatYuan(line.wage)}</td>
                  <td class="num">{formatYuan(line.bonus)}</td>
                  <td>
                    <ClauseLink clause={line.clause} />
                  </td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">合計</th>
                <td colSpan={2} />
                <td class="num">{formatYuan(result.wageDeduction)}</td>
                <td class="num">{formatYuan(result.bonusDeduction)}</td>
                <td />
              </tr>
            </tfoot>
          </table>
        </div>
      )}

      {result.lines.some((line) => line.rate && (line.wage !== 0 || line.bonus !== 0)) && (
        <div class="attendance-working">
          <p>
            <strong>算式</strong>（當天工資未先捨入，每行算出後四捨五入到分）
          </p>
          <ul>
            {result.lines.map((line) => {
              const working = lineWorking(line, input, result);
              if (!working.wage && !working.bonus) return null;
              return (
                <li key={line.kind} data-working={line.kind}>
                  {line.label}：{[working.wage && `工資 ${working.wage}`, working.bonus && `獎金 ${working.bonus}`].filter(Boolean).join('；')}
                </li>
              );
            })}
          </ul>
        </div>
      )}

      {result.lines.some((line) => readingOf(line.kind, rules)) && (
        <ul class="calc-readings">
          {result.lines.map((line) => {
            const reading = readingOf(line.kind, rules);
            return reading ? (
              <li key={line.kind}>
                <Reading clause={line.clause}>
                  {line.label}：{reading}
                </Reading>
              </li>
            ) : null;
          })}
        </ul>
      )}

      <p class="attendance-termination" data-eligible={String(result.terminationEligible)}>
        {result.terminationEligible ? (
          <>
            <strong>已達解除勞動合同的條件</strong>：{reasons.join('；')}。依 <ClauseLink clause={termination.clause} />
            ，公司有權解除勞動合同。
          </>
        ) : (
          <>
            <strong>未達解除勞動合同的條件</strong>：本月曠工 {days(result.absentDays)}，本期累計{' '}
            {days(result.periodAbsentDays)}；連續曠工超過 {days(termination.streakOverDays)}或累計超過{' '}
            {days(termination.totalOverDays)}才達到（<ClauseLink clause={termination.clause} />）。
          </>
        )}
      </p>

      {result.warnings.length > 0 && (
        <aside class="attendance-warnings" aria-label="法律提示">
          <p>
            <strong>法律提示</strong>（一般資訊，並非法律意見；不影響上方金額）
          </p>
          <ul>
            {result.warnings.map((warning) => (
              <li key={warning}>{warning}</li>
            ))}
          </ul>
        </aside>
      )}
    </>
  );
}
