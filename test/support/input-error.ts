import { expect } from 'vitest';
import { InputError } from '../../src/lib/input-error.ts';

/** Run `f` and return the InputError it throws, failing when it throws nothing or something else. */
export function inputErrorOf(f: () => unknown): InputError {
  try {
    f();
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return error as InputError;
  }
  throw new Error('expected an InputError');
}

/** Messages shown to people are in Chinese. */
export const hasChinese = (text: string) => /[\u4e00-\u9fff]/.test(text);
