import { passMarkNote, type QuizScore } from '../../lib/quiz/score.ts';

interface Props {
  score: QuizScore;
  passPercent: number;
  /** The attempt is in this browser's storage. */
  saved: boolean;
  onRetry: () => void;
  /** Link to the training hub, shown on regulation pages. */
  hubHref?: string;
}

/** The final score, pass or fail, and a retry with a fresh order. */
export function QuizResult({ score, passPercent, saved, onRetry, hubHref }: Props) {
  return (
    <div class={`quiz-score ${score.passed ? 'is-right' : 'is-wrong'}`}>
      <p>
        <strong>
          得分：{score.percent} 分（答對 {score.correct} / {score.total} 題）——{score.passed ? '通過' : '未通過'}
        </strong>
      </p>
      <p>
        及格標準為 {passPercent} 分（{passMarkNote}）。{score.passed ? '' : '請按各題的「查看條文」重讀相關條文後再試一次。'}
        {saved && '成績已記錄在這部電腦的瀏覽器中。'}
        {hubHref && (
          <>
            {' '}
            <a href={hubHref}>到培訓中心查看進度</a>
          </>
        )}
      </p>
      <button type="button" onClick={onRetry}>
        重新測驗（題目與選項重新排序）
      </button>
    </div>
  );
}
