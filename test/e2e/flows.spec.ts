import { expect, test, type Page } from '@playwright/test';
import { flows } from '../support/flows.ts';
import { sectionOf } from '../../src/lib/clause.ts';
import { flowLegend, roleText } from '../../src/lib/flows/role.ts';

const pageOf = (flow: (typeof flows)[number]) => `/${flow.regulation}/s${sectionOf(flow.clauses[0]!)}/`;
const pages = [...new Set(flows.map(pageOf))];

/** Scrolls a diagram into view so its island hydrates, and waits for the stepper. */
async function stepper(page: Page, id: string) {
  const figure = page.locator(`[data-flow-id="${id}"]`);
  await figure.scrollIntoViewIfNeeded();
  const controls = figure.getByRole('group', { name: /^逐步檢視/ });
  await expect(controls).toBeVisible();
  return { figure, controls };
}

for (const path of pages) {
  test(`${path}: each diagram is on its chapter page with a text alternative`, async ({ page }) => {
    await page.goto(path);
    for (const flow of flows.filter((f) => pageOf(f) === path)) {
      const figure = page.locator(`[data-flow-id="${flow.id}"]`);
      await expect(figure).toHaveCount(1);
      await expect(figure.getByRole('img', { name: new RegExp(`：${flow.title}$`) })).toBeVisible();
      const list = figure.getByRole('list', { name: new RegExp(`文字說明：${flow.title}`) });
      await expect(list.locator('li')).toHaveCount(flow.steps.length);
      await expect(list).toContainText(flow.steps[0]!.label);
      await expect(list).toContainText(roleText(flow.steps[0]!));
      // Inferred and unnamed owners, and periodic steps, are explained next to the drawing.
      for (const line of flowLegend(flow.steps)) await expect(figure.locator('.flow-key')).toContainText(line);
    }
  });
}

test('stepping through a flow by keyboard moves the highlight, and the clause link lands on the clause', async ({ page }) => {
  await page.goto('/commercial-operations/s3/');
  const { figure, controls } = await stepper(page, 'order-processing');
  const current = (id: string) => [figure.locator(`g[data-step-id="${id}"]`), figure.locator(`li[data-step-id="${id}"]`)] as const;

  await expect(current('receive')[0]).toHaveClass(/is-current/);
  await controls.getByRole('button', { name: '下一步' }).focus();
  await page.keyboard.press('ArrowRight');
  const [node, item] = current('review');
  await expect(node).toHaveClass(/is-current/);
  await expect(item).toHaveAttribute('aria-current', 'step');
  await expect(current('receive')[1]).not.toHaveAttribute('aria-current', 'step');
  await expect(controls).toContainText('第 2 步，共 10 步');
  await expect(controls).toContainText('審核訂單');
  await expect(controls).toContainText('負責：運營專員');
  // The owner is marked in the legend and on the other steps that role owns.
  await expect(figure.locator('.flow-roles li.is-owner')).toHaveText('運營專員');
  await expect(figure.locator('g[data-step-id="ship"]')).not.toHaveClass(/is-owner/);
  // The step's own sentence of its clause.
  await expect(controls.locator('blockquote')).toContainText('運營專員對訂單進行初步審核');

  await page.keyboard.press('ArrowRight');
  await expect(current('confirm')[0]).toHaveClass(/is-current/);
  await expect(controls.locator('blockquote')).toContainText('對於異常訂單');
  await page.keyboard.press('ArrowLeft');
  await expect(node).toHaveClass(/is-current/);
  await page.keyboard.press('End');
  await expect(current('done')[0]).toHaveClass(/is-current/);
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowDown');
  await expect(node).toHaveClass(/is-current/);

  await controls.getByRole('link', { name: /^閱讀條文：「訂單審核」/ }).click();
  await expect(page).toHaveURL(/\/commercial-operations\/s3\/#c3-4-3-i2$/);
  await expect(page.locator('#c3-4-3-i2')).toBeInViewport();
  await expect(page.locator('#c3-4-3-i2')).toContainText('對於異常訂單');
});

test('clicking a step in the diagram selects it', async ({ page }) => {
  await page.goto('/operating-model/s3/');
  const { figure, controls } = await stepper(page, 'product-service-development');
  await figure.locator('g[data-step-id="improve"]').click();
  await expect(figure.locator('g[data-step-id="improve"]')).toHaveClass(/is-current/);
  await expect(controls).toContainText('重新測試：回到第 5 步');
});

test('on a phone a wide diagram scrolls inside its own box, not the page', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/commercial-operations/s3/');
  const scroller = page.locator('[data-flow-id="order-processing"] .flow-scroll');
  await scroller.scrollIntoViewIfNeeded();
  const sizes = await scroller.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
  expect(sizes.scroll).toBeGreaterThan(sizes.client);
  await expect(scroller).toHaveAttribute('tabindex', '0');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the diagram and its step list are there, and no dead controls', async ({ page }) => {
    await page.goto('/operations-management/s2/');
    const figure = page.locator('[data-flow-id="operations-org-chart"]');
    await expect(figure.getByRole('img', { name: '組織架構圖：運營管理組織架構' })).toBeVisible();
    await expect(figure.locator('svg g.flow-node')).toHaveCount(6);
    await expect(figure.getByRole('list', { name: /文字說明/ })).toContainText('供應鏈管理組（專業職能小組）');
    await expect(figure.getByRole('button')).toHaveCount(0);
    // The stepper is rendered at its first step for the hydrated page, and not shown without JavaScript.
    await expect(figure.locator('.flow-stepper')).toBeHidden();

    await page.goto('/commercial-operations/s3/');
    const order = page.locator('[data-flow-id="order-processing"]');
    await expect(order.locator('svg[role="img"]')).toBeVisible();
    await expect(order.locator('ol li').nth(1)).toContainText('異常訂單：前往第 3 步「與客戶或銷售代表溝通確認」');
  });
});

test('a shared link to a clause below several diagrams opens on that clause', async ({ page }) => {
  // Diagrams out of sight are not laid out (flows.css): they must still take their full room, or the page opens
  // above or below the clause the link names.
  await page.goto('/commercial-operations/s3/#c3-4-3-i2');
  await expect(page.locator('#c3-4-3-i2')).toBeInViewport();
  await page.waitForTimeout(500);
  await expect(page.locator('#c3-4-3-i2')).toBeInViewport();
});
