/**
 * Money is computed in integer cents. Intermediate amounts may be fractional cents (e.g. wage / 21.75);
 * they are rounded half-up once, at the end. toPrecision(15) strips binary noise such as 28.499999999999996
 * (the noise sits in the 16th–17th significant digit) while keeping cents exact up to 10^13 cents; with fewer
 * digits large amounts lost cents (9300000000012.4 became 9300000000010).
 */
function roundHalfUp(value: number): number {
  const clean = Number(value.toPrecision(15));
  return Math.sign(clean) * Math.floor(Math.abs(clean) + 0.5);
}

export function toCents(yuan: number): number {
  return roundHalfUp(yuan * 100);
}

/** Round an exact (possibly fractional) cent amount half-up to a whole cent. */
export function roundCents(cents: number): number {
  return roundHalfUp(cents);
}

export function centsToYuan(cents: number): number {
  return cents / 100;
}

/** `12345.6` → `12,345.60 元` in zh-TW grouping. */
export function formatYuan(yuan: number): string {
  // Every figure is checked before it is shown: ∞ or NaN on a page would be a wrong answer, not a message.
  if (!Number.isFinite(yuan)) throw new RangeError(`formatYuan: ${yuan} is not a finite amount`);
  return `${yuan.toLocaleString('zh-TW', { minimumFractionDigits: 2, maximumFractionDigits: 2 })} 元`;
}

/** Largest amount any calculator accepts: beyond 10^9 元 an amount is a typo, and cents stay exact. */
export const maxMoney = 1_000_000_000;

/**
 * Why `yuan` cannot be used as an amount of money, or undefined: not finite, negative, above maxMoney or
 * finer than a cent. `label` names the field in the message.
 */
export function moneyProblem(yuan: number, label: string): string | undefined {
  if (typeof yuan !== 'number' || !Number.isFinite(yuan)) return `${label}必須是有效的數字`;
  if (yuan < 0) return `${label}不能是負數`;
  if (yuan > maxMoney) return `${label}不能超過 ${maxMoney.toLocaleString('en-US')} 元`;
  // 1e-4 cent tolerates binary noise of amounts up to 10^9 元 yet refuses a third decimal place.
  if (Math.abs(yuan * 100 - toCents(yuan)) > 1e-4) return `${label}最多到小數點後兩位（分）`;
  return undefined;
}
