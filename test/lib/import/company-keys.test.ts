import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addCompanyKeys, placeholderNames } from '../../../src/lib/import/company-keys.ts';

const company = readFileSync(join(import.meta.dirname, '..', '..', '..', 'src', 'data', 'company.ts'), 'utf8');
const known = ['公司名稱', '具體時間'];

/** Evaluates the edited file's two object literals the way TypeScript would read their keys. */
const keysOf = (source: string, opening: string) => {
  const body = source.slice(source.indexOf(opening) + opening.length, source.indexOf('\n});', source.indexOf(opening)));
  return [...body.matchAll(/^\s{2}('(?:[^'\\]|\\.)*'|[^\s:/]+):/gm)].map((m) => (m[1]!.startsWith("'") ? m[1]!.slice(1, -1).replace(/\\(.)/g, '$1') : m[1]!));
};

describe('new placeholders of an imported regulation', () => {
  it('are appended to both the schema and the values, open (null)', () => {
    const out = addCompanyKeys(company, ['具體時間', '報銷上限', '審批人（職位）'], known, '財務管理制度');
    const schemaKeys = keysOf(out, 'export const companySchema = z.strictObject({');
    const valueKeys = keysOf(out, 'companySchema.parse({');
    expect(schemaKeys.slice(-2)).toEqual(['報銷上限', '審批人（職位）']);
    expect(valueKeys.slice(-2)).toEqual(['報銷上限', '審批人（職位）']);
    expect(out).toContain("  '審批人（職位）': null,");
    expect(out.startsWith(company.slice(0, company.indexOf('});')))).toBe(true);
  });

  it('leave the file alone when every name is known', () => {
    expect(addCompanyKeys(company, ['具體時間'], known, '財務管理制度')).toBe(company);
  });

  it('are read from the imported chapters once each, quotes restored', () => {
    expect(placeholderNames(['甲<Placeholder name="報銷上限" />乙<Placeholder name="報銷上限" />', '<Placeholder name="甲&quot;乙" />'])).toEqual(['報銷上限', '甲"乙']);
  });
});
