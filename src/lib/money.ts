/**
 * Money is computed in integer cents. Intermediate amounts may be fractional cents (e.g. wage / 21.75);
 * they are rounded half-up once, at the end. toPrecision(12) strips binary noise such as 28.499999999999996.
 */
function roundHalfUp(value: number): number {
  const clean = Number(value.toPrecision(12));
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
