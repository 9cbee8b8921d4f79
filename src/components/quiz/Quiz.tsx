import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { PlacedQuestion } from '../../lib/quiz/place.ts';
import { passMarkNote, scoreQuiz } from '../../lib/quiz/score.ts';
import { arrangeQuiz } from '../../lib/quiz/order.ts';
import { blankAnswer, type AnswerState } from './answer-state.ts';
import { QuestionCard } from './QuestionCard.tsx';
import { QuizResult } from './QuizResult.tsx';
import { preloadStorage, saveResult } from './save-result.ts';

interface Props {
  /** Regulation slug, or `mixed`; names the stored progress. */
  quizId: string;
  questions: PlacedQuestion[];
  /** Show only this many (the mixed test draws 20). */
  size?: number;
  /** First round's shuffle; undefined shows the questions as written. Must match on server and client. */
  seed?: number;
  /** The pass mark HR set in content/quizzes/settings.yaml. */
  passPercent: number;
  hubHref?: string;
}

const freshSeed = () => Math.floor(Math.random() * 2 ** 32);

/** The options already checked in the quiz's markup, by question id. */
function pickedBeforeHydration(root: HTMLElement | null, quizId: string, shown: PlacedQuestion[]): Record<string, AnswerState> {
  const picked: Record<string, AnswerState> = {};
  for (const question of shown) {
    const selected = question.options.flatMap((_, index) => {
      const input = root?.querySelector<HTMLInputElement>(`#${CSS.escape(`${quizId}-${question.id}-o${index}`)}`);
      return input?.checked ? [index] : [];
    });
    if (selected.length > 0) picked[question.id] = { ...blankAnswer, selected };
  }
  return picked;
}

/**
 * A quiz: every question visible (readable before the script loads), checked one by one with feedback and a
 * link to the clause; the score appears when all are answered. Retry shuffles questions and options.
 */
export default function Quiz({ quizId, questions, size, seed, passPercent, hubHref }: Props) {
  const [round, setRound] = useState({ seed, count: 0 });
  const [answers, setAnswers] = useState<Record<string, AnswerState>>({});
  const [ready, setReady] = useState(false);
  /** Round whose result is stored, so the page only says "recorded" once it is. */
  const [savedRound, setSavedRound] = useState<number>();
  const top = useRef<HTMLParagraphElement>(null);
  const shown = useMemo(() => arrangeQuiz(questions, round.seed, size), [questions, round, size]);

  const root = useRef<HTMLDivElement>(null);

  useEffect(() => {
    // Options ticked in the server-rendered markup before hydration finished count as chosen.
    const picked = pickedBeforeHydration(root.current, quizId, shown);
    if (Object.keys(picked).length > 0) setAnswers(picked);
    setReady(true);
  }, []);
  useEffect(() => {
    if (round.count > 0) top.current?.focus();
  }, [round.count]);

  const stateOf = (id: string) => answers[id] ?? blankAnswer;
  const answered = shown.filter((q) => stateOf(q.id).checked).length;
  /** The score once every question is checked; undefined before. */
  const finalScore = (states: Record<string, AnswerState>) => {
    if (!shown.every((q) => states[q.id]?.checked)) return undefined;
    return scoreQuiz(shown, Object.fromEntries(shown.map((q) => [q.id, states[q.id]!.selected])), passPercent);
  };
  const score = finalScore(answers);

  const update = (id: string, change: Partial<AnswerState>) => {
    const next = { ...answers, [id]: { ...stateOf(id), ...change } };
    setAnswers(next);
    return next;
  };
  const check = (id: string) => {
    if (stateOf(id).selected.length === 0) {
      update(id, { missing: true });
      return;
    }
    preloadStorage();
    const finished = finalScore(update(id, { checked: true, missing: false }));
    const thisRound = round.count;
    if (finished) void saveResult(quizId, finished).then((saved) => saved && setSavedRound(thisRound));
  };
  const retry = () => {
    setAnswers({});
    setRound({ seed: freshSeed(), count: round.count + 1 });
  };

  return (
    <div class="quiz" ref={root} data-quiz-id={quizId} data-hydrated={ready ? 'true' : undefined}>
      <p class="quiz-intro" ref={top} tabIndex={-1}>
        共 {shown.length} 題，答對 {passPercent}% 即通過（{passMarkNote}）。每題選好後按「確認答案」，即可看到解說與條文出處。
      </p>
      <ol class="quiz-questions">
        {shown.map((question, index) => (
          <QuestionCard
            key={`${round.count}-${question.id}`}
            quizId={quizId}
            number={index + 1}
            question={question}
            state={stateOf(question.id)}
            ready={ready}
            onSelect={(selected) => update(question.id, { selected, missing: false })}
            onCheck={() => check(question.id)}
          />
        ))}
      </ol>
      <p class="quiz-progress">
        已作答 {answered} / {shown.length} 題
      </p>
      <div class="quiz-result" aria-live="polite">
        {score && <QuizResult score={score} passPercent={passPercent} saved={savedRound === round.count} onRetry={retry} hubHref={hubHref} />}
      </div>
    </div>
  );
}
