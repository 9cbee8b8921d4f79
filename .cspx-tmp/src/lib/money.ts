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
  return `${yuan.toLocaleString('zh-TW', { minimumFractionDigits: 2, maximumFractionDigits: 2 })} 元`;
}
