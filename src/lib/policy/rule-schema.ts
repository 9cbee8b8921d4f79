import { z } from 'astro/zod';

/**
 * What each rule key must hold: type, range and unit, and where the 1.0 text states it (so a missing key
 * can be reported at the clause HR would look in). The keys are also the names quiz templates use
 * (`{attendance.freeMinorEventsPerMonth}`).
 */
export interface RuleKeySpec {
  /** Chinese name for messages and the docs. */
  label: string;
  /** Unit as the text writes it after the value (分鐘, 次, %, 倍, 天, 分, 個月; '' for a coefficient). */
  unit: string;
  integer: boolean;
  min: number;
  max: number;
  /** Where the key is expected: chapter file within the regulation and clause id. */
  home: { file: string; clause: string };
  /** Used when the text does not mark the key (e.g. 「扣除當天工資」 without a multiple means 1 倍). */
  fallback?: number;
}

const s4 = 's4.mdx';
const lateness = { file: s4, clause: 'c4-1-2' };
const absence = { file: s4, clause: 'c4-1-3' };
const band = (k: number) => ({ file: s4, clause: `c4-2-3-i${k}` });

export const ruleKeys = {
  'attendance.minorMaxMinutes': { label: '輕微遲到早退的分鐘上限', unit: '分鐘', integer: true, min: 1, max: 240, home: lateness },
  'attendance.freeMinorEventsPerMonth': { label: '每月免罰次數', unit: '次', integer: true, min: 0, max: 31, home: lateness },
  'attendance.minorExcess.bonusPercent': { label: '超過免罰次數後每次扣績效獎金', unit: '%', integer: false, min: 0, max: 100, home: lateness },
  'attendance.majorLateness.absentDays': { label: '超時遲到早退按曠工計的天數', unit: '天', integer: false, min: 0.5, max: 1, home: lateness },
  'attendance.majorLateness.dailyWageMultiple': {
    label: '超時遲到早退扣當天工資倍數',
    unit: '倍',
    integer: false,
    min: 0,
    max: 10,
    home: lateness,
    fallback: 1,
  },
  'attendance.majorLateness.bonusPercent': { label: '超時遲到早退扣績效獎金', unit: '%', integer: false, min: 0, max: 100, home: lateness },
  'attendance.absentHalfDay.dailyWageMultiple': { label: '曠工半天扣當天工資倍數', unit: '倍', integer: false, min: 0, max: 10, home: absence },
  'attendance.absentHalfDay.bonusPercent': { label: '曠工半天扣績效獎金', unit: '%', integer: false, min: 0, max: 100, home: absence },
  'attendance.absentFullDay.dailyWageMultiple': { label: '曠工一天扣當天工資倍數', unit: '倍', integer: false, min: 0, max: 10, home: absence },
  'attendance.absentFullDay.bonusPercent': { label: '曠工一天扣績效獎金', unit: '%', integer: false, min: 0, max: 100, home: absence },
  'attendance.termination.streakOverDays': { label: '連續曠工天數上限', unit: '天', integer: true, min: 1, max: 31, home: absence },
  'attendance.termination.totalOverDays': { label: '累計曠工天數上限', unit: '天', integer: true, min: 1, max: 366, home: absence },
  'kpi.excellent.minScore': { label: '優秀最低分', unit: '分', integer: false, min: 0, max: 100, home: band(1) },
  'kpi.excellent.coefficient': { label: '優秀發放係數', unit: '', integer: false, min: 0, max: 10, home: band(1) },
  'kpi.good.minScore': { label: '良好最低分', unit: '分', integer: false, min: 0, max: 100, home: band(2) },
  'kpi.good.maxScore': { label: '良好最高分', unit: '分', integer: true, min: 0, max: 100, home: band(2) },
  'kpi.good.coefficient': { label: '良好發放係數', unit: '', integer: false, min: 0, max: 10, home: band(2) },
  'kpi.pass.minScore': { label: '合格最低分', unit: '分', integer: false, min: 0, max: 100, home: band(3) },
  'kpi.pass.maxScore': { label: '合格最高分', unit: '分', integer: true, min: 0, max: 100, home: band(3) },
  'kpi.pass.coefficient': { label: '合格發放係數', unit: '', integer: false, min: 0, max: 10, home: band(3) },
  'kpi.fail.belowScore': { label: '不合格分數線（以下）', unit: '分', integer: false, min: 0, max: 100, home: band(4) },
  'kpi.fail.coefficient': { label: '不合格發放係數', unit: '', integer: false, min: 0, max: 10, home: band(4) },
  'kpi.failStreakAlert': { label: '連續不合格月數', unit: '個月', integer: true, min: 1, max: 12, home: band(4) },
} as const satisfies Record<string, RuleKeySpec>;

export type RuleKey = keyof typeof ruleKeys;
export type RuleValues = Record<RuleKey, number>;
export const ruleKeyNames = Object.keys(ruleKeys) as RuleKey[];
export const isRuleKey = (key: string): key is RuleKey => Object.hasOwn(ruleKeys, key);

const numerals: Record<string, number> = { 零: 0, 一: 1, 二: 2, 兩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** Chinese numerals up to 99 (兩, 十二, 二十, 二十五); undefined for anything else. */
function chineseNumber(text: string): number | undefined {
  const match = /^([一二兩三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(text);
  if (!match || text === '') return undefined;
  const [, tens, ten, ones] = match;
  if (!ten) return ones ? undefined : numerals[tens!];
  return (tens ? numerals[tens]! : 1) * 10 + (ones ? numerals[ones]! : 0);
}

/**
 * The number a marked text states: `15`, `1.5`, full-width `１５`, `兩`, `十二`, and for days `半天` / `一天`.
 * Undefined when it states none.
 */
export function readRuleNumber(raw: string): number | undefined {
  const text = raw.trim().replace(/[０-９．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  if (/^\d+(?:\.\d+)?$/.test(text)) return Number(text);
  if (text === '半天') return 0.5;
  const days = /^(.+?)天$/.exec(text);
  return chineseNumber(days ? days[1]! : text) ?? (days && /^\d+$/.test(days[1]!) ? Number(days[1]) : undefined);
}

const range = (spec: RuleKeySpec) => `${spec.min}–${spec.max}${spec.unit}`;

/** The zod schema of one key's marked text: it yields the number or says, in Chinese and English, what is wrong. */
export function ruleValueSchema(spec: RuleKeySpec) {
  return z
    .string()
    .transform((raw, ctx) => {
      const value = readRuleNumber(raw);
      if (value === undefined) {
        ctx.addIssue({ code: 'custom', message: `「${raw}」不是數字，請只把數字標在 <R> 裡（not a number）` });
        return z.NEVER;
      }
      return value;
    })
    .pipe(
      z
        .number()
        .refine((value) => !spec.integer || Number.isInteger(value), { error: (issue) => `${String(issue.input)} 必須是整數（must be a whole number）` })
        .refine((value) => value >= spec.min && value <= spec.max, {
          error: (issue) => `${String(issue.input)} 超出合理範圍 ${range(spec)}（out of range ${spec.min}–${spec.max}）`,
        }),
    );
}

export const ruleValueSchemas = Object.fromEntries(ruleKeyNames.map((key) => [key, ruleValueSchema(ruleKeys[key])])) as Record<
  RuleKey,
  ReturnType<typeof ruleValueSchema>
>;
