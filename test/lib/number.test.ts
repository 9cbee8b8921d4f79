import { describe, expect, it } from 'vitest';
import { parseNumberInput, parseNumberList, parseOptionalNumberInput } from '../../src/lib/number.ts';
import { inputErrorOf } from '../support/input-error.ts';

describe('parseNumberInput reads what people type on Chinese keyboards', () => {
  it.each([
    ['8700', 8700],
    ['８７００', 8700],
    ['8,700', 8700],
    ['8，700', 8700],
    ['１，２３４．５', 1234.5],
    ['  8700  ', 8700],
    ['\u30008700\u3000', 8700],
    ['8700元', 8700],
    ['8,700 元', 8700],
    ['¥8700', 8700],
    ['￥ 8,700.50', 8700.5],
    ['0.5', 0.5],
    ['.5', 0.5],
    ['-3', -3],
    ['－3', -3],
  ])('%j is %s', (text, value) => {
    expect(parseNumberInput(text)).toBe(value);
  });

  it.each(['', '   ', 'abc', '12abc', '1.2.3', 'NaN', 'Infinity', '1e5', '5 5', '元', '¥', '--5'])(
    'refuses %j with a Chinese message for its field',
    (text) => {
      const error = inputErrorOf(() => parseNumberInput(text, 'monthlyWage'));
      expect(error.field).toBe('monthlyWage');
      expect(error.message).toMatch(/[\u4e00-\u9fff]/);
    },
  );

  it('asks for a number when the field is empty', () => {
    expect(inputErrorOf(() => parseNumberInput('')).message).toBe('請輸入數字');
  });

  it('quotes what was typed, except NaN, which must never show on a page', () => {
    expect(inputErrorOf(() => parseNumberInput(' abc ')).message).toBe('「abc」不是有效的數字');
    expect(inputErrorOf(() => parseNumberInput('NaN')).message).toBe('不是有效的數字');
    expect(inputErrorOf(() => parseNumberInput('-nan')).message).not.toMatch(/nan/i);
  });
});

describe('parseOptionalNumberInput', () => {
  it('leaves an empty field undefined and reads a filled one', () => {
    expect(parseOptionalNumberInput('')).toBeUndefined();
    expect(parseOptionalNumberInput('  ')).toBeUndefined();
    expect(parseOptionalNumberInput('５００')).toBe(500);
  });

  it('still refuses junk', () => {
    expect(inputErrorOf(() => parseOptionalNumberInput('x', 'dailyWage')).field).toBe('dailyWage');
  });
});

describe('parseNumberList reads a list of entries', () => {
  it.each(['5, 10, 20', '5 10 20', '5、10、20', '5，10，20', '５、１０、２０', ' 5;10；20 ', '5\n10\n20', '5,, 10 ,20'])(
    '%j is 5, 10, 20',
    (text) => {
      expect(parseNumberList(text)).toEqual([5, 10, 20]);
    },
  );

  it('reads an empty text as no entries', () => {
    expect(parseNumberList('')).toEqual([]);
    expect(parseNumberList(' 、 ')).toEqual([]);
  });

  it('keeps decimals', () => {
    expect(parseNumberList('15.5 16')).toEqual([15.5, 16]);
  });

  it('names the position of a bad entry and its field', () => {
    const error = inputErrorOf(() => parseNumberList('5, abc, 20', 'lateEarlyMinutes'));
    expect(error.field).toBe('lateEarlyMinutes');
    expect(error.message).toBe('第 2 項：「abc」不是有效的數字');
  });
});
