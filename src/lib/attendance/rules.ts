import type { ClauseRef } from '../clause.ts';

/**
 * The shape of 商業運營全套管理制度 四、管理制度 考勤制度 clauses 2 and 3 as the calculator applies them.
 * The values come from the marked clause text; percentages are whole numbers so cent arithmetic stays exact.
 */

const regulation = 'commercial-operations' as const;

export const attendanceClauses = {
  /** 考勤制度 as a whole; for readings that follow from both clauses (the bonus cap). */
  attendance: { regulation, id: 'c4-1', label: '考勤制度第2、3條' },
  lateness: { regulation, id: 'c4-1-2', label: '考勤制度第2條' },
  absence: { regulation, id: 'c4-1-3', label: '考勤制度第3條' },
} as const satisfies Record<string, ClauseRef>;

/** What one occurrence of a deductible event costs. */
export interface DeductionRate {
  /** Multiple of 當天工資. */
  dailyWageMultiple: number;
  /** Percent of 當月績效獎金. */
  bonusPercent: number;
  /** Days of 曠工 it counts as toward the termination thresholds. */
  absentDays: number;
  clause: ClauseRef;
}

export interface AttendanceRules {
  /** 月計薪天數 (勞社部發〔2008〕3號): 當天工資 = 月工資 ÷ this. Not in the regulation's text. */
  payDaysPerMonth: number;
  /** 「15分鐘以內」: a late arrival or early departure up to and including this many minutes is minor. */
  minorMaxMinutes: number;
  /** 「每月累計3次以內不做處罰」. */
  freeMinorEventsPerMonth: number;
  /** 「超過3次每次扣除當月績效獎金的5%」. */
  minorExcess: DeductionRate;
  /** 「超過15分鐘的，按曠工半天處理，扣除當天工資及當月績效獎金的10%」. */
  majorLateness: DeductionRate;
  /** 「曠工半天扣除當天工資的2倍及當月績效獎金的20%」. */
  absentHalfDay: DeductionRate;
  /** 「曠工一天扣除當天工資的3倍及當月績效獎金的50%」. */
  absentFullDay: DeductionRate;
  /** 「連續曠工超過3天或累計曠工超過5天的，公司有權解除勞動合同」; both are strict (超過). */
  termination: { streakOverDays: number; totalOverDays: number; clause: ClauseRef };
  /** 《工資支付暫行規定》第十六條: deductions above this percent of the monthly wage get a warning. Law, not policy. */
  legalDeductionWarnPercent: number;
}

/**
 * The two numbers the regulation does not state: law (勞社部發〔2008〕3號, 《工資支付暫行規定》第十六條), not policy,
 * so they are a constant of the domain and not versioned with the text.
 */
export const statutoryAttendance = { payDaysPerMonth: 21.75, legalDeductionWarnPercent: 20 } as const;
