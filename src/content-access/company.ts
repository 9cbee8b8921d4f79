import { getEntry } from 'astro:content';
import { companyFile, type CompanyValues } from '../lib/policy/company.ts';

/** HR's company values (content/company.yaml, checked by its collection schema); build time only. */
export async function loadCompanyValues(): Promise<CompanyValues> {
  const entry = await getEntry('company', 'company');
  if (!entry) throw new Error(`${companyFile} 不存在：請建立它，每個待補項目寫一行「名稱: null」`);
  return entry.data;
}
