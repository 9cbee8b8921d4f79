import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { addCompanyKeys, placeholderNames } from '../../../src/lib/import/company-keys.ts';
import { companyYaml } from '../../support/company.ts';

const company = readFileSync(companyYaml, 'utf8');

describe('new placeholders of an imported regulation', () => {
  it('are appended to content/company.yaml, open (null), keeping what HR wrote', () => {
    const out = addCompanyKeys(company, ['具體時間', '報銷上限', '審批人: 職位'], '財務管理制度');
    const keys = Object.keys(parse(out));
    expect(keys.slice(-2)).toEqual(['報銷上限', '審批人: 職位']);
    expect(parse(out)['報銷上限']).toBeNull();
    expect(out).toContain('# 財務管理制度（匯入時加入）');
    expect(out.startsWith(company.trimEnd())).toBe(true);
  });

  it('leave the file alone when every name is known', () => {
    expect(addCompanyKeys(company, ['具體時間'], '財務管理制度')).toBe(company);
  });

  it('refuse to edit a file YAML cannot read, naming it', () => {
    expect(() => addCompanyKeys('具體時間: [', ['報銷上限'], '財務管理制度')).toThrow(/^content\/company\.yaml 無法讀取/);
  });

  it('are read from the imported chapters once each, quotes restored', () => {
    expect(placeholderNames(['甲<Placeholder name="報銷上限" />乙<Placeholder name="報銷上限" />', '<Placeholder name="甲&quot;乙" />'])).toEqual(['報銷上限', '甲"乙']);
  });
});
