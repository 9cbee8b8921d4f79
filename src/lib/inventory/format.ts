/** A quantity for display: zh-TW grouping, at most `digits` decimals (12,345.67; 300). Never "-0", never NaN. */
export function formatQuantity(value: number, digits = 2): string {
  // Every figure is checked before it is shown: `|| 0` here once turned NaN into a wrong 0.
  if (!Number.isFinite(value)) throw new RangeError(`formatQuantity: ${value} is not finite`);
  const rounded = Number(value.toFixed(digits)) + 0;
  return rounded.toLocaleString('zh-TW', { maximumFractionDigits: digits });
}

/** A fraction as a percentage without binary noise: 0.975 → 97.5%. */
export function formatPercent(fraction: number): string {
  return `${Number((fraction * 100).toPrecision(12))}%`;
}

/** An input as the user gave it, unrounded (0.004, 99.999), without binary noise, zh-TW grouping. */
export function formatInput(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`formatInput: ${value} is not finite`);
  return (Number(value.toPrecision(12)) + 0).toLocaleString('zh-TW', { maximumFractionDigits: 12 });
}
