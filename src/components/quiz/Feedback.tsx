import type { PlacedQuestion } from '../../lib/quiz/place.ts';

interface Props {
  question: PlacedQuestion;
  correct: boolean;
  number: number;
}

/** Right or wrong, the right answer, why, and the clause that says so. */
export function Feedback({ question, correct, number }: Props) {
  const answer = question.correct.map((i) => question.options[i]).join('、');
  return (
    <div class={`quiz-verdict ${correct ? 'is-right' : 'is-wrong'}`}>
      <p>
        <strong>{correct ? '答對了！' : '答錯了。'}</strong>
        {!correct && <> 正確答案：{answer}</>}
      </p>
      <p>{question.explanation}</p>
      <p class="quiz-source">
        <a href={question.href}>
          查看條文<span class="sr-only">（第 {number} 題的出處）</span>
        </a>
        <span class="quiz-where">出處：{question.where}</span>
      </p>
    </div>
  );
}
