import { useEffect, useRef, useState } from 'preact/hooks';
import { localDate, resultSummary } from '../../lib/quiz/progress.ts';
import { passMarkNote } from '../../lib/quiz/score.ts';
import { ResultCells } from './ResultCells.tsx';
import type { QuizListing } from './types.ts';
import { useProgress } from './use-progress.ts';

/**
 * A printable proof of training: the trainee types a name, the page fills in the date and the best scores.
 * Print CSS (quiz.css) prints this block alone.
 */
export default function CompletionRecord({ quizzes, passPercent }: { quizzes: QuizListing[]; passPercent: number }) {
  const progress = useProgress();
  const [name, setName] = useState('');
  const [error, setError] = useState('');
  const [today, setToday] = useState('');
  const field = useRef<HTMLInputElement>(null);
  useEffect(() => setToday(localDate(new Date())), []);

  const required = quizzes.filter((q) => q.required);
  const passed = required.filter((q) => {
    const result = progress?.results[q.id];
    return result !== undefined && resultSummary(result, passPercent).passed;
  }).length;
  const print = () => {
    if (name.trim() === '') {
      setError('請先輸入受訓人姓名，再列印。');
      field.current?.focus();
      return;
    }
    window.print();
  };

  return (
    <div class="completion-record">
      <div class="record-form">
        <label for="record-name">受訓人姓名</label>
        <input
          id="record-name"
          ref={field}
          type="text"
          autoComplete="name"
          value={name}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={error ? 'record-name-error' : undefined}
          onInput={(event) => {
            setName(event.currentTarget.value);
            setError('');
          }}
        />
        {error && (
          <small id="record-name-error" class="quiz-missing" role="alert">
            {error}
          </small>
        )}
        <button type="button" onClick={print}>
          列印結業紀錄
        </button>
      </div>
      <article class="record-sheet" aria-labelledby="record-title">
        <h3 id="record-title">運營管理制度培訓結業紀錄</h3>
        <dl>
          <dt>受訓人</dt>
          <dd>{name.trim() || '（請於上方輸入姓名）'}</dd>
          <dt>列印日期</dt>
          <dd>{today || '—'}</dd>
        </dl>
        <table>
          <thead>
            <tr>
              <th scope="col">測驗</th>
              <th scope="col">最佳成績</th>
              <th scope="col">狀態</th>
              <th scope="col">日期</th>
            </tr>
          </thead>
          <tbody>
            {quizzes.map((quiz) => (
              <tr key={quiz.id}>
                <th scope="row">{quiz.title}</th>
                <ResultCells result={progress?.results[quiz.id]} passPercent={passPercent} />
              </tr>
            ))}
          </tbody>
        </table>
        <p class="record-summary">
          {passed === required.length
            ? `已通過全部 ${required.length} 項規章測驗，完成培訓。`
            : `已通過 ${passed} / ${required.length} 項規章測驗，尚未完成全部培訓。`}
        </p>
        <p class="record-note">及格標準為 {passPercent} 分（{passMarkNote}）。成績由受訓人於本機瀏覽器作答產生，未經伺服器核驗，請主管核對後簽名。</p>
        <p class="record-sign">主管簽名：＿＿＿＿＿＿＿＿　　日期：＿＿＿＿＿＿</p>
      </article>
    </div>
  );
}
