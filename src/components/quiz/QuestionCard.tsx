import type { PlacedQuestion } from '../../lib/quiz/place.ts';
import { isCorrect } from '../../lib/quiz/score.ts';
import type { AnswerState } from './answer-state.ts';
import { Feedback } from './Feedback.tsx';

const typeLabels = {
  single: '單選',
  multiple: '多選，選出所有正確答案',
  truefalse: '是非題',
} as const;

interface Props {
  quizId: string;
  number: number;
  question: PlacedQuestion;
  state: AnswerState;
  /** False until hydrated: the check button needs the script. */
  ready: boolean;
  onSelect: (selected: number[]) => void;
  onCheck: () => void;
}

/** One question: its options in a fieldset, a check button, and a live region for the verdict. */
export function QuestionCard({ quizId, number, question, state, ready, onSelect, onCheck }: Props) {
  const base = `${quizId}-${question.id}`;
  const multiple = question.type === 'multiple';
  const { selected, checked, missing } = state;
  const toggle = (index: number) =>
    onSelect(multiple ? (selected.includes(index) ? selected.filter((i) => i !== index) : [...selected, index]) : [index]);
  const mark = (index: number) => {
    if (!checked) return null;
    if (question.correct.includes(index)) return <span class="quiz-mark is-right">（正確答案）</span>;
    if (selected.includes(index)) return <span class="quiz-mark is-wrong">（你的選擇）</span>;
    return null;
  };

  return (
    <li class="quiz-question" data-question-id={question.id}>
      <fieldset aria-describedby={missing && !checked ? `${base}-missing` : undefined}>
        <legend>
          <span class="quiz-number">第 {number} 題</span>
          <span class="quiz-type">（{typeLabels[question.type]}）</span>
          <span class="quiz-prompt">{question.prompt}</span>
        </legend>
        <ul class="quiz-options">
          {question.options.map((option, index) => (
            <li key={option}>
              <input
                type={multiple ? 'checkbox' : 'radio'}
                id={`${base}-o${index}`}
                name={base}
                checked={selected.includes(index)}
                disabled={checked}
                onChange={() => toggle(index)}
              />
              <label for={`${base}-o${index}`}>
                {option}
                {mark(index)}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <button
        type="button"
        class="quiz-check"
        disabled={!ready}
        aria-disabled={checked ? 'true' : undefined}
        onClick={checked ? undefined : onCheck}
      >
        {checked ? '已作答' : '確認答案'}
      </button>
      <div class="quiz-feedback" aria-live="polite">
        {missing && !checked && (
          <p id={`${base}-missing`} class="quiz-missing">
            請先選擇答案，再按「確認答案」。
          </p>
        )}
        {checked && <Feedback question={question} number={number} correct={isCorrect(question, selected)} />}
      </div>
    </li>
  );
}
