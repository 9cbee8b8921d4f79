import type { ComponentChildren } from 'preact';
import type { GradeOutcome } from '../../lib/kpi/grade-form.ts';
import { NumberField } from '../calc/NumberField.tsx';
import { MonthField } from '../calc/MonthField.tsx';
import { loadFailed } from '../calc/use-lazy.ts';
import { scriptNeeded } from '../calc/use-url-state.ts';

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
  /** The grade lines (./GradeResults.tsx), loaded with the computation once something is typed. */
  results?: ComponentChildren;
  /** The computation could not be loaded. */
  failed?: boolean;
}

/** 績效得分 and 績效獎金基數 → grade, coefficient and payout, live. */
export function GradePanel({ score, base, outcome, onScore, onBase, month, onMonth, monthError, version, hydrated, results, failed }: Props) {
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
          {hydrated && failed && <li class="calc-error">{loadFailed}</li>}
          {hydrated && !failed && !results && <li>輸入績效得分後，這裡會顯示等級與發放係數。</li>}
          {hydrated && results}
        </ul>
      </div>
    </section>
  );
}
