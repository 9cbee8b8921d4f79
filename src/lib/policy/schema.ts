import { z } from 'astro/zod';
import { isCalendarDate } from './date.ts';
import { compareVersions, versionPattern } from './version.ts';

/**
 * Policy metadata in a regulation's overview frontmatter (content/docs/{regulation}/index.mdx). Section pages
 * inherit it; every message names the field in English (as written in the file) and in Chinese.
 */

export const policyStatuses = ['草案', '生效', '廢止'] as const;
export type PolicyStatus = (typeof policyStatuses)[number];

export const policyFieldLabels = {
  policyId: '政策編號',
  version: '版本',
  effectiveDate: '生效日期',
  department: '主管部門',
  status: '狀態',
  nextReview: '下次檢視',
  changelog: '修訂記錄',
} as const;
export type PolicyField = keyof typeof policyFieldLabels;
export const policyFieldNames = Object.keys(policyFieldLabels) as PolicyField[];

/**
 * Header facts the source documents do not give (the import had to invent them). Listed in `unconfirmed`, they
 * show as 待確認 on every page and on 待補資料 until HR confirms them and removes them from the list. The value
 * itself stays valid, since calculators and the changelog read `version` and `effectiveDate`.
 */
export const confirmableFields = ['policyId', 'effectiveDate', 'department', 'status', 'nextReview'] as const;
export type ConfirmableField = (typeof confirmableFields)[number];
export const unconfirmedText = '待確認';

const named = (field: PolicyField) => `${field}（${policyFieldLabels[field]}）`;
const shown = (input: unknown) => (input instanceof Date ? input.toISOString().slice(0, 10) : String(input));

// YAML reads an unquoted 2025-02-30 as 2 March and an unquoted 1.10 as 1.1, so both must be quoted strings.
function dateText(label: string) {
  return z
    .string({
      error: (issue) =>
        issue.input instanceof Date
          ? `${label} 請加上引號，例如 "2026-11-26"：不加引號時 YAML 會把不存在的日期（如 2025-02-30）自動換算成別的日子`
          : `${label} 必須是日期，寫成 "YYYY-MM-DD"，例如 "2026-11-26"`,
    })
    .refine(isCalendarDate, {
      error: (issue) => `${label}「${shown(issue.input)}」不是有效日期，請寫成 "YYYY-MM-DD"，例如 "2026-11-26"`,
    });
}

function versionText(label: string) {
  return z
    .string({
      error: (issue) =>
        typeof issue.input === 'number'
          ? `${label} 請加上引號，例如 "1.1"：不加引號時 YAML 會把 1.10 讀成 1.1、把 1.0 讀成 1`
          : `${label} 必須是版本號，例如 "1.1"`,
    })
    .regex(versionPattern, {
      error: (issue) => `${label}「${shown(issue.input)}」格式不對，請寫成 "主版本.次版本"，例如 "1.1" 或 "2.0"`,
    });
}

export const changelogEntrySchema = z.strictObject(
  {
    version: versionText('changelog 的 version（版本）'),
    date: dateText('changelog 的 date（日期）'),
    summary: z
      .string({ error: 'changelog 的 summary（摘要）必須是文字，用一句話說明這次改了什麼' })
      .trim()
      .min(1, { error: 'changelog 的 summary（摘要）不可空白，用一句話說明這次改了什麼' }),
    /** First day this version applies, when it is not `date` (e.g. announced now, in force next month). */
    effectiveDate: dateText('changelog 的 effectiveDate（生效日期）').optional(),
  },
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `changelog 每筆只能有 version、date、summary（及選填的 effectiveDate），請刪除或改正：${issue.keys.join('、')}`
        : 'changelog 每筆要有 version、date、summary 三項',
  },
);

export const policySchema = z.object({
  policyId: z
    .string({ error: `${named('policyId')} 必須是文字，例如 "OPS-003"` })
    .regex(/^[A-Z]{2,}-\d{3}$/, { error: (issue) => `${named('policyId')}「${shown(issue.input)}」格式不對，例如 "OPS-003"` }),
  version: versionText(named('version')),
  effectiveDate: dateText(named('effectiveDate')),
  department: z
    .string({ error: `${named('department')} 必須是部門名稱，例如 運營管理部` })
    .trim()
    .min(1, { error: `${named('department')} 不可空白` }),
  status: z.enum(policyStatuses, {
    error: (issue) => `${named('status')}「${shown(issue.input)}」不是 ${policyStatuses.join('、')} 之一`,
  }),
  nextReview: dateText(named('nextReview')),
  changelog: z
    .array(changelogEntrySchema, { error: `${named('changelog')} 必須是清單，每筆以「- version:」開頭` })
    .min(1, { error: `${named('changelog')} 至少要有一筆，記錄目前的版本` }),
  /** Fields still to confirm; see `confirmableFields`. */
  unconfirmed: z
    .array(
      z.enum(confirmableFields, {
        error: (issue) =>
          `unconfirmed（待確認欄位）中的「${shown(issue.input)}」不是可待確認的欄位，只能是 ${confirmableFields.map((f) => `${f}（${policyFieldLabels[f]}）`).join('、')}`,
      }),
      { error: 'unconfirmed（待確認欄位）必須是清單，例如 ["department", "nextReview"]' },
    )
    .refine((fields) => new Set(fields).size === fields.length, { error: 'unconfirmed（待確認欄位）有重複的欄位' })
    .optional(),
});

