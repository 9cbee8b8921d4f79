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
    expect(inputErrorOf(() => parseNumberInput('NaN')).message).toBe('請填入數字，例如 8,700 或 12.5');
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

describe('thousands separators only in groups of three', () => {
  // A European decimal comma read as a separator made 1,5 into 15 and 8,70 into 870, with no error.
  it.each(['1,5', '0,5', '8,70', '1,23,456', '12,3456', '1，5', ',500', '500,', '1,000,00'])('refuses %j, naming the comma', (text) => {
    const error = inputErrorOf(() => parseNumberInput(text, 'monthlyWage', '月工資'));
    expect(error.field).toBe('monthlyWage');
    expect(error.message).toContain('逗號');
  });

  it.each([
    ['1,234,567.5', 1234567.5],
    ['８，７００', 8700],
    ['-1,000', -1000],
    ['12,345元', 12345],
  ])('reads %j as %s', (text, value) => {
    expect(parseNumberInput(text)).toBe(value);
  });
});

describe('messages name the field and stay readable', () => {
  it('says what NaN should have been, naming the field, without echoing it', () => {
    const message = inputErrorOf(() => parseNumberInput('NaN', 'performanceBonus', '本月薪資')).message;
    expect(message).toMatch(/^本月薪資必須填入數字/);
    expect(message).not.toMatch(/nan/i);
  });

  it('cuts long garbage in the echo', () => {
    const message = inputErrorOf(() => parseNumberInput('x'.repeat(500), 'monthlyWage', '月工資')).message;
    expect(message.length).toBeLessThan(60);
    expect(message).toContain('…');
    expect(message).toMatch(/^月工資/);
  });
});
