/** A quantity for display: zh-TW grouping, at most `digits` decimals (12,345.67; 300). Never "-0". */
export function formatQuantity(value: number, digits = 2): string {
  const rounded = Number(value.toFixed(digits)) || 0;
  return rounded.toLocaleString('zh-TW', { maximumFractionDigits: digits });
}

/** A fraction as a percentage without binary noise: 0.975 → 97.5%. */
export function formatPercent(fraction: number): string {
  return `${Number((fraction * 100).toPrecision(12))}%`;
}
