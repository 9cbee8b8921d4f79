import { describe, expect, it } from 'vitest';
import { chapterFields } from '../../support/chapter-fields.ts';
import { pagePolicy, type RegulationPolicy } from '../../../src/lib/policy/page.ts';
import { policySchema } from '../../../src/lib/policy/schema.ts';
import { isUnconfirmed, pendingFacts } from '../../../src/lib/policy/unconfirmed.ts';

const overview = {
  title: '商業運營全套管理制度',
  regulation: 'commercial-operations',
  order: 0,
  policyId: 'OPS-003',
  version: '1.0',
  effectiveDate: '2026-11-26',
  department: '商業運營部',
  status: '生效',
  nextReview: '2027-11-26',
  changelog: [{ version: '1.0', date: '2026-11-26', summary: '首次發布。' }],
};
const problems = (data: object) => (chapterFields.safeParse(data).error?.issues ?? []).map((i) => `${i.path.join('.')}: ${i.message}`);

describe('policy facts the source does not give (unconfirmed)', () => {
  it('lists them in header order with the provisional value, label by label', () => {
    const policy = policySchema.parse({ ...overview, unconfirmed: ['nextReview', 'department'] });
    expect(pendingFacts(policy)).toEqual([
      { field: 'department', label: '主管部門', value: '商業運營部' },
      { field: 'nextReview', label: '下次檢視', value: '2027-11-26' },
    ]);
    expect(isUnconfirmed(policy, 'department')).toBe(true);
    expect(isUnconfirmed(policy, 'policyId')).toBe(false);
  });

  it('is optional: an overview without the list has every fact confirmed', () => {
    expect(problems(overview)).toEqual([]);
    expect(pendingFacts(policySchema.parse(overview))).toEqual([]);
  });

  it.each([
    ['a field that cannot be pending', ['version'], /^unconfirmed\.0: .*「version」不是可待確認的欄位/],
    ['a misspelt field', ['departmnet'], /「departmnet」不是可待確認的欄位/],
    ['the same field twice', ['status', 'status'], /^unconfirmed: .*重複/],
    ['a single word instead of a list', 'status', /^unconfirmed: .*必須是清單/],
  ])('refuses %s, naming the field', (_, unconfirmed, message) => {
    expect(problems({ ...overview, unconfirmed }).some((line) => message.test(line)), problems({ ...overview, unconfirmed }).join('\n')).toBe(true);
  });

  it('belongs on the overview only', () => {
    expect(problems({ title: '四、管理制度', regulation: 'commercial-operations', order: 4, unconfirmed: ['status'] })).toEqual([
      'unconfirmed: unconfirmed（待確認欄位） 只寫在規章的概覽頁（index.mdx）；章節頁會自動沿用所屬規章的資料，請刪除這一項',
    ]);
  });

  it('an unconfirmed review date raises no overdue warning', () => {
    const regulation = (unconfirmed: string[]): RegulationPolicy => ({
      slug: 'commercial-operations',
      title: overview.title,
      policy: policySchema.parse({ ...overview, unconfirmed }),
    });
    expect(pagePolicy({ regulation: 'commercial-operations', order: 1 }, [regulation([])], '2028-01-01')!.reviewOverdue).toBe(true);
    expect(pagePolicy({ regulation: 'commercial-operations', order: 1 }, [regulation(['nextReview'])], '2028-01-01')!.reviewOverdue).toBe(false);
  });
});
