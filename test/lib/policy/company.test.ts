import { describe, expect, it } from 'vitest';
import { companyKeyProblems, companySchema } from '../../../src/lib/policy/company.ts';

const messages = (input: unknown) => companySchema.safeParse(input).error?.issues.map((issue) => issue.message) ?? [];
const chapter = (source: string) => ({ file: 'content/docs/operations-management/s3.mdx', source });

describe('content/company.yaml', () => {
  it('takes text or null per name, trimmed', () => {
    expect(companySchema.parse({ 具體時間: ' 11月30日 ', 公司名稱: null })).toEqual({ 具體時間: '11月30日', 公司名稱: null });
  });

  it('refuses a blank value, naming the file and the key', () => {
    expect(messages({ 具體時間: '  ' })).toEqual(['content/company.yaml 的「具體時間」：值不可空白；尚未決定就寫 null']);
  });

  it('refuses a number or a date YAML did not read as text, asking for quotes', () => {
    expect(messages({ 具體時間: 30, 公司名稱: new Date('2026-11-30') })).toEqual([
      'content/company.yaml 的「具體時間」：應為文字（數字或日期請加引號，例如 "11月30日"）；尚未決定就寫 null',
      'content/company.yaml 的「公司名稱」：應為文字（數字或日期請加引號，例如 "11月30日"）；尚未決定就寫 null',
    ]);
  });

  it('refuses a name that cannot be a placeholder name', () => {
    expect(messages({ '[具體時間]': null })[0]).toMatch(/^content\/company\.yaml 的「\[具體時間\]」：名稱不可/);
  });

  it('refuses a file that is not a list of names', () => {
    expect(messages(['具體時間'])).toEqual(['content/company.yaml 應為「名稱: 值」的清單，每行一項']);
  });
});

describe('the company values against the chapters', () => {
  const values = { 具體時間: null, 公司名稱: null };

  it('are consistent when every name used is in the file, even with names prepared for later', () => {
    expect(companyKeyProblems(values, [chapter('每年<Placeholder name="具體時間" />前')])).toEqual([]);
  });

  it('report a name the chapters use that the file lacks, with file and line', () => {
    expect(companyKeyProblems(values, [chapter('甲\n<Placeholder name="預算金額" />')])).toEqual([
      'content/docs/operations-management/s3.mdx:2：未知的佔位符「預算金額」。請改成 content/company.yaml 已有的名稱，或在該檔案新增這一項。',
    ]);
  });

  it('report a name in the file that no chapter uses and that looks mistyped, even in Simplified characters', () => {
    expect(companyKeyProblems({ ...values, 具体时间: '11月30日' }, [chapter('<Placeholder name="具體時間" />')])).toEqual([
      'content/company.yaml 的「具体时间」：沒有條文使用這個名稱，是不是「具體時間」？請改成條文中的名稱，或刪除這一項。',
    ]);
  });
});
