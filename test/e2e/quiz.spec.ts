import { expect, test, type Locator, type Page } from '@playwright/test';
import { loadBanks } from '../lib/quiz/content.ts';

/** The real question banks, so a test can answer right (or wrong) on purpose. */
const questions = new Map(loadBanks().flatMap(({ bank }) => bank.questions.map((q) => [q.id, q])));

/** The quiz island once it is interactive (client:interaction hydrates it when the pointer comes over it). */
async function openQuiz(page: Page, path: string, quizId: string): Promise<Locator> {
  await page.goto(path);
  const quiz = page.locator(`[data-quiz-id="${quizId}"]`);
  await quiz.locator('legend').first().hover();
  await expect(quiz).toHaveAttribute('data-hydrated', 'true');
  return quiz;
}

/** Tick the options whose text is given and press 確認答案. */
async function answer(question: Locator, texts: string[]): Promise<void> {
  for (const text of texts) await question.getByLabel(text, { exact: true }).check();
  await question.getByRole('button', { name: '確認答案' }).click();
}

/** Answer every question shown, right ones by the bank's key; `wrong` ids get a wrong option instead. */
async function answerAll(quiz: Locator, wrong: string[] = []): Promise<void> {
  for (const question of await quiz.locator('[data-question-id]').all()) {
    const q = questions.get((await question.getAttribute('data-question-id')) ?? '')!;
    const right = q.correct.map((i) => q.options[i]);
    const texts = wrong.includes(q.id) ? [q.options.find((o) => !right.includes(o))!] : right;
    await answer(question, texts);
  }
}

test('a wrong answer shows the explanation and a link that lands on the clause', async ({ page }) => {
  const quiz = await openQuiz(page, '/commercial-operations/', 'commercial-operations');
  const question = quiz.locator('[data-question-id="comm-late-fourth-time"]');
  await answer(question, ['不做處罰']);

  const feedback = question.locator('[aria-live="polite"]');
  await expect(feedback).toContainText('答錯了。');
  // The numbers come from the clause as HR last wrote it (the rule marks on the chapter page).
  const chapter = await (await page.request.get('/commercial-operations/s4/')).text();
  const rule = (key: string) => new RegExp(`data-rule="${key}">([^<]+)<`).exec(chapter)?.[1];
  const free = rule('attendance.freeMinorEventsPerMonth');
  const percent = rule('attendance.minorExcess.bonusPercent');
  expect(free && percent, 'rule marks on /commercial-operations/s4/').toBeTruthy();
  await expect(feedback).toContainText(`正確答案：扣除當月績效獎金的 ${percent}%`);
  await expect(feedback).toContainText(`超過 ${free} 次後每次扣除當月績效獎金的 ${percent}%`);
  await expect(question.getByLabel('不做處罰')).toBeDisabled();

  await feedback.getByRole('link', { name: /查看條文/ }).click();
  await expect(page).toHaveURL(/\/commercial-operations\/s4\/#c4-1-2$/);
  const clause = page.locator('#c4-1-2');
  await expect(clause).toBeInViewport();
  await expect(clause).toContainText('遲到或早退在15分鐘以內的');
});

test('a right answer says so and still explains', async ({ page }) => {
  const quiz = await openQuiz(page, '/operations-management/', 'operations-management');
  const question = quiz.locator('[data-question-id="mgmt-budget-adjustment"]');
  await answer(question, ['運營管理委員會']);
  await expect(question.locator('[aria-live="polite"]')).toContainText('答對了！');
  await expect(question.getByRole('link', { name: /查看條文/ })).toHaveAttribute('href', '/operations-management/s3/#c3-2-3');
});

test('checking with nothing selected asks for an answer, tied to the question', async ({ page }) => {
  const quiz = await openQuiz(page, '/operating-model/', 'operating-model');
  const question = quiz.locator('[data-question-id="model-principles"]');
  await question.getByRole('button', { name: '確認答案' }).click();
  await expect(question.getByRole('group')).toHaveAccessibleDescription('請先選擇答案，再按「確認答案」。');
  await answer(question, ['合法合規原則']);
  await expect(question.getByRole('group')).not.toHaveAccessibleDescription(/請先選擇答案/);
  // A partial answer to a multiple-choice question is wrong.
  await expect(question.locator('[aria-live="polite"]')).toContainText('答錯了。');
});

test('works from the keyboard alone', async ({ page }) => {
  const quiz = await openQuiz(page, '/home-operations/', 'home-operations');
  const question = quiz.locator('[data-question-id="home-scope"]');
  await question.getByRole('radio').first().focus();
  await page.keyboard.press('ArrowDown');
  await expect(question.getByRole('radio').nth(1)).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(question.getByRole('button', { name: '確認答案' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(question.locator('[aria-live="polite"]')).toContainText('答錯了。');
  await page.keyboard.press('Tab');
  await expect(question.getByRole('link', { name: /查看條文/ })).toBeFocused();
});

test('the score appears at the end; retry clears the answers and reshuffles', async ({ page }) => {
  test.slow(); // answers many questions
  const quiz = await openQuiz(page, '/operating-model/', 'operating-model');
  const order = await quiz.locator('[data-question-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-question-id')));
  // 20 questions, 4 wrong: 80 %, exactly the pass mark.
  await answerAll(quiz, order.slice(0, 4) as string[]);
  await expect(quiz.locator('.quiz-result')).toContainText('得分：80 分（答對 16 / 20 題）——通過');

  await quiz.getByRole('button', { name: /重新測驗/ }).click();
  await expect(quiz.getByText('已作答 0 / 20 題')).toBeVisible();
  await expect(quiz.getByRole('button', { name: '確認答案' })).toHaveCount(20);
  const reordered = await quiz.locator('[data-question-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-question-id')));
  expect(reordered).not.toEqual(order);
  expect([...reordered].sort()).toEqual([...order].sort());
  await expect(quiz.locator('.quiz-result')).toBeEmpty();
});

