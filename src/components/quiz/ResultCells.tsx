import type { QuizResult } from '../../lib/quiz/progress.ts';
import { resultSummary } from '../../lib/quiz/progress.ts';

/** Best score, pass status and date of one quiz, as table cells. */
export function ResultCells({ result, passPercent }: { result: QuizResult | undefined; passPercent: number }) {
  if (!result) {
    return (
      <>
        <td>—</td>
        <td>尚未作答</td>
        <td>—</td>
      </>
    );
  }
  const { percent, passed } = resultSummary(result, passPercent);
  return (
    <>
      <td>
        {percent} 分（{result.correct} / {result.total}）
      </td>
      <td class={passed ? 'quiz-pass' : 'quiz-fail'}>{passed ? '已通過' : '未通過'}</td>
      <td>{result.date}</td>
    </>
  );
}
