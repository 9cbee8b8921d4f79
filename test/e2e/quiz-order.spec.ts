import { expect, test, type Page } from '@playwright/test';
import { maxAnswerShare } from '../../src/lib/quiz/order.ts';
import { loadBanks } from '../lib/quiz/content.ts';

/** The real keys, by question id: which option texts are right. */
const rightTexts = new Map(loadBanks().flatMap(({ bank }) => bank.questions.map((q) => [q.id, q.correct.map((i) => q.options[i]!)])));

const quizzes = [
  ...loadBanks().map(({ bank }) => [`/${bank.regulation}/`, bank.regulation] as const),
  ['/training/', 'mixed'] as const,
];

/** Each question's option texts in the order the page shows them. */
async function shownOptions(page: Page, quizId: string): Promise<Array<{ id: string; options: string[] }>> {
  return page.locator(`[data-quiz-id="${quizId}"] [data-question-id]`).evaluateAll((items) =>
    items.map((item) => ({
      id: item.getAttribute('data-question-id') ?? '',
      options: [...item.querySelectorAll('.quiz-options label')].map((label) => label.textContent?.trim() ?? ''),
    })),
  );
}

/** Right answers per option position, as shown. */
function positions(shown: Array<{ id: string; options: string[] }>): number[] {
  const counts: number[] = [];
  for (const { id, options } of shown) {
    const right = rightTexts.get(id);
    expect(right, `question ${id} is in a bank`).toBeDefined();
    options.forEach((text, index) => {
      if (right!.includes(text)) counts[index] = (counts[index] ?? 0) + 1;
    });
  }
  return Array.from(counts, (n) => n ?? 0);
}

const largestShare = (counts: number[]) => Math.max(...counts) / counts.reduce((sum, n) => sum + n, 0);

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  for (const [path, quizId] of quizzes) {
    test(`${path}: no option position holds more than ${maxAnswerShare * 100} % of the right answers`, async ({ page }) => {
      await page.goto(path);
      const counts = positions(await shownOptions(page, quizId));
      expect(largestShare(counts), `right answers per position: ${counts.join(', ')}`).toBeLessThanOrEqual(maxAnswerShare);
    });
  }
});

test.describe('with JavaScript', () => {
  for (const [path, quizId] of quizzes) {
    test(`${path}: the spread holds, and hydrating the quiz moves no option`, async ({ page }) => {
      await page.goto(path);
      const quiz = page.locator(`[data-quiz-id="${quizId}"]`);
      const before = await shownOptions(page, quizId);
      await quiz.locator('legend').first().hover();
      await expect(quiz).toHaveAttribute('data-hydrated', 'true');
      expect(await shownOptions(page, quizId)).toEqual(before);
      const counts = positions(before);
      expect(largestShare(counts), `right answers per position: ${counts.join(', ')}`).toBeLessThanOrEqual(maxAnswerShare);
    });
  }

  test('the quiz loads no script until the reader comes to it', async ({ page }) => {
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    await page.goto('/commercial-operations/');
    await page.waitForLoadState('networkidle');
    const quiz = page.locator('[data-quiz-id="commercial-operations"]');
    await expect(quiz).not.toHaveAttribute('data-hydrated', 'true');
    expect(scripts.filter((url) => /\/Quiz\.[\w-]+\.js$/.test(url))).toEqual([]);

    await quiz.locator('legend').first().hover();
    await expect(quiz).toHaveAttribute('data-hydrated', 'true');
    expect(scripts.some((url) => /\/Quiz\.[\w-]+\.js$/.test(url))).toBe(true);
  });

  test('an option ticked in the server-rendered quiz counts once it is interactive', async ({ page }) => {
    await page.goto('/operating-model/');
    const quiz = page.locator('[data-quiz-id="operating-model"]');
    const question = quiz.locator('[data-question-id="model-scope"]');
    // Tick before the island has hydrated: the tap itself is what starts hydration.
    await question.getByLabel('錯誤', { exact: true }).check();
    await expect(quiz).toHaveAttribute('data-hydrated', 'true');
    await question.getByRole('button', { name: '確認答案' }).click();
    await expect(question.locator('[aria-live="polite"]')).toContainText('答對了！');
  });
});