test('the hub shows progress after a quiz, and the record counts it', async ({ page }) => {
  test.slow(); // answers many questions
  const quiz = await openQuiz(page, '/operations-management/', 'operations-management');
  const ids = await quiz.locator('[data-question-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-question-id')));
  await answerAll(quiz, ids.slice(0, 6) as string[]); // 18 of 24: 75 %, a fail
  await expect(quiz.locator('.quiz-result')).toContainText('未通過');
  await expect(quiz.locator('.quiz-result')).toContainText('成績已記錄在這部電腦的瀏覽器中');

  await page.goto('/training/');
  const row = page.locator('[data-progress-for="operations-management"]');
  await expect(row).toContainText('75 分（18 / 24）');
  await expect(row).toContainText('未通過');
  await expect(row).toContainText(/\d{4}-\d{2}-\d{2}/);
  await expect(page.locator('[data-progress-for="commercial-operations"]')).toContainText('尚未作答');

  const again = await openQuiz(page, '/operations-management/', 'operations-management');
  await answerAll(again);
  await expect(again.locator('.quiz-result')).toContainText('成績已記錄');
  await page.goto('/training/');
  await expect(row).toContainText('100 分（24 / 24）');
  await expect(row).toContainText('已通過');
  await expect(row.locator('td').last()).toHaveText('2');
  const record = page.locator('.completion-record');
  await record.scrollIntoViewIfNeeded();
  await expect(record).toContainText('已通過 1 / 4 項規章測驗');
});

test('the mixed test draws 20 questions from across the regulations', async ({ page }) => {
  test.slow(); // answers many questions
  const quiz = await openQuiz(page, '/training/', 'mixed');
  await expect(quiz.locator('[data-question-id]')).toHaveCount(20);
  await answerAll(quiz);
  await expect(quiz.locator('.quiz-result')).toContainText('得分：100 分');
  await expect(page.locator('[data-progress-for="mixed"]')).toContainText('100 分（20 / 20）');
});

test('tampered progress is reset quietly', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('policy-quiz:v1', '{"version":1,"results":{"mixed":{"correct":"all"}}');
      sessionStorage.setItem('seeded', '1');
    }
  });
  await page.goto('/training/');
  await expect(page.locator('[data-progress-loaded="true"]')).toBeVisible();
  await expect(page.locator('[data-progress-for="mixed"]')).toContainText('尚未作答');
  expect(await page.evaluate(() => localStorage.getItem('policy-quiz:v1'))).toBeNull();
  expect(errors).toEqual([]);
});

test('the completion record asks for a name, then prints alone', async ({ page }) => {
  await page.addInitScript(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => {
      (window as unknown as { printed: number }).printed += 1;
    };
  });
  await page.goto('/training/');
  const record = page.locator('.completion-record');
  await record.scrollIntoViewIfNeeded();
  const print = record.getByRole('button', { name: '列印結業紀錄' });
  await expect(async () => {
    await print.click();
    await expect(record.getByRole('alert')).toHaveText('請先輸入受訓人姓名，再列印。', { timeout: 500 });
  }).toPass();
  await expect(record.getByLabel('受訓人姓名')).toHaveAttribute('aria-invalid', 'true');
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(0);

  await record.getByLabel('受訓人姓名').fill('陳小明');
  await print.click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);

  await page.emulateMedia({ media: 'print' });
  await expect(record.locator('.record-sheet')).toBeVisible();
  await expect(record.locator('.record-sheet')).toContainText('陳小明');
  await expect(record.getByLabel('受訓人姓名')).toBeHidden();
  await expect(page.locator('header').first()).toBeHidden();
  await expect(page.locator('[data-quiz-id="mixed"]')).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeHidden();
});
