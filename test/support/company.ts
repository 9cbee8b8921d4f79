import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { type CompanyValues, companySchema } from '../../src/lib/policy/company.ts';

export const companyYaml = join(import.meta.dirname, '..', '..', 'content', 'company.yaml');

/** content/company.yaml as the build reads it: parsed, then checked by the collection's schema. */
export function readCompanyValues(file = companyYaml): CompanyValues {
  return companySchema.parse(parse(readFileSync(file, 'utf8')));
}
