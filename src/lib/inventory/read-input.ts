import { InputError } from '../input-error.ts';
import { parseNumberInput } from '../number.ts';
import { checkReorderFieldWith, reorderFieldByKey, reorderFields, type InventoryRules, type ReorderFieldKey } from './fields.ts';
import type { ReorderInput } from './reorder.ts';

export type ReorderTexts = Record<ReorderFieldKey, string>;

// Most cells are plain decimals; skipping the full parser for them keeps a 100,000-row batch fast.
const plainDecimal = /^\d+(?:\.\d+)?$/;

/**
 * Read one typed field: blank optional fields give undefined, service level is typed in percent (95 or 95%)
 * and returned as a fraction. Throws InputError (field = key) for anything that cannot be used.
 */
export function readReorderField(key: ReorderFieldKey, text: string, rules: InventoryRules): number | undefined {
  const field = reorderFieldByKey[key];
  let trimmed = (text ?? '').trim();
  if (trimmed === '') {
    if (field.required) throw new InputError(key, `請輸入${field.name}`);
    return undefined;
  }
  if (key === 'serviceLevel') trimmed = trimmed.replace(/\s*[%％]$/, '');
  const value = plainDecimal.test(trimmed) ? Number(trimmed) : parseNumberInput(trimmed, key, field.name);
  if (key !== 'serviceLevel') {
    checkReorderFieldWith(key, value, rules);
    return value;
  }
  if (value > 0 && value < 1) {
    throw new InputError(key, `服務水準以百分比輸入：${trimmed} 應寫成 ${Number((value * 100).toPrecision(12))}`);
  }
  const fraction = value / 100;
  checkReorderFieldWith(key, fraction, rules);
  return fraction;
}

/** Read every field; either a complete input or the Chinese message for each field that cannot be read. */
export function readReorderInput(
  texts: Partial<ReorderTexts>,
  rules: InventoryRules,
): { input: ReorderInput; errors?: undefined } | { input?: undefined; errors: Partial<ReorderTexts> } {
  const values: Partial<Record<ReorderFieldKey, number>> = {};
  const errors: Partial<ReorderTexts> = {};
  for (const { key } of reorderFields) {
    try {
      values[key] = readReorderField(key, texts[key] ?? '', rules);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      errors[key] = error.message;
    }
  }
  if (Object.keys(errors).length > 0) return { errors };
  return { input: values as ReorderInput };
}
