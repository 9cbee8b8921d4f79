import { InputError } from './input-error.ts';

const fullWidthDigit = /[０-９]/g;
const acceptedNumber = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;

/** Map full-width digits and punctuation typed on Chinese keyboards to ASCII. */
function toHalfWidth(text: string): string {
  return text
    .replace(fullWidthDigit, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/[．。]/g, '.')
    .replace(/[－—]/g, '-')
    .replace(/＋/g, '+')
    .replace(/[￥]/g, '¥')
    .replace(/\u3000/g, ' ');
}

/**
 * Read a number as people type it: full-width digits, `,`/`，` thousands separators, surrounding spaces,
 * a trailing 元 or a leading ¥. Anything else is an InputError for `field`.
 */
export function parseNumberInput(text: string, field = 'value'): number {
  const cleaned = toHalfWidth(String(text ?? ''))
    .trim()
    .replace(/^¥\s*/, '')
    .replace(/\s*元$/, '')
    .replace(/[,，]/g, '')
    .trim();
  if (cleaned === '') throw new InputError(field, '請輸入數字');
  if (!acceptedNumber.test(cleaned)) {
    // Typed "NaN" is not echoed: the pages promise that NaN never shows, and a reader could not tell.
    const shown = /nan/i.test(text) ? '' : `「${text.trim()}」`;
    throw new InputError(field, `${shown}不是有效的數字`);
  }
  const value = Number(cleaned);
  if (!Number.isFinite(value)) throw new InputError(field, '數字超出可計算的範圍');
  return value;
}

/** Same as parseNumberInput, but an empty field yields `undefined` (for optional inputs). */
export function parseOptionalNumberInput(text: string, field = 'value'): number | undefined {
  return String(text ?? '').trim() === '' ? undefined : parseNumberInput(text, field);
}

const listSeparators = /[\s,，、;；]+/;

/**
 * Read a list such as `5, 10, 20`, `5 10 20` or `5、10、20`; commas separate entries here, so they are not
 * thousands separators. Empty text is an empty list; a bad entry is an InputError naming its position.
 */
export function parseNumberList(text: string, field = 'value'): number[] {
  const entries = String(text ?? '').split(listSeparators).filter((entry) => entry !== '');
  return entries.map((entry, index) => {
    try {
      return parseNumberInput(entry, field);
    } catch (error) {
      if (error instanceof InputError) throw new InputError(field, `第 ${index + 1} 項：${error.message}`);
      throw error;
    }
  });
}
