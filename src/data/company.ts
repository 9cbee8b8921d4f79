import { z } from 'astro/zod';

/**
 * The company's own values for the template placeholders of the regulations (`[具體時間]` in the source,
 * `<Placeholder name="具體時間" />` in the chapters). `null` = not filled in yet: the text keeps a visible
 * mark and the 待補資料 page lists it. Fill in a value and every place that uses it shows the value.
 * A placeholder name in the chapters that is not a key here fails the content tests and the build.
 */
const value = z.string().trim().min(1, { error: '值不可空白；尚未決定就寫 null' }).nullable();

export const companySchema = z.strictObject({
  /** Not yet used in the regulation texts; ready for `<Placeholder name="公司名稱" />`. */
  公司名稱: value,
  /** 運營模式流程制度 二、運營模式概述. */
  具體運營模式名稱: value,
  核心業務或產品: value,
  內外部資源列舉: value,
  '闡述運營模式要達成的目標，如市場份額增長、客戶滿意度提升等': value,
  /** 運營管理工作制度 三、運營計劃與預算管理: 「每年[具體時間]前」 for the plan and the budget. */
  具體時間: value,
});

export type CompanyValues = z.infer<typeof companySchema>;

export const companyValues: CompanyValues = companySchema.parse({
  公司名稱: null,
  具體運營模式名稱: null,
  核心業務或產品: null,
  內外部資源列舉: null,
  '闡述運營模式要達成的目標，如市場份額增長、客戶滿意度提升等': null,
  具體時間: null,
});
