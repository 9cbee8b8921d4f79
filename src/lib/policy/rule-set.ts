import type { ClauseRef } from '../clause.ts';
import { attendanceClauses, statutoryAttendance, type AttendanceRules, type DeductionRate } from '../attendance/rules.ts';
import { inventoryRules } from '../inventory/first-edition.ts';
import type { InventoryRules } from '../inventory/rules.ts';
import type { KpiBand, KpiGrade, KpiRules } from '../kpi/rules.ts';
import { marksInRegulation, type RuleMark } from './rule-marks.ts';
import { isRuleKey, ruleKeyNames, ruleKeys, ruleValueSchemas, type RuleKey, type RuleValues } from './rule-schema.ts';

/** Every rule set the calculators apply, as one version of the text states them. */
export interface RuleSet {
  attendance: AttendanceRules;
  kpi: KpiRules;
  /** 庫存管理流程 names no numbers: its conventions stay code (src/lib/inventory/first-edition.ts). */
  inventory: InventoryRules;
}

/** Raised when the text does not state a rule the site needs; the message lists every problem, one a line. */
export class RuleTextError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(`條文中的規則數值有誤（rule values in the regulation text are wrong）：\n${problems.map((p) => `- ${p}`).join('\n')}`);
    this.problems = problems;
    this.name = 'RuleTextError';
  }
}

export interface ReadRules {
  values: RuleValues;
  /** Where each key was read (undefined for a fallback). */
  sources: Partial<Record<RuleKey, RuleMark>>;
}

const where = (mark: RuleMark) => `${mark.file} 第 ${mark.line} 行${mark.clause ? `（條文 ${mark.clause.id}）` : ''}`;

/** The marked values per key, checked against the schema of each key. Throws RuleTextError naming file, clause and key. */
export function readRuleValues(regulation: string, files: ReadonlyMap<string, string>): ReadRules {
  const problems: string[] = [];
  const values: Partial<RuleValues> = {};
  const sources: Partial<Record<RuleKey, RuleMark>> = {};
  const marked = new Set<string>();
  for (const mark of marksInRegulation(regulation, files)) {
    marked.add(mark.key);
    const tag = `<R k="${mark.key}">`;
    if (!isRuleKey(mark.key)) {
      problems.push(`${where(mark)}：${tag} 不是已知的規則名稱（unknown rule key）；可用的有 ${ruleKeyNames.join('、')}`);
      continue;
    }
    if (!mark.clause) {
      problems.push(`${where(mark)}：${tag} 不在任何條文（<Clause> 或 <ClauseItem>）之內（rule mark outside a clause）`);
      continue;
    }
    const spec = ruleKeys[mark.key];
    const parsed = ruleValueSchemas[mark.key].safeParse(mark.raw);
    if (!parsed.success) {
      problems.push(`${where(mark)}：${tag}（${spec.label}）${parsed.error.issues.map((i) => i.message).join('；')}`);
      continue;
    }
    const earlier = sources[mark.key];
    if (earlier && values[mark.key] !== parsed.data) {
      problems.push(
        `${where(mark)}：${tag}（${spec.label}）是 ${parsed.data}，但 ${where(earlier)} 寫的是 ${values[mark.key]}；同一規則在條文中出現多次時數值必須一致（rule ${mark.key} marked with two values）`,
      );
      continue;
    }
    values[mark.key] = parsed.data;
    sources[mark.key] ??= mark;
  }
  for (const key of ruleKeyNames) {
    if (values[key] !== undefined || marked.has(key)) continue;
    const spec: { label: string; home: { file: string; clause: string }; fallback?: number } = ruleKeys[key];
    if (spec.fallback !== undefined) {
      values[key] = spec.fallback;
      continue;
    }
    problems.push(
      `content/docs/${regulation}/${spec.home.file}（條文 ${spec.home.clause}）：找不到規則 ${key}（${spec.label}），計算機需要它；請在條文的數字外加上 <R k="${key}">…</R>（rule ${key} is not marked in the text）`,
    );
  }
  if (problems.length === 0) problems.push(...crossChecks(values as RuleValues, sources, regulation));
  if (problems.length > 0) throw new RuleTextError(problems);
  return { values: values as RuleValues, sources };
}

/** What single keys cannot say: the KPI bands must meet without gaps or overlaps, best first. */
function crossChecks(v: RuleValues, sources: ReadRules['sources'], regulation: string): string[] {
  const problems: string[] = [];
  const at = (key: RuleKey) => {
    const mark = sources[key];
    return mark ? where(mark) : `content/docs/${regulation}/${ruleKeys[key].home.file}`;
  };
  const meet = (upper: RuleKey, lower: RuleKey) => {
    if (v[upper] + 1 !== v[lower]) {
      problems.push(
        `${at(upper)}：${upper} 是 ${v[upper]} 分，但上一個等級從 ${v[lower]} 分起（${lower}）；分數段要首尾相接，例如 80-89 分接 90 分及以上（KPI bands must meet）`,
      );
    }
  };
  meet('kpi.good.maxScore', 'kpi.excellent.minScore');
  meet('kpi.pass.maxScore', 'kpi.good.minScore');
  if (v['kpi.fail.belowScore'] !== v['kpi.pass.minScore']) {
    problems.push(
      `${at('kpi.fail.belowScore')}：不合格是 ${v['kpi.fail.belowScore']} 分以下，但合格從 ${v['kpi.pass.minScore']} 分起；兩者必須相同（KPI fail threshold must equal the pass minimum）`,
    );
  }
  if (!(v['kpi.excellent.minScore'] > v['kpi.good.minScore'] && v['kpi.good.minScore'] > v['kpi.pass.minScore'] && v['kpi.pass.minScore'] > 0)) {
    problems.push(`${at('kpi.excellent.minScore')}：等級分數要由高到低：優秀 > 良好 > 合格 > 0（KPI bands must descend）`);
  }
  return problems;
}