export type Policy = z.infer<typeof policySchema>;
export type ChangelogEntry = z.infer<typeof changelogEntrySchema>;

/** The same fields, each optional: the docs collection holds section and site pages too. */
export const policyFields = policySchema.partial();

export interface PolicyIssue {
  path: (string | number)[];
  message: string;
}

/** Rules across fields of a policy whose fields are each well-formed. `today` is `YYYY-MM-DD`. */
export function policyIssues(policy: Policy, today: string, expectedPolicyId?: string): PolicyIssue[] {
  const issues: PolicyIssue[] = [];
  const { changelog } = policy;
  changelog.forEach((entry, index) => {
    const previous = changelog[index - 1];
    const which = `changelog 第 ${index + 1} 筆（版本 ${entry.version}）`;
    if (previous && compareVersions(entry.version, previous.version) <= 0) {
      issues.push({
        path: ['changelog', index, 'version'],
        message: `${which}沒有比上一筆的 ${previous.version} 新：修訂記錄由舊到新排列，新版本加在最後，版本號要遞增`,
      });
    }
    if (previous && entry.date < previous.date) {
      issues.push({
        path: ['changelog', index, 'date'],
        message: `${which}的日期 ${entry.date} 早於上一筆的 ${previous.date}：修訂記錄由舊到新排列`,
      });
    }
    if (entry.date > today) {
      issues.push({
        path: ['changelog', index, 'date'],
        message: `${which}的日期 ${entry.date} 在未來（今天是 ${today}）：只記錄已經發生的修訂；尚未定案的版本請填起草日期並把 status 設為 草案`,
      });
    }
  });
  const newest = changelog.at(-1);
  if (newest && newest.version !== policy.version) {
    issues.push({
      path: ['version'],
      message: `${named('version')} 是 ${policy.version}，但 changelog 最後一筆是 ${newest.version}：改版時兩處要一起更新`,
    });
  }
  if (newest?.effectiveDate && newest.effectiveDate !== policy.effectiveDate) {
    issues.push({
      path: ['effectiveDate'],
      message: `${named('effectiveDate')} 是 ${policy.effectiveDate}，但 changelog 最後一筆的 effectiveDate 是 ${newest.effectiveDate}：兩處要一致`,
    });
  }
  if (policy.nextReview <= policy.effectiveDate) {
    issues.push({
      path: ['nextReview'],
      message: `${named('nextReview')} ${policy.nextReview} 必須晚於 ${named('effectiveDate')} ${policy.effectiveDate}`,
    });
  }
  if (expectedPolicyId && policy.policyId !== expectedPolicyId) {
    issues.push({
      path: ['policyId'],
      message: `${named('policyId')} 應為 ${expectedPolicyId}（網站規章清單中這個規章的政策編號；政策編號一經發布不可更改），不是 ${policy.policyId}`,
    });
  }
  return issues;
}

export interface PolicyPage extends Partial<Policy> {
  regulation?: string;
  order: number;
}

/** A regulation's overview carries all the metadata; its section pages and the site pages carry none. */
export function pagePolicyIssues(page: PolicyPage, today: string, expectedPolicyId?: string): PolicyIssue[] {
  const isOverview = page.regulation !== undefined && page.order === 0;
  const present = policyFieldNames.filter((field) => page[field] !== undefined);
  if (!isOverview) {
    const where = page.regulation
      ? '只寫在規章的概覽頁（index.mdx）；章節頁會自動沿用所屬規章的資料，請刪除這一項'
      : '只屬於規章的概覽頁（content/docs/{規章}/index.mdx），這一頁不需要，請刪除這一項';
    const extra = page.unconfirmed === undefined ? [] : [{ path: ['unconfirmed'], message: `unconfirmed（待確認欄位） ${where}` }];
    return [...present.map((field) => ({ path: [field], message: `${named(field)} ${where}` })), ...extra];
  }
  const missing = policyFieldNames.filter((field) => page[field] === undefined);
  if (missing.length > 0) {
    return missing.map((field) => ({
      path: [field],
      message: `規章概覽頁必須填寫 ${named(field)}，寫法見 CONTRIBUTING.md「修改版本與修訂記錄」`,
    }));
  }
  return policyIssues(page as Policy, today, expectedPolicyId);
}
