import { InputError } from '../input-error.ts';
import type { InventoryRules } from './fields.ts';
import { readReorderInput, type ReorderTexts } from './read-input.ts';
import { computeReorderWith, type ReorderInput, type ReorderResult } from './reorder.ts';

export type ReorderFormOutcome =
  | { input: ReorderInput; result: ReorderResult; errors: Partial<ReorderTexts> }
  | { input?: undefined; result?: undefined; errors: Partial<ReorderTexts> };

/**
 * The single-item form as typed: either the input and its result, or a Chinese message for each field that
 * cannot be used (including a combination only the computation refuses), never a thrown error.
 */
export function evaluateReorderForm(texts: Partial<ReorderTexts>, rules: InventoryRules): ReorderFormOutcome {
  const read = readReorderInput(texts, rules);
  if (!read.input) return { errors: read.errors };
  try {
    return { input: read.input, result: computeReorderWith(read.input, rules), errors: {} };
  } catch (error) {
    if (error instanceof InputError) return { errors: { [error.field]: error.message } as Partial<ReorderTexts> };
    throw error;
  }
}
