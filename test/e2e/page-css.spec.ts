import { expect, test, type Page } from '@playwright/test';

// Each page loads the stylesheets of what it shows and no other feature's: a plain chapter renders without
// waiting for the calculators', quizzes' or flows' CSS (they once came with every page, 10 sheets each).
const featureSelectors = { calculator: '.calc-field', quiz: '.quiz-section', flow: '.flow-edge' };

/** Which of the features' selectors the page's stylesheets style, looking inside @media and @layer blocks. */
async function styledFeatures(page: Page): Promise<string[]> {
  const selectors = await page.evaluate(() => {
    const found: string[] = [];
    const walk = (rules: CSSRuleList) => {
      for (const rule of Array.from(rules)) {
        if (rule instanceof CSSStyleRule) found.push(rule.selectorText);
        if ('cssRules' in rule) walk((rule as CSSGroupingRule).cssRules);
      }
    };
    for (const sheet of Array.from(document.styleSheets)) walk(sheet.cssRules);
    return found;
  });
  return Object.entries(featureSelectors)
    .filter(([, selector]) => selectors.some((text) => text.split(/\s*,\s*/).some((part) => part.startsWith(selector))))
    .map(([feature]) => feature)
    .sort();
}

test('a plain chapter loads no calculator, quiz or flow stylesheet', async ({ page }) => {
  await page.goto('/operations-management/s1/');
  expect(await styledFeatures(page)).toEqual([]);
});

test('each feature page loads its own stylesheet and not the others', async ({ page }) => {
  await page.goto('/commercial-operations/s4/');
  expect(await styledFeatures(page)).toEqual(['calculator']);
  await page.goto('/operating-model/s3/');
  expect(await styledFeatures(page)).toEqual(['flow']);
  await page.goto('/training/');
  expect(await styledFeatures(page)).toEqual(['quiz']);
});
