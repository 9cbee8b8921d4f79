import { ResultCells } from './ResultCells.tsx';
import type { QuizListing } from './types.ts';
import { useProgress } from './use-progress.ts';

/** The hub's table: each quiz with its best score, pass status and date, read from this browser. */
export default function TrainingProgress({ quizzes, passPercent }: { quizzes: QuizListing[]; passPercent: number }) {
  const progress = useProgress();
  return (
    <div class="quiz-progress-table" data-progress-loaded={progress ? 'true' : undefined}>
      <table>
        <caption>各項測驗的最佳成績（只儲存在這部電腦的瀏覽器中）</caption>
        <thead>
          <tr>
            <th scope="col">測驗</th>
            <th scope="col">題數</th>
            <th scope="col">最佳成績</th>
            <th scope="col">狀態</th>
            <th scope="col">日期</th>
            <th scope="col">作答次數</th>
          </tr>
        </thead>
        <tbody>
          {quizzes.map((quiz) => {
            const result = progress?.results[quiz.id];
            return (
              <tr key={quiz.id} data-progress-for={quiz.id}>
                <th scope="row">
                  <a href={quiz.href}>{quiz.title}</a>
                </th>
                <td>{quiz.questionCount}</td>
                <ResultCells result={result} passPercent={passPercent} />
                <td>{result?.attempts ?? 0}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
