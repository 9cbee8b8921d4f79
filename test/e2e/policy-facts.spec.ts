import { expect, test } from '@playwright/test';
import { policyFieldLabels, unconfirmedText, type ConfirmableField } from '../../src/lib/policy/schema.ts';
import { readChapters } from '../support/chapters.ts';

/** Each regulation's overview frontmatter, and the chapter (if any) where its source stops. */
const chapters = readChapters();
const overviews = chapters
  .filter((c) => c.frontmatter.order === 0 && typeof c.frontmatter.regulation === 'string')
  .map((c) => {
    const slug = c.frontmatter.regulation as string;
    const ends = chapters.find((other) => other.frontmatter.regulation === slug && other.body.includes('<SourceEnds'));
    return { slug, data: c.frontmatter, unconfirmed: (c.frontmatter.unconfirmed ?? []) as ConfirmableField[], ends };
  });

for (const { slug, data, unconfirmed, ends } of overviews) {
  test(`${slug}: header facts the source does not give read 待確認, and the overview says where the source stops`, async ({ page }) => {
    await page.goto(`/${slug}/s1/`);
    const header = page.getByRole('region', { name: '制度資訊' });
    for (const [field, label] of Object.entries({ ...policyFieldLabels, policyId: '編號' })) {
      if (field === 'changelog') continue;
      const value = header.locator('div', { has: page.locator(`dt:text-is("${label}")`) }).locator('dd');
      if (unconfirmed.includes(field as ConfirmableField)) {
        await expect(value, label).toHaveText(unconfirmedText);
      } else if (field === 'policyId' || field === 'department' || field === 'status' || field === 'version') {
        await expect(value, label).toHaveText(String(data[field]));
      }
    }
    if (unconfirmed.length > 0) await expect(header.getByRole('link', { name: '待補資料' })).toHaveAttribute('href', '/placeholders/#policy-facts');

    await page.goto(`/${slug}/`);
    const note = page.locator('.policy-incomplete');
    if (ends) {
      await expect(note).toContainText('原始制度文件不完整');
      await expect(note.getByRole('link')).toHaveAttribute('href', `/${ends.path.replace(/\.mdx$/, '')}/#source-ends`);
    } else {
      await expect(note).toHaveCount(0);
    }
  });
}

test('待補資料 lists every unconfirmed fact with its regulation', async ({ page }) => {
  await page.goto('/placeholders/');
  const section = page.locator('#policy-facts');
  for (const { slug, unconfirmed } of overviews) {
    const item = section.locator('li', { has: page.locator(`a[href="/${slug}/"]`) });
    if (unconfirmed.length === 0) {
      await expect(item).toHaveCount(0);
      continue;
    }
    for (const field of unconfirmed) await expect(item).toContainText(policyFieldLabels[field]);
  }
});
