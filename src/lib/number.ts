import { InputError } from './input-error.ts';

const fullWidthDigit = /[０-９]/g;
const acceptedNumber = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;
// Thousands separators only between groups of three: `1,5` or `8,70` is a European decimal comma, not 15 or 870.
const groupedNumber = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d*)?$/;
/** Longest typed text quoted back in a message; beyond it the echo is cut with 「…」. */
const echoLength = 20;

/** Map full-width digits and punctuation typed on Chinese keyboards to ASCII. */
function toHalfWidth(text: string): string {
  return text
    .replace(fullWidthDigit, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/[．。]/g, '.')
    .replace(/[，]/g, ',')
    .replace(/[－—]/g, '-')
    .replace(/＋/g, '+')
    .replace(/[￥]/g, '¥')
    .replace(/\u3000/g, ' ');
}

/** What was typed, quoted and cut to a readable length. */
function echo(text: string): string {
  const chars = [...text.trim()];
  return `「${chars.length > echoLength ? `${chars.slice(0, echoLength).join('')}…` : chars.join('')}」`;
}

/**
 * Read a number as people type it: full-width digits, `,`/`，` thousands separators in groups of three,
 * surrounding spaces, a trailing 元 or a leading ¥. Anything else is an InputError for `field`; `label` (the
 * field's Chinese name) makes the message a full sentence.
 */
export function parseNumberInput(text: string, field = 'value', label?: string): number {
  const raw = String(text ?? '');
  const cleaned = toHalfWidth(raw).trim().replace(/^¥\s*/, '').replace(/\s*元$/, '').trim();
  const subject = label ?? '';
  if (cleaned === '') throw new InputError(field, label ? `請輸入${label}` : '請輸入數字');
  if (/,/.test(cleaned) && !groupedNumber.test(cleaned)) {
    throw new InputError(field, `${subject}${echo(raw)}的逗號位置不對：千分位須每三位一組（如 8,700），小數請用小數點（如 1.5）`);
  }
  const plain = cleaned.replace(/,/g, '');
  if (!acceptedNumber.test(plain)) {
    // Typed "NaN" is not echoed: the pages promise that NaN never shows, and a reader could not tell.
    if (/nan/i.test(raw)) throw new InputError(field, `${label ? `${label}必須` : '請'}填入數字，例如 8,700 或 12.5`);
    throw new InputError(field, `${subject}${echo(raw)}不是有效的數字`);
  }
  const value = Number(plain);
  if (!Number.isFinite(value)) throw new InputError(field, `${subject}數字超出可計算的範圍`);
  return value;
}

/** Same as parseNumberInput, but an empty field yields `undefined` (for optional inputs). */
export function parseOptionalNumberInput(text: string, field = 'value', label?: string): number | undefined {
  return String(text ?? '').trim() === '' ? undefined : parseNumberInput(text, field, label);
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
