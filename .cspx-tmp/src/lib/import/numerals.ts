const digits = '一二三四五六七八九';

/** 一 → 1 … 十 → 10, 十一 → 11, 二十 → 20; NaN for anything else. */
export function chineseNumeralValue(numeral: string): number {
  if (/^[一二三四五六七八九]$/.test(numeral)) return digits.indexOf(numeral) + 1;
  const match = /^([一二三四五六七八九]?)十([一二三四五六七八九]?)$/.exec(numeral);
  if (!match) return Number.NaN;
  const tens = match[1] ? digits.indexOf(match[1]) + 1 : 1;
  const ones = match[2] ? digits.indexOf(match[2]) + 1 : 0;
  return tens * 10 + ones;
}

/** 1 → 一, 12 → 十二. */
export function chineseNumeral(value: number): string {
  if (value < 1 || value > 99 || !Number.isInteger(value)) throw new RangeError(`No numeral for ${value}`);
  if (value < 10) return digits[value - 1]!;
  const tens = Math.floor(value / 10);
  const ones = value % 10;
  return `${tens > 1 ? digits[tens - 1] : ''}十${ones ? digits[ones - 1] : ''}`;
}