/** The clause a key was read from, labelled as the calculators cite it (考勤制度第2條, 績效考核制度第3條（優秀）). */
function refOf(regulation: ClauseRef['regulation'], mark: RuleMark | undefined, fallback: ClauseRef): ClauseRef {
  const clause = mark?.clause;
  if (!clause) return fallback;
  if (clause.kind === 'item' && mark.parentClause) {
    return { regulation, id: clause.id, label: `${mark.parentClause.heading ?? ''}第${mark.parentClause.n}條（${clause.title ?? ''}）` };
  }
  return { regulation, id: clause.id, label: `${clause.heading ?? ''}第${clause.n}條` };
}

const parentRef = (regulation: ClauseRef['regulation'], mark: RuleMark | undefined, fallback: ClauseRef): ClauseRef =>
  mark?.parentClause ? { regulation, id: mark.parentClause.id, label: `${mark.parentClause.heading ?? ''}第${mark.parentClause.n}條` } : fallback;

/** The typed rule sets a regulation's chapter files state. Throws RuleTextError when the text does not state them. */
export function ruleSetFromText(regulation: ClauseRef['regulation'], files: ReadonlyMap<string, string>): RuleSet {
  const { values: v, sources } = readRuleValues(regulation, files);
  const ref = (key: RuleKey, fallback: ClauseRef) => refOf(regulation, sources[key], fallback);
  const rate = (dailyWageMultiple: number, bonusPercent: number, absentDays: number, clause: ClauseRef): DeductionRate => ({
    dailyWageMultiple,
    bonusPercent,
    absentDays,
    clause,
  });
  const latenessRef = ref('attendance.minorExcess.bonusPercent', attendanceClauses.lateness);
  const attendance: AttendanceRules = {
    payDaysPerMonth: statutoryAttendance.payDaysPerMonth,
    minorMaxMinutes: v['attendance.minorMaxMinutes'],
    freeMinorEventsPerMonth: v['attendance.freeMinorEventsPerMonth'],
    minorExcess: rate(0, v['attendance.minorExcess.bonusPercent'], 0, latenessRef),
    majorLateness: rate(
      v['attendance.majorLateness.dailyWageMultiple'],
      v['attendance.majorLateness.bonusPercent'],
      v['attendance.majorLateness.absentDays'],
      ref('attendance.majorLateness.bonusPercent', attendanceClauses.lateness),
    ),
    absentHalfDay: rate(
      v['attendance.absentHalfDay.dailyWageMultiple'],
      v['attendance.absentHalfDay.bonusPercent'],
      0.5,
      ref('attendance.absentHalfDay.bonusPercent', attendanceClauses.absence),
    ),
    absentFullDay: rate(
      v['attendance.absentFullDay.dailyWageMultiple'],
      v['attendance.absentFullDay.bonusPercent'],
      1,
      ref('attendance.absentFullDay.bonusPercent', attendanceClauses.absence),
    ),
    termination: {
      streakOverDays: v['attendance.termination.streakOverDays'],
      totalOverDays: v['attendance.termination.totalOverDays'],
      clause: ref('attendance.termination.streakOverDays', attendanceClauses.absence),
    },
    legalDeductionWarnPercent: statutoryAttendance.legalDeductionWarnPercent,
  };
  const kpiFallback: ClauseRef = { regulation, id: 'c4-2-3', label: '績效考核制度第3條' };
  const bandOf = (grade: KpiGrade, name: 'excellent' | 'good' | 'pass' | 'fail', minScore: number): KpiBand => ({
    grade,
    minScore,
    coefficient: v[`kpi.${name}.coefficient`],
    clause: ref(`kpi.${name}.coefficient`, kpiFallback),
  });
  const kpi: KpiRules = {
    bands: [
      bandOf('優秀', 'excellent', v['kpi.excellent.minScore']),
      bandOf('良好', 'good', v['kpi.good.minScore']),
      bandOf('合格', 'pass', v['kpi.pass.minScore']),
      bandOf('不合格', 'fail', 0),
    ],
    failStreakAlert: v['kpi.failStreakAlert'],
    clause: parentRef(regulation, sources['kpi.excellent.coefficient'], kpiFallback),
  };
  return { attendance, kpi, inventory: inventoryRules };
}
